import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { variableOf } from '../../ast/scope.ts';
import { literalKey, unwrap } from '../../ast/syntax.ts';
import { isFunctionNode, type FunctionNode } from '../../ast/function-facts.ts';

type Node = TSESTree.Node;
type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

/**
 * The function of this file an expression denotes: a function literal, a function declaration or a
 * `const` holding one, a method through `this.x`, `object.x` (an object literal or a `new Class()` of
 * this file) or `Class.x`. Imported and reassigned names are undefined: the analysis cannot see them.
 */
export function resolveFunction(node: Node, sourceCode: Readonly<SourceCode>, seen = new Set<Node>()): FunctionNode | undefined {
  const bare = unwrap(node);
  if (seen.has(bare) || seen.size > 20) return undefined;
  seen.add(bare);
  if (isFunctionNode(bare)) return bare;
  if (bare.type === 'Identifier') {
    const init = constantInit(bare, sourceCode);
    if (init?.type === 'FunctionDeclaration') return init;
    // `const login = asyncHandler(async (req, res) => …)`
    const value = init && unwrap(init);
    if (value?.type === 'CallExpression') return wrappedFunction(value, sourceCode, seen);
    return init ? resolveFunction(init, sourceCode, seen) : undefined;
  }
  if (bare.type !== 'MemberExpression') return undefined;
  const key = bare.computed ? undefined : literalKey(bare.property);
  if (key === undefined) return undefined;
  const owner = unwrap(bare.object);
  if (owner.type === 'ThisExpression') {
    const cls = enclosingClass(bare);
    return cls ? classMember(cls, key, false, sourceCode, seen) : undefined;
  }
  if (owner.type !== 'Identifier') return undefined;
  const init = constantInit(owner, sourceCode);
  if (!init) return undefined;
  const value = unwrap(init);
  if (value.type === 'ObjectExpression') return objectMember(value, key, sourceCode, seen);
  if (value.type === 'ClassDeclaration' || value.type === 'ClassExpression') return classMember(value, key, true, sourceCode, seen);
  if (value.type === 'NewExpression' && value.callee.type === 'Identifier') {
    const cls = constantInit(value.callee, sourceCode);
    return cls && (cls.type === 'ClassDeclaration' || cls.type === 'ClassExpression') ? classMember(cls, key, false, sourceCode, seen) : undefined;
  }
  return undefined;
}

/** What a name was bound to once and for all: a function or class declaration, or a `const`'s initialiser. */
export function constantInit(id: TSESTree.Identifier, sourceCode: Readonly<SourceCode>): Node | undefined {
  const variable = variableOf(sourceCode as SourceCode, id);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!def) return undefined;
  if (def.type === 'FunctionName' || def.type === 'ClassName') return def.node as Node;
  if (def.type !== 'Variable') return undefined;
  const declarator = def.node;
  if (declarator.id.type !== 'Identifier' || !declarator.init) return undefined;
  const writes = variable!.references.filter((reference) => reference.isWrite());
  return writes.length <= 1 ? declarator.init : undefined;
}

export function enclosingClass(node: Node): ClassNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'ClassBody') return current.parent;
  }
  return undefined;
}

/** A method or function-valued field of a class, static or not. */
export function classMember(cls: ClassNode, key: string, isStatic: boolean, sourceCode: Readonly<SourceCode>, seen = new Set<Node>()): FunctionNode | undefined {
  for (const member of cls.body.body) {
    if ((member.type !== 'MethodDefinition' && member.type !== 'PropertyDefinition') || member.computed || member.static !== isStatic) continue;
    if (literalKey(member.key) !== key || !member.value) continue;
    return resolveFunction(member.value, sourceCode, seen);
  }
  return undefined;
}

function objectMember(object: TSESTree.ObjectExpression, key: string, sourceCode: Readonly<SourceCode>, seen: Set<Node>): FunctionNode | undefined {
  for (const property of object.properties.toReversed()) {
    if (property.type !== 'Property') continue;
    if (!property.computed && literalKey(property.key) === key) return resolveFunction(property.value, sourceCode, seen);
  }
  return undefined;
}

/**
 * The handler inside a wrapper call (`asyncHandler(fn)`, `catchAsync(async (req, res) => …)`,
 * `withIronSessionApiRoute(handler, options)`): the first argument that is a function of this file.
 */
export function wrappedFunction(call: TSESTree.CallExpression, sourceCode: Readonly<SourceCode>, seen = new Set<Node>()): FunctionNode | undefined {
  for (const argument of call.arguments) {
    if (argument.type === 'SpreadElement') continue;
    const fn = resolveFunction(argument, sourceCode, seen);
    if (fn) return fn;
  }
  return undefined;
}
