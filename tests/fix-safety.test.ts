// Issue 3's fix-safety bar, on every invalid case of every rule test: all fixes applied give code that
// parses, that the rule no longer reports, and that a second fix pass leaves alone; every suggestion parses.
// Each case runs as the rule tests run it (typescript-eslint's parser) and, when it is plain JavaScript,
// through espree as well.
// The cases are read from tests/rules/*.test.ts (static literal arrays by convention), not copied.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import plugin from '../lib/index.ts';
import { FixChecker } from '../fuzz/check.ts';
import { readRuleTests, RULE_TESTS_DIR } from '../fuzz/test-cases.ts';

const checker = new FixChecker(plugin);
const testFiles = await readRuleTests();

describe.each(testFiles.map((file) => [file.rule, file] as const))('%s', (rule, file) => {
  it.each(file.invalid.map((testCase) => [testCase.where, testCase] as const))('%s', (_where, testCase) => {
    const specs = [{ rule, options: testCase.options ?? [] }];
    const settings = testCase.settings ? { settings: testCase.settings } : {};
    const result = checker.check(
      {
        code: testCase.code,
        filename: testCase.filename ?? 'react.tsx',
        parser: 'typescript',
        ...(testCase.languageOptions ? { languageOptions: testCase.languageOptions } : {}),
        ...settings,
      },
      specs,
      { strict: true },
    );
    expect(result.parsed).toBe(true);
    expect(result.failures).toEqual([]);
    // The same case as plain JavaScript through ESLint's default parser, when it is plain JavaScript.
    if (testCase.languageOptions) return;
    const filename = (testCase.filename ?? 'file.jsx').replace(/\.([mc]?)tsx?$/, (_match, kind: string) => `.${kind}js`);
    const espree = checker.check({ code: testCase.code, filename, parser: 'espree', ...settings }, specs, { strict: true });
    expect(espree.failures).toEqual([]);
  });

  for (const skipped of file.skipped) it.skip(`${skipped.where}: ${skipped.reason}`, () => {});
  if (file.invalid.length === 0 && file.skipped.length === 0) it.todo('has no invalid cases yet');
});

it('finds the runRuleTests call of every rule that has a test file', () => {
  const withTests = Object.keys(plugin.rules).filter((rule) => existsSync(`${RULE_TESTS_DIR}${rule}.test.ts`));
  const read = new Set(testFiles.map((file) => file.rule));
  expect(withTests.filter((rule) => !read.has(rule))).toEqual([]);
});
