import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { isGlobalName, variableOf } from './scope.ts';
import { unwrap } from './syntax.ts';

type Node = TSESTree.Node;
export type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

const returnsCache = new WeakMap<FunctionNode, readonly Node[]>();

export function isFunction(node: Node): node is FunctionNode {
  return node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression';
}

/** The expressions a function returns: an arrow's expression body, or every `return x` outside nested functions. */
export function returnedExpressions(fn: FunctionNode, code: SourceCode): readonly Node[] {
  let found = returnsCache.get(fn);
  if (found) return found;
  const list: Node[] = [];
  if (fn.body?.type !== 'BlockStatement') {
    list.push(fn.body);
  } else {
    const visit = (node: Node): void => {
      if (node.type === 'ReturnStatement') {
        if (node.argument) list.push(node.argument);
        return;
      }
      if (isFunction(node) || node.type === 'ClassBody') return;
      for (const key of code.visitorKeys[node.type] ?? []) {
        const child = (node as unknown as Record<string, unknown>)[key];
        for (const item of Array.isArray(child) ? child : [child]) {
          if (item && typeof (item as Node).type === 'string') visit(item as Node);
        }
      }
    };
    for (const statement of fn.body.body) visit(statement);
  }
  found = list;
  returnsCache.set(fn, found);
  return found;
}

/**
 * The function a callee or value denotes when the file declares it: a function literal, or a name bound
 * once to one (`function f() {}`, `const f = () => …`).
 */
export function localFunction(node: Node, code: SourceCode): FunctionNode | undefined {
  const bare = unwrap(node);
  if (isFunction(bare)) return bare;
  if (bare.type !== 'Identifier') return undefined;
  const variable = variableOf(code, bare);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!def) return undefined;
  if (def.node.type === 'FunctionDeclaration') return def.node;
  if (def.type !== 'Variable' || def.node.id.type !== 'Identifier') return undefined;
  const writes = variable!.references.filter((reference) => reference.isWrite());
  const init = def.node.init && unwrap(def.node.init);
  return writes.length === 1 && init && isFunction(init) ? init : undefined;
}

const HOST_OBJECTS = new Set(['window', 'globalThis', 'self', 'global']);

/**
 * The path of a host global a member chain reads (`Math.random` → ['Math', 'random']), with `window.`,
 * `globalThis.` and `self.` dropped; undefined when the root is declared in the file.
 */
export function globalPath(node: Node, code: SourceCode): string[] | undefined {
  const bare = unwrap(node);
  if (bare.type === 'Identifier') {
    if (!isGlobalName(code, bare, bare.name)) return undefined;
    return HOST_OBJECTS.has(bare.name) ? [] : [bare.name];
  }
  if (bare.type === 'ChainExpression') return globalPath(bare.expression, code);
  if (bare.type !== 'MemberExpression' || bare.computed || bare.property.type !== 'Identifier') return undefined;
  const base = globalPath(bare.object, code);
  return base && [...base, bare.property.name];
}

/** The name a callee is called by: `f` for `f()`, `g` for `a.b.g()`. */
export function calleeName(callee: Node): string | undefined {
  const bare = unwrap(callee);
  if (bare.type === 'Identifier') return bare.name;
  if (bare.type === 'MemberExpression' && !bare.computed && bare.property.type === 'Identifier') return bare.property.name;
  if (bare.type === 'ChainExpression') return calleeName(bare.expression);
  return undefined;
}
