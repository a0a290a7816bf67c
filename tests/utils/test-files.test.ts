import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../lib/index.ts';
import { isTestFile } from '../../lib/utils/test-files.ts';
import { loadRulesData } from '../../scripts/generator/load-data.ts';

const data = loadRulesData();

describe('isTestFile', () => {
  it.for([
    'src/auth.test.ts',
    'src/auth.spec.js',
    'src/__tests__/auth.ts',
    'server/__mocks__/session.ts',
    'app/mocks/handlers.ts',
    'app/api/mock.ts',
    'lib/session.mock.ts',
    'test/fixtures/cookies.js',
    'e2e/login.ts',
    'src/Button.stories.tsx',
    '.storybook/preview.ts',
    'src/test-utils.tsx',
  ])('%s is test code', (file) => {
    expect(isTestFile(file)).toBe(true);
  });

  it.for(['src/auth.ts', 'src/testimonials.ts', 'server/attestation.ts', 'src/latest/index.ts', 'src/mockup-editor.tsx', 'src/contest/entry.ts'])(
    '%s is application code',
    (file) => {
      expect(isTestFile(file)).toBe(false);
    },
  );

  it('answers each file and working directory afresh, whatever was asked before', () => {
    expect(isTestFile('/work/tests/app/auth.ts', '/work')).toBe(true);
    expect(isTestFile('/work/tests/app/auth.ts', '/work/tests')).toBe(false);
    expect(isTestFile('/work/tests/app/auth.ts', '/work')).toBe(true);
    expect(isTestFile('/work/src/auth.ts', '/work')).toBe(false);
    expect(isTestFile('/work/src/auth.ts', undefined)).toBe(false);
    expect(isTestFile('src/auth.spec.ts', undefined)).toBe(true);
  });

  it('matches folders only below the working directory', () => {
    expect(isTestFile('/builds/tests/app/src/auth.ts', '/builds/tests/app')).toBe(false);
    expect(isTestFile('/builds/tests/app/src/__tests__/auth.ts', '/builds/tests/app')).toBe(true);
    expect(isTestFile('/builds/tests/app/src/auth.test.ts', '/builds/tests/app')).toBe(true);
  });
});

function reports(code: string, lang: string, rule: string, filename: string, options: object[] = []): number {
  const config = {
    files: ['**/*.{js,jsx,ts,tsx}'],
    plugins: { asvs: plugin },
    languageOptions: { ...(lang.startsWith('ts') ? { parser: tsParser } : {}), parserOptions: { ecmaFeatures: { jsx: lang.endsWith('x') } } },
    rules: { [`asvs/${rule}`]: ['error', ...options] as Linter.RuleEntry },
  };
  const messages = new Linter({ cwd: '/project' }).verify(code, [config], `/project/${filename}`);
  expect(messages.filter((message) => message.fatal)).toEqual([]);
  return messages.length;
}

describe.for(data.rules.map((rule) => [rule.name, rule.examples.bad[0]!] as const))('rule %s', ([name, example]) => {
  const lang = example.lang ?? 'js';

  it('skips test files, and checks them with checkTestFiles', () => {
    expect(reports(example.code, lang, name, `src/auth.${lang}`)).toBeGreaterThan(0);
    expect(reports(example.code, lang, name, `src/__tests__/auth.${lang}`)).toBe(0);
    expect(reports(example.code, lang, name, `src/auth.test.${lang}`)).toBe(0);
    expect(reports(example.code, lang, name, `src/auth.test.${lang}`, [{ checkTestFiles: true }])).toBeGreaterThan(0);
  });
});
