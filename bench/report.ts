// Turns raw passes into the figures the issue asks for, checked against its targets.
import { COUNTERPARTS, type ConfigName } from './configs.ts';
import type { PassResult } from './pass.ts';
import { rulesTotal } from './run-pass.ts';
import { fitExponent, median } from './stats.ts';

export interface BenchResults {
  environment: string;
  corpus: string;
  runs: number;
  ourRules: string[];
  peerRules: string[];
  peer?: string;
  peerNote?: string;
  passes: Record<ConfigName, PassResult[]>;
  scaling: { scale: number; lines: number; passes: PassResult[] }[];
  large?: { lines: number; passes: PassResult[] };
  importMs: { ours: number; peer?: number };
  /** Import, then load every rule: our rules load on first use, so this is what a worker running all of them pays. */
  allRulesLoadedMs: { ours: number; peer?: number };
  seconds: number;
}

export const TARGETS = { ourShare: 3, ruleShare: 1, importMs: 20, exponent: 1.1 };

const OURS = 'asvs/';
const PEER = 'sonarjs/';

export function report(results: BenchResults): string {
  const { passes } = results;
  const out: string[] = [];
  const first = passes.ours[0]!;
  out.push('eslint-plugin-asvs benchmark');
  out.push(`${results.environment}; ${results.runs} runs of every figure, medians; each pass in a fresh process;`);
  out.push("rule times from ESLint's `stats` option (the instrumentation behind TIMING=all), summed over files");
  out.push(`Corpus: ${results.corpus}; ${int(first.files)} files, ${int(first.lines)} lines${first.fatal ? `, ${first.fatal} did not parse` : ''}`);
  out.push(results.peer ? `Peer: ${results.peer}: ${results.peerRules.join(', ')}` : `Peer: skipped${results.peerNote ? ` (${results.peerNote})` : ''}`);
  out.push('');

  const labels: Record<ConfigName, string> = {
    floor: 'no rules (floor)',
    ours: `ours: ${results.ourRules.length} rules`,
    peer: `peer: ${results.peerRules.length} sonarjs rules`,
  };
  out.push(row(['Whole lint', 'wall ms', 'parse ms', 'rules ms', 'reports'], [28, 10, 10, 10, 9]));
  for (const config of ['floor', 'ours', 'peer'] as const) {
    const runs = passes[config];
    if (runs.length === 0) continue;
    const prefix = config === 'ours' ? OURS : PEER;
    out.push(
      row(
        [
          `  ${labels[config]}`,
          fixed(median(runs.map((pass) => pass.wallMs)), 0),
          fixed(median(runs.map((pass) => pass.parseMs)), 0),
          fixed(median(runs.map((pass) => rulesTotal(pass, prefix))), 1),
          int(Object.values(runs[0]!.problems).reduce((sum, count) => sum + count, 0)),
        ],
        [28, 10, 10, 10, 9],
      ),
    );
  }
  out.push('');

  const ruleShares = (rules: readonly string[], runs: PassResult[]) =>
    rules.map((rule) => ({
      rule,
      ms: median(runs.map((pass) => pass.rulesMs[rule] ?? 0)),
      share: median(runs.map((pass) => (100 * (pass.rulesMs[rule] ?? 0)) / pass.wallMs)),
      reports: runs[0]!.problems[rule] ?? 0,
    }));
  const widths = [40, 9, 9, 10, 8];
  out.push(row(['Rule', 'ms', 'µs/file', '% of lint', 'reports'], widths));
  const ours = ruleShares(results.ourRules, passes.ours).sort((a, b) => b.ms - a.ms);
  const files = first.files;
  for (const rule of ours) out.push(row([`  ${rule.rule}`, fixed(rule.ms, 1), fixed((1000 * rule.ms) / files, 1), `${fixed(rule.share, 3)}%`, int(rule.reports)], widths));
  const ourTotal = median(passes.ours.map((pass) => rulesTotal(pass, OURS)));
  const ourShare = median(passes.ours.map((pass) => (100 * rulesTotal(pass, OURS)) / pass.wallMs));
  out.push(row([`  all ${results.ourRules.length} of ours`, fixed(ourTotal, 1), fixed((1000 * ourTotal) / files, 1), `${fixed(ourShare, 3)}%`, ''], widths));
  let peerTotal: number | undefined;
  if (passes.peer.length > 0) {
    for (const rule of ruleShares(results.peerRules, passes.peer)) {
      out.push(row([`  ${rule.rule}`, fixed(rule.ms, 1), fixed((1000 * rule.ms) / files, 1), `${fixed(rule.share, 3)}%`, int(rule.reports)], widths));
    }
    peerTotal = median(passes.peer.map((pass) => rulesTotal(pass, PEER)));
    const peerShare = median(passes.peer.map((pass) => (100 * rulesTotal(pass, PEER)) / pass.wallMs));
    out.push(row([`  all ${results.peerRules.length} of the peer`, fixed(peerTotal, 1), fixed((1000 * peerTotal) / files, 1), `${fixed(peerShare, 3)}%`, ''], widths));
  }
  const floorWall = median(passes.floor.map((pass) => pass.wallMs));
  const oursWall = median(passes.ours.map((pass) => pass.wallMs));
  out.push(`  (wall time with our rules minus the floor: ${fixed(oursWall - floorWall, 0)} ms, mostly run-to-run noise of the machine)`);
  out.push('');

  let exponent = Number.NaN;
  if (results.scaling.length > 0) {
    const base = results.scaling[0]!;
    out.push(`Scaling: ${int(base.passes[0]!.files)} files grown ${results.scaling.map((step) => `${step.scale}x`).join(', ')}, after a warm-up pass; our rule time`);
    const points = results.scaling.map((step) => ({
      size: step.lines,
      time: median(step.passes.map((pass) => rulesTotal(pass, OURS))),
      parse: median(step.passes.map((pass) => pass.parseMs)),
    }));
    for (const [index, step] of results.scaling.entries()) {
      out.push(row([`  ${step.scale}x`, `${int(step.lines)} lines`, `${fixed(points[index]!.time, 1)} ms`, `parse ${fixed(points[index]!.parse, 0)} ms`], [8, 16, 12, 16]));
    }
    exponent = fitExponent(points);
    // The last doubling alone: a quadratic part shows there first, while the fit over all sizes averages it away.
    const lastStep = fitExponent(points.slice(-2));
    out.push(
      `  fitted exponent ${fixed(exponent, 2)}; last doubling alone ${fixed(lastStep, 2)} (parsing: ${fixed(fitExponent(points.map((point) => ({ size: point.size, time: point.parse }))), 2)})`,
    );
    const steep = results.ourRules
      .map((rule) => {
        const rulePoints = results.scaling.map((step) => ({ size: step.lines, time: median(step.passes.map((pass) => pass.rulesMs[rule] ?? 0)) }));
        return { rule, exponent: fitExponent(rulePoints), ms: rulePoints.at(-1)!.time };
      })
      // Below a millisecond the fit measures timer noise, not the rule.
      .filter((rule) => rule.exponent > TARGETS.exponent && rule.ms >= 1);
    out.push(`  rules above ${TARGETS.exponent}: ${steep.length === 0 ? 'none' : steep.map((rule) => `${rule.rule} ${fixed(rule.exponent, 2)}`).join(', ')}`);
    if (results.large) {
      const largeMs = median(results.large.passes.map((pass) => rulesTotal(pass, OURS)));
      const perLine = (1000 * largeMs) / results.large.lines;
      const basePerLine = (1000 * points[0]!.time) / points[0]!.size;
      out.push(
        `  one ${int(results.large.lines)}-line file: ${fixed(largeMs, 1)} ms, ${fixed(perLine, 2)} µs/line (1x files: ${fixed(basePerLine, 2)} µs/line; ratio ${fixed(perLine / basePerLine, 2)})`,
      );
      const large = results.large;
      const slower = results.ourRules
        .map((rule) => {
          const big = median(large.passes.map((pass) => pass.rulesMs[rule] ?? 0));
          const small = median(base.passes.map((pass) => pass.rulesMs[rule] ?? 0));
          return { rule, big, ratio: big / large.lines / (small / base.lines) };
        })
        .filter((rule) => rule.ratio > 2 && rule.big >= 1);
      out.push(`  rules over twice as slow per line on it: ${slower.length === 0 ? 'none' : slower.map((rule) => `${rule.rule} ${fixed(rule.ratio, 1)}x`).join(', ')}`);
    }
    out.push('');
  }

  const loadTimes = ({ ours, peer }: { ours: number; peer?: number }) =>
    `ours ${fixed(ours, 1)} ms${peer === undefined ? '' : `; eslint-plugin-sonarjs ${fixed(peer, 0)} ms`}`;
  out.push(`Import in a fresh process (median): ${loadTimes(results.importMs)}`);
  out.push(`Import and load every rule (median): ${loadTimes(results.allRulesLoadedMs)}`);
  out.push('');

  const maxRule = ours.reduce((max, rule) => (rule.share > max.share ? rule : max), { rule: '-', share: 0 });
  const ourPerFile = (1000 * ourTotal) / files;
  out.push('Targets');
  out.push(target(ourShare <= TARGETS.ourShare, `our rules ≤ ${TARGETS.ourShare}% of lint time`, `${fixed(ourShare, 3)}%`));
  out.push(target(maxRule.share <= TARGETS.ruleShare, `no single rule above ${TARGETS.ruleShare}%`, `max ${fixed(maxRule.share, 3)}% (${maxRule.rule})`));
  if (peerTotal !== undefined) {
    // The same work: each peer rule against our rule for the same requirement, where we have one.
    const pairs = Object.entries(COUNTERPARTS).filter(([, ours]) => results.ourRules.includes(`asvs/${ours}`));
    const sum = (runs: PassResult[], rules: string[]) => median(runs.map((pass) => rules.reduce((total, rule) => total + (pass.rulesMs[rule] ?? 0), 0)));
    const ourSame = (1000 * sum(passes.ours, pairs.map(([, ours]) => `asvs/${ours}`))) / files;
    const peerSame = (1000 * sum(passes.peer, pairs.map(([peer]) => `sonarjs/${peer}`))) / files;
    const peerPerFile = (1000 * peerTotal) / files;
    if (pairs.length > 0) {
      out.push(
        target(
          ourSame < peerSame,
          "per-file cost below the peer's, same work",
          `${fixed(ourSame, 1)} µs vs ${fixed(peerSame, 1)} µs per file (${fixed(ourSame / peerSame, 2)}x; ${pairs.map(([peer, ours]) => `${ours} ~ ${peer}`).join(', ')})`,
        ),
      );
    }
    out.push(
      target(
        ourPerFile < peerPerFile,
        "per-file cost below the peer's, all rules",
        `${fixed(ourPerFile, 1)} µs vs ${fixed(peerPerFile, 1)} µs per file (${fixed(ourPerFile / peerPerFile, 2)}x, ${results.ourRules.length} rules vs ${results.peerRules.length})`,
      ),
    );
  }
  out.push(target(results.importMs.ours <= TARGETS.importMs, `import ≤ ${TARGETS.importMs} ms`, `${fixed(results.importMs.ours, 1)} ms`));
  if (!Number.isNaN(exponent)) out.push(target(exponent <= TARGETS.exponent, `scaling exponent ≤ ${TARGETS.exponent}`, fixed(exponent, 2)));
  out.push(`(benchmark took ${fixed(results.seconds, 0)} s)`);
  return out.join('\n');
}

function target(met: boolean, label: string, value: string): string {
  return `  ${met ? 'met ' : 'MISS'}  ${label.padEnd(44)} ${value}`;
}

function row(cells: string[], widths: number[]): string {
  return cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[index]!))).join(' ');
}

const fixed = (value: number, digits: number): string =>
  Number.isFinite(value) ? value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : 'n/a';
const int = (value: number): string => value.toLocaleString('en-US');

/** The plugin's share of a profiled pass and its hottest functions and files. */
export function profileReport(pass: PassResult): string {
  const profile = pass.profile!;
  const out = [
    `Profile of one pass with our rules: ${int(pass.files)} files, ${int(pass.lines)} lines, ${fixed(pass.wallMs, 0)} ms`,
    `Samples in the plugin's own code: ${fixed(profile.pluginMs, 0)} ms of ${fixed(profile.totalMs, 0)} ms (${fixed((100 * profile.pluginMs) / profile.totalMs, 1)}%); rules by ESLint's stats:`,
  ];
  for (const [rule, ms] of Object.entries(pass.rulesMs).sort((a, b) => b[1] - a[1])) out.push(`  ${rule.padEnd(56)} ${fixed(ms, 0).padStart(8)} ms`);
  out.push('', 'Files of the plugin by self time:');
  for (const file of profile.files.slice(0, 15)) out.push(`  ${file.name.padEnd(56)} ${fixed(file.selfMs, 0).padStart(8)} ms`);
  out.push('', 'Functions by self time:');
  for (const fn of profile.functions.slice(0, 25)) out.push(`  ${fn.name.padEnd(72)} ${fixed(fn.selfMs, 0).padStart(8)} ms`);
  out.push('', 'Self time leaves out what a function calls: a hot caller of ESLint or the parser (getScope, tokens) shows as ESLint time.');
  return out.join('\n');
}
