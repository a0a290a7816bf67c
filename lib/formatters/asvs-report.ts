// `eslint -f ./node_modules/eslint-plugin-asvs/dist/formatters/asvs-report.js .`: the ASVS V3 requirements of one
// level, each with the rules that check it and what they found, or the checklist for checking it by hand.
// A formatter takes no options: ASVS_LEVEL (1, 2 or 3; default 1) picks the level, ASVS_REPORT_FORMAT=markdown
// writes Markdown for $GITHUB_STEP_SUMMARY.
import type { ESLint } from 'eslint';
import { buildAsvsReport, parseLevel } from './asvs-report-model.ts';
import { renderMarkdown } from './asvs-report-markdown.ts';
import { renderText } from './asvs-report-text.ts';

export { buildAsvsReport, parseLevel, renderMarkdown, renderText };
export type { AsvsLevel, AsvsReport, AsvsReportOptions, RequirementReport, RequirementStatus, RuleCoverage } from './asvs-report-model.ts';

export type ReportFormat = 'text' | 'markdown';

export function parseFormat(value: string | undefined, source: string): ReportFormat | undefined {
  if (value === undefined || value === '') return undefined;
  if (value === 'text' || value === 'markdown') return value;
  throw new Error(`eslint-plugin-asvs: ${source} must be text or markdown, not ${JSON.stringify(value)}.`);
}

/** Colour for a terminal: only on a TTY, and never when NO_COLOR is set (https://no-color.org). */
export function terminalColor(stream: { isTTY?: boolean } = process.stdout, env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return stream.isTTY === true && (env['NO_COLOR'] === undefined || env['NO_COLOR'] === '');
}

export default function asvsReportFormatter(results: ESLint.LintResult[], context: ESLint.LintResultData): string {
  const level = parseLevel(process.env['ASVS_LEVEL'], 'ASVS_LEVEL') ?? 1;
  const report = buildAsvsReport(results, { level, cwd: context.cwd, rulesMeta: context.rulesMeta });
  if (parseFormat(process.env['ASVS_REPORT_FORMAT'], 'ASVS_REPORT_FORMAT') === 'markdown') return renderMarkdown(report);
  return renderText(report, { color: context.color ?? terminalColor() });
}
