/** Marks a value the file does not pin down (a call, `process.env.X`, a parameter, …). */
export const UNKNOWN: unique symbol = Symbol('unknown');

/**
 * What an expression evaluates to when the file alone decides it: `{ value }` (the value may itself
 * be `undefined`, `null` or a plain object/array built from known parts), or UNKNOWN.
 * Test with {@link isKnown}; both shapes are truthy, so a cached result can be told from a miss.
 */
export type Static = { readonly value: unknown } | typeof UNKNOWN;

export function isKnown(result: Static): result is { readonly value: unknown } {
  return result !== UNKNOWN;
}

export function known(value: unknown): Static {
  return { value };
}

export const KNOWN_UNDEFINED: Static = Object.freeze({ value: undefined });

export function isPrimitive(value: unknown): value is string | number | boolean | bigint | null | undefined {
  return value === null || (typeof value !== 'object' && typeof value !== 'function' && typeof value !== 'symbol');
}

/**
 * One value for several candidates (branches, conditional writes): known only when every candidate
 * is the same primitive. Objects built by the analysis are fresh copies, so identity says nothing.
 */
export function mergeStatics(candidates: readonly Static[]): Static {
  const [first, ...rest] = candidates;
  if (!first || !isKnown(first)) return UNKNOWN;
  if (rest.length === 0) return first;
  if (!isPrimitive(first.value)) return UNKNOWN;
  return rest.every((other) => isKnown(other) && Object.is(other.value, first.value)) ? first : UNKNOWN;
}
