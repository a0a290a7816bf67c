// `npm run bench`: what our rules cost against the lint floor and the nearest peer, how they scale, and
// how long the plugin takes to import. Every lint pass runs in a fresh process; figures are medians.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ESLint } from 'eslint';
import { loadOurPlugin, ourPluginUrl, PEER_RULES, type ConfigName } from './configs.ts';
import { writeCorpus, writeLargeFile } from './corpus.ts';
import type { PassResult } from './pass.ts';
import { ensurePeer, type Peer } from './peer.ts';
import { profileReport, report, type BenchResults } from './report.ts';
import { runPass } from './run-pass.ts';
import { importTime } from './startup.ts';

const USAGE = `Usage: npm run bench -- [options]
  --quick           a small corpus and fewer runs (about a minute)
  --files <n>       files in the generated corpus (default 2000, about 300k lines)
  --repo <path>     measure a real repository instead of the generated corpus
  --runs <n>        repetitions of every measurement (default 3)
  --seed <n>        seed of the generated corpus (default 1)
  --no-peer         skip eslint-plugin-sonarjs
  --no-scaling      skip the scaling measurement
  --profile         only profile one lint pass with our rules and print where the time goes
  --json <file>     also write every raw measurement to a file
  --keep            keep the temporary folder with the corpora`;

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    files: { type: 'string' },
    repo: { type: 'string' },
    runs: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'no-peer': { type: 'boolean', default: false },
    'no-scaling': { type: 'boolean', default: false },
    json: { type: 'string' },
    profile: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

const quick = args.quick;
const settings = {
  files: positive(args.files ?? (quick ? '300' : '2000'), '--files'),
  runs: positive(args.runs ?? (quick ? '2' : '3'), '--runs'),
  seed: positive(args.seed, '--seed'),
  scalingFiles: quick ? 20 : 40,
  largeFileLines: 20_000,
  importRuns: quick ? 7 : 15,
};
const log = (line: string): void => void process.stderr.write(`${line}\n`);

if (!existsSync(new URL('../dist/index.js', import.meta.url))) {
  console.error('dist/index.js is missing: run `npm run build` first (`npm run bench` does).');
  process.exit(1);
}

// A copy of the build, next to node_modules so that its dependencies resolve, taken before any pass runs.
mkdirSync(new URL('../node_modules/.cache/', import.meta.url), { recursive: true });
const snapshot = mkdtempSync(fileURLToPath(new URL('../node_modules/.cache/asvs-bench-', import.meta.url)));
cpSync(fileURLToPath(new URL('../dist/', import.meta.url)), join(snapshot, 'dist'), { recursive: true });
cpSync(fileURLToPath(new URL('../package.json', import.meta.url)), join(snapshot, 'package.json'));
process.env['ASVS_BENCH_PLUGIN'] = join(snapshot, 'dist/index.js');

const tmp = mkdtempSync(join(tmpdir(), 'asvs-bench-'));
try {
  await main();
} finally {
  rmSync(snapshot, { recursive: true, force: true });
  if (args.keep) log(`corpora kept in ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}

async function main(): Promise<void> {
  const started = performance.now();
  const plugin = await loadOurPlugin();
  const ourRules = Object.keys(plugin.rules).map((name) => `asvs/${name}`);
  let corpusDir: string;
  let corpusLabel: string;
  if (args.repo) {
    corpusDir = resolve(args.repo);
    corpusLabel = `repository ${corpusDir}`;
  } else {
    corpusDir = join(tmp, 'corpus');
    log(`generating ${settings.files} files in ${corpusDir} ...`);
    writeCorpus(corpusDir, settings.files, settings.seed);
    corpusLabel = `generated (seed ${settings.seed})`;
  }

  if (args.profile) {
    log('profiling one pass with our rules ...');
    console.log(profileReport(runPass({ dir: corpusDir, config: 'ours', profile: true })));
    return;
  }

  let peer: Peer | undefined;
  let peerNote: string | undefined;
  if (!args['no-peer']) {
    const installed = ensurePeer(log);
    if ('error' in installed) peerNote = installed.error;
    else peer = installed;
  }

  const configs: ConfigName[] = peer ? ['floor', 'ours', 'peer'] : ['floor', 'ours'];
  const passes: Record<ConfigName, PassResult[]> = { floor: [], ours: [], peer: [] };
  log('warming the file cache ...');
  runPass({ dir: corpusDir, config: 'floor' });
  for (let run = 0; run < settings.runs; run++) {
    // Rotate the order so that a slow spell of the machine does not always hit the same configuration.
    for (const config of rotate(configs, run)) {
      log(`run ${run + 1}/${settings.runs}: ${config} ...`);
      const result = runPass({ dir: corpusDir, config, ...(peer ? { peerDir: peer.dir } : {}) });
      if (result.fatal > 0 && run === 0) log(`  ${result.fatal} files did not parse, e.g. ${result.firstFatal}`);
      passes[config].push(result);
    }
  }

  const scaling: BenchResults['scaling'] = [];
  let large: BenchResults['large'];
  if (!args['no-scaling']) {
    // Each scaling pass first lints other files, unmeasured: a cold process would make small sizes look
    // slow (compiling the rules' code), and the fit sublinear.
    const warmup = join(tmp, 'warmup');
    writeCorpus(warmup, settings.scalingFiles, settings.seed + 3);
    for (const scale of [1, 2, 4, 8]) {
      const dir = join(tmp, `scale-${scale}`);
      const size = writeCorpus(dir, settings.scalingFiles, settings.seed + 1, scale);
      const results: PassResult[] = [];
      for (let run = 0; run < settings.runs; run++) {
        log(`scaling ${scale}x, run ${run + 1}/${settings.runs} ...`);
        results.push(runPass({ dir, config: 'ours', warmup }));
      }
      scaling.push({ scale, lines: size.lines, passes: results });
    }
    const dir = join(tmp, 'large');
    const size = writeLargeFile(dir, settings.largeFileLines, settings.seed + 2);
    const results: PassResult[] = [];
    for (let run = 0; run < settings.runs; run++) {
      log(`one ${size.lines}-line file, run ${run + 1}/${settings.runs} ...`);
      results.push(runPass({ dir, config: 'ours', warmup }));
    }
    large = { lines: size.lines, passes: results };
  }

  log('measuring import times ...');
  const peerUrl = peer ? pathToFileURL(join(peer.dir, 'node_modules/eslint-plugin-sonarjs/cjs/plugin.js')).href : undefined;
  const importMs = (allRules: boolean) => ({
    ours: importTime(ourPluginUrl(), settings.importRuns, { allRules }),
    ...(peerUrl ? { peer: importTime(peerUrl, 3, { allRules }) } : {}),
  });

  const results: BenchResults = {
    environment: `ESLint ${ESLint.version}, Node ${process.version}, ${cpus().length} CPUs`,
    corpus: corpusLabel,
    runs: settings.runs,
    ourRules,
    peerRules: PEER_RULES.map((rule) => `sonarjs/${rule}`),
    ...(peer ? { peer: `eslint-plugin-sonarjs ${peer.version}` } : {}),
    ...(peerNote ? { peerNote } : {}),
    passes,
    scaling,
    ...(large ? { large } : {}),
    importMs: importMs(false),
    allRulesLoadedMs: importMs(true),
    seconds: (performance.now() - started) / 1000,
  };
  console.log(report(results));
  if (args.json) writeFileSync(args.json, `${JSON.stringify(results, null, 2)}\n`);
}

function rotate<T>(items: readonly T[], by: number): T[] {
  const shift = by % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

function positive(text: string, flag: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) {
    console.error(`${flag} takes a positive whole number, not "${text}".\n\n${USAGE}`);
    process.exit(2);
  }
  return value;
}
