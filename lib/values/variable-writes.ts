import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { isGlobalName, type Variable } from '../ast/scope.ts';
import { enclosingBlock, isWrapperOf, literalKey, runsUnconditionallyIn, unwrap } from '../ast/syntax.ts';

type Node = TSESTree.Node;

/** Resolves a computed key to its string, or undefined when the file does not say. */
export type KeyOf = (key: Node) => string | undefined;

/** One step into a destructuring pattern: `{ a = 1 }` is `{ key: 'a', fallback: 1 }`. */
export interface PatternStep {
  readonly key: string;
  /** The default that replaces the value when it is `undefined`. */
  readonly fallback?: Node;
}

/** One place that gives a variable its value: `rhs` followed along `path` (empty unless destructured). */
export interface Binding {
  readonly node: TSESTree.VariableDeclarator | TSESTree.AssignmentExpression;
  readonly rhs: Node;
  readonly path: readonly PatternStep[];
}

export interface Bindings {
  /** Every write; for `const` just the initialiser. Empty for `let x;` never assigned. */
  readonly list: readonly Binding[];
  /** Declared without an initialiser, so the variable holds `undefined` until a write. */
  readonly uninitialised: boolean;
}

/**
 * Where a variable gets its value, or undefined when some write is not a plain one the file spells
 * out (compound assignment, `++`, for-in/of, catch, a parameter, an import, a function, `declare`).
 */
export function findBindings(variable: Variable, keyOf: KeyOf): Bindings | undefined {
  if (variable.defs.length === 0) return undefined;
  for (const def of variable.defs) {
    if (def.type !== 'Variable') return undefined;
    const declaration = def.parent as TSESTree.VariableDeclaration;
    if (declaration.declare || isLoopHead(declaration)) return undefined;
  }
  const [first] = variable.defs;
  const declaration = first!.parent as TSESTree.VariableDeclaration;
  if (declaration.kind !== 'var' && declaration.kind !== 'let') {
    // const and using: the initialiser is the value (a later `x = …` throws).
    const declarator = first!.node as TSESTree.VariableDeclarator;
    if (!declarator.init) return undefined;
    const binding = bindingOf(first!.name as TSESTree.Identifier, keyOf);
    return binding ? { list: [binding], uninitialised: false } : undefined;
  }
  const list: Binding[] = [];
  for (const reference of variable.references) {
    if (!reference.isWrite()) continue;
    const binding = bindingOf(reference.identifier as TSESTree.Identifier, keyOf);
    if (!binding) return undefined;
    list.push(binding);
  }
  const uninitialised = variable.defs.some((def) => !(def.node as TSESTree.VariableDeclarator).init);
  return { list, uninitialised };
}

function isLoopHead(declaration: TSESTree.VariableDeclaration): boolean {
  const parent = declaration.parent;
  return (parent.type === 'ForInStatement' || parent.type === 'ForOfStatement') && parent.left === declaration;
}

/** The binding that writes `id`, climbing its destructuring pattern, if the write is a plain `=` or initialiser. */
function bindingOf(id: TSESTree.Identifier, keyOf: KeyOf): Binding | undefined {
  const path: PatternStep[] = [];
  let fallback: Node | undefined;
  let current: Node = id;
  for (;;) {
    // Never reaches Program: the statement around a pattern is not one of the cases below.
    const parent: Node = current.parent!;
    if (parent.type === 'AssignmentPattern' && parent.left === current) {
      fallback = parent.right;
    } else if (parent.type === 'Property' && parent.value === current && parent.parent.type === 'ObjectPattern') {
      const key = parent.computed ? keyOf(parent.key) : literalKey(parent.key);
      if (key === undefined) return undefined;
      path.unshift(fallback ? { key, fallback } : { key });
      fallback = undefined;
      current = parent.parent;
      continue;
    } else if (parent.type === 'ArrayPattern') {
      const key = String(parent.elements.indexOf(current as TSESTree.DestructuringPattern));
      path.unshift(fallback ? { key, fallback } : { key });
      fallback = undefined;
    } else if (parent.type === 'VariableDeclarator' && parent.id === current) {
      // A write without an initialiser comes from a loop head the scope manager merged into another
      // declaration (`let x; for (var x in o)`, which TypeScript's parser accepts): its value is unknown.
      return parent.init ? { node: parent, rhs: parent.init, path } : undefined;
    } else if (parent.type === 'AssignmentExpression' && parent.left === current && parent.operator === '=') {
      return { node: parent, rhs: parent.right, path };
    } else {
      return undefined;
    }
    current = parent;
  }
}

interface WriteBase {
  /** The path from the variable to the object being changed: [] for the variable's own object. */
  readonly target: readonly string[];
  readonly node: Node;
  /** False when the write runs each time the declaration does (same block, no branch or function between). */
  readonly conditional: boolean;
}

/** A change the file makes to the object a variable holds, after the variable got it. */
export type MemberWrite =
  | (WriteBase & { readonly kind: 'set'; readonly key: string; readonly value: Node; readonly operator: '=' | '||=' | '&&=' | '??=' })
  /** `o.k += 1`, `o.k++`, `[o.k] = …`: the key is written with a value the analysis does not follow. */
  | (WriteBase & { readonly kind: 'opaque'; readonly key: string })
  | (WriteBase & { readonly kind: 'delete'; readonly key: string })
  /** A write under a key the file does not show (`o[k] = …`). */
  | (WriteBase & { readonly kind: 'unknownKey' })
  /** `Object.assign(o, …sources)`. */
  | (WriteBase & { readonly kind: 'assign'; readonly sources: readonly Node[] });

export interface MemberWrites {
  /** Writes after the binding, in source order. */
  readonly writes: readonly MemberWrite[];
  /** Anything in the file changes the object or array in place (writes, push, sort, …), wherever it is. */
  readonly mutated: boolean;
}

const MUTATING_METHODS = new Set(['push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill', 'copyWithin']);

/**
 * The writes through `variable` to the object it holds (`o.a = 1`, `o.a.b = 1`, `o['a'] = 1`,
 * `delete o.a`, `Object.assign(o, …)`), read off the variable's references rather than the whole tree.
 */
export function findMemberWrites(variable: Variable, binding: Binding, sourceCode: SourceCode, keyOf: KeyOf): MemberWrites {
  const after = binding.node.range[1];
  const block = enclosingBlock(binding.node);
  const writes: MemberWrite[] = [];
  let mutated = false;
  for (const reference of variable.references) {
    if (reference.isWrite()) continue;
    const found = writeThrough(reference.identifier as TSESTree.Identifier, sourceCode, keyOf);
    if (!found) continue;
    mutated = true;
    if (found === 'mutator' || found.node.range[0] < after) continue;
    const conditional = !runsUnconditionallyIn(found.node, block);
    writes.push({ ...found, conditional } as MemberWrite);
  }
  writes.sort((a, b) => a.node.range[0] - b.node.range[0]);
  return { writes, mutated };
}

type FoundWrite = DistributiveOmit<MemberWrite, 'conditional'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** What a read of the variable does to its object, if it writes to it. */
function writeThrough(id: TSESTree.Identifier, sourceCode: SourceCode, keyOf: KeyOf): FoundWrite | 'mutator' | undefined {
  const path: (string | undefined)[] = [];
  let top: Node = id;
  for (;;) {
    const parent: Node | undefined = top.parent;
    if (parent && isWrapperOf(parent, top)) {
      top = parent;
    } else if (parent?.type === 'MemberExpression' && parent.object === top) {
      path.push(parent.computed ? keyOf(parent.property) : literalKey(parent.property));
      top = parent;
    } else {
      break;
    }
  }
  const parent = top.parent!;
  const unknownAt = path.indexOf(undefined);
  const known = (unknownAt < 0 ? path : path.slice(0, unknownAt)) as string[];

  if (parent.type === 'CallExpression' && parent.arguments[0] === top && isObjectAssign(parent.callee, sourceCode)) {
    return unknownAt < 0
      ? { kind: 'assign', target: known, node: parent, sources: parent.arguments.slice(1) }
      : { kind: 'unknownKey', target: known, node: parent };
  }
  if (path.length === 0) return undefined;
  if (parent.type === 'CallExpression' && parent.callee === top) {
    return MUTATING_METHODS.has(path.at(-1) ?? '') ? 'mutator' : undefined;
  }
  const target = known.slice(0, -1);
  const key = known.at(-1)!;
  let write: FoundWrite | undefined;
  if (parent.type === 'AssignmentExpression' && parent.left === top) {
    const operator = parent.operator;
    write =
      operator === '=' || operator === '||=' || operator === '&&=' || operator === '??='
        ? { kind: 'set', target, key, node: parent, value: parent.right, operator }
        : { kind: 'opaque', target, key, node: parent };
  } else if (parent.type === 'UpdateExpression') {
    write = { kind: 'opaque', target, key, node: parent };
  } else if (parent.type === 'UnaryExpression' && parent.operator === 'delete') {
    write = { kind: 'delete', target, key, node: parent };
  } else if (isPatternTarget(parent, top)) {
    write = { kind: 'opaque', target, key, node: top };
  }
  if (!write || unknownAt < 0) return write;
  return { kind: 'unknownKey', target: known, node: write.node };
}

function isPatternTarget(parent: Node, node: Node): boolean {
  switch (parent.type) {
    case 'ArrayPattern':
    case 'RestElement':
      return true;
    case 'Property':
      return parent.value === node && parent.parent.type === 'ObjectPattern';
    case 'AssignmentPattern':
      return parent.left === node;
    case 'ForInStatement':
    case 'ForOfStatement':
      return parent.left === node;
    default:
      return false;
  }
}

/** `Object.assign`, with `Object` the real global. */
export function isObjectAssign(callee: Node, sourceCode: SourceCode): boolean {
  return isObjectMethod(callee, sourceCode, 'assign');
}

/** `Object.<name>` with `Object` the real global, however the member is spelled. */
export function isObjectMethod(callee: Node, sourceCode: SourceCode, name: string): boolean {
  const member = unwrap(callee);
  if (member.type !== 'MemberExpression') return false;
  const key = member.computed ? (member.property.type === 'Literal' ? literalKey(member.property) : undefined) : literalKey(member.property);
  return key === name && isGlobalName(sourceCode, unwrap(member.object), 'Object');
}
