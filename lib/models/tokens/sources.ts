// Which expressions are session or auth tokens: by provenance (`req.sessionID`, `req.session.id`,
// `jwt.sign(…)`, jose `new SignJWT(…).sign(key)`, the Authorization and Cookie headers) or by a
// whole-word token name (variables, properties, parameters, `cookies.get('sid')`, the results of
// `generateToken()`). lib/models/tokens/flow.ts follows them through assignments and strings.
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { calleeName, globalPath } from '../../ast/local-functions.ts';
import type { ModuleRefs } from '../../file/modules.ts';
import { variableOf } from '../../ast/scope.ts';
import { memberKey, staticKey } from '../../values/index.ts';
import { unwrap } from '../../ast/syntax.ts';
import { isDomainSessionName, isTokenName, isTokenProducerName, isTokenValueName, words } from '../../vocabulary/token-names.ts';

type Node = TSESTree.Node;

export interface TokenSource {
  /** The expression that is the token. */
  readonly node: Node;
  /** How messages name it: `req.sessionID`, `token`, `jwt.sign()`. */
  readonly label: string;
  /**
   * `issued`: the code shows it is the app's credential (the session id, a JWT it signs, the Authorization
   * or Cookie header, a token cookie, a stored token). `named`: only its name says token.
   */
  readonly evidence: TokenEvidence;
}

export type TokenEvidence = 'issued' | 'named';

// Owners whose token-named members are credentials in transit: `req.headers.authorization`, `ctx.cookies`.
const CREDENTIAL_OWNERS = /(?:^|\.)(?:headers|cookies|signedCookies|sessionStorage|localStorage)$/;

const JWT_SIGNERS: readonly (readonly [readonly string[], string])[] = [
  [['jsonwebtoken'], 'sign'],
  [['hono/jwt', 'hono/utils/jwt/jwt'], 'sign'],
  [['jwt-simple'], 'encode'],
];
// jose builders whose last call returns the compact token.
const JOSE_BUILDERS = new Map([
  ['SignJWT', 'sign'],
  ['EncryptJWT', 'encrypt'],
  ['CompactSign', 'sign'],
  ['CompactEncrypt', 'encrypt'],
]);
const HEADER_READERS = new Set(['get', 'header', 'getHeader', 'getItem']);
// `session.id` is the session's id; `yar.id` is @hapi/yar's.
const SESSION_OBJECTS = new Set(['session', 'sess', 'yar']);
// Values whose name says token but whose initialiser says otherwise (`const tokens = []`).
const NOT_VALUES = new Set(['ObjectExpression', 'ArrayExpression', 'ArrowFunctionExpression', 'FunctionExpression', 'ClassExpression', 'NewExpression']);
const LEXER_CALLS = /^(?:tokenize|lex|scan|getTokens?|getFirstTokens?|getLastTokens?|getTokens?(?:Before|After|Between)|getTokenByRangeStart|nextToken|peek(?:Token)?)$/;

/** The token an expression itself is, without following variables or looking inside strings. */
export function directToken(node: Node, code: SourceCode, modules: ModuleRefs): TokenSource | undefined {
  const bare = unwrap(node);
  switch (bare.type) {
    case 'Identifier':
      return isTokenValueName(bare.name) && !isDomainSessionName(bare.name) && holdsValue(bare, code) ? { node: bare, label: bare.name, evidence: 'named' } : undefined;
    case 'MemberExpression':
      return memberToken(bare, code);
    case 'CallExpression':
      return callToken(bare, code, modules);
    case 'ChainExpression':
    case 'AwaitExpression':
      return directToken(bare.type === 'ChainExpression' ? bare.expression : bare.argument, code, modules);
    default:
      return undefined;
  }
}

function label(node: Node, code: SourceCode, fallback: string): string {
  const text = code.getText(node);
  return text.length <= 40 && !text.includes('\n') ? text : fallback;
}

/** `const tokens = []`, `const token = lexer.next()`, a class or function named token: not a token value. */
function holdsValue(id: TSESTree.Identifier, code: SourceCode): boolean {
  const variable = variableOf(code, id);
  const def = variable?.defs[0];
  if (!def) return true;
  if (def.type === 'FunctionName' || def.type === 'ClassName' || def.type === 'Type' || def.type === 'TSEnumName') return false;
  if (def.type !== 'Variable' || !def.node.init || def.node.id !== def.name) return true;
  const init = unwrap(def.node.init);
  if (NOT_VALUES.has(init.type)) return false;
  if (init.type === 'Literal') return typeof init.value === 'string';
  return !(init.type === 'CallExpression' && LEXER_CALLS.test(calleeName(init.callee) ?? ''));
}

function memberToken(node: TSESTree.MemberExpression, code: SourceCode): TokenSource | undefined {
  const key = memberKey(node, code);
  if (key === undefined) return undefined;
  const parent = node.parent;
  if (parent?.type === 'CallExpression' && parent.callee === node) return undefined;
  const owner = calleeName(node.object) ?? '';
  if (key === 'cookie' && (owner === 'headers' || isDocument(node.object, code))) return { node, label: label(node, code, 'document.cookie'), evidence: 'issued' };
  if (isNameConstant(owner, key)) return undefined;
  if (isTokenValueName(key)) {
    const evidence = isCredentialOwner(node.object, code) || key === 'sessionID' ? 'issued' : 'named';
    return evidence === 'named' && isDomainSessionName(key) ? undefined : { node, label: label(node, code, key), evidence };
  }
  // `req.session.id`, `ctx.session.externalKey`, `request.yar.id`.
  const ownerWords = words(owner);
  if (ownerWords.length > 0 && SESSION_OBJECTS.has(ownerWords.at(-1)!) && (key === 'id' || key === 'externalKey' || key === 'sessionId')) {
    if (isDomainSessionName(owner) || isDomainSessionObject(node.object, code)) return undefined;
    // `req.session.id` is the app's session; a bare `session.id` may be a Stripe or CSC session object.
    return { node, label: label(node, code, `${owner}.${key}`), evidence: unwrap(node.object).type === 'MemberExpression' ? 'issued' : 'named' };
  }
  return undefined;
}

/** `session` set from `loadCscSession(…)` or typed `Stripe.Checkout.Session`: a business session object. */
export function isDomainSessionObject(node: Node, code: SourceCode): boolean {
  const bare = unwrap(node);
  if (bare.type !== 'Identifier') return false;
  const def = variableOf(code, bare)?.defs[0];
  if (def?.type !== 'Variable' && def?.type !== 'Parameter') return false;
  const declared = def.name as Node;
  const annotation = 'typeAnnotation' in declared && declared.typeAnnotation ? code.getText(declared.typeAnnotation) : '';
  const init = def.type === 'Variable' && def.node.id === def.name && def.node.init ? code.getText(def.node.init) : '';
  return isDomainSessionName(annotation) || (init.length <= 200 && isDomainSessionName(init));
}

// `constants.Header.API_KEY`, `CookieNames.SESSION_ID`: an enum of header or cookie names, not values.
const NAME_ENUMS = new Set(['header', 'headers', 'cookie', 'cookies', 'name', 'names', 'key', 'keys', 'field', 'fields', 'param', 'params', 'event', 'events']);

function isNameConstant(owner: string, key: string): boolean {
  return /^[A-Z]/.test(owner) && !/[a-z]/.test(key) && NAME_ENUMS.has(words(owner).at(-1) ?? '');
}

/** `req.headers`, `ctx.cookies`, `window.localStorage`: a place credentials travel or are kept in. */
export function isCredentialOwner(node: Node, code: SourceCode): boolean {
  const path = globalPath(node, code);
  if (path && (path.at(-1) === 'localStorage' || path.at(-1) === 'sessionStorage')) return true;
  const text = code.getText(node);
  return text.length <= 80 && CREDENTIAL_OWNERS.test(text.replace(/\?\./g, '.'));
}

// `req.get('authorization')`, `request.header('x-auth-token')`, `headers.get(…)`: a request header's value.
function isRequestHeaderRead(callee: TSESTree.MemberExpression, method: string): boolean {
  const owner = calleeName(callee.object) ?? '';
  return (method === 'header' || method === 'getHeader' || method === 'get') && /^(?:req|request|headers|ctx|c)$/.test(owner);
}

function isDocument(node: Node, code: SourceCode): boolean {
  const path = globalPath(node, code);
  return path?.length === 1 && path[0] === 'document';
}

function callToken(call: TSESTree.CallExpression, code: SourceCode, modules: ModuleRefs): TokenSource | undefined {
  const callee = unwrap(call.callee);
  const name = calleeName(callee);
  for (const [modulesOf, export_] of JWT_SIGNERS) {
    if (modules.is(callee, modulesOf, export_)) return { node: call, label: `${label(callee, code, export_)}()`, evidence: 'issued' };
  }
  if (name === undefined) return undefined;
  if (callee.type === 'MemberExpression') {
    const josed = joseBuilder(callee.object);
    if (josed && JOSE_BUILDERS.get(josed) === name) return { node: call, label: `new ${josed}().${name}()`, evidence: 'issued' };
    // @nestjs/jwt's JwtService and similar wrappers: `this.jwtService.sign(payload)`.
    if ((name === 'sign' || name === 'signAsync') && words(calleeName(callee.object) ?? '').includes('jwt')) {
      return { node: call, label: `${label(callee, code, name)}()`, evidence: 'issued' };
    }
    const first = call.arguments[0];
    const key = HEADER_READERS.has(name) && first && first.type !== 'SpreadElement' ? staticKey(first, code) : undefined;
    if (key !== undefined) {
      const cookies = /cookie/i.test(calleeName(callee.object) ?? '');
      if (key.toLowerCase() === 'cookie') return { node: call, label: label(call, code, 'cookie'), evidence: 'issued' };
      if (cookies ? isTokenName(key) : isTokenValueName(key)) return { node: call, label: label(call, code, key), evidence: cookies || isCredentialOwner(callee.object, code) || isRequestHeaderRead(callee, name) ? 'issued' : 'named' };
    }
  }
  return isTokenProducerName(name) ? { node: call, label: `${label(callee, code, name)}()`, evidence: 'named' } : undefined;
}

/** The jose class a builder chain starts from: `new SignJWT(p).setProtectedHeader(h).setExpirationTime('2h')`. */
function joseBuilder(node: Node): string | undefined {
  let current = unwrap(node);
  while (current.type === 'CallExpression' && current.callee.type === 'MemberExpression') current = unwrap(current.callee.object);
  if (current.type !== 'NewExpression') return undefined;
  const name = calleeName(current.callee);
  return name !== undefined && JOSE_BUILDERS.has(name) ? name : undefined;
}
