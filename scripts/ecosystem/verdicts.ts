// Verdicts: a person's judgement of a finding, in ecosystem/verdicts.json, matched to findings by identity.
import { readFileSync } from 'node:fs';
import { identity, type Finding } from './findings.ts';

export type VerdictValue = 'true' | 'false' | 'policy';

export interface Verdict {
  readonly app: string;
  readonly rule: string;
  readonly path: string;
  /** lineKey() of the reported line. */
  readonly line: string;
  /** Only when findings share the line key: which of them (0-based, by position). Absent: all of them. */
  readonly occurrence?: number;
  readonly verdict: VerdictValue;
  readonly reason: string;
}

const VALUES: readonly string[] = ['true', 'false', 'policy'];

export function loadVerdicts(file: string): { verdicts: Verdict[]; invalid: string[] } {
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(data)) throw new Error(`${file}: expected an array of verdicts`);
  const verdicts: Verdict[] = [];
  const invalid: string[] = [];
  data.forEach((entry: unknown, index) => {
    const problem = verdictProblem(entry);
    if (problem) invalid.push(`${file}[${index}]: ${problem}`);
    else verdicts.push(entry as Verdict);
  });
  return { verdicts, invalid };
}

function verdictProblem(entry: unknown): string | undefined {
  const verdict = entry as Partial<Verdict>;
  const missing = (['app', 'rule', 'path', 'reason'] as const).filter((field) => typeof verdict[field] !== 'string');
  if (missing.length > 0) return `${missing.join(', ')} must be strings`;
  if (typeof verdict.line !== 'string' || !/^[0-9a-f]{12}$/.test(verdict.line)) return 'line must be 12 hex digits';
  if (verdict.occurrence !== undefined && !(Number.isInteger(verdict.occurrence) && verdict.occurrence >= 0)) return 'occurrence must be a whole number';
  if (typeof verdict.verdict !== 'string' || !VALUES.includes(verdict.verdict)) return 'verdict must be "true", "false" or "policy"';
  return undefined;
}

const keyOf = (verdict: Verdict): string => identity({ ...verdict, key: verdict.line });

/** Finds the verdict of a finding: one for its occurrence first, else one for its whole line key. */
export class VerdictIndex {
  readonly #byLine = new Map<string, Verdict>();
  readonly #byOccurrence = new Map<string, Verdict>();
  readonly #used = new Set<Verdict>();
  readonly verdicts: readonly Verdict[];

  constructor(verdicts: readonly Verdict[]) {
    this.verdicts = verdicts;
    for (const verdict of verdicts) {
      if (verdict.occurrence === undefined) this.#byLine.set(keyOf(verdict), verdict);
      else this.#byOccurrence.set(`${keyOf(verdict)}\0${verdict.occurrence}`, verdict);
    }
  }

  lookup(finding: Finding): Verdict | undefined {
    const id = identity(finding);
    const verdict = this.#byOccurrence.get(`${id}\0${finding.occurrence}`) ?? this.#byLine.get(id);
    if (verdict) this.#used.add(verdict);
    return verdict;
  }

  /** Verdicts that matched no finding looked up so far. */
  unused(): Verdict[] {
    return this.verdicts.filter((verdict) => !this.#used.has(verdict));
  }
}
