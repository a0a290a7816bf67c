// Measures the plugin on real applications: lints each app of ecosystem/apps.json with the recommended and
// strict configs, as a new user would, and scores the findings against ecosystem/verdicts.json.
//   npm run ecosystem -- --snapshots <dir> [--app <name>]... [--config recommended|strict|both|all] [--json <file>]
// <dir> holds one folder per app, exported at its pinned commit (ecosystem/README.md). Needs no network.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ESLint } from 'eslint';
import { loadApps, snapshotProblem, type App } from './ecosystem/apps.ts';
import { listFiles } from './ecosystem/files.ts';
import { withOccurrences, type RawFinding } from './ecosystem/findings.ts';
import { ALL_CONFIG_NAMES, CONFIG_NAMES, lintApp, loadPlugin, userConfig, type AsvsPlugin, type ConfigName } from './ecosystem/lint.ts';
import { mergeConfigs, renderApps, renderFindingList, renderRules, renderStaleVerdicts, type AppSummary, type ConfigRun } from './ecosystem/report.ts';
import { loadVerdicts, VerdictIndex } from './ecosystem/verdicts.ts';

const ECOSYSTEM = fileURLToPath(new URL('../ecosystem/', import.meta.url));

const USAGE = `Usage: npm run ecosystem -- --snapshots <dir> [--app <name>]... [--config recommended|strict|both|all] [--json <file>]`;

interface Options {
  readonly snapshots: string;
  readonly apps: readonly string[];
  readonly configs: readonly ConfigName[];
  readonly json: string | undefined;
}

interface Collected {
  readonly summaries: AppSummary[];
  readonly findings: Map<ConfigName, RawFinding[]>;
  readonly seconds: Map<ConfigName, number>;
}

/** npm runs scripts from the package root; a relative path means relative to where `npm run` was typed. */
const fromCaller = (path: string): string => resolve(process.env['INIT_CWD'] ?? process.cwd(), path);

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      snapshots: { type: 'string' },
      app: { type: 'string', multiple: true, default: [] },
      config: { type: 'string', default: 'both' },
      json: { type: 'string' },
    },
  });
  if (values.snapshots === undefined) throw new UsageError('--snapshots is required');
  if (!existsSync(fromCaller(values.snapshots))) throw new UsageError(`no snapshots folder at ${fromCaller(values.snapshots)}`);
  const configs = values.config === 'both' ? CONFIG_NAMES : ALL_CONFIG_NAMES.filter((name) => name === values.config);
  if (configs.length === 0) throw new UsageError(`--config must be recommended, strict, both or all, not ${values.config}`);
  return { snapshots: fromCaller(values.snapshots), apps: values.app, configs, json: values.json === undefined ? undefined : fromCaller(values.json) };
}

class UsageError extends Error {}

function selectApps(all: readonly App[], names: readonly string[]): App[] {
  const unknown = names.filter((name) => !all.some((app) => app.name === name));
  if (unknown.length > 0) throw new UsageError(`no app named ${unknown.join(', ')} in ecosystem/apps.json`);
  return names.length === 0 ? [...all] : all.filter((app) => names.includes(app.name));
}

async function collect(apps: readonly App[], options: Options, plugin: AsvsPlugin): Promise<Collected> {
  const configs = new Map(options.configs.map((name) => [name, userConfig(plugin, name)]));
  const collected: Collected = { summaries: [], findings: new Map(options.configs.map((name) => [name, []])), seconds: new Map(options.configs.map((name) => [name, 0])) };
  for (const app of apps) {
    const root = join(options.snapshots, app.name);
    const problem = snapshotProblem(app, options.snapshots);
    if (problem) console.error(`${app.name}: ${problem}`);
    if (!existsSync(root)) continue;
    const list = listFiles(root, app.folders);
    const summary: AppSummary = { name: app.name, files: list.files.length, tooLarge: list.tooLarge, missing: list.missing, parseErrors: [], findings: {}, seconds: 0 };
    for (const [name, config] of configs) {
      const result = await lintApp(app, root, list.files, config, name);
      collected.findings.get(name)!.push(...result.findings);
      collected.seconds.set(name, collected.seconds.get(name)! + result.seconds);
      // Both configs parse the same files the same way: their parse errors are the same.
      summary.parseErrors = result.parseErrors;
      summary.findings[name] = result.findings.length;
      summary.seconds += result.seconds;
    }
    console.error(`${app.name}: ${summary.files} files, ${summary.seconds.toFixed(1)} s`);
    collected.summaries.push(summary);
  }
  return collected;
}

function report(collected: Collected, runs: readonly ConfigRun[], verdicts: VerdictIndex, options: Options): void {
  console.log(`\n${renderApps(collected.summaries, options.configs)}`);
  for (const run of runs) console.log(`\n${renderRules(run, verdicts)}`);
  const merged = mergeConfigs(runs);
  const unjudged = merged.filter(({ finding }) => verdicts.lookup(finding) === undefined);
  const stillFalse = merged.filter(({ finding }) => verdicts.lookup(finding)?.verdict === 'false');
  console.log(`\n${renderFindingList('Unjudged findings', unjudged, runs.length)}`);
  console.log(`\n${renderFindingList('Findings judged false that are still reported', stillFalse, runs.length)}`);
  const appsRun = new Set(collected.summaries.map((summary) => summary.name));
  const rulesRun = new Set(runs.flatMap((run) => run.rules));
  console.log(`\n${renderStaleVerdicts(verdicts.unused().filter((verdict) => appsRun.has(verdict.app) && rulesRun.has(verdict.rule)))}`);
}

function writeJson(file: string, apps: readonly App[], collected: Collected, runs: readonly ConfigRun[], verdicts: VerdictIndex, plugin: AsvsPlugin): void {
  const byName = new Map(apps.map((app) => [app.name, app]));
  const output = {
    plugin: plugin.meta?.version,
    eslint: ESLint.version,
    configs: runs.map((run) => ({ name: run.name, rules: run.rules, seconds: run.seconds })),
    apps: collected.summaries.map((summary) => ({ ...summary, repo: byName.get(summary.name)?.repo, commit: byName.get(summary.name)?.commit })),
    findings: runs.flatMap((run) => run.findings.map((finding) => ({ ...finding, verdict: verdicts.lookup(finding)?.verdict ?? null }))),
  };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(output, null, 2)}\n`);
  console.log(`\nWrote ${output.findings.length} findings to ${file}`);
}

async function main(): Promise<void> {
  const options = parseOptions();
  const apps = selectApps(loadApps(join(ECOSYSTEM, 'apps.json')), options.apps);
  const { verdicts, invalid } = loadVerdicts(join(ECOSYSTEM, 'verdicts.json'));
  for (const problem of invalid) console.error(`ignored verdict ${problem}`);
  const plugin = await loadPlugin();
  const started = performance.now();
  const collected = await collect(apps, options, plugin);
  const runs: ConfigRun[] = options.configs.map((name) => ({
    name,
    rules: Object.keys(plugin.configs[name].rules ?? {}),
    findings: withOccurrences(collected.findings.get(name)!),
    seconds: collected.seconds.get(name)!,
  }));
  const index = new VerdictIndex(verdicts);
  report(collected, runs, index, options);
  if (options.json) writeJson(options.json, apps, collected, runs, index, plugin);
  console.log(`\n${collected.summaries.length} apps linted in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

try {
  await main();
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`${error.message}\n${USAGE}`);
  process.exitCode = 1;
}
