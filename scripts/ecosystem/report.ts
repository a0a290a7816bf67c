// What the ecosystem run prints: per app and per rule counts, precision from the verdicts, and the findings
// that still need a person.
import type { Finding } from './findings.ts';
import { identity } from './findings.ts';
import type { ConfigName, ParseError } from './lint.ts';
import type { Verdict, VerdictIndex } from './verdicts.ts';

export interface AppSummary {
  readonly name: string;
  readonly files: number;
  readonly tooLarge: readonly string[];
  readonly missing: readonly string[];
  parseErrors: ParseError[];
  readonly findings: Partial<Record<ConfigName, number>>;
  seconds: number;
}

export interface ConfigRun {
  readonly name: ConfigName;
  /** Every rule the config turns on, full ids. */
  readonly rules: readonly string[];
  readonly findings: readonly Finding[];
  readonly seconds: number;
}

interface Tally {
  findings: number;
  true: number;
  false: number;
  policy: number;
  unjudged: number;
}

const PARSE_ERRORS_SHOWN = 3;

export function renderApps(apps: readonly AppSummary[], configs: readonly ConfigName[]): string {
  const header = ['App', 'files', 'parse errors', ...configs, 'seconds'];
  const rows = apps.map((app) => [app.name, String(app.files), String(app.parseErrors.length), ...configs.map((config) => String(app.findings[config] ?? 0)), app.seconds.toFixed(1)]);
  const notes = apps.flatMap((app) => [
    ...app.missing.map((folder) => `  ${app.name}: folder ${folder} is not in the snapshot`),
    ...app.tooLarge.map((path) => `  ${app.name}: skipped ${path}, over the size limit`),
    ...app.parseErrors.slice(0, PARSE_ERRORS_SHOWN).map((error) => `  ${app.name}: ${error.path}:${error.line} did not parse: ${error.message}`),
    ...(app.parseErrors.length > PARSE_ERRORS_SHOWN ? [`  ${app.name}: ${app.parseErrors.length - PARSE_ERRORS_SHOWN} more files did not parse`] : []),
  ]);
  return [table(header, rows), ...notes].join('\n');
}

export function renderRules(run: ConfigRun, verdicts: VerdictIndex): string {
  const tallies = new Map(run.rules.map((rule) => [rule, emptyTally()]));
  const total = emptyTally();
  for (const finding of run.findings) {
    const tally = tallies.get(finding.rule) ?? emptyTally();
    tallies.set(finding.rule, tally);
    const verdict = verdicts.lookup(finding);
    count(tally, verdict);
    count(total, verdict);
  }
  const rows = [...tallies].sort(([a], [b]) => a.localeCompare(b)).map(([rule, tally]) => tallyRow(rule, tally));
  rows.push(tallyRow('Total', total));
  const title = `${run.name}: ${run.rules.length} rules, ${run.findings.length} findings, ${run.seconds.toFixed(1)} s`;
  return `${title}\n${table(['Rule', 'findings', 'true', 'false', 'policy', 'unjudged', 'precision'], rows)}`;
}

function emptyTally(): Tally {
  return { findings: 0, true: 0, false: 0, policy: 0, unjudged: 0 };
}

function count(tally: Tally, verdict: Verdict | undefined): void {
  tally.findings++;
  tally[verdict?.verdict ?? 'unjudged']++;
}

function tallyRow(label: string, tally: Tally): string[] {
  const judged = tally.true + tally.false;
  const precision = judged === 0 ? '-' : `${((100 * tally.true) / judged).toFixed(1)}%`;
  return [label, ...[tally.findings, tally.true, tally.false, tally.policy, tally.unjudged].map(String), precision];
}

/** Each finding once, whichever configs made it, with the configs that did. */
export function mergeConfigs(runs: readonly ConfigRun[]): Array<{ finding: Finding; configs: ConfigName[] }> {
  const merged = new Map<string, { finding: Finding; configs: ConfigName[] }>();
  for (const run of runs) {
    for (const finding of run.findings) {
      const id = `${identity(finding)}\0${finding.occurrence}`;
      const entry = merged.get(id);
      if (entry) entry.configs.push(run.name);
      else merged.set(id, { finding, configs: [run.name] });
    }
  }
  return [...merged.values()];
}

export function renderFindingList(title: string, entries: ReadonlyArray<{ finding: Finding; configs: ConfigName[] }>, allConfigs: number): string {
  if (entries.length === 0) return `${title}: none`;
  const lines = entries.map(({ finding, configs }) => {
    const where = configs.length === allConfigs ? '' : ` (${configs.join(', ')} only)`;
    const occurrence = finding.occurrence > 0 ? ` occurrence ${finding.occurrence}` : '';
    return `  ${finding.app} ${finding.path}:${finding.line}:${finding.column} ${finding.rule}${where}\n    ${finding.message}\n    line ${finding.key}${occurrence}: ${finding.text}`;
  });
  return `${title}: ${entries.length}\n${lines.join('\n')}`;
}

export function renderStaleVerdicts(stale: readonly Verdict[]): string {
  if (stale.length === 0) return 'Verdicts that match no finding: none';
  const lines = stale.map((verdict) => `  ${verdict.app} ${verdict.path} ${verdict.rule} line ${verdict.line}: was ${verdict.verdict} (${verdict.reason})`);
  return `Verdicts that match no finding (a true one is a finding lost): ${stale.length}\n${lines.join('\n')}`;
}

function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const render = (row: readonly string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [render(header), ...rows.map(render)].join('\n');
}
