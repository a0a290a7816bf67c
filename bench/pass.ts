// One lint pass in a fresh process, as one `eslint` run would be: prints its timings as one JSON line.
// Rule times come from ESLint's `stats` option, the same instrumentation as `TIMING=all`, per file.
import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { createConfig, IGNORES, type ConfigName } from './configs.ts';

export interface PassRequest {
  dir: string;
  config: ConfigName;
  peerDir?: string;
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
}

const request = JSON.parse(process.argv[2] ?? '{}') as PassRequest;
const eslint = new ESLint({
  cwd: request.dir,
  overrideConfigFile: true,
  overrideConfig: [{ ignores: IGNORES }, ...(await createConfig(request.config, request.peerDir))],
  stats: true,
  errorOnUnmatchedPattern: false,
});

const started = performance.now();
const results = await eslint.lintFiles(['.']);
const wallMs = performance.now() - started;

const result: PassResult = { config: request.config, files: results.length, lines: 0, fatal: 0, wallMs, parseMs: 0, rulesMs: {}, problems: {} };
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
