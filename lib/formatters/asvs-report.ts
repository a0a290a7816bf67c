// `eslint -f ./node_modules/eslint-plugin-asvs/dist/formatters/asvs-report.js .`: the ASVS V3 requirements of one
// level, each with the rules that check it and what they found, or the checklist for checking it by hand.
// A formatter takes no options: ASVS_LEVEL (1, 2 or 3; default 1) picks the level, ASVS_REPORT_FORMAT=markdown
// writes Markdown for $GITHUB_STEP_SUMMARY.
import { ESLint } from 'eslint';
import { parseLevel } from '../report/level.ts';
import { readLintSetup, type LintSetup } from '../report/lint-setup.ts';
import { renderMarkdown } from '../report/markdown.ts';
import { buildAsvsReport } from '../report/model.ts';
import { parseFormat, terminalColor } from '../report/output-options.ts';
import { collectProvenance } from '../report/provenance.ts';
import { renderText } from '../report/text.ts';
import { commandLineConfig } from './eslint-command-line.ts';

export default async function asvsReportFormatter(results: ESLint.LintResult[], context: ESLint.LintResultData): Promise<string> {
  const level = parseLevel(process.env['ASVS_LEVEL'], 'ASVS_LEVEL') ?? 1;
  const format = parseFormat(process.env['ASVS_REPORT_FORMAT'], 'ASVS_REPORT_FORMAT') ?? 'text';
  const setup = await setupOf(results, context.cwd);
  const provenance = collectProvenance({ cwd: context.cwd, setup });
  const report = buildAsvsReport({ results, level, cwd: context.cwd, rulesMeta: context.rulesMeta, setup, provenance });
  return format === 'markdown' ? renderMarkdown(report) : renderText(report, { color: context.color ?? terminalColor() });
}

async function setupOf(results: readonly ESLint.LintResult[], cwd: string): Promise<LintSetup | undefined> {
  try {
    return await readLintSetup(new ESLint({ cwd, ...commandLineConfig(process.argv.slice(2)) }), results);
  } catch {
    // A config that loads only in the process that linted (built in code, or a file since removed): the report
    // then says it could not tell which rules ran.
    return undefined;
  }
}
