import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { evaluators } from './recursion.ts';
import type { ObjectShape, ShapeEntry, Slot } from './shape-types.ts';
import { memoised, valueState } from './state.ts';
import { isKnown, known, UNKNOWN, type Static } from './static.ts';
import { staticValue } from './static-values.ts';

type Node = TSESTree.Node;

/** The plain object an object shape stands for, when it is complete and every value is known. */
export function shapeValue(shape: ObjectShape): Static {
  return (shape as Shape).staticValue();
}

export class Shape implements ObjectShape {
  readonly node: TSESTree.ObjectExpression | undefined;
  readonly complete: boolean;
  readonly #slots: ReadonlyMap<string, Slot>;
  readonly #code: SourceCode;
  readonly #entries = new Map<string, Entry>();

  constructor(node: TSESTree.ObjectExpression | undefined, complete: boolean, slots: ReadonlyMap<string, Slot>, code: SourceCode) {
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
      const base = slot.origin ? slot.origin.shape() : evaluators.objectShape(slot.valueNode, this.#code);
      if (!base) return null;
      return slot.writes.length > 0 ? evaluators.deriveShape(base, slot.writes, this.#code) : base;
    });
    return shape ?? undefined;
  }
}
