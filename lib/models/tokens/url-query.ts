// URL query strings in code: which interpolated values a template literal or `+` chain puts into a
// query parameter (`?sid=${id}`, `'&token=' + t`), and which objects are a request's parsed query
// (`req.query`, `ctx.query`, `getQuery(event)`, `url.searchParams`, Next.js `searchParams`).
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { calleeName, globalPath } from '../../ast/local-functions.ts';
import { getModuleRefs } from '../../file/modules.ts';
import { variableOf } from '../../ast/scope.ts';
import { isKnown, staticValue } from '../../values/index.ts';
import { isWrapperOf, unwrap } from '../../ast/syntax.ts';
import { words } from '../../vocabulary/token-names.ts';
import { REQUEST_NAMES } from '../../vocabulary/request-names.ts';

type Node = TSESTree.Node;

export interface QueryValue {
  /** The interpolated value. */
  readonly node: Node;
  /** The parameter it is the value of (`sid` in `?sid=${id}`); '' when none is written. */
  readonly param: string;
}

// A placeholder for an interpolation the file cannot spell out; never part of a URL's syntax.
const HOLE = '\u0001';
const PARAM_BEFORE = /[?&]([^\s=&?#]*)=$/;

/**
 * The values a string built by a template literal or a `+` chain puts into a URL's query. `urlSink`
 * says the string is used as a URL, so a leading `&name=` counts even when the `?` is interpolated.
 */
export function queryValues(node: TSESTree.TemplateLiteral | TSESTree.BinaryExpression, code: SourceCode, urlSink: boolean): QueryValue[] {
  const parts = stringParts(node, 'raw');
  const found: QueryValue[] = [];
  let text = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      text += part;
      continue;
    }
    const known = staticValue(part, code);
    if (isKnown(known) && (typeof known.value === 'string' || typeof known.value === 'number')) {
      text += String(known.value);
      continue;
    }
    const param = PARAM_BEFORE.exec(text);
    if (param && (urlSink || looksLikeUrl(text.slice(0, param.index + 1)))) found.push({ node: part, param: param[1]! });
    text += HOLE;
  }
  return found;
}

// `/path?` and `https://host/x?` are URLs; `grant_type=refresh_token&refresh_token=` is a form body.
function looksLikeUrl(prefix: string): boolean {
  const last = prefix.split(/\s/).at(-1)!;
  return last.includes('?') || last.includes('://') || last.startsWith('/');
}

/** A template literal's or `+` chain's literal texts and interpolated expressions, in order. */
function stringParts(node: TSESTree.TemplateLiteral | TSESTree.BinaryExpression, text: 'raw' | 'cooked'): (string | Node)[] {
  const parts: (string | Node)[] = [];
  if (node.type === 'TemplateLiteral') {
    node.quasis.forEach((quasi, index) => {
      parts.push(quasi.value[text] ?? '');
      const expression = node.expressions[index];
      if (expression) parts.push(expression);
    });
  } else {
    flatten(node, parts);
  }
  return parts;
}

function flatten(node: Node, parts: (string | Node)[]): void {
  const bare = unwrap(node);
  if (bare.type === 'BinaryExpression' && bare.operator === '+') {
    flatten(bare.left, parts);
    flatten(bare.right, parts);
  } else if (bare.type === 'Literal' && typeof bare.value === 'string') {
    parts.push(bare.value);
  } else {
    parts.push(bare);
  }
}

const QUERY_FUNCTIONS: readonly (readonly [readonly string[], string])[] = [
  [['h3', 'nuxt/app', '#imports', 'vinxi/http'], 'getQuery'],
  [['next/navigation'], 'useSearchParams'],
  [['react-router', 'react-router-dom'], 'useSearchParams'],
  [['qs'], 'parse'],
  [['querystring', 'node:querystring'], 'parse'],
];
const QUERY_MODULES = new Set(QUERY_FUNCTIONS.flatMap(([modules]) => modules));
const QUERY_NAMES = new Set(['query', 'searchParams']);
const QUERY_OWNERS = new Set([...REQUEST_NAMES, 'handshake', 'route', 'router', '$route', 'url', 'parsed', 'parsedUrl']);

/**
 * Whether `node` is a parsed query string: `req.query`, `ctx.request.query`, `socket.handshake.query`,
 * `route.query`, `url.searchParams`, `new URLSearchParams(…)`, `getQuery(event)`, `useSearchParams()`,
 * a Next.js page's `searchParams` prop, or a variable holding one.
 */
export function isQueryObject(node: Node, code: SourceCode, depth = 0): boolean {
  const bare = unwrap(node);
  switch (bare.type) {
    case 'MemberExpression': {
      if (bare.computed || bare.property.type !== 'Identifier' || !QUERY_NAMES.has(bare.property.name) || isCallee(bare)) return false;
      // Any URL's `searchParams`; `query` of a request, a router or a parsed URL, not `db.query`.
      const owner = unwrap(bare.object);
      return bare.property.name === 'searchParams' || owner.type === 'CallExpression' || QUERY_OWNERS.has(calleeName(owner) ?? '');
    }
    case 'NewExpression': {
      const path = globalPath(bare.callee, code);
      return path?.length === 1 && path[0] === 'URLSearchParams';
    }
    case 'CallExpression': {
      const modules = getModuleRefs(code);
      if (modules.importsAny(QUERY_MODULES) && QUERY_FUNCTIONS.some(([names, name]) => modules.is(bare.callee, names, name))) return true;
      // Nuxt auto-imports getQuery; Next.js and React Router hooks are imported.
      return bare.callee.type === 'Identifier' && bare.callee.name === 'getQuery' && variableOf(code, bare.callee) === null;
    }
    case 'ArrayPattern':
      return false;
    case 'Identifier': {
      if (depth > 3) return false;
      const def = variableOf(code, bare)?.defs[0];
      if (!def) return false;
      const declared = def.name;
      // `({ searchParams })` props, `const { query } = req`, `const [params] = useSearchParams()`.
      const property = declared.parent;
      if (property?.type === 'Property' && property.value === declared && property.parent.type === 'ObjectPattern') {
        const key = property.key.type === 'Identifier' ? property.key.name : undefined;
        return key !== undefined && QUERY_NAMES.has(key);
      }
      if (def.type === 'Variable' && def.node.init) {
        if (declared.parent?.type === 'ArrayPattern' && declared.parent.elements[0] === declared) return isQueryObject(def.node.init, code, depth + 1);
        return def.node.id === declared && isQueryObject(def.node.init, code, depth + 1);
      }
      return false;
    }
    default:
      return false;
  }
}

/**
 * Whether the URL `node` builds is handed to a function that mails a single-use link: `sendVerificationRequest({
 * url })` (Auth.js), `sendResetEmail(user, link)`, directly or through the strings and variables it is built into.
 */
export function isMailedLink(node: Node, code: SourceCode, isSingleUse: (text: string) => boolean, depth = 0): boolean {
  let url = node;
  while (url.parent && (url.parent.type === 'TemplateLiteral' || url.parent.type === 'BinaryExpression' || isWrapperOf(url.parent, url))) url = url.parent;
  const holder = url.parent;
  if (holder?.type === 'VariableDeclarator' && holder.init === url && holder.id.type === 'Identifier') {
    if (depth >= 3) return false;
    const reads = variableOf(code, holder.id)?.references.filter((reference) => reference.isRead()) ?? [];
    return reads.some((reference) => isMailedLink(reference.identifier as Node, code, isSingleUse, depth + 1));
  }
  let argument = url;
  if (holder?.type === 'Property' && holder.value === url) argument = holder.parent;
  const call = argument.parent;
  if (call?.type !== 'CallExpression' || !call.arguments.includes(argument as TSESTree.CallExpressionArgument)) return false;
  const name = calleeName(call.callee);
  return name !== undefined && (isSingleUse(name) || words(name).some((word) => MAIL_WORDS.has(word)));
}

const MAIL_WORDS = new Set(['email', 'mail', 'mailer', 'sms']);

function isCallee(node: Node): boolean {
  return node.parent?.type === 'CallExpression' && node.parent.callee === node;
}

/** Hono's `c.req.query('token')` and `c.req.queries('token')`. */
export function isQueryReaderCall(call: TSESTree.CallExpression): boolean {
  const name = calleeName(call.callee);
  if (name !== 'query' && name !== 'queries') return false;
  const callee = unwrap(call.callee);
  return callee.type === 'MemberExpression' && calleeName(callee.object) === 'req';
}

const STREAMS = new Set(['WebSocket', 'EventSource', 'ReconnectingWebSocket', 'SockJS']);

/** The streaming connection (`new WebSocket`, `new EventSource`) a URL string opens, followed through one variable. */
export function streamingSink(node: Node, code: SourceCode): string | undefined {
  const direct = streamOf(node, code);
  if (direct) return direct;
  const parent = node.parent;
  if (parent?.type !== 'VariableDeclarator' || parent.init !== node || parent.id.type !== 'Identifier') return undefined;
  const variable = variableOf(code, parent.id);
  for (const reference of variable?.references ?? []) {
    const found = !reference.isWrite() && streamOf(reference.identifier as Node, code);
    if (found) return found;
  }
  return undefined;
}

function streamOf(node: Node, code: SourceCode): string | undefined {
  let current = node;
  // `new URL(`…`)` and `.toString()` keep the URL.
  for (let parent = current.parent; parent; current = parent, parent = parent.parent) {
    if (parent.type === 'NewExpression' && parent.arguments[0] === current) {
      const name = calleeName(parent.callee);
      if (name === 'URL') continue;
      if (name !== undefined && (STREAMS.has(name) || getModuleRefs(code).is(parent.callee, ['ws', 'isomorphic-ws']))) return `new ${name}()`;
      return undefined;
    }
    if (parent.type === 'CallExpression' && parent.arguments[0] === current && isSocketIo(parent.callee, code)) return 'io()';
    if (parent.type === 'MemberExpression' || parent.type === 'CallExpression' || parent.type === 'TSAsExpression' || parent.type === 'TSNonNullExpression') continue;
    return undefined;
  }
  return undefined;
}

function isSocketIo(callee: Node, code: SourceCode): boolean {
  const modules = getModuleRefs(code);
  return modules.is(callee, 'socket.io-client', 'io') || modules.is(callee, 'socket.io-client');
}

/**
 * Whether `node` sits in code for a single-use emailed link: a function named for it (`verifyEmail`,
 * `sendPasswordReset`), or a route whose path says so (`app.get('/reset-password', …)`, `@Get('verify')`).
 */
export function inSingleUseContext(node: Node, code: SourceCode, isSingleUse: (text: string) => boolean): boolean {
  for (let current: Node | undefined = node; current; current = current.parent) {
    if (current.type !== 'FunctionDeclaration' && current.type !== 'FunctionExpression' && current.type !== 'ArrowFunctionExpression') continue;
    const names: string[] = [];
    if (current.id) names.push(current.id.name);
    const parent = current.parent;
    if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier') names.push(parent.id.name);
    if ((parent?.type === 'Property' || parent?.type === 'MethodDefinition') && parent.key.type === 'Identifier') names.push(parent.key.name);
    if (parent?.type === 'MethodDefinition') {
      for (const decorator of parent.decorators ?? []) names.push(...stringArguments(decorator.expression, code));
    }
    if (parent?.type === 'CallExpression' && parent.arguments.includes(current as TSESTree.CallExpressionArgument)) names.push(...stringArguments(parent, code));
    if (names.some(isSingleUse)) return true;
  }
  return false;
}

function stringArguments(node: Node, code: SourceCode): string[] {
  const bare = unwrap(node);
  if (bare.type !== 'CallExpression') return [];
  return bare.arguments.flatMap((argument) => {
    const value = argument.type === 'SpreadElement' ? undefined : staticValue(argument, code);
    return value && isKnown(value) && typeof value.value === 'string' ? [value.value] : [];
  });
}

const ABSOLUTE_HTTP = /^https?:\/\/[^/\s]/i;

/**
 * Whether the URL a query value goes into is written out as an absolute address of some host
 * (`new URL('https://api.kit.com/v3/…')`, `` `${SYNDICATION_URL}/tweet?…` `` with a constant base): a
 * provider's API, which the app calls with the provider's key. The app's own API is reached by a relative
 * path or a configured base.
 */
export function isProviderUrl(url: Node, code: SourceCode): boolean {
  const bare = unwrap(url);
  if (bare.type === 'TemplateLiteral' || bare.type === 'BinaryExpression') return ABSOLUTE_HTTP.test(leadingText(bare, code));
  if (bare.type !== 'CallExpression' && bare.type !== 'NewExpression') return false;
  const callee = unwrap(bare.callee);
  // `url.searchParams.set(…)` on `const url = new URL('https://…')`, or on the authorization URL an OAuth
  // client builds for the provider (arctic's `createAuthorizationURL`, openid-client's `authorizationUrl`).
  if (callee.type === 'MemberExpression' && calleeName(callee.object) === 'searchParams') {
    const owner = unwrap((unwrap(callee.object) as TSESTree.MemberExpression).object);
    const init = owner.type === 'Identifier' ? initOf(owner, code) : owner;
    const target = init && unwrap(init);
    if (target?.type === 'CallExpression' && isAuthorizationUrlBuilder(calleeName(target.callee) ?? '')) return true;
    return target?.type === 'NewExpression' && calleeName(target.callee) === 'URL' && target.arguments[0] !== undefined && isAbsoluteText(target.arguments[0], code);
  }
  // `axios.get('https://…', { params })`.
  const first = bare.arguments[0];
  return bare.type === 'CallExpression' && first !== undefined && first.type !== 'SpreadElement' && isAbsoluteText(first, code);
}

const APP_SCHEME = /^(?!(?:https?|wss?|file|data|blob|javascript):)[a-z][a-z\d+.-]*:\/\//i;

/** `outline://host/auth/redirect?token=…`: a deep link into a native app, which no browser history or server log keeps. */
export function isAppDeepLink(url: Node, code: SourceCode): boolean {
  const bare = unwrap(url);
  return (bare.type === 'TemplateLiteral' || bare.type === 'BinaryExpression') && APP_SCHEME.test(leadingText(bare, code));
}

/** `createAuthorizationURL`, `createAuthorizationURLWithPKCE`, `authorizationUrl`, `authorizeURL`. */
function isAuthorizationUrlBuilder(name: string): boolean {
  const parts = words(name);
  return (parts.includes('authorization') || parts.includes('authorize')) && parts.includes('url');
}

function isAbsoluteText(node: Node, code: SourceCode): boolean {
  const bare = unwrap(node);
  if (bare.type === 'TemplateLiteral' || bare.type === 'BinaryExpression') return ABSOLUTE_HTTP.test(leadingText(bare, code));
  const value = staticValue(bare, code);
  return isKnown(value) && typeof value.value === 'string' && ABSOLUTE_HTTP.test(value.value);
}

/** The text a template or `+` chain starts with, up to its first part the file cannot spell out. */
function leadingText(node: TSESTree.TemplateLiteral | TSESTree.BinaryExpression, code: SourceCode): string {
  let text = '';
  for (const part of stringParts(node, 'cooked')) {
    if (typeof part === 'string') {
      text += part;
      continue;
    }
    const value = staticValue(part, code);
    if (!isKnown(value) || (typeof value.value !== 'string' && typeof value.value !== 'number')) break;
    text += String(value.value);
  }
  return text;
}

function initOf(id: TSESTree.Identifier, code: SourceCode): Node | undefined {
  const def = variableOf(code, id)?.defs[0];
  return def?.type === 'Variable' && def.node.id === def.name && def.node.init ? def.node.init : undefined;
}

/**
 * The names a value was made by, followed through its variables: `getTransferToken` for
 * `const token = encodeURIComponent(user.getTransferToken(service))`.
 */
export function valueOriginNames(value: Node, code: SourceCode, depth = 0): string[] {
  const bare = unwrap(value);
  if (depth > 3) return [];
  switch (bare.type) {
    case 'Identifier': {
      const init = initOf(bare, code);
      return init ? valueOriginNames(init, code, depth + 1) : [];
    }
    case 'AwaitExpression':
      return valueOriginNames(bare.argument, code, depth + 1);
    case 'CallExpression': {
      const name = calleeName(bare.callee);
      const inner = bare.arguments.flatMap((argument) => (argument.type === 'SpreadElement' ? [] : valueOriginNames(argument, code, depth + 1)));
      return name === undefined ? inner : [name, ...inner];
    }
    case 'MemberExpression': {
      const name = calleeName(bare);
      return name === undefined ? [] : [name];
    }
    default:
      return [];
  }
}
