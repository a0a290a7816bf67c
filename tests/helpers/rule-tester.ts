import { RuleTester, type RunTests } from '@typescript-eslint/rule-tester';
import type { RuleModule } from '@typescript-eslint/utils/ts-eslint';

const ruleTester = new RuleTester({
  languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
});

/** Runs a rule's cases with the TypeScript parser and JSX on; every error must state its data and location. */
export function runRuleTests<MessageIds extends string, Options extends readonly unknown[]>(
  name: string,
  rule: RuleModule<MessageIds, Options, unknown>,
  tests: Omit<RunTests<MessageIds, Options>, 'assertionOptions'>,
): void {
  ruleTester.run(name, rule, { ...tests, assertionOptions: { requireData: true, requireLocation: true } });
}
