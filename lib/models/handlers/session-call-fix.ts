import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import type { FunctionNode, SessionFlavour } from './handlers.ts';
import { variableNamed } from '../../ast/scope.ts';
import { freshName, insertStatementBefore, removeStatement, wrapRestInCallback, type Replacement } from '../../fixes/wrap-in-callback.ts';

export interface SessionCallFix {
  /** The statement the session call must run before (it and the rest of its block move into a callback). */
  readonly statement: TSESTree.Statement;
  /** `req.session`, `ctx.session`, `request.yar`. */
  readonly session: string;
  readonly flavour: SessionFlavour;
  /** The function the statement runs in, and the route handler's own function, for `next` and `res`. */
  readonly enclosing: FunctionNode;
  readonly handler: FunctionNode | undefined;
}

/**
 * Regenerates the session before `statement`, in the form the library wants: express-session's
 * callback (`req.session.regenerate((err) => { if (err) return next(err); … })`), `await` for the
 * promise APIs of koa-session and @fastify/session, and @hapi/yar's synchronous `reset()`. Undefined
 * when the code gives no safe place for it.
 */
export function sessionCallFix(sourceCode: Readonly<SourceCode>, fix: SessionCallFix): Replacement | undefined {
  const { statement, session, flavour, enclosing } = fix;
  // Code that reads the old session after the call would find it empty.
  const block = statement.parent as TSESTree.BlockStatement;
  if (block.body.slice(block.body.indexOf(statement)).some((node) => touchesSession(sourceCode, node, session, isRead))) return undefined;
  if (flavour === 'yar') return insertStatementBefore(sourceCode, statement, `${session}.reset();`);
  if (flavour === 'koa' || flavour === 'fastify') {
    return enclosing.async ? insertStatementBefore(sourceCode, statement, `await ${session}.regenerate();`) : undefined;
  }
  const onError = errorExit(fix.handler ?? enclosing, sourceCode, statement);
  if (!onError) return undefined;
  const error = freshName(sourceCode, statement, ['err', 'error', 'sessionError']);
  return wrapRestInCallback(sourceCode, statement, `${session}.regenerate`, error, `if (${error}) return ${onError(error)};`);
}

// Writes, and calls that are not reads: `req.session.x = …`, `req.session.save()`.
const NOT_READS = new Set(['regenerate', 'save', 'set', 'destroy', 'reset', 'touch']);

/** A read of a session field: not a write, a `delete` or a call such as `save()`. */
function isRead(member: TSESTree.MemberExpression): boolean {
  const parent = member.parent;
  if ((parent.type === 'AssignmentExpression' && parent.left === member) || (parent.type === 'UnaryExpression' && parent.operator === 'delete')) return false;
  return !(parent.type === 'CallExpression' && parent.callee === member && member.property.type === 'Identifier' && NOT_READS.has(member.property.name));
}

/** True when `node` contains a member access on `session` (compared by text) that `accept` takes. */
function touchesSession(sourceCode: Readonly<SourceCode>, node: TSESTree.Node, session: string, accept: (member: TSESTree.MemberExpression) => boolean): boolean {
  const wanted = session.replaceAll(/\s/g, '');
  const stack: TSESTree.Node[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === 'MemberExpression' && sourceCode.getText(current.object).replaceAll(/\s/g, '') === wanted && accept(current)) return true;
    for (const key of sourceCode.visitorKeys[current.type]!) {
      const child = (current as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? child : [child]) if (item && typeof (item as TSESTree.Node).type === 'string') stack.push(item as TSESTree.Node);
    }
  }
  return false;
}

/**
 * How an Express handler hands an error on: `next(err)`, else a 500 response, through the handler's
 * own parameters as `at` sees them (a callback's `(err, user)` may hide them).
 */
export function errorExit(fn: FunctionNode, sourceCode: Readonly<SourceCode>, at: TSESTree.Node): ((error: string) => string) | undefined {
  const [, response, next] = fn.params;
  if (next?.type === 'Identifier' && isVisible(sourceCode, at, next)) return (error) => `${next.name}(${error})`;
  if (response?.type === 'Identifier' && isVisible(sourceCode, at, response)) return () => `${response.name}.status(500).end()`;
  return undefined;
}

function isVisible(sourceCode: Readonly<SourceCode>, at: TSESTree.Node, param: TSESTree.Identifier): boolean {
  return variableNamed(sourceCode.getScope(at), param.name)?.defs[0]?.name === param;
}

export interface EndSessionFix {
  /** The logout handler's body. */
  readonly body: TSESTree.BlockStatement;
  readonly handler: FunctionNode;
  /** `req.session`: code after the end must not touch it. */
  readonly session: string;
  /** A statement that ends the session (`ctx.session = null;`), or undefined for express-session's `destroy` callback. */
  readonly statement: string | undefined;
  /** Field removals the end makes pointless: `delete req.session.user;`. */
  readonly drop: ReadonlySet<TSESTree.Node>;
  /** Statements that must run before the end although they do not name the session (`req.logout();`). */
  readonly before: ReadonlySet<TSESTree.Node>;
}

/**
 * Ends the session after the last statement that still uses it: inserts the ending statement there,
 * or moves the statements from there on into `req.session.destroy((err) => { … })`, and removes the
 * field removals. Undefined when nothing follows the last use, or the code gives no safe place.
 */
export function endSessionFix(sourceCode: Readonly<SourceCode>, fix: EndSessionFix): Replacement[] | undefined {
  const statements = fix.body.body.filter((statement) => !(statement.type === 'ExpressionStatement' && 'directive' in statement && statement.directive));
  const kept = statements.filter((statement) => !fix.drop.has(statement));
  let lastUse = -1;
  kept.forEach((statement, index) => {
    if (fix.before.has(statement) || touchesSession(sourceCode, statement, fix.session, () => true)) lastUse = index;
  });
  const target = kept[lastUse + 1];
  if (!target) return undefined;
  const removals = statements.filter((statement) => fix.drop.has(statement) && statement.range[0] < target.range[0]).map((statement) => removeStatement(sourceCode, statement));
  let edit: Replacement | undefined;
  if (fix.statement !== undefined) edit = insertStatementBefore(sourceCode, target, fix.statement);
  else {
    const onError = errorExit(fix.handler, sourceCode, target);
    if (!onError) return undefined;
    const error = freshName(sourceCode, target, ['err', 'error', 'sessionError']);
    edit = wrapRestInCallback(sourceCode, target, `${fix.session}.destroy`, error, `if (${error}) return ${onError(error)};`, fix.drop);
  }
  return edit ? [...removals, edit] : undefined;
}
