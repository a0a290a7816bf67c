import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { unwrap } from '../../ast/syntax.ts';
import type { FileFacts, FunctionNode } from '../../ast/function-facts.ts';
import { resolveFunction, wrappedFunction } from './resolve.ts';
import type { Handler } from './routes.ts';

type Node = TSESTree.Node;

/** A function that runs for a handler. */
export interface Reached {
  readonly fn: FunctionNode;
  /**
   * For a function defined elsewhere in the file, the node inside the handler that leads to it (the
   * call, or the chain entry); its events happen "there" in the handler's order. Undefined for code
   * written inside the handler or its route registration.
   */
  readonly anchor: Node | undefined;
}

/** Everything that runs for one handler, as far as this file shows it. */
export interface Reach {
  readonly functions: readonly Reached[];
  /** Chain entries the analysis cannot enter: `passport.authenticate('local')`, an imported `requireAuth`. */
  readonly opaque: readonly Node[];
  /** Where an event inside `reached` happens in the handler's order. */
  position(node: Node, reached: Reached): number;
}

// Helpers calling helpers: deep enough for real controllers, bounded for generated code.
const MAX_DEPTH = 4;
const MAX_FUNCTIONS = 64;

export function reachOf(handler: Handler, facts: FileFacts, sourceCode: Readonly<SourceCode>, isOtherHandler: (fn: FunctionNode) => boolean): Reach {
  const reached = new Map<FunctionNode, Reached>();
  const opaque: Node[] = [];
  const queue: [FunctionNode, Node | undefined, number][] = [];
  const enqueue = (fn: FunctionNode, anchor: Node | undefined, depth: number): void => {
    if (!reached.has(fn) && reached.size + queue.length < MAX_FUNCTIONS) queue.push([fn, anchor, depth]);
  };
  for (const element of handler.chain) {
    const bare = unwrap(element);
    const fn = bare.type === 'CallExpression' ? wrappedFunction(bare, sourceCode) : resolveFunction(element, sourceCode);
    if (fn) enqueue(fn, contains(element, fn) ? undefined : element, 0);
    else opaque.push(bare);
  }
  while (queue.length > 0) {
    const [fn, anchor, depth] = queue.shift()!;
    if (reached.has(fn)) continue;
    reached.set(fn, { fn, anchor });
    const own = facts.of(fn);
    for (const nested of own.nested) if (!isOtherHandler(nested)) enqueue(nested, anchor, depth);
    if (depth >= MAX_DEPTH) continue;
    for (const call of own.calls) {
      const target = call.type === 'CallExpression' ? resolveFunction(call.callee, sourceCode) : undefined;
      if (target && !contains(fn, target)) enqueue(target, anchor ?? call, depth + 1);
      for (const argument of call.arguments) {
        const bare = unwrap(argument);
        if (bare.type !== 'Identifier' && bare.type !== 'MemberExpression') continue;
        const callback = resolveFunction(bare, sourceCode);
        if (callback && !contains(fn, callback)) enqueue(callback, anchor ?? bare, depth + 1);
      }
    }
  }
  const functions = [...reached.values()];
  return {
    functions,
    opaque,
    position: (node, at) => (at.anchor ?? node).range[0],
  };
}

function contains(outer: Node, inner: Node): boolean {
  return inner.range[0] >= outer.range[0] && inner.range[1] <= outer.range[1];
}
