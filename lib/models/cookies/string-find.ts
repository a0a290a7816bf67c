import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { documentCookie } from '../../frameworks/browser.ts';
import { setCookieHeader } from '../../frameworks/headers.ts';
import { isKnown, staticValue, variableBindings } from '../../values/index.ts';
import { calledMethod } from '../../match/receivers.ts';
import { variableOf } from '../../ast/scope.ts';
import { parseSetCookieString } from './set-cookie-string.ts';
import { literalKey, unwrap } from '../../ast/syntax.ts';
import { isDocumentCookie } from './find.ts';
import { StringSite } from './string-site.ts';

// Cookies written as strings: a `Set-Cookie` header given by name and value, a header map, or
// `document.cookie`.

type Node = TSESTree.Node;

// `res.setHeader('Set-Cookie', v)`, `headers.append(…)`, `ctx.set(…)`, `reply.header(…)`, `c.header(…)`.
const HEADER_METHODS = new Set(['setHeader', 'append', 'set', 'header', 'appendHeader', 'setResponseHeader', 'appendResponseHeader']);
// h3's `setHeader(event, 'Set-Cookie', v)` and friends.
const HEADER_FUNCTIONS = new Set(['setHeader', 'appendHeader', 'setResponseHeader', 'appendResponseHeader']);
// Calls that take a header map: `res.writeHead(200, {…})`, `res.set({…})`, `new Headers({…})` or `new Headers([[name, value]])`, Hono's `c.json(data, 200, {…})`.
const MAP_TAKERS = new Set(['writeHead', 'set', 'header', 'headers', 'setHeaders', 'Headers', 'json', 'text', 'body', 'html', 'newResponse']);

/** `X.setHeader('Set-Cookie', value)` and the like. */
export function headerCallSites(call: TSESTree.CallExpression, code: SourceCode): StringSite[] {
  const callee = unwrap(call.callee);
  const method = calledMethod(call);
  const fn = callee.type === 'Identifier' ? callee.name : undefined;
  const nameIndex = method !== undefined && HEADER_METHODS.has(method) ? 0 : fn !== undefined && HEADER_FUNCTIONS.has(fn) ? 1 : undefined;
  if (nameIndex === undefined) return [];
  const name = call.arguments[nameIndex];
  const value = call.arguments[nameIndex + 1];
  if (!name || !value || value.type === 'SpreadElement' || !isSetCookieName(name, code)) return [];
  return valueSites(value, code, 'server');
}

/** `'Set-Cookie': value` in a header map handed to a response. */
export function headerMapSites(property: TSESTree.Property, code: SourceCode): StringSite[] {
  if (property.computed || property.key.type !== 'Literal' || !isSetCookieName(property.key, code)) return [];
  const map = property.parent;
  if (map.type !== 'ObjectExpression' || !(takesHeaderMap(map) || isHeadersOption(map))) return [];
  return valueSites(property.value, code, 'server');
}

/** `['Set-Cookie', value]` in the header list of `new Headers([…])` or of a response's `headers` option. */
export function headerTupleSites(tuple: TSESTree.ArrayExpression, code: SourceCode): StringSite[] {
  const [name, value, ...rest] = tuple.elements;
  if (!name || !value || rest.length > 0 || name.type === 'SpreadElement' || value.type === 'SpreadElement' || !isSetCookieName(name, code)) return [];
  const list = tuple.parent;
  if (list.type !== 'ArrayExpression' || !(takesHeaderMap(list) || isHeadersOption(list))) return [];
  return valueSites(value, code, 'server');
}

/** `document.cookie = '…'`. */
export function documentCookieSites(assignment: TSESTree.AssignmentExpression, code: SourceCode): StringSite[] {
  if (assignment.operator !== '=' || !isDocumentCookie(assignment.left, code)) return [];
  return valueSites(assignment.right, code, 'browser');
}

function isSetCookieName(node: Node, code: SourceCode): boolean {
  const result = staticValue(node, code);
  return isKnown(result) && typeof result.value === 'string' && result.value.toLowerCase() === 'set-cookie';
}

function calleeName(node: Node): string | undefined {
  const callee = unwrap(node);
  if (callee.type === 'Identifier') return callee.name;
  return callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' ? callee.property.name : undefined;
}

function takesHeaderMap(map: TSESTree.ObjectExpression | TSESTree.ArrayExpression): boolean {
  const call = map.parent;
  return (call?.type === 'CallExpression' || call?.type === 'NewExpression') && call.arguments.includes(map) && MAP_TAKERS.has(calleeName(call.callee) ?? '');
}

/** `{ headers: { 'Set-Cookie': … } }` (or a list of header pairs) given to a response (`new Response`, `NextResponse.json`) or returned (AWS Lambda). */
function isHeadersOption(map: TSESTree.ObjectExpression | TSESTree.ArrayExpression): boolean {
  const holder = map.parent;
  if (holder?.type !== 'Property' || holder.value !== map || !/^(headers|multiValueHeaders)$/.test(literalKey(holder.key) ?? '')) return false;
  const init = holder.parent;
  const user = init.parent;
  if (user?.type === 'CallExpression' || user?.type === 'NewExpression') return user.arguments.includes(init as TSESTree.ObjectExpression);
  return user?.type === 'ReturnStatement' || (user?.type === 'ArrowFunctionExpression' && user.body === init);
}

function valueSites(value: Node, code: SourceCode, side: 'server' | 'browser'): StringSite[] {
  const api = side === 'browser' ? documentCookie : setCookieHeader;
  const bare = unwrap(value);
  // An array sets several cookies: each element is its own site, reported on its own.
  const elements = bare.type === 'ArrayExpression' ? bare.elements : [value];
  const sites: StringSite[] = [];
  for (const element of elements) {
    if (!element || element.type === 'SpreadElement') continue;
    const string = parseSetCookieString(constInitialiser(element, code), code);
    if (string) sites.push(new StringSite(api, element, string, side));
  }
  return sites;
}

/** A `const` that holds the string: the string is parsed (and fixed) where it is declared. */
function constInitialiser(node: Node, code: SourceCode): Node {
  const bare = unwrap(node);
  if (bare.type !== 'Identifier') return node;
  const variable = variableOf(code, bare);
  const bindings = variable ? variableBindings(variable, code) : undefined;
  const binding = bindings?.list.length === 1 && !bindings.uninitialised ? bindings.list[0]! : undefined;
  if (!binding || binding.path.length > 0) return node;
  const init = unwrap(binding.rhs);
  return init.type === 'Literal' || init.type === 'TemplateLiteral' || init.type === 'BinaryExpression' ? init : node;
}
