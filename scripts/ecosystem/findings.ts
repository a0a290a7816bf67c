// A finding and its identity: app, rule, path and a key of the reported line's text that survives edits
// elsewhere in the file, plus an occurrence index among findings that share all four.
import { createHash } from 'node:crypto';

export interface Finding {
  readonly config: string;
  readonly app: string;
  /** The full rule id, e.g. asvs/no-session-token-in-url. */
  readonly rule: string;
  /** Relative to the app root, with forward slashes. */
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
  /** lineKey() of the reported line. */
  readonly key: string;
  /** 0 for the first finding (by position) with this app, rule, path and key, 1 for the second, ... */
  occurrence: number;
  /** The reported line, trimmed (cut at 200 characters), for reading the findings file. */
  readonly text: string;
}

export type RawFinding = Omit<Finding, 'occurrence'>;

/** The first 12 hex digits of the SHA-1 of the line's trimmed text. */
export function lineKey(lineText: string): string {
  return createHash('sha1').update(lineText.trim()).digest('hex').slice(0, 12);
}

export const identity = (finding: Pick<Finding, 'app' | 'rule' | 'path' | 'key'>): string =>
  `${finding.app}\0${finding.rule}\0${finding.path}\0${finding.key}`;

/** Numbers the findings of one config that share an identity, in the order of their position. */
export function withOccurrences(raw: readonly RawFinding[]): Finding[] {
  const sorted = [...raw].sort(byPosition);
  const seen = new Map<string, number>();
  return sorted.map((finding) => {
    const id = identity(finding);
    const occurrence = seen.get(id) ?? 0;
    seen.set(id, occurrence + 1);
    return { ...finding, occurrence };
  });
}

function byPosition(a: RawFinding, b: RawFinding): number {
  return a.app.localeCompare(b.app) || a.path.localeCompare(b.path) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}
