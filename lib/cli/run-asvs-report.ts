import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ESLint } from 'eslint';
import { toSarif } from '../formatters/sarif-log.ts';
import { parseLevel } from '../report/level.ts';
import { reportFromEslint } from '../report/from-eslint.ts';
import { renderMarkdown } from '../report/markdown.ts';
import { parseFormat, terminalColor } from '../report/output-options.ts';
import { MAX_LOCATIONS, renderText } from '../report/text.ts';
import { applySuppressions, readSuppressions, suppressionsFile } from './suppressions.ts';

export const USAGE = `Usage: asvs-report [options] [files or globs...]

Lints with your ESLint config and prints, for each ASVS V3 requirement of the level, the rules that check it
and what they found (each finding as file:line, up to ${MAX_LOCATIONS} per rule and requirement), or the checklist
for verifying it by hand. A requirement counts as checked only when its rules ran with options at least as
strict as the level's.

Options:
  --level <1|2|3>                   the ASVS level to report on (default: $ASVS_LEVEL, else 1)
  --format <text|markdown>          text for a terminal, markdown for $GITHUB_STEP_SUMMARY (default: text)
  -o, --output <file>               write the report to a file instead of standard output
  --sarif <file>                    also write the findings as SARIF 2.1.0
  -c, --config <file>               the ESLint config file (default: the one ESLint finds)
  --suppressions-location <path>    ESLint's suppressions file (default: eslint-suppressions.json, if present)
  --cache                           reuse ESLint's cache, e.g. the one the lint step just wrote
  --cache-location <path>           where the cache is (default: .eslintcache)
  --cache-strategy <how>            metadata or content; content survives a fresh checkout (default: metadata)
  --no-fail                         exit with 0 even when a requirement has findings
  --color, --no-color               force colour on or off (default: on a TTY unless NO_COLOR is set)
  -h, --help                        show this help

Exit codes: 0 when no requirement of the level has a finding that is not suppressed; 1 when one has (unless
--no-fail); 2 on a usage error, a broken ESLint config or a missing suppressions file.
`;

export interface CliIo {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly isTTY: boolean;
  stdout(text: string): void;
  stderr(text: string): void;
  /** The report's date; now unless a test fixes it. */
  readonly now?: Date;
}

/** Runs the command and returns its exit code. */
export async function runAsvsReport(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      allowNegative: true,
      options: {
        level: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        sarif: { type: 'string' },
        config: { type: 'string', short: 'c' },
        'suppressions-location': { type: 'string' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        'cache-strategy': { type: 'string' },
        fail: { type: 'boolean', default: true },
        color: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      io.stdout(USAGE);
      return 0;
    }
    const level = parseLevel(values.level, '--level') ?? parseLevel(io.env['ASVS_LEVEL'], 'ASVS_LEVEL') ?? 1;
    const format = parseFormat(values.format, '--format') ?? 'text';
    const suppressions = suppressionsFile(values['suppressions-location'], io.cwd);
    // As the eslint command does: a location given must exist; the default one is optional.
    if (values['suppressions-location'] !== undefined && !existsSync(suppressions)) {
      throw new Error('The suppressions file does not exist. Please run the command with `--suppress-all` or `--suppress-rule` to create it.');
    }
    const eslint = new ESLint({
      cwd: io.cwd,
      cache: values.cache === true,
      ...(values.config ? { overrideConfigFile: values.config } : {}),
      ...(values['cache-location'] ? { cacheLocation: values['cache-location'] } : {}),
      ...(values['cache-strategy'] ? { cacheStrategy: values['cache-strategy'] as 'metadata' | 'content' } : {}),
    });
    const linted = await eslint.lintFiles(positionals.length > 0 ? positionals : ['.']);
    const results = applySuppressions(linted, readSuppressions(suppressions), io.cwd);
    const { report, setup, rulesMeta } = await reportFromEslint(eslint, results, { level, cwd: io.cwd, now: io.now });
    const color = values.color ?? (values.output === undefined && terminalColor({ isTTY: io.isTTY }, io.env));
    const text = format === 'markdown' ? renderMarkdown(report) : renderText(report, { color });
    if (values.sarif) writeFileSync(resolve(io.cwd, values.sarif), `${JSON.stringify(toSarif(results, { cwd: io.cwd, rulesMeta, plugins: setup.plugins }), null, 2)}\n`);
    if (values.output) writeFileSync(resolve(io.cwd, values.output), text);
    else io.stdout(text);
    return values.fail && report.counts.findings > 0 ? 1 : 0;
  } catch (error) {
    io.stderr(`asvs-report: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}
