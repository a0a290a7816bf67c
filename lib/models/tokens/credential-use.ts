// Where a value read from a request goes, forwards: whether the file accepts it as the sign-in
// credential (a `Bearer` header, the session cookie, a verifier, a login or session API, an alternative
// to the Authorization header) or only spends it once (a reset lookup, a form body, an upload check).
// It answers the question the URL rule asks of a `?token=` read: is this the app's session token?
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { calleeName } from '../../ast/local-functions.ts';
import { functionName, isFunctionNode } from '../../ast/function-facts.ts';
import { variableOf } from '../../ast/scope.ts';
import { isWrapperOf, literalKey, unwrap } from '../../ast/syntax.ts';
import { isKnown, staticValue } from '../../values/index.ts';
import { isCredentialTokenName, isDomainSessionName, isOneTimeTokenName, isSignedFileTokenName, words } from '../../vocabulary/token-names.ts';
import type { TokenFlow } from './flow.ts';

type Node = TSESTree.Node;

// Functions that take a credential: `verify(token)`, `setClientAuthToken(t)`, `loginTo(client, user)`,
// `authenticate(token)`, `getSession(sid)`, `jwtVerify(t, key)`.
const CONSUMER_WORDS = new Set(['verify', 'auth', 'authenticate', 'authentication', 'login', 'signin', 'session', 'jwt', 'bearer', 'credential', 'credentials']);
// An emailed sign-in token (`getUserForEmailSigninToken`) is spent once, like a reset token.
const ONE_TIME_CONSUMERS = new Set(['email', 'mail']);
// Enclosing functions of the app's authentication: `parseAuthentication(ctx)`, `authMiddleware`, `authenticate`.
const AUTH_CONTEXT_WORDS = new Set(['auth', 'authenticate', 'authentication', 'authenticated', 'login', 'signin', 'bearer', 'jwt', 'credential', 'credentials']);
const HEADER_SETTERS = new Set(['set', 'setHeader', 'append', 'header']);
const COOKIE_SETTERS = new Set(['cookie', 'setCookie']);
const KEEPS = new Set(['String', 'encodeURIComponent', 'decodeURIComponent', 'trim', 'toString']);
const MAX_STEPS = 6;

/** Whether the file hands the value `read` to something that accepts it as the sign-in credential. */
export function acceptedAsCredential(read: Node, code: SourceCode, flow: TokenFlow): boolean {
  return usedAsCredential(read, code, flow, 0);
}

function usedAsCredential(value: Node, code: SourceCode, flow: TokenFlow, steps: number): boolean {
  if (steps > MAX_STEPS) return false;
  const next = (node: Node): boolean => usedAsCredential(node, code, flow, steps + 1);
  const parent = value.parent;
  if (!parent) return false;
  switch (parent.type) {
    case 'ChainExpression':
    case 'AwaitExpression':
    case 'TSAsExpression':
    case 'TSNonNullExpression':
    case 'TSSatisfiesExpression':
    case 'ConditionalExpression':
      return parent.type === 'ConditionalExpression' && parent.test === value ? false : next(parent);
    case 'LogicalExpression': {
      // `bearerToken || queryToken`: an alternative to the credential the Authorization header carries.
      const other = unwrap(parent.left === value ? parent.right : parent.left);
      const alternative = flow.carried(other)?.evidence === 'issued' || (other.type === 'Identifier' && isCredentialTokenName(other.name));
      return parent.operator !== '&&' && (alternative || next(parent));
    }
    case 'TemplateLiteral': {
      const index = parent.expressions.indexOf(value as TSESTree.Expression);
      return index >= 0 && /\bbearer\s*$/i.test(parent.quasis[index]!.value.cooked ?? '');
    }
    case 'Property':
      if (parent.value !== value) return false;
      return isAuthorizationKey(parent.key, parent.computed, code) || next(parent.parent);
    case 'ObjectExpression':
    case 'ArrayExpression':
      return next(parent);
    case 'VariableDeclarator': {
      if (parent.init !== value || parent.id.type !== 'Identifier') return false;
      const reads = variableOf(code, parent.id)?.references.filter((reference) => reference.isRead()) ?? [];
      return reads.some((reference) => next(reference.identifier as Node));
    }
    case 'CallExpression':
    case 'NewExpression':
      return parent.callee !== value && callAccepts(parent, value, code, next);
    default:
      return isWrapperOf(parent, value) && next(parent);
  }
}

function callAccepts(call: TSESTree.CallExpression | TSESTree.NewExpression, argument: Node, code: SourceCode, next: (node: Node) => boolean): boolean {
  const name = calleeName(call.callee);
  if (name === undefined) return false;
  const index = call.arguments.indexOf(argument as TSESTree.CallExpressionArgument);
  // `String(t)`, `encodeURIComponent(t)`, `t.trim()` keep the value.
  if (KEEPS.has(name)) return next(call);
  // `headers.set('Authorization', t)`, `res.cookie('sid', t)`, `setCookie(c, 'session', t)`.
  if (index > 0 && HEADER_SETTERS.has(name) && isAuthorizationKey(call.arguments[0]!, true, code)) return true;
  if (index > 0 && COOKIE_SETTERS.has(name)) return true;
  if (call.callee.type === 'MemberExpression' && name === 'set' && index > 0 && /cookies?$/i.test(calleeName(call.callee.object) ?? '')) return true;
  const parts = words(name);
  // `verify` is a consumer word and a single-use one (`verifyEmail`): only the other words say which token.
  const qualifiers = parts.filter((word) => word !== 'verify');
  return parts.some((word) => CONSUMER_WORDS.has(word)) && !qualifiers.some((word) => ONE_TIME_CONSUMERS.has(word) || isOneTimeTokenName(word) || isSignedFileTokenName(word));
}

function isAuthorizationKey(key: Node, computed: boolean, code: SourceCode): boolean {
  let text: string | undefined;
  if (computed || key.type === 'Literal') {
    const value = staticValue(key, code);
    text = isKnown(value) && typeof value.value === 'string' ? value.value : undefined;
  } else {
    text = literalKey(key);
  }
  return text !== undefined && /^(?:proxy-)?authorization$/i.test(text);
}

/** Whether `node` sits in a function of the app's authentication: `parseAuthentication`, `authenticate`, `authMiddleware`. */
export function inAuthenticationCode(node: Node): boolean {
  for (let current: Node | undefined = node.parent; current; current = current.parent) {
    if (!isFunctionNode(current)) continue;
    const name = functionName(current);
    if (name !== undefined && words(name).some((word) => AUTH_CONTEXT_WORDS.has(word))) return true;
  }
  return false;
}

/**
 * Whether the value `read` is handed to a business session's API: `stripe.checkout.sessions.retrieve(sessionId)`
 * for `const sessionId = searchParams.get('session_id')`, a payment's id rather than the sign-in's.
 */
export function handedToBusinessSession(read: Node, code: SourceCode): boolean {
  let value = read;
  while (value.parent && (value.parent.type === 'AwaitExpression' || value.parent.type === 'ChainExpression' || isWrapperOf(value.parent, value))) value = value.parent;
  const parent = value.parent;
  const uses = parent?.type === 'VariableDeclarator' && parent.init === value && parent.id.type === 'Identifier' ? (variableOf(code, parent.id)?.references.filter((reference) => reference.isRead()).map((reference) => reference.identifier as Node) ?? []) : [value];
  return uses.some((use) => {
    const call = use.parent;
    return call?.type === 'CallExpression' && call.arguments.includes(use as TSESTree.CallExpressionArgument) && isDomainSessionName(code.getText(call.callee));
  });
}
