import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { memoised, valueState } from './file-state.ts';
import { shapeAtPath, variableShape } from './paths.ts';
import { asSourceCode, isPropertyName, variableOf, type AnySourceCode } from './scope.ts';
import { deriveShape, literalShape, type Slot } from './shape-builder.ts';
import { isKnown, known, UNKNOWN, type Static } from './static.ts';
import { memberKey, staticValue } from './static-values.ts';
import { unwrap } from './syntax.ts';
import { isObjectAssign, isObjectMethod } from './variable-writes.ts';

export { deriveShape } from './shape-builder.ts';

type Node = TSESTree.Node;

/** The keys an object will have, as far as the file shows them. */
export interface ObjectShape {
  /** The object literal that declares the object (where a fixer inserts a property), identifiers followed. */
  readonly node: TSESTree.ObjectExpression;
  /**
   * False when an unknown spread, an unknown computed key or an unknown write (`opts[k] = …`) may add
   * keys the file does not show. Passing the object to a function that might mutate it does not count.
   */
  readonly complete: boolean;
  /** The entry for `key` after every write the file makes (last write wins). */
  get(key: string): ShapeEntry | undefined;
  keys(): Iterable<string>;
}

export interface ShapeEntry {
  readonly key: string;
  /** The Property, or the AssignmentExpression / `Object.assign` call / `delete` that last set it. */
  readonly node: TSESTree.Property | TSESTree.AssignmentExpression | TSESTree.Node;
  readonly valueNode: TSESTree.Node;
  /**
   * staticValue of the entry. UNKNOWN also when the file sets it only on some paths (`if (prod)
   * opts.secure = true`) to different values, or when a later unknown spread or write may replace it.
   */
  readonly value: Static;
  /** For nested objects: the object's shape, with the writes made through this entry (`opts.cookie.secure = …`). */
  shape(): ObjectShape | undefined;
  /** Came from a spread or `Object.assign` source rather than the object literal itself. */
  readonly inherited: boolean;
  /** A later unknown spread or unknown-key write may replace this entry (its value is then UNKNOWN). */
  readonly overridable: boolean;
}

/**
 * The properties an object will have: follows identifiers to their declaration (const anywhere in
 * scope; let/var only when never reassigned), destructuring, member access into known objects, spreads,
 * `Object.assign` (its result, and later `Object.assign(opts, …)` calls), later writes through the
 * variable (`opts.secure = true`, `opts.cookie.secure = true`, `opts['secure'] = x`, `delete opts.x`),
 * `Object.freeze`, and TS wrappers. Undefined when `node` is not known to be an object.
 */
export function objectShape(node: Node | null | undefined, sourceCode: AnySourceCode): ObjectShape | undefined {
  if (!node) return undefined;
  const code = asSourceCode(sourceCode);
  const state = valueState(code);
  return memoised(state, state.shapes, node, null, () => computeShape(node, code) ?? null) ?? undefined;
}

function computeShape(node: Node, code: SourceCode): ObjectShape | undefined {
  const bare = unwrap(node);
  switch (bare.type) {
    case 'ObjectExpression':
      return literalShape(bare, code);
    case 'Identifier': {
      const variable = isPropertyName(bare) ? null : variableOf(code, bare);
      return variable ? variableShape(variable, code) : undefined;
    }
    case 'MemberExpression': {
      const key = memberKey(bare, code);
      return key === undefined ? undefined : shapeAtPath(bare.object, [{ key }], code);
    }
    case 'ChainExpression':
      return objectShape(bare.expression, code);
    case 'SequenceExpression':
      return objectShape(bare.expressions.at(-1), code);
    case 'AssignmentExpression':
      return bare.operator === '=' ? objectShape(bare.right, code) : undefined;
    case 'CallExpression':
      return callShape(bare, code);
    default:
      return undefined;
  }
}

function callShape(call: TSESTree.CallExpression, code: SourceCode): ObjectShape | undefined {
  const [first] = call.arguments;
  if (!first || call.arguments.some((argument) => argument.type === 'SpreadElement')) return undefined;
  if (['freeze', 'seal', 'preventExtensions'].some((name) => isObjectMethod(call.callee, code, name))) {
    return objectShape(first, code);
  }
  if (!isObjectAssign(call.callee, code)) return undefined;
  const target = unwrap(first);
  // A variable's own writes already include this call, and every other write to the same object.
  if (target.type === 'Identifier' || target.type === 'MemberExpression') return objectShape(target, code);
  const base = objectShape(target, code);
  return base && deriveShape(base, [{ kind: 'assign', target: [], node: call, sources: call.arguments.slice(1), conditional: false }], code);
}

/** The plain object an object shape stands for, when it is complete and every value is known. */
export function shapeValue(shape: ObjectShape): Static {
  return (shape as Shape).staticValue();
}

export class Shape implements ObjectShape {
  readonly node: TSESTree.ObjectExpression;
  readonly complete: boolean;
  readonly #slots: ReadonlyMap<string, Slot>;
  readonly #code: SourceCode;
  readonly #entries = new Map<string, Entry>();

  constructor(node: TSESTree.ObjectExpression, complete: boolean, slots: ReadonlyMap<string, Slot>, code: SourceCode) {
    this.node = node;
    this.complete = complete;
    this.#slots = slots;
    this.#code = code;
  }

  get(key: string): ShapeEntry | undefined {
    let entry = this.#entries.get(key);
    if (!entry) {
      const slot = this.#slots.get(key);
      if (!slot) return undefined;
      entry = new Entry(slot, this.#code);
      this.#entries.set(key, entry);
    }
    return entry;
  }

  keys(): Iterable<string> {
    return [...this.#slots.keys()];
  }

  staticValue(): Static {
    const state = valueState(this.#code);
    return memoised(state, state.objectValues, this, UNKNOWN, () => {
      if (!this.complete) return UNKNOWN;
      const result: Record<string, unknown> = {};
      for (const key of this.#slots.keys()) {
        const value = this.get(key)!.value;
        if (!isKnown(value)) return UNKNOWN;
        // defineProperty, so a computed '__proto__' key stays an own property.
        Object.defineProperty(result, key, { value: value.value, enumerable: true, writable: true, configurable: true });
      }
      return known(result);
    });
  }
}

export class Entry implements ShapeEntry {
  readonly #slot: Slot;
  readonly #code: SourceCode;

  constructor(slot: Slot, code: SourceCode) {
    this.#slot = slot;
    this.#code = code;
  }

  get key(): string {
    return this.#slot.key;
  }
  get node(): Node {
    return this.#slot.node;
  }
  get valueNode(): Node {
    return this.#slot.valueNode;
  }
  get inherited(): boolean {
    return this.#slot.inherited;
  }
  get overridable(): boolean {
    return this.#slot.overridable;
  }

  get value(): Static {
    const state = valueState(this.#code);
    return memoised(state, state.objectValues, this, UNKNOWN, () => {
      const slot = this.#slot;
      if (slot.fixed) return slot.fixed;
      if (slot.overridable) return UNKNOWN;
      const shape = this.shape();
      if (shape) return shapeValue(shape);
      if (slot.writes.length > 0) return UNKNOWN;
      return slot.origin ? slot.origin.value : staticValue(slot.valueNode, this.#code);
    });
  }

  shape(): ObjectShape | undefined {
    const state = valueState(this.#code);
    const shape = memoised(state, state.objectShapes, this, null, () => {
      const slot = this.#slot;
      if (slot.opaque || slot.overridable) return null;
      const base = slot.origin ? slot.origin.shape() : objectShape(slot.valueNode, this.#code);
      if (!base) return null;
      return slot.writes.length > 0 ? deriveShape(base, slot.writes, this.#code) : base;
    });
    return shape ?? undefined;
  }
}
