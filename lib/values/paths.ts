import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { memoised, valueState } from './state.ts';
import { evaluators } from './recursion.ts';
import type { ObjectShape } from './shape-types.ts';
import type { Variable } from '../ast/scope.ts';
import { isKnown, known, KNOWN_UNDEFINED, UNKNOWN, type Static } from './static.ts';
import { staticKey, staticValue } from './static-values.ts';
import { findBindings, findMemberWrites, type Bindings, type PatternStep } from './variable-writes.ts';

type Node = TSESTree.Node;

/** Where a walk into a value stands: an object the file describes key by key, or just a value. */
interface Cursor {
  readonly shape: ObjectShape | undefined;
  value(): Static;
}

const UNKNOWN_CURSOR: Cursor = { shape: undefined, value: () => UNKNOWN };
const UNDEFINED_CURSOR: Cursor = { shape: undefined, value: () => KNOWN_UNDEFINED };

function cursorAt(node: Node, code: SourceCode): Cursor {
  return { shape: evaluators.objectShape(node, code), value: () => staticValue(node, code) };
}

function step(cursor: Cursor, { key, fallback }: PatternStep, code: SourceCode): Cursor {
  let next: Cursor;
  if (cursor.shape) {
    const entry = cursor.shape.get(key);
    if (entry) next = { shape: entry.shape(), value: () => entry.value };
    else next = cursor.shape.complete && !(key in Object.prototype) ? UNDEFINED_CURSOR : UNKNOWN_CURSOR;
  } else {
    const base = cursor.value();
    next = { shape: undefined, value: () => propertyOf(base, key) };
  }
  if (!fallback || next.shape) return next;
  const current = next.value();
  if (!isKnown(current)) return UNKNOWN_CURSOR;
  return current.value === undefined ? cursorAt(fallback, code) : next;
}

/** `value[key]` for a known value: own properties only, since inherited ones are methods and getters. */
function propertyOf(base: Static, key: string): Static {
  if (!isKnown(base) || base.value == null) return UNKNOWN;
  const boxed = Object(base.value) as Record<string, unknown>;
  if (Object.hasOwn(boxed, key)) {
    // Known values hold only primitives, arrays and plain objects, never functions.
    return known(boxed[key]);
  }
  return key in boxed ? UNKNOWN : KNOWN_UNDEFINED;
}

/** The value at `path` inside what `node` evaluates to (destructuring, member access). */
export function valueAtPath(node: Node, path: readonly PatternStep[], code: SourceCode): Static {
  if (path.length === 0) return staticValue(node, code);
  return path.reduce((cursor, part) => step(cursor, part, code), cursorAt(node, code)).value();
}

/** The object at `path` inside what `node` evaluates to, if the file describes one. */
export function shapeAtPath(node: Node, path: readonly PatternStep[], code: SourceCode): ObjectShape | undefined {
  if (path.length === 0) return evaluators.objectShape(node, code);
  return path.reduce((cursor, part) => step(cursor, part, code), cursorAt(node, code)).shape;
}

export function variableBindings(variable: Variable, code: SourceCode): Bindings | undefined {
  const state = valueState(code);
  return memoised(state, state.bindings, variable, null, () => findBindings(variable, (key) => staticKey(key, code)) ?? null) ?? undefined;
}

/**
 * The object a variable holds, with the writes the file makes to it afterwards, when a single binding
 * gives it (a `let` assigned twice could hold either object).
 */
export function variableShape(variable: Variable, code: SourceCode): ObjectShape | undefined {
  const state = valueState(code);
  const shape = memoised(state, state.variableShapes, variable, null, () => {
    const bindings = variableBindings(variable, code);
    const binding = bindings?.list.length === 1 ? bindings.list[0]! : undefined;
    const base = binding && shapeAtPath(binding.rhs, binding.path, code);
    if (!binding || !base) return null;
    const { writes } = findMemberWrites(variable, binding, code, (key) => staticKey(key, code));
    return writes.length > 0 ? evaluators.deriveShape(base, writes, code) : base;
  });
  return shape ?? undefined;
}
