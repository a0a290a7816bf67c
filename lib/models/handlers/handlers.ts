// Request handlers of one file and what runs for each (the functions they call in the same file),
// computed once per file and shared by the session-lifecycle rules. See handlers/routes.ts for where
// handlers are found, handlers/session.ts for what they do to the session, handlers/evidence.ts for
// how a handler is recognised as a login, a logout or a password change.
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { getModuleRefs, type ModuleRefs } from '../../file/modules.ts';
import { asSourceCode, type AnySourceCode } from '../../ast/scope.ts';
import { memberKey } from '../../values/index.ts';
import { unwrap } from '../../ast/syntax.ts';
import { collectFacts, type FileFacts, type FunctionNode } from '../../ast/function-facts.ts';
import { reachOf, type Reach, type Reached } from './reach.ts';
import { resolveFunction } from './resolve.ts';
import { findHandlers, type Handler } from './routes.ts';
import { SessionReader, type PassportOp, type SessionOp } from './session.ts';
import { fileFact, perFile } from '../../ast/per-file.ts';

export type { FunctionNode } from '../../ast/function-facts.ts';
export type { Reach, Reached } from './reach.ts';
export type { Handler, HandlerKind } from './routes.ts';
export type { PassportOp, SessionFlavour, SessionOp, SessionOpKind, SessionRef } from './session.ts';

type Node = TSESTree.Node;

/** A call made while a handler runs, with the name it calls. */
export interface CallSite {
  readonly node: TSESTree.CallExpression | TSESTree.NewExpression;
  /** The called name: `compare` in `bcrypt.compare(…)`, `verifyPassword` in `verifyPassword(…)`. */
  readonly name: string | undefined;
  /** The source text of the object a method is called on: `bcrypt`, `db.sessions`. */
  readonly receiver: string | undefined;
  readonly position: number;
  readonly reached: Reached;
}

export interface HandlerAnalysis {
  readonly handlers: readonly Handler[];
  readonly facts: FileFacts;
  readonly refs: ModuleRefs;
  readonly sessions: SessionReader;
  reach(handler: Handler): Reach;
  sessionOps(handler: Handler): readonly SessionOp[];
  passportOps(handler: Handler): readonly PassportOp[];
  calls(handler: Handler): readonly CallSite[];
}

const HANDLERS = fileFact<HandlerAnalysis>('handlers');

/** The handlers of the file `sourceCode` holds; `filename` gives Next.js and SvelteKit their route paths. */
export function getHandlerAnalysis(anySourceCode: AnySourceCode, filename: string): HandlerAnalysis {
  const sourceCode = asSourceCode(anySourceCode);
  return perFile(sourceCode, HANDLERS, () => analyse(sourceCode, filename));
}

function analyse(sourceCode: Readonly<SourceCode>, filename: string): HandlerAnalysis {
  const facts = collectFacts(sourceCode);
  const refs = getModuleRefs(sourceCode);
  const handlers = findHandlers(facts, sourceCode, refs, filename);
  // A handler's code does not include other handlers written inside it (routes inside a Fastify plugin).
  const owners = new Map<FunctionNode, Handler>();
  for (const handler of handlers) {
    for (const element of handler.chain) {
      const fn = resolveFunction(element, sourceCode);
      if (fn && !owners.has(fn)) owners.set(fn, handler);
    }
  }
  const sessions = new SessionReader(sourceCode, refs);
  const of = (fn: FunctionNode) => facts.of(fn);
  const memo = <T>(compute: (handler: Handler) => T) => {
    const results = new WeakMap<Handler, T>();
    return (handler: Handler): T => {
      if (!results.has(handler)) results.set(handler, compute(handler));
      return results.get(handler)!;
    };
  };
  const reach = memo((handler) => reachOf(handler, facts, sourceCode, (fn) => owners.has(fn) && owners.get(fn) !== handler));
  return {
    handlers,
    facts,
    refs,
    sessions,
    reach,
    sessionOps: memo((handler) => sessions.ops(reach(handler), of)),
    passportOps: memo((handler) => sessions.passportOps(reach(handler), of)),
    calls: memo((handler) => {
      const found: CallSite[] = [];
      const handlerReach = reach(handler);
      for (const reached of handlerReach.functions) {
        for (const node of facts.of(reached.fn).calls) found.push({ node, ...calleeName(node.callee, sourceCode), position: handlerReach.position(node, reached), reached });
      }
      return found.sort((a, b) => a.position - b.position);
    }),
  };
}

/** The name a callee calls and the text of its receiver: `db.sessions.deleteMany` → deleteMany, `db.sessions`. */
export function calleeName(callee: Node, sourceCode: Readonly<SourceCode>): { name: string | undefined; receiver: string | undefined } {
  const bare = unwrap(callee.type === 'ChainExpression' ? callee.expression : callee);
  if (bare.type === 'Identifier') return { name: bare.name, receiver: undefined };
  if (bare.type === 'MemberExpression') return { name: memberKey(bare, sourceCode as SourceCode), receiver: sourceCode.getText(bare.object) };
  return { name: undefined, receiver: undefined };
}
