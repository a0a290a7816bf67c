import type { TSESTree } from '@typescript-eslint/utils';
import type { ObjectShape } from './shape-types.ts';
import type { AnySourceCode, Variable } from '../ast/scope.ts';
import type { Static } from './static.ts';
import type { Bindings } from './variable-writes.ts';
import { fileFact, perFile } from '../ast/per-file.ts';

type Node = TSESTree.Node;

// Enough for real configuration objects and expressions; deeper (or generated) code is left unknown.
const MAX_DEPTH = 200;

/** Everything the value analyses remember about one file. */
export interface ValueState {
  readonly values: WeakMap<Node, Static>;
  readonly shapes: WeakMap<Node, ObjectShape | null>;
  readonly variableValues: WeakMap<Variable, Static>;
  readonly variableShapes: WeakMap<Variable, ObjectShape | null>;
  readonly bindings: WeakMap<Variable, Bindings | null>;
  /** Per Shape and ShapeEntry instance: its plain value, and (entries) its nested shape. */
  readonly objectValues: WeakMap<object, Static>;
  readonly objectShapes: WeakMap<object, ObjectShape | null>;
  /** Per cache, the keys being computed right now: meeting one again means a cycle. */
  readonly busy: WeakMap<object, Set<object>>;
  depth: number;
}

const VALUE_STATE = fileFact<ValueState>('value state');

export function valueState(sourceCode: AnySourceCode): ValueState {
  return perFile(sourceCode, VALUE_STATE, () => ({
    values: new WeakMap(),
    shapes: new WeakMap(),
    variableValues: new WeakMap(),
    variableShapes: new WeakMap(),
    bindings: new WeakMap(),
    objectValues: new WeakMap(),
    objectShapes: new WeakMap(),
    busy: new WeakMap(),
    depth: 0,
  }));
}

/**
 * Memoised, cycle- and depth-safe evaluation: a key met again while it is being computed, or past the
 * depth limit, gets `fallback` (which means "unknown") instead of recursing forever.
 */
export function memoised<K extends object, V>(state: ValueState, cache: WeakMap<K, V>, key: K, fallback: V, compute: () => V): V {
  if (cache.has(key)) return cache.get(key) as V;
  let busy = state.busy.get(cache);
  if (!busy) {
    busy = new Set();
    state.busy.set(cache, busy);
  }
  if (busy.has(key) || state.depth >= MAX_DEPTH) return fallback;
  busy.add(key);
  state.depth++;
  let result: V;
  try {
    result = compute();
  } finally {
    busy.delete(key);
    state.depth--;
  }
  cache.set(key, result);
  return result;
}
