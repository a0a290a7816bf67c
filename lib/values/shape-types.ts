import type { TSESTree } from '@typescript-eslint/utils';
import type { Static } from './static.ts';
import type { MemberWrite } from './variable-writes.ts';

type Node = TSESTree.Node;

/** The keys an object will have, as far as the file shows them. */
export interface ObjectShape {
  /**
   * The object literal that declares the object (where a fixer inserts a property), identifiers followed; undefined
   * when the object comes from another module or a function's return, where the file has no literal to edit.
   */
  readonly node: TSESTree.ObjectExpression | undefined;
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

/** One key of an object under construction. */
export interface Slot {
  readonly key: string;
  readonly node: Node;
  readonly valueNode: Node;
  readonly inherited: boolean;
  /** The entry this slot carries on: from the shape being extended, or a spread/assign source. */
  readonly origin?: ShapeEntry;
  /** Writes into the nested object this slot holds, relative to it. */
  readonly writes: MemberWrite[];
  /** The value when the builder settles it itself (merged branches, getters, `o.k++`). */
  readonly fixed?: Static;
  /** No nested shape: the value is not one object the file declares. */
  readonly opaque: boolean;
  overridable: boolean;
}
