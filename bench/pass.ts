// One lint pass in a fresh process, as one `eslint` run would be: prints its timings as one JSON line.
// Rule times come from ESLint's `stats` option, the same instrumentation as `TIMING=all`, per file.
import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { createConfig, IGNORES, ourPluginUrl, type ConfigName } from './configs.ts';
import { profiled, summarize, type Profile } from './profile.ts';

export interface PassRequest {
  dir: string;
  config: ConfigName;
  peerDir?: string;
  /** Also sample the CPU and report where the plugin's time goes. */
  profile?: boolean;
  /** Lint this folder first, unmeasured, so that the measured pass runs on warm (optimized) code. */
  warmup?: string;
}

export interface PassResult {
  config: ConfigName;
  files: number;
  lines: number;
  /** Files that did not parse: no rule ran on them. */
  fatal: number;
  /** `lintFiles` from call to return: finding, reading, parsing, linting. */
  wallMs: number;
  parseMs: number;
  rulesMs: Record<string, number>;
  problems: Record<string, number>;
  firstFatal?: string;
  profile?: Profile;
}

const request = JSON.parse(process.argv[2] ?? '{}') as PassRequest;
const config = [{ ignores: IGNORES }, ...(await createConfig(request.config, request.peerDir))];
const eslint = new ESLint({ cwd: request.dir, overrideConfigFile: true, overrideConfig: config, stats: true, errorOnUnmatchedPattern: false });
if (request.warmup) {
  await new ESLint({ cwd: request.warmup, overrideConfigFile: true, overrideConfig: config, stats: true, errorOnUnmatchedPattern: false }).lintFiles(['.']);
}

const started = performance.now();
const { value: results, profile } = request.profile ? await profiled(() => eslint.lintFiles(['.'])) : { value: await eslint.lintFiles(['.']), profile: undefined };
const wallMs = performance.now() - started;

const result: PassResult = { config: request.config, files: results.length, lines: 0, fatal: 0, wallMs, parseMs: 0, rulesMs: {}, problems: {} };
if (profile) result.profile = summarize(profile, new URL('.', ourPluginUrl()).href);
for (const file of results) {
  result.lines += readFileSync(file.filePath, 'utf8').split('\n').length;
  const fatal = file.messages.find((message) => message.fatal);
  if (fatal) {
    result.fatal++;
    result.firstFatal ??= `${file.filePath}:${fatal.line}:${fatal.column} ${fatal.message}`;
  }
  for (const message of file.messages) {
    if (message.ruleId) result.problems[message.ruleId] = (result.problems[message.ruleId] ?? 0) + 1;
  }
  for (const pass of file.stats?.times.passes ?? []) {
    result.parseMs += pass.parse?.total ?? 0;
    for (const [rule, time] of Object.entries(pass.rules ?? {})) result.rulesMs[rule] = (result.rulesMs[rule] ?? 0) + time.total;
  }
}
process.stdout.write(`${JSON.stringify(result)}\n`);
