// Failures the fuzzer found, saved as minimal programs under fuzz/reproducers/; tests/fuzz-reproducers.test.ts
// runs every one of them.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Failure, FailureKind, ParserName, RuleSpec } from './check.ts';
import { hash } from './random.ts';

export const REPRODUCERS_DIR = fileURLToPath(new URL('reproducers/', import.meta.url));

export interface Reproducer {
  kind: FailureKind;
  /** The rules to run, with their options: one, unless the failure needs several together. */
  rules: RuleSpec[];
  message: string;
  filename: string;
  parser: ParserName;
  settings?: Record<string, unknown>;
  code: string;
  /** How it was found: the fuzz seed and program number. */
  found: string;
  /**
   * Set while a failure in a rule another engineer owns is not fixed: the reproducer test then expects
   * the failure (`it.fails`), so that it turns red, to be removed, once the rule is fixed.
   */
  knownFailure?: string;
  /** The crash's stack, for whoever fixes it. */
  stack?: string;
}

export function loadReproducers(dir = REPRODUCERS_DIR): (Reproducer & { file: string })[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ ...(JSON.parse(readFileSync(join(dir, name), 'utf8')) as Reproducer), file: name }));
}

/** Saves a reproducer unless the same program with the same rules is saved already; returns its file name. */
export function saveReproducer(reproducer: Reproducer, dir = REPRODUCERS_DIR): string {
  mkdirSync(dir, { recursive: true });
  const id = hash(`${reproducer.code}\0${JSON.stringify(reproducer.rules)}\0${reproducer.filename}\0${reproducer.parser}`).toString(16).padStart(8, '0');
  const name = `${reproducer.rules[0]!.rule}.${id}.json`;
  if (!existsSync(join(dir, name))) writeFileSync(join(dir, name), `${JSON.stringify(reproducer, null, 2)}\n`);
  return name;
}

/** What makes two failures the same defect: rule, kind, and the message without its names and numbers. */
export function signature(failure: Pick<Failure, 'rule' | 'kind' | 'message'>): string {
  const message = failure.message
    .replace(/'[^']*'|"[^"]*"|`[^`]*`/g, 'S')
    .replace(/\d+/g, 'N')
    .slice(0, 160);
  return `${failure.rule}|${failure.kind}|${message}`;
}
