import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleContext } from '@typescript-eslint/utils/ts-eslint';
import { getHandlerAnalysis, type Handler, type HandlerAnalysis, type SessionOp } from '../models/handlers/handlers.ts';
import { chainName, describeHandler, hasCredentialCheck, isAccountRoute, isLoginGuard, isLoginRoute, passportAuthenticates } from '../models/handlers/evidence.ts';
import { isFunctionNode, type FunctionNode } from '../ast/function-facts.ts';
import { resolveFunction } from '../models/handlers/resolve.ts';
import { isCookieSession } from '../models/handlers/stores.ts';
import { isIdentityKey, isPreAuthKey, isRegenerateName } from '../vocabulary/auth-words.ts';
import { declaredVersion, isOlderThan } from '../file/versions.ts';
import { sessionCallFix } from '../models/handlers/session-call-fix.ts';
import { enclosingStatement, type Replacement } from '../fixes/wrap-in-callback.ts';
import { createRule } from '../utils/create-rule.ts';

export type MessageIds = 'missingRegeneration' | 'passportWithoutRegeneration' | 'koaSessionWithoutRegenerate' | 'noOpRegenerate' | 'regenerateFirst';
type Context = Readonly<RuleContext<MessageIds, []>>;

// Cheap first look: files that never mention a session or a login have nothing to check.
const MENTIONS = /session|\.yar\b|log[iI]n|authenticate/;

export default createRule<MessageIds>({
  name: 'require-session-regeneration',
  meta: {
    type: 'problem',
    hasSuggestions: true,
    messages: {
      missingRegeneration: "Login '{{handler}}' writes `{{target}}` into the pre-login session; regenerate the session first.",
      passportWithoutRegeneration: "Login '{{handler}}' relies on {{library}} {{version}}, which keeps the pre-login session; upgrade to {{upgrade}} or regenerate the session first.",
      koaSessionWithoutRegenerate: "Login '{{handler}}' uses koa-session {{version}}, which cannot regenerate the session; upgrade to koa-session 6.4+ and call `ctx.session.regenerate()` first.",
      noOpRegenerate: 'This no-op `{{target}}` turns off the session regeneration passport relies on against session fixation.',
      regenerateFirst: 'Regenerate the session before writing `{{target}}`.',
    },
    schema: [],
  },
  create(context) {
    const sourceCode = context.sourceCode;
    if (!MENTIONS.test(sourceCode.text) && !MENTIONS.test(context.filename)) return {};
    return {
      'Program:exit'() {
        const analysis = getHandlerAnalysis(sourceCode, context.filename);
        reportStubs(context, analysis);
        for (const handler of analysis.handlers) checkHandler(context, analysis, handler);
      },
    };
  },
});

function reportStubs(context: Context, analysis: HandlerAnalysis): void {
  const { facts, sessions } = analysis;
  for (const owner of [facts.program, ...facts.functions.map((fn) => facts.of(fn))]) {
    for (const assignment of owner.assignments) {
      if (!sessions.regenerateStub(assignment)) continue;
      context.report({ node: assignment.right, messageId: 'noOpRegenerate', data: { target: context.sourceCode.getText(assignment.left) } });
    }
  }
}

function checkHandler(context: Context, analysis: HandlerAnalysis, handler: Handler): void {
  const sourceCode = context.sourceCode;
  const imported = analysis.refs.imported;
  const passportLegacy = isOlderThan(context, 'passport', '0.6.0');
  const koaPassportLegacy = passportLegacy || isOlderThan(context, 'koa-passport', '5.0.0');
  const passportOps = analysis.passportOps(handler).map((op) => ({ ...op, flavour: op.receiver.match(/^(ctx|context)$/) ? 'koa' : analysis.sessions.flavourOfFunction(enclosingFunction(op.node)) }));
  const legacyFor = (flavour: string): boolean => (flavour === 'koa' ? koaPassportLegacy : flavour === 'fastify' ? false : passportLegacy);
  const authenticates = passportAuthenticates(handler, analysis, sourceCode).filter((call) => call.logsIn);
  const ops = analysis.sessionOps(handler);

  // Where the session gets a new id: a regenerate (or a helper named so), or a passport 0.6+ login.
  const regenerations = [
    ...ops.filter((op) => op.kind === 'regenerate').map((op) => op.position),
    ...analysis.calls(handler).filter((call) => call.name !== undefined && isRegenerateName(call.name)).map((call) => call.position),
    ...analysis.reach(handler).opaque.filter((element) => isRegenerateName(chainName(element) ?? '')).map((element) => element.range[0]),
    ...passportOps.filter((op) => op.kind === 'login' && !legacyFor(op.flavour)).map((op) => op.position),
    ...(passportLegacy ? [] : authenticates.map((call) => call.position)),
    ...(passportLegacy ? [] : handler.decorators.filter((decorator) => isLoginGuard(decorator, sourceCode)).map((decorator) => decorator.range[0])),
  ];
  const regeneratedBefore = (position: number): boolean => regenerations.some((at) => at < position);

  const write = ops.find((op) => op.kind === 'write' && isIdentityWrite(op) && !isCookieSession(op.session.flavour, imported, context));
  // A password checked on an account page confirms a change; it is not a login.
  const logsIn = () =>
    isLoginRoute(handler) || passportOps.some((op) => op.kind === 'login') || authenticates.length > 0 || (hasCredentialCheck(handler, analysis, sourceCode) && !isAccountRoute(handler));
  if (write && !regeneratedBefore(write.position) && logsIn()) {
    const data = { handler: describeHandler(handler), target: targetText(write, sourceCode) };
    if (write.session.flavour === 'koa' && isOlderThan(context, 'koa-session', '6.4.0')) {
      context.report({ loc: handler.report.loc, messageId: 'koaSessionWithoutRegenerate', data: { ...data, version: declaredVersion(context, 'koa-session').range! } });
      return;
    }
    const edit = regenerateFix(context, handler, write);
    context.report({
      loc: handler.report.loc,
      messageId: 'missingRegeneration',
      data,
      suggest: edit ? [{ messageId: 'regenerateFirst', data: { target: data.target }, fix: (fixer) => fixer.replaceTextRange(edit.range, edit.text) }] : [],
    });
    return;
  }

  const legacyLogin = passportOps.find((op) => op.kind === 'login' && legacyFor(op.flavour) && !regeneratedBefore(op.position));
  const legacyAuthenticate = passportLegacy ? authenticates.find((call) => !regeneratedBefore(call.position)) : undefined;
  if (legacyLogin || legacyAuthenticate) {
    const library = legacyLogin?.flavour === 'koa' && !passportLegacy ? 'koa-passport' : 'passport';
    context.report({
      loc: handler.report.loc,
      messageId: 'passportWithoutRegeneration',
      data: { handler: describeHandler(handler), library, version: declaredVersion(context, library).range!, upgrade: library === 'passport' ? 'passport 0.6+' : 'koa-passport 5+' },
    });
  }
}

function isIdentityWrite(op: SessionOp): boolean {
  return op.keys.some((key) => isIdentityKey(key)) && !op.keys.some((key) => isPreAuthKey(key));
}

function targetText(op: SessionOp, sourceCode: Context['sourceCode']): string {
  const node = op.node;
  if (node.type === 'AssignmentExpression') return sourceCode.getText(node.left);
  // `request.session.set('user', …)`, `Object.assign(req.session, …)`
  const call = node as TSESTree.CallExpression;
  return `${sourceCode.getText(call.callee)}(${sourceCode.getText(call.arguments[0]!)}, …)`;
}

function regenerateFix(context: Context, handler: Handler, write: SessionOp): Replacement | undefined {
  if (write.session.alias || handler.kind === 'nest') return undefined;
  const chainFunctions = handler.chain.map((element) => resolveFunction(element, context.sourceCode));
  // In a function of the route itself the write's own statement moves; in a helper, the call that leads there.
  const statement = enclosingStatement(chainFunctions.includes(write.reached.fn) ? write.node : (write.reached.anchor ?? write.node));
  if (!statement) return undefined;
  const enclosing = enclosingFunction(statement);
  if (!enclosing) return undefined;
  const handlerFn = chainFunctions.find((fn) => fn !== undefined && fn.range[0] <= statement.range[0] && statement.range[1] <= fn.range[1]) ?? chainFunctions.at(-1);
  return sessionCallFix(context.sourceCode, { statement, session: context.sourceCode.getText(write.session.node), flavour: write.session.flavour, enclosing, handler: handlerFn });
}

// Undefined at the top level, where a statement such as `req.session.user = u` can stand after a fix moved it.
function enclosingFunction(node: TSESTree.Node): FunctionNode | undefined {
  let current = node.parent;
  while (current && !isFunctionNode(current)) current = current.parent;
  return current;
}
