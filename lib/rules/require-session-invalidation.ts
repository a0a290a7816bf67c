import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleContext, RuleFixer } from '@typescript-eslint/utils/ts-eslint';
import { getHandlerAnalysis, type CallSite, type Handler, type HandlerAnalysis, type SessionFlavour, type SessionOp } from '../models/handlers/handlers.ts';
import { chainName, describeHandler, isLogoutRoute } from '../models/handlers/evidence.ts';
import type { FunctionNode } from '../ast/function-facts.ts';
import { decoratorsOf } from '../models/handlers/routes.ts';
import { resolveFunction } from '../models/handlers/resolve.ts';
import { isCookieSession } from '../models/handlers/stores.ts';
import { checkTokenMiddleware } from '../models/handlers/token-middleware.ts';
import { accountWrites } from '../models/handlers/account-writes.ts';
import { isIdentityKey, isLogoutPhrase, isRevocationCall, isTokenStoreCall, isTokenStoreField, nameWords } from '../vocabulary/auth-words.ts';
import { isKnown, type Static, staticValue } from '../values/index.ts';
import { isTokenName } from '../vocabulary/token-names.ts';
import { calleeText, unwrap } from '../ast/syntax.ts';
import { declaredVersion, isOlderThan } from '../file/versions.ts';
import { endSessionFix, errorExit } from '../models/handlers/session-call-fix.ts';
import { freshName, wrapRestInCallback, type Replacement } from '../fixes/wrap-in-callback.ts';
import { createRule } from '../utils/create-rule.ts';

export type MessageIds =
  | 'cookieOnly'
  | 'fieldOnly'
  | 'sessionKept'
  | 'passportLogoutKeepsSession'
  | 'logoutWithoutCallback'
  | 'tokenNotRevoked'
  | 'noRevocationCheck'
  | 'endSession'
  | 'passCallback';
export type Options = [{ checkTokenMiddleware?: boolean }];
type Context = Readonly<RuleContext<MessageIds, Options>>;

const MENTIONS = /log_?out|logOut|sign_?out|signOut|log_?off|signoff|session|express-jwt|passport-jwt|fastify\/jwt|fastify-jwt/i;
const COOKIE_DELETERS = new Set(['clearCookie', 'deleteCookie', 'removeCookie', 'unstate']);
// Cookie names that hold a self-contained token rather than a session id.
const TOKEN_WORDS = new Set(['jwt', 'token', 'tokens', 'bearer', 'access', 'refresh']);

export default createRule<MessageIds, Options>({
  name: 'require-session-invalidation',
  meta: {
    type: 'problem',
    hasSuggestions: true,
    messages: {
      cookieOnly: "Logout '{{handler}}' only clears the session cookie and leaves the server session valid; end it with `{{call}}`.",
      fieldOnly: "Logout '{{handler}}' only removes `{{field}}` and leaves the session id valid; end the session with `{{call}}`.",
      sessionKept: "Logout '{{handler}}' never ends the server session; end it with `{{call}}`.",
      passportLogoutKeepsSession: "Logout '{{handler}}' relies on {{library}} {{version}}, whose `{{call}}` keeps the session id valid; end the session too, or upgrade to {{upgrade}}.",
      logoutWithoutCallback: '`{{call}}` throws without a callback in passport 0.6+, so the session is never ended; pass `(err) => { … }`.',
      tokenNotRevoked: "Logout '{{handler}}' only deletes the token on the client, so it stays valid until it expires; revoke it on the server (a deny-list of token ids, or a per-user token version).",
      noRevocationCheck: '{{library}} accepts every validly signed, unexpired token, so no token can be revoked at logout; {{how}}.',
      endSession: 'End the session with `{{call}}`.',
      passCallback: 'Move the rest of the logout into a callback of `{{call}}`.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          checkTokenMiddleware: {
            type: 'boolean',
            description: 'Also report JWT middleware (express-jwt, passport-jwt, @fastify/jwt) configured without a revocation check.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ checkTokenMiddleware: true }],
  },
  create(context) {
    const sourceCode = context.sourceCode;
    if (!MENTIONS.test(sourceCode.text) && !MENTIONS.test(context.filename)) return {};
    const checkMiddleware = context.options[0].checkTokenMiddleware !== false;
    return {
      'Program:exit'() {
        const analysis = getHandlerAnalysis(sourceCode, context.filename);
        for (const handler of analysis.handlers) checkHandler(context, analysis, handler);
        if (checkMiddleware) {
          for (const problem of checkTokenMiddleware(analysis, sourceCode)) {
            context.report({ node: problem.node, messageId: 'noRevocationCheck', data: { library: problem.library, how: problem.how } });
          }
        }
      },
    };
  },
});

function checkHandler(context: Context, analysis: HandlerAnalysis, handler: Handler): void {
  const sourceCode = context.sourceCode;
  const passportLegacy = isOlderThan(context, 'passport', '0.6.0');
  const passportOps = analysis.passportOps(handler).filter((op) => op.kind === 'logout');
  if (!isLogoutRoute(handler) && passportOps.length === 0) return;

  const ops = analysis.sessionOps(handler);
  if (ops.some((op) => op.kind === 'destroy' || op.kind === 'regenerate' || op.kind === 'drop')) return;
  const passportNodes = new Set<TSESTree.Node>(passportOps.map((op) => op.node));
  const calls = analysis.calls(handler).filter((call) => !passportNodes.has(call.node));
  if (calls.some((call) => endsSession(call, sourceCode)) || analysis.reach(handler).opaque.some((element) => endsSessionByName(element))) return;
  // `req.user.tokens = req.user.tokens.filter(…)`, `{ $pull: { tokens: … } }`, `user.refreshToken = null`
  if (accountWrites(handler, analysis, sourceCode, isTokenStoreField, true).length > 0) return;

  const root = rootFunction(handler, context);
  const flavour = analysis.sessions.flavourOfFunction(root);
  const data = { handler: describeHandler(handler) };

  for (const op of passportOps) {
    const koa = /^(ctx|context)$/.test(op.receiver);
    const legacy = koa ? passportLegacy || isOlderThan(context, 'koa-passport', '5.0.0') : passportLegacy;
    const call = `${calleeText(sourceCode, op.node)}()`;
    if (legacy) {
      const library = koa && !passportLegacy ? 'koa-passport' : 'passport';
      const version = declaredVersion(context, library).range!;
      context.report({
        loc: handler.report.loc,
        messageId: 'passportLogoutKeepsSession',
        data: { ...data, library, version, call, upgrade: library === 'passport' ? 'passport 0.6+' : 'koa-passport 5+' },
        suggest: suggestion(context, analysis, handler, root, flavour, ops),
      });
      return;
    }
    // koa-passport and @fastify/passport return promises: an un-awaited call still logs out.
    if (koa || op.callback || op.awaited || flavour === 'fastify') return;
    const edit = callbackFix(context, op.node, root);
    context.report({
      node: op.node,
      messageId: 'logoutWithoutCallback',
      data: { call },
      suggest: edit ? [{ messageId: 'passCallback', data: { call }, fix: (fixer) => fixer.replaceTextRange(edit.range, edit.text) }] : [],
    });
    return;
  }

  const removed = ops.find(isRemoval);
  const cookie = clearedCookie(calls, ops, sourceCode);
  const serverSession = hasServerSession(handler, root, analysis);
  const endCall = endCallText(context, analysis, root, flavour, ops);

  if (removed) {
    context.report({ loc: handler.report.loc, messageId: 'fieldOnly', data: { ...data, field: fieldText(removed, sourceCode), call: endCall ?? 'req.session.destroy()' }, suggest: suggestion(context, analysis, handler, root, flavour, ops) });
  } else if (cookie !== undefined && (cookie.token || !serverSession)) {
    context.report({ loc: handler.report.loc, messageId: 'tokenNotRevoked', data });
  } else if (cookie !== undefined) {
    context.report({ loc: handler.report.loc, messageId: 'cookieOnly', data: { ...data, call: endCall ?? 'req.session.destroy()' }, suggest: suggestion(context, analysis, handler, root, flavour, ops) });
  } else if (serverSession && endCall !== undefined && !calls.some((call) => call.name === 'render')) {
    context.report({ loc: handler.report.loc, messageId: 'sessionKept', data: { ...data, call: endCall }, suggest: suggestion(context, analysis, handler, root, flavour, ops) });
  }
}

// Hono (`c`) and h3 / Nuxt (`event`) handlers keep no server session of their own: their cookies hold tokens.
const STATELESS_REQUESTS = /^(c|event|evt)$/;
const STATELESS_MODULES = ['hono', 'hono/cookie', 'h3', 'hono/jwt'];

/** Whether the handler runs with a server-side session its logout must end (Express, Koa, Fastify, hapi, NestJS). */
function hasServerSession(handler: Handler, root: FunctionNode | undefined, analysis: HandlerAnalysis): boolean {
  if (handler.kind !== 'route' && handler.kind !== 'nest' && handler.kind !== 'controller') return false;
  const first = root?.params[0];
  if (first?.type === 'Identifier' && STATELESS_REQUESTS.test(first.name)) return false;
  return !STATELESS_MODULES.some((module) => analysis.refs.imported.has(module));
}

/**
 * A call that ends or revokes a session or token: `lucia.invalidateSession`, `signOut`,
 * `session.destroy()`, `revokedTokens.add(jti)`, `redis.del(\`sess:${sid}\`)`, `Token.deleteOne({ token })`.
 */
function endsSession(call: CallSite, sourceCode: Context['sourceCode']): boolean {
  if (call.name === undefined) return false;
  if (call.name === 'clear' && /cookieAuth$/.test(call.receiver ?? '')) return true;
  if (COOKIE_DELETERS.has(call.name)) return false;
  if (isLogoutPhrase(nameWords(call.name)) || isRevocationCall(call.name, call.receiver)) return true;
  const args = call.node.arguments.map((argument) => sourceCode.getText(argument)).join(', ');
  return isTokenStoreCall(call.name, call.receiver, args);
}

function endsSessionByName(element: TSESTree.Node): boolean {
  const name = chainName(element) ?? '';
  return isLogoutPhrase(nameWords(name)) || isRevocationCall(name, undefined);
}

/** The cookie or browser-storage entry the logout deletes, and whether it holds a token rather than a session id. */
function clearedCookie(calls: readonly CallSite[], ops: readonly SessionOp[], sourceCode: Context['sourceCode']): { token: boolean } | undefined {
  // `req.session.cookie.maxAge = 0` only expires the browser's copy.
  if (ops.some((op) => op.keys[0] === 'cookie' && (op.keys[1] === 'maxAge' || op.keys[1] === 'expires'))) return { token: false };
  for (const call of calls) {
    const name = call.name;
    if (name === undefined || call.node.type !== 'CallExpression') continue;
    const receiver = call.receiver ?? '';
    const storage = /(^|\.)(localStorage|sessionStorage)$/.test(receiver);
    if (isExpiringHeader(call.node, sourceCode)) {
      const text = sourceCode.getText(call.node.arguments[1]!);
      const cookieName = /^['"`]\s*([\w.-]+)=/.exec(text)?.[1] ?? /\(\s*['"`]([\w.-]+)['"`]/.exec(text)?.[1];
      return { token: cookieName !== undefined && nameWords(cookieName).some((word) => TOKEN_WORDS.has(word)) };
    }
    const deletes =
      COOKIE_DELETERS.has(name) ||
      (name === 'delete' && /cookies/i.test(receiver)) ||
      (name === 'set' && /cookies/i.test(receiver) && isEmptyValue(call.node.arguments[1])) ||
      // `res.cookie('sid', '', { maxAge: 0 })`, `reply.setCookie('sid', '')`, `res.cookie('jwt', 'loggedout')`
      ((name === 'cookie' || name === 'setCookie') && call.node.arguments.length >= 2 && (isEmptyValue(call.node.arguments[1]) || overwritesToken(call.node, sourceCode))) ||
      (storage && (name === 'removeItem' || name === 'clear'));
    if (!deletes) continue;
    const cookieName = firstString(call.node.arguments, sourceCode);
    return { token: storage || (cookieName !== undefined && nameWords(cookieName).some((word) => TOKEN_WORDS.has(word))) };
  }
  return undefined;
}

const EXPIRED = /max-?age\W{0,3}-?[01]\b|expires=[^;'"`]*1970|maxAge:\s*-?[01]\b|expires:\s*new Date\(0\)/i;

/** `res.setHeader('Set-Cookie', 'token=; Max-Age=0')`, also with `serialize(name, '', { maxAge: -1 })`. */
function isExpiringHeader(call: TSESTree.CallExpression, sourceCode: Context['sourceCode']): boolean {
  const [header, value] = call.arguments;
  if (!header || !value) return false;
  const name = staticValue(header, sourceCode);
  return isKnown(name) && typeof name.value === 'string' && name.value.toLowerCase() === 'set-cookie' && EXPIRED.test(sourceCode.getText(value));
}

/** A token cookie overwritten with a fixed string: the logout replaces the token rather than revoking it. */
function overwritesToken(call: TSESTree.CallExpression, sourceCode: Context['sourceCode']): boolean {
  // Callers pass calls with at least two arguments.
  const [name, value] = call.arguments.map((argument) => staticValue(argument, sourceCode)) as [Static, Static];
  return isKnown(name) && typeof name.value === 'string' && isTokenName(name.value) && isKnown(value) && typeof value.value === 'string';
}

function isEmptyValue(node: TSESTree.Node | undefined): boolean {
  if (!node) return true;
  const bare = unwrap(node);
  return (bare.type === 'Literal' && (bare.value === null || bare.value === '')) || (bare.type === 'Identifier' && bare.name === 'undefined');
}

function firstString(args: readonly TSESTree.Node[], sourceCode: Context['sourceCode']): string | undefined {
  for (const argument of args) {
    const value = staticValue(argument, sourceCode);
    if (isKnown(value) && typeof value.value === 'string') return value.value;
  }
  return undefined;
}

/** `delete req.session.user`, `req.session.userId = null`, `req.session.loggedIn = false`, `request.yar.clear('user')`. */
function isRemoval(op: SessionOp): boolean {
  return op.keys.length > 0 && (op.kind === 'remove' || (op.kind === 'write' && isFalse(op.value) && op.keys.some((key) => isIdentityKey(key))));
}

function isFalse(node: TSESTree.Node | undefined): boolean {
  const bare = node && unwrap(node);
  return bare?.type === 'Literal' && bare.value === false;
}

function fieldText(op: SessionOp, sourceCode: Context['sourceCode']): string {
  const node = op.node;
  if (node.type === 'AssignmentExpression') return sourceCode.getText(node.left);
  if (node.type === 'UnaryExpression') return sourceCode.getText(node.argument);
  // `request.yar.clear('user')`, `request.session.set('user', null)`
  const call = node as TSESTree.CallExpression;
  return `${sourceCode.getText(call.callee)}(${sourceCode.getText(call.arguments[0]!)})`;
}

function rootFunction(handler: Handler, context: Context): FunctionNode | undefined {
  return resolveFunction(handler.chain.at(-1)!, context.sourceCode);
}

/** The session object's text in this handler (`req.session`), from its operations or its request parameter. */
function sessionText(context: Context, root: FunctionNode | undefined, flavour: SessionFlavour, ops: readonly SessionOp[]): { text: string; flavour: SessionFlavour } | undefined {
  const own = ops.find((op) => !op.session.alias);
  if (own) return { text: context.sourceCode.getText(own.session.node), flavour: own.session.flavour };
  const request = root?.params.find((param) => param.type === 'Identifier' && (decoratorsOf(param).length === 0 || decoratorsOf(param).some((decorator) => /^@(Req|Request)\b/.test(context.sourceCode.getText(decorator)))));
  if (request?.type !== 'Identifier') return undefined;
  if (context.sourceCode.text.includes(`${request.name}.yar`)) return { text: `${request.name}.yar`, flavour: 'yar' };
  return { text: `${request.name}.session`, flavour };
}

function endCallText(context: Context, analysis: HandlerAnalysis, root: FunctionNode | undefined, flavour: SessionFlavour, ops: readonly SessionOp[]): string | undefined {
  const session = sessionText(context, root, flavour, ops);
  if (!session) return undefined;
  if (session.flavour === 'yar') return `${session.text}.reset()`;
  if (session.flavour === 'koa' || isCookieSession(session.flavour, analysis.refs.imported, context)) return `${session.text} = null`;
  return `${session.text}.destroy()`;
}

function suggestion(context: Context, analysis: HandlerAnalysis, handler: Handler, root: FunctionNode | undefined, flavour: SessionFlavour, ops: readonly SessionOp[]) {
  const session = sessionText(context, root, flavour, ops);
  const call = endCallText(context, analysis, root, flavour, ops);
  if (!root || !session || !call || handler.kind === 'nest' || root.body.type !== 'BlockStatement') return [];
  const body = root.body;
  const topLevel = (node: TSESTree.Node): TSESTree.Node | undefined => {
    const statement = node.parent?.type === 'AwaitExpression' ? node.parent.parent : node.parent;
    return statement?.type === 'ExpressionStatement' && statement.parent === body ? statement : undefined;
  };
  const drop = new Set(ops.filter(isRemoval).flatMap((op) => topLevel(op.node) ?? []));
  const before = new Set(analysis.passportOps(handler).flatMap((op) => topLevel(op.node) ?? []));
  // cookie-session and Koa end a session by dropping it; the promise APIs are awaited; express-session takes a callback.
  let statement: string | undefined;
  if (call.endsWith('= null') || session.flavour === 'yar') statement = `${call};`;
  else if (session.flavour === 'koa' || session.flavour === 'fastify') {
    if (!root.async) return [];
    statement = `await ${call};`;
  }
  const edits = endSessionFix(context.sourceCode, { body, handler: root, session: session.text, statement, drop, before });
  return edits ? [{ messageId: 'endSession' as const, data: { call }, fix: (fixer: RuleFixer) => edits.map((edit) => fixer.replaceTextRange(edit.range, edit.text)) }] : [];
}

/** `req.logout(); res.redirect('/')` → `req.logout((err) => { if (err) return next(err); res.redirect('/'); });` */
function callbackFix(context: Context, call: TSESTree.CallExpression, root: FunctionNode | undefined): Replacement | undefined {
  const statement = call.parent;
  if (statement.type !== 'ExpressionStatement' || !root) return undefined;
  const onError = errorExit(root, context.sourceCode, statement);
  if (!onError) return undefined;
  const error = freshName(context.sourceCode, statement, ['err', 'error', 'logoutError']);
  const callee = calleeText(context.sourceCode, call);
  return wrapRestInCallback(context.sourceCode, statement, callee, error, `if (${error}) return ${onError(error)};`, new Set([statement]));
}
