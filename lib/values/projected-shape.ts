import type { TSESTree } from '@typescript-eslint/utils';
import { evaluators } from './recursion.ts';
import type { ObjectShape, ShapeEntry } from './shape-types.ts';
import { UNKNOWN, type Static } from './static.ts';

type Node = TSESTree.Node;

/**
 * An object described elsewhere (another module, a function's return) as the linted file sees it: keys and values
 * from where it is declared, every node the expression in this file that brings it in (`anchor`), so findings land
 * in this file and no fix edits code it does not hold.
 */
export class ProjectedShape implements ObjectShape {
  readonly node = undefined;
  readonly #inner: ObjectShape;
  readonly #anchor: Node;
  readonly #entries = new Map<string, ShapeEntry | undefined>();

  constructor(inner: ObjectShape, anchor: Node) {
    this.#inner = inner;
    this.#anchor = anchor;
  }

  get complete(): boolean {
    return this.#inner.complete;
  }

  get(key: string): ShapeEntry | undefined {
    if (!this.#entries.has(key)) {
      const entry = this.#inner.get(key);
      this.#entries.set(key, entry && projectedEntry(entry.key, this.#anchor, () => entry.value, () => entry.shape(), entry.overridable));
    }
    return this.#entries.get(key);
  }

  keys(): Iterable<string> {
    return this.#inner.keys();
  }

  staticValue(): Static {
    return evaluators.shapeValue(this.#inner);
  }
}

/** An entry whose value and nested object are read elsewhere, placed at `anchor`. */
export function projectedEntry(key: string, anchor: Node, value: () => Static, shape: () => ObjectShape | undefined, overridable = false): ShapeEntry {
  let cachedValue: Static | undefined;
  return {
    key,
    node: anchor,
    valueNode: anchor,
    inherited: true,
    overridable,
    get value() {
      cachedValue ??= value();
      return cachedValue;
    },
    shape() {
      const inner = shape();
      return inner && new ProjectedShape(inner, anchor);
    },
  };
}

/** A module namespace (`import * as helpers`): its exports by name, never a plain value (it holds functions). */
export class NamespaceShape implements ObjectShape {
  readonly node = undefined;
  readonly complete = false;
  readonly #names: readonly string[];
  readonly #entry: (key: string) => ShapeEntry | undefined;

  constructor(names: readonly string[], entry: (key: string) => ShapeEntry | undefined) {
    this.#names = names;
    this.#entry = entry;
  }

  get(key: string): ShapeEntry | undefined {
    return this.#entry(key);
  }

  keys(): Iterable<string> {
    return this.#names;
  }

  staticValue(): Static {
    return UNKNOWN;
  }
}
