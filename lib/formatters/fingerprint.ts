import { createHash } from 'node:crypto';

/** The `partialFingerprints` key; GitHub computes its own `primaryLocationLineHash` and must not be given one. */
export const FINGERPRINT_KEY = 'asvsLineHash/v1';

interface Finding {
  readonly ruleId: string;
  readonly line: number;
  readonly message: string;
}

/**
 * One fingerprint per finding that survives edits elsewhere in the file: the rule, the text of the reported line
 * with its whitespace collapsed (or the message, when the source is unknown), and the how-manieth such finding
 * of the file it is. Line numbers are left out on purpose: adding an import must not re-open dismissed alerts.
 */
export function fingerprints(findings: readonly Finding[], lines: readonly string[] | undefined): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const anchor = lines?.[finding.line - 1]?.trim().replace(/\s+/g, ' ') ?? `message:${finding.message}`;
    const key = `${finding.ruleId}\0${anchor}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return createHash('sha256').update(`${key}\0${occurrence}`).digest('hex').slice(0, 32);
  });
}
