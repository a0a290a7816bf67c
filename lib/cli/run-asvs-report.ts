import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ESLint, type Linter } from 'eslint';
import { buildAsvsReport, parseFormat, parseLevel, renderMarkdown, renderText, terminalColor } from '../formatters/asvs-report.ts';
import { toSarif } from '../formatters/sarif.ts';
import { asvsRuleNamed } from '../formatters/rule-catalog.ts';

export const USAGE = `Usage: asvs-report [options] [files or globs...]

Lints with your ESLint config and prints, for each ASVS V3 requirement of the level, the rules that check it
and what they found, or the checklist for verifying it by hand.

Options:
  --level <1|2|3>            the ASVS level to report on (default: $ASVS_LEVEL, else 1)
  --format <text|markdown>   text for a terminal, markdown for $GITHUB_STEP_SUMMARY (default: text)
  -o, --output <file>        write the report to a file instead of standard output
  --sarif <file>             also write the findings as SARIF 2.1.0
  -c, --config <file>        the ESLint config file (default: the one ESLint finds)
  --cache                    reuse ESLint's cache, e.g. the one the lint step just wrote
  --cache-location <path>    where the cache is (default: .eslintcache)
  --cache-strategy <how>     metadata or content; content survives a fresh checkout (default: metadata)
  --color, --no-color        force colour on or off (default: on a TTY unless NO_COLOR is set)
  -h, --help                 show this help
`;

export interface CliIo {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly isTTY: boolean;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Runs the command and returns its exit code: 0 when the report was written, 2 on a usage or ESLint error. */
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
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        'cache-strategy': { type: 'string' },
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
    const eslint = new ESLint({
      cwd: io.cwd,
      cache: values.cache === true,
      ...(values.config ? { overrideConfigFile: values.config } : {}),
      ...(values['cache-location'] ? { cacheLocation: values['cache-location'] } : {}),
      ...(values['cache-strategy'] ? { cacheStrategy: values['cache-strategy'] as 'metadata' | 'content' } : {}),
    });
    const results = await eslint.lintFiles(positionals.length > 0 ? positionals : ['.']);
    const rulesMeta = eslint.getRulesMetaForResults(results);
    const report = buildAsvsReport(results, { level, cwd: io.cwd, rulesMeta, enabledRules: await enabledAsvsRules(eslint, results) });
    const color = values.color ?? (values.output === undefined && terminalColor({ isTTY: io.isTTY }, io.env));
    const text = format === 'markdown' ? renderMarkdown(report) : renderText(report, { color });
    if (values.sarif) writeFileSync(resolve(io.cwd, values.sarif), `${JSON.stringify(toSarif(results, { cwd: io.cwd, rulesMeta }), null, 2)}\n`);
    if (values.output) writeFileSync(resolve(io.cwd, values.output), text);
    else io.stdout(text);
    return 0;
  } catch (error) {
    io.stderr(`asvs-report: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

/** Our rules that are on for at least one linted file, under whichever namespace the config registered the plugin. */
export async function enabledAsvsRules(eslint: ESLint, results: readonly ESLint.LintResult[]): Promise<Set<string>> {
  const enabled = new Set<string>();
  for (const result of results) {
    const config = (await eslint.calculateConfigForFile(result.filePath)) as Linter.Config | undefined;
    // No config: an ignored file named on the command line, which nothing checked.
    if (!config) continue;
    // A calculated config holds every rule as `[severity, ...options]` with a numeric severity.
    for (const [ruleId, [severity]] of Object.entries(config.rules as Record<string, [number]>)) {
      const slash = ruleId.indexOf('/');
      const name = ruleId.slice(slash + 1);
      if (severity > 0 && slash !== -1 && config.plugins?.[ruleId.slice(0, slash)]?.meta?.name === 'eslint-plugin-asvs' && asvsRuleNamed(name)) {
        enabled.add(name);
      }
    }
  }
  return enabled;
}
