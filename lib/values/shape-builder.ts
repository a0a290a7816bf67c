import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { evaluators } from './recursion.ts';
import { Entry, Shape } from './shape.ts';
import type { ObjectShape, ShapeEntry, Slot } from './shape-types.ts';
import { isKnown, isPrimitive, KNOWN_UNDEFINED, mergeStatics, UNKNOWN, type Static } from './static.ts';
import { productionBranch, staticKey, staticValue, truthiness } from './static-values.ts';
import { literalKey, unwrap } from '../ast/syntax.ts';
import { environmentOf } from '../ast/environment.ts';
import type { MemberWrite } from './variable-writes.ts';

type Node = TSESTree.Node;

/** The shape of an object literal: its properties and spreads, in order. */
export function literalShape(node: TSESTree.ObjectExpression, code: SourceCode): ObjectShape {
  const builder = new ShapeBuilder(node, code);
  for (const property of node.properties) {
    if (property.type === 'SpreadElement') {
      builder.applySource(property.argument, false);
      continue;
    }
    const key = property.computed ? staticKey(property.key, code) : literalKey(property.key);
    if (key === undefined) {
      builder.unknownKeys();
    } else if (key === '__proto__' && !property.computed && !property.shorthand && !property.method && property.kind === 'init') {
      // Sets the prototype: its keys are inherited ones the object does not list.
      builder.complete = false;
    } else {
      const plain = property.kind === 'init' && !property.method;
      builder.put({ key, node: property, valueNode: property.value, inherited: false, writes: [], opaque: !plain, ...(plain ? {} : { fixed: UNKNOWN }), overridable: false });
    }
  }
  return builder.build();
}

/** `base` followed by later writes to the same object (or to a copy of it, for Object.assign results). */
export function deriveShape(base: ObjectShape, writes: readonly MemberWrite[], code: SourceCode): ObjectShape {
  const builder = new ShapeBuilder(base.node, code);
  builder.complete = base.complete;
  for (const key of base.keys()) {
    const entry = base.get(key)!;
    builder.put({ key, node: entry.node, valueNode: entry.valueNode, inherited: entry.inherited, origin: entry, writes: [], opaque: false, overridable: entry.overridable });
  }
  for (const write of writes) builder.applyWrite(write);
  return builder.build();
}

// What spreading an expression adds: a described object, nothing (null, false, 0…), or unknown keys.
const EMPTY = Symbol('empty');
const UNKNOWN_SOURCE = Symbol('unknown source');
type Source = ObjectShape | typeof EMPTY | typeof UNKNOWN_SOURCE;

const MAX_ALTERNATIVES_DEPTH = 20;

class ShapeBuilder {
  complete = true;
  readonly slots = new Map<string, Slot>();

  readonly node: TSESTree.ObjectExpression | undefined;
  readonly code: SourceCode;

  constructor(node: TSESTree.ObjectExpression | undefined, code: SourceCode) {
    this.node = node;
    this.code = code;
  }

  build(): ObjectShape {
    return new Shape(this.node, this.complete, this.slots, this.code);
  }

  /** Sets a key; like JavaScript, an existing key keeps its position. */
  put(slot: Slot): void {
    this.slots.set(slot.key, slot);
  }

  /** Some key the file does not show is written: the object gains keys, and any known one may change. */
  unknownKeys(): void {
    this.complete = false;
    for (const slot of this.slots.values()) slot.overridable = true;
  }

  current(key: string): Static {
    const slot = this.slots.get(key);
    if (slot) return new Entry(slot, this.code).value;
    return this.complete && !(key in Object.prototype) ? KNOWN_UNDEFINED : UNKNOWN;
  }

  /** A key set on some paths only: it exists, and its value is known only if every path agrees. */
  merge(key: string, node: Node, valueNode: Node, candidates: readonly Static[], inherited: boolean): void {
    this.put({ key, node, valueNode, inherited, writes: [], fixed: mergeStatics(candidates), opaque: true, overridable: false });
  }

  applySource(expression: Node, conditional: boolean): void {
    const sources = alternatives(expression, this.code, 0);
    if (conditional) sources.push(EMPTY);
    if (sources.some((source) => source === UNKNOWN_SOURCE || (source !== EMPTY && !source.complete))) this.unknownKeys();
    const shapes = sources.filter((source): source is ObjectShape => typeof source !== 'symbol');
    if (sources.length === 1 && shapes.length === 1) {
      const shape = shapes[0]!;
      for (const key of shape.keys()) {
        const entry = shape.get(key)!;
        this.put({ key, node: entry.node, valueNode: entry.valueNode, inherited: true, origin: entry, writes: [], opaque: false, overridable: entry.overridable });
      }
      return;
    }
    const keys = new Set(shapes.flatMap((shape) => [...shape.keys()]));
    for (const key of keys) {
      const present = shapes.map((shape) => shape.get(key)).find((entry) => entry !== undefined)!;
      const candidates = sources.map((source) => {
        if (source === UNKNOWN_SOURCE) return UNKNOWN;
        const entry = source === EMPTY ? undefined : source.get(key);
        return entry ? entry.value : this.current(key);
      });
      this.merge(key, present.node, present.valueNode, candidates, true);
    }
  }

  applyWrite(write: MemberWrite): void {
    const [head, ...rest] = write.target;
    if (head !== undefined) {
      const slot = this.slots.get(head);
      if (slot?.opaque) this.put({ ...slot, fixed: UNKNOWN });
      else slot?.writes.push({ ...write, target: rest });
      return;
    }
    switch (write.kind) {
      case 'assign':
        for (const source of write.sources) this.applySource(source, write.conditional);
        return;
      case 'unknownKey':
        this.unknownKeys();
        return;
      case 'opaque':
        this.put({ key: write.key, node: write.node, valueNode: write.node, inherited: false, writes: [], fixed: UNKNOWN, opaque: true, overridable: false });
        return;
      case 'delete':
        if (write.conditional) this.merge(write.key, write.node, write.node, [this.current(write.key), KNOWN_UNDEFINED], false);
        else this.slots.delete(write.key);
        return;
      case 'set':
        this.set(write);
        return;
    }
  }

  private set(write: Extract<MemberWrite, { kind: 'set' }>): void {
    const { key, node, value, operator } = write;
    if (operator !== '=') {
      const current = this.current(key);
      if (!isKnown(current)) {
        this.put({ key, node, valueNode: value, inherited: false, writes: [], fixed: UNKNOWN, opaque: true, overridable: false });
        return;
      }
      const assigns = operator === '||=' ? !current.value : operator === '&&=' ? Boolean(current.value) : current.value == null;
      if (!assigns) return;
    }
    if (write.conditional) this.merge(key, node, value, [this.current(key), staticValue(value, this.code)], false);
    else this.put({ key, node, valueNode: value, inherited: false, writes: [], opaque: false, overridable: false });
  }
}

/** The objects an expression may spread: each branch of `?:`, `&&`, `||`, `??` when the test is unknown. */
function alternatives(expression: Node, code: SourceCode, depth: number): Source[] {
  const node = unwrap(expression);
  if (depth > MAX_ALTERNATIVES_DEPTH) return [UNKNOWN_SOURCE];
  if (node.type === 'ConditionalExpression') {
    const test = truthiness(node.test, code);
    if (test !== undefined) return alternatives(test ? node.consequent : node.alternate, code, depth + 1);
    const production = productionBranch(node);
    if (production) return alternatives(production, code, depth + 1);
    return [...alternatives(node.consequent, code, depth + 1), ...alternatives(node.alternate, code, depth + 1)];
  }
  if (node.type === 'LogicalExpression') {
    const left = truthiness(node.left, code);
    const leftValue = staticValue(node.left, code);
    switch (node.operator) {
      case '&&': {
        // `isProd && { … }` is there in production, `isDev && { … }` is not.
        const environment = left === undefined ? environmentOf(node.left) : undefined;
        if (environment) return environment === 'production' ? alternatives(node.right, code, depth + 1) : [EMPTY];
        // A falsy left (false, 0, '', null, undefined) spreads nothing.
        if (left === undefined) return [EMPTY, ...alternatives(node.right, code, depth + 1)];
        return left ? alternatives(node.right, code, depth + 1) : [EMPTY];
      }
      case '||':
        if (left === undefined) return [UNKNOWN_SOURCE];
        return alternatives(left ? node.left : node.right, code, depth + 1);
      default:
        if (left === true && !isKnown(leftValue)) return alternatives(node.left, code, depth + 1);
        if (!isKnown(leftValue)) return [UNKNOWN_SOURCE];
        return alternatives(leftValue.value == null ? node.right : node.left, code, depth + 1);
    }
  }
  const shape = evaluators.objectShape(node, code);
  if (shape) return [shape];
  const value = staticValue(node, code);
  const spreadsNothing = isKnown(value) && isPrimitive(value.value) && (typeof value.value !== 'string' || value.value === '');
  return [spreadsNothing ? EMPTY : UNKNOWN_SOURCE];
}
