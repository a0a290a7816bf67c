import type { AnySourceCode } from './scope.ts';

/** The name of one fact about a file; `T` is the fact's type. */
export interface FileFact<T> {
  readonly name: string;
  /** Never set: carries `T` so that `perFile` knows what it returns. */
  readonly type?: T;
}

export function fileFact<T>(name: string): FileFact<T> {
  return { name };
}

// One store for every model: keyed by the AST, so it lives exactly as long as ESLint keeps the file.
const files = new WeakMap<object, Map<FileFact<unknown>, unknown>>();

/** `fact` about the file `sourceCode` holds, computed on first use and then remembered. */
export function perFile<T>(sourceCode: AnySourceCode, fact: FileFact<T>, compute: () => T): T {
  let facts = files.get(sourceCode.ast);
  if (!facts) {
    facts = new Map();
    files.set(sourceCode.ast, facts);
  }
  if (facts.has(fact)) return facts.get(fact) as T;
  const value = compute();
  facts.set(fact, value);
  return value;
}
