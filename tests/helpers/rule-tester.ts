import { RuleTester, type RunTests } from '@typescript-eslint/rule-tester';
import type { RuleModule } from '@typescript-eslint/utils/ts-eslint';
import { expect, it } from 'vitest';

const ruleTester = new RuleTester({
  languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
});

/**
 * Runs a rule's cases with the TypeScript parser and JSX on; every error must state its data and location, and the
 * messages the cases report must be exactly those `meta.docs.asvsByMessage` maps to a requirement.
 */
export function runRuleTests<MessageIds extends string, Options extends readonly unknown[]>(
  name: string,
  rule: RuleModule<MessageIds, Options, unknown>,
  tests: Omit<RunTests<MessageIds, Options>, 'assertionOptions'>,
): void {
  it(`${name}: every message its cases report names its ASVS requirement`, () => {
    const reported = new Set(tests.invalid.flatMap((test) => test.errors.map((error) => error.messageId)));
    const mapped = (rule.meta.docs as { asvsByMessage?: Record<string, string> } | undefined)?.asvsByMessage ?? {};
    expect([...reported].sort()).toEqual(Object.keys(mapped).sort());
  });
  ruleTester.run(name, rule, { ...tests, assertionOptions: { requireData: true, requireLocation: true } });
}

/** The same cases with `extra` merged into each case's option object (a string case becomes `{ code }`). */
export function withOptions<Case extends string | { options?: readonly unknown[] }>(cases: readonly Case[], extra: object): Exclude<Case, string>[] {
  return cases.map((test) => {
    const object = (typeof test === 'string' ? { code: test } : test) as Exclude<Case, string>;
    const [first, ...rest] = object.options ?? [];
    return { ...object, options: [{ ...extra, ...(first as object | undefined) }, ...rest] };
  });
}
