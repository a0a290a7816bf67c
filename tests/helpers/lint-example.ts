import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import plugin from '../../lib/index.ts';
import type { Example } from '../../scripts/generator/types.ts';

const linter = new Linter();

/** Lints a documentation example with some of our rules and returns the ids of the rules that reported. */
export function rulesReporting(example: Example, ruleNames: readonly string[]): string[] {
  const lang = example.lang ?? 'js';
  const typescript = lang === 'ts' || lang === 'tsx';
  const filename = example.filename ?? `example.${lang}`;
  const messages = linter.verify(
    example.code,
    [
      {
        // ESLint 10 lints only files a config names by extension; a bare '**/*' does not count.
        files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'],
        plugins: { asvs: plugin },
        languageOptions: {
          ...(typescript ? { parser: tsParser } : {}),
          parserOptions: { ecmaFeatures: { jsx: lang === 'jsx' || lang === 'tsx' } },
        },
        rules: Object.fromEntries(ruleNames.map((name) => [`asvs/${name}`, 'error'])),
      },
    ],
    filename,
  );
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(`example does not parse: ${fatal.message}\n${example.code}`);
  return [...new Set(messages.map((message) => message.ruleId!.replace(/^asvs\//, '')))];
}

/**
 * What one rule reports on an example, as `line:column messageId` plus whether it fixes or suggests: enough to
 * tell whether an option changed the rule's answer. `options` is the rule's options object, if any.
 */
export function findingsOf(example: Example, ruleName: string, options?: Record<string, unknown>): string[] {
  const lang = example.lang ?? 'js';
  const messages = linter.verify(
    example.code,
    [
      {
        files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'],
        plugins: { asvs: plugin },
        languageOptions: {
          ...(lang === 'ts' || lang === 'tsx' ? { parser: tsParser } : {}),
          parserOptions: { ecmaFeatures: { jsx: lang === 'jsx' || lang === 'tsx' } },
        },
        rules: { [`asvs/${ruleName}`]: options ? ['error', options] : 'error' },
      },
    ],
    example.filename ?? `example.${lang}`,
  );
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(`example does not parse: ${fatal.message}\n${example.code}`);
  return messages.map((message) => `${message.line}:${message.column} ${message.messageId}${message.fix ? ' fix' : ''}${message.suggestions?.length ? ' suggest' : ''}`);
}
