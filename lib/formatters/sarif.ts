// `eslint -f ./node_modules/eslint-plugin-asvs/dist/formatters/sarif.js -o eslint.sarif .`: SARIF 2.1.0 for
// GitHub code scanning and other SARIF viewers, with CWE and ASVS tags, severities and fixes.
import type { ESLint } from 'eslint';
import { toSarif } from './sarif-log.ts';

/** The ESLint formatter: `(results, context) => string`; `context` needs `cwd` and `rulesMeta`. */
export default function sarifFormatter(results: ESLint.LintResult[], context: Pick<ESLint.LintResultData, 'cwd' | 'rulesMeta'>): string {
  return `${JSON.stringify(toSarif(results, context), null, 2)}\n`;
}
