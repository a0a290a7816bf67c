// How a handler is recognised as a login, a logout or a password change: from what it does (a
// credential check, an identity written into the session, a passport call) together with its route
// path and name, never from the path alone.
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import type { CallSite, HandlerAnalysis } from './handlers.ts';
import { isKnown, objectShape, staticValue } from '../../values/index.ts';
import { literalKey, unwrap } from '../../ast/syntax.ts';
import { isFunctionNode } from '../../ast/function-facts.ts';
import { isPassportAuthenticate, type Handler } from './routes.ts';
import { isCredentialCheckName, isLoginPhrase, isLogoutPhrase, isPasswordPhrase, nameWords } from '../../vocabulary/auth-words.ts';

type Node = TSESTree.Node;

/** The words of a handler's name and route path, and of its file when the path says nothing (`/`). */
export function handlerWords(handler: Handler): string[] {
  const path = nameWords(handler.path ?? '');
  return [...nameWords(handler.name ?? ''), ...path, ...(path.length === 0 ? nameWords(handler.file ?? '') : [])];
}

const SESSION_RESOURCES = new Set(['session', 'sessions', 'auth', 'login']);

/** A route that creates a session (`POST /login`, `POST /session`, an OAuth callback) by its name or path. */
export function isLoginRoute(handler: Handler): boolean {
  const parts = handlerWords(handler);
  if (isLoginPhrase(parts)) return true;
  const last = nameWords(handler.path ?? '').at(-1);
  return handler.method === 'POST' && last !== undefined && SESSION_RESOURCES.has(last);
}

const ACCOUNT_WORDS = new Set(['account', 'accounts', 'settings', 'profile', 'me', 'preferences', 'security']);

/**
 * A route that changes an account rather than logging in (`/account/password`, `/settings/email`):
 * a password checked there confirms the change.
 */
export function isAccountRoute(handler: Handler): boolean {
  const parts = handlerWords(handler);
  return isPasswordPhrase(parts) || parts.some((part) => ACCOUNT_WORDS.has(part));
}

/** A route that ends a session (`/logout`, `signOut`, `DELETE /session`) by its name or path. */
export function isLogoutRoute(handler: Handler): boolean {
  const fn = handler.chain.at(-1);
  if (fn && buildsObjectOnly(fn)) return false;
  if (isLogoutPhrase(handlerWords(handler))) return true;
  const last = nameWords(handler.path ?? '').at(-1);
  return handler.method === 'DELETE' && last !== undefined && SESSION_RESOURCES.has(last);
}

/** `cookieOptions(ctx) { return { httpOnly: true, … } }` in a `LogoutTokenStore`: it builds options, it ends nothing. */
function buildsObjectOnly(node: TSESTree.Node): boolean {
  if (node.type !== 'FunctionExpression' && node.type !== 'ArrowFunctionExpression' && node.type !== 'FunctionDeclaration') return false;
  if (node.body.type === 'ObjectExpression') return true;
  if (node.body.type !== 'BlockStatement' || node.body.body.length !== 1) return false;
  const [only] = node.body.body;
  return only?.type === 'ReturnStatement' && only.argument?.type === 'ObjectExpression';
}

const CREDENTIAL_MODULES = new Map<string, RegExp>([
  ['bcrypt', /^compare(Sync)?$/],
  ['bcryptjs', /^compare(Sync)?$/],
  ['@node-rs/bcrypt', /^(compare|verify)(Sync)?$/],
  ['argon2', /^verify$/],
  ['@node-rs/argon2', /^verify(Sync)?$/],
  ['otplib', /^(verify|check)$/],
  ['speakeasy', /^verify$/],
  ['@simplewebauthn/server', /^verify(Authentication|Registration)Response$/],
  ['node:crypto', /^timingSafeEqual$/],
]);

// Strategies that read an existing session or a bearer token: no login happens.
const NON_LOGIN_STRATEGIES = new Set(['session', 'anonymous', 'jwt', 'bearer', 'headerapikey', 'api-key', 'oauth2-client-password', 'basic']);

/** Facts about a `passport.authenticate(strategy, options)` call that decide whether it logs a user in. */
export interface PassportAuthenticate {
  readonly node: TSESTree.CallExpression;
  /** Checks credentials: a login strategy (not a token or session strategy, not the redirect to a provider). */
  readonly checksCredentials: boolean;
  /**
   * Logs the user into the session itself: also not `{ session: false }`, not the redirect to a
   * provider (`{ scope }`), and no custom callback (which leaves `req.login` to the app).
   */
  readonly logsIn: boolean;
}

export function passportAuthenticate(call: TSESTree.CallExpression, analysis: HandlerAnalysis, sourceCode: Readonly<SourceCode>): PassportAuthenticate | undefined {
  if (!isPassportAuthenticate(call, analysis.refs)) return undefined;
  const [strategyNode, optionsNode] = call.arguments;
  const strategy = strategyNode ? staticValue(strategyNode, sourceCode as SourceCode) : undefined;
  const strategies = strategy && isKnown(strategy) ? [strategy.value].flat() : [];
  if (strategies.length > 0 && strategies.every((name) => typeof name === 'string' && NON_LOGIN_STRATEGIES.has(name))) return { node: call, checksCredentials: false, logsIn: false };
  const customCallback = call.arguments.some((argument) => isFunctionNode(unwrap(argument)));
  const options = optionsNode && !isFunctionNode(unwrap(optionsNode)) ? objectShape(optionsNode, sourceCode as SourceCode) : undefined;
  const session = options?.get('session');
  const sessionless = session !== undefined && isKnown(session.value) && session.value.value === false;
  // The first leg of an OAuth flow (`{ scope: [...] }`) only redirects to the provider.
  const redirect = options?.get('scope') !== undefined;
  return { node: call, checksCredentials: !redirect, logsIn: !sessionless && !redirect && !customCallback };
}

/** Every `passport.authenticate(…)` that runs for the handler: in its route chain or called inside it. */
export function passportAuthenticates(handler: Handler, analysis: HandlerAnalysis, sourceCode: Readonly<SourceCode>): (PassportAuthenticate & { position: number })[] {
  const found: (PassportAuthenticate & { position: number })[] = [];
  for (const element of analysis.reach(handler).opaque) {
    if (element.type !== 'CallExpression') continue;
    const facts = passportAuthenticate(element, analysis, sourceCode);
    if (facts) found.push({ ...facts, position: element.range[0] });
  }
  for (const call of analysis.calls(handler)) {
    if (call.node.type !== 'CallExpression') continue;
    const facts = passportAuthenticate(call.node, analysis, sourceCode);
    if (facts) found.push({ ...facts, position: call.position });
  }
  return found;
}

/** A credential check among the handler's calls, middleware or NestJS guards. */
export function hasCredentialCheck(handler: Handler, analysis: HandlerAnalysis, sourceCode: Readonly<SourceCode>, extraNames: ReadonlySet<string> = new Set()): boolean {
  for (const call of analysis.calls(handler)) {
    const passport = call.node.type === 'CallExpression' ? passportAuthenticate(call.node, analysis, sourceCode) : undefined;
    if (passport ? passport.checksCredentials : isCredentialCall(call, analysis) || (call.name !== undefined && extraNames.has(call.name))) return true;
  }
  for (const element of analysis.reach(handler).opaque) {
    const passport = element.type === 'CallExpression' ? passportAuthenticate(element, analysis, sourceCode) : undefined;
    if (passport) {
      if (passport.checksCredentials) return true;
      continue;
    }
    const name = chainName(element);
    if (name !== undefined && (isCredentialCheckName(name, undefined) || extraNames.has(name))) return true;
  }
  return handler.decorators.some((decorator) => isLoginGuard(decorator, sourceCode));
}

export function isCredentialCall(call: CallSite, analysis: HandlerAnalysis): boolean {
  if (call.name === undefined) return false;
  const ref = analysis.refs.resolve(call.node.callee);
  const method = ref?.path.at(-1);
  if (ref && method !== undefined) {
    const pattern = CREDENTIAL_MODULES.get(ref.module) ?? CREDENTIAL_MODULES.get(`node:${ref.module}`);
    if (pattern?.test(method)) return true;
  }
  return isCredentialCheckName(call.name, call.receiver, call.node.arguments.length);
}

/**
 * NestJS `@UseGuards(LocalAuthGuard)` or `@UseGuards(AuthGuard('local'))`: a passport login strategy
 * runs before the method (and with sessions, its `logIn` regenerates the session on passport 0.6+).
 */
export function isLoginGuard(decorator: TSESTree.Decorator, sourceCode: Readonly<SourceCode>): boolean {
  const expression = unwrap(decorator.expression);
  if (expression.type !== 'CallExpression') return false;
  const callee = unwrap(expression.callee);
  if (callee.type !== 'Identifier' || callee.name !== 'UseGuards') return false;
  return expression.arguments.some((argument) => /\b(local|login|credentials?|password)/i.test(sourceCode.getText(argument)));
}

/** The name a chain entry shows: `requireRecentAuth`, `auth.verifyPassword`, `verifyCredentials()`. */
export function chainName(element: Node): string | undefined {
  const bare = unwrap(element);
  const callee = bare.type === 'CallExpression' ? unwrap(bare.callee) : bare;
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression' && !callee.computed) return literalKey(callee.property);
  return undefined;
}

/** How messages name a handler: `POST /login`, or its function, method or action name. */
export function describeHandler(handler: Handler): string {
  if (handler.path !== undefined) return handler.method && handler.method !== 'ALL' ? `${handler.method} ${handler.path}` : handler.path;
  return handler.name ?? 'handler';
}
