// The headers an HTTP client call sends: fetch (and window/globalThis fetch, Nuxt's $fetch/useFetch,
// ofetch, ky), axios (the default export, its methods, `axios.create` instances and
// `axios.defaults.headers`), `new Headers(...)` with its `set`/`append`, and XHR's
// `setRequestHeader`. With the call's URL, when it shows one, so callers can tell a same-origin
// request (a relative URL: browser code) from a call to another service.
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { getModuleRefs } from '../../file/modules.ts';
import { isKnown, memberKey, objectShape, staticValue, variableBindings } from '../../values/index.ts';
import { asSourceCode, isGlobalName, variableOf, type AnySourceCode } from '../../ast/scope.ts';
import { unwrap } from '../../ast/syntax.ts';

type Node = TSESTree.Node;

export interface OutgoingHeader {
  /** The header name as written. */
  readonly name: string;
  readonly value: Node;
  /** The request URL (or axios `baseURL`), when the call shows one. */
  readonly url: Node | undefined;
  /** True for APIs that exist only in browsers (XMLHttpRequest). */
  readonly browserOnly: boolean;
}

const FETCH_GLOBALS = new Set(['fetch', '$fetch', 'useFetch']);
const FETCH_OWNERS = new Set(['window', 'globalThis', 'self']);
const AXIOS_BODY_METHODS = new Set(['post', 'put', 'patch', 'postForm', 'putForm', 'patchForm']);
const AXIOS_METHODS = new Set(['get', 'delete', 'head', 'options', 'request', ...AXIOS_BODY_METHODS]);
const KY_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head']);
const CLIENT_MODULES = new Set(['axios', 'ky', 'ofetch']);

/** The headers a call sends, with where each value is written. */
export function headersSentBy(node: TSESTree.CallExpression | TSESTree.NewExpression, sourceCode: AnySourceCode): OutgoingHeader[] {
  const code = asSourceCode(sourceCode);
  const args = node.arguments;
  if (args.some((arg) => arg.type === 'SpreadElement')) return [];
  const [first, second, third] = args as Node[];
  const callee = unwrap(node.callee);
  if (node.type === 'NewExpression') {
    if (!isGlobalName(code, callee, 'Headers') || !first) return [];
    return headerPairs(first, undefined, code);
  }
  if (callee.type === 'MemberExpression' && memberKey(callee, code) === 'setRequestHeader') {
    const name = first && stringOf(first, code);
    return name !== undefined && second ? [{ name, value: second, url: undefined, browserOnly: true }] : [];
  }
  if (callee.type === 'MemberExpression' && ['set', 'append'].includes(memberKey(callee, code) ?? '') && isHeadersObject(unwrap(callee.object), code)) {
    const name = first && stringOf(first, code);
    return name !== undefined && second ? [{ name, value: second, url: undefined, browserOnly: false }] : [];
  }
  if (isFetch(callee, code)) return first && second ? headersIn(second, first, code) : [];
  // The rest are calls of a client library: most files load none, and then no callee needs resolving.
  if (!getModuleRefs(code).importsAny(CLIENT_MODULES)) return [];
  const ref = getModuleRefs(code).resolve(callee);
  const path = ref?.path[0] === 'default' ? ref.path.slice(1) : ref?.path;
  if (ref && path && (ref.module === 'ky' || ref.module === 'ofetch')) {
    const method = path.at(-1);
    if (path.length === 0 || (path.length === 1 && (KY_METHODS.has(method!) || method === 'ofetch' || method === '$fetch'))) return first && second ? headersIn(second, first, code) : [];
    if (path.length === 1 && (method === 'create' || method === 'extend')) return first ? headersIn(first, baseUrlOf(first, 'prefixUrl', code), code) : [];
    return [];
  }
  const axios = ref?.module === 'axios' && path ? path : axiosInstanceCall(callee, code);
  if (!axios) return [];
  if (axios.length === 0) {
    // axios(config) or axios(url, config)
    if (first && second) return headersIn(second, first, code);
    return first ? headersIn(first, baseUrlOf(first, 'url', code), code) : [];
  }
  const method = axios[0]!;
  if (axios.length !== 1) return [];
  if (method === 'create') return first ? headersIn(first, baseUrlOf(first, 'baseURL', code), code) : [];
  if (method === 'request') return first ? headersIn(first, baseUrlOf(first, 'url', code), code) : [];
  if (!AXIOS_METHODS.has(method)) return [];
  const config = AXIOS_BODY_METHODS.has(method) ? third : second;
  return first && config ? headersIn(config, first, code) : [];
}

/** `axios.defaults.headers.common['Authorization'] = …` and `api.defaults.headers.common.Authorization = …`. */
export function headerAssigned(node: TSESTree.AssignmentExpression, sourceCode: AnySourceCode): OutgoingHeader[] {
  const code = asSourceCode(sourceCode);
  const left = unwrap(node.left);
  if (left.type !== 'MemberExpression' || node.operator !== '=') return [];
  const name = memberKey(left, code);
  const chain: string[] = [];
  let current: Node = unwrap(left.object);
  while (current.type === 'MemberExpression') {
    const key = memberKey(current, code);
    if (key === undefined) return [];
    chain.unshift(key);
    current = unwrap(current.object);
  }
  if (name === undefined || chain[0] !== 'defaults' || chain[1] !== 'headers') return [];
  const isAxios = getModuleRefs(code).is(current, 'axios') || (current.type === 'Identifier' && axiosInstance(current, code) !== undefined);
  return isAxios ? [{ name, value: node.right, url: undefined, browserOnly: false }] : [];
}

/** `fetch(…)`, `window.fetch(…)`, Nuxt's `$fetch`/`useFetch`: the global, not a local of that name. */
export function isFetch(callee: Node, code: SourceCode): boolean {
  if (callee.type === 'Identifier') return FETCH_GLOBALS.has(callee.name) && isGlobalName(code, callee, callee.name);
  if (callee.type !== 'MemberExpression' || memberKey(callee, code) !== 'fetch') return false;
  const owner = unwrap(callee.object);
  return owner.type === 'Identifier' && FETCH_OWNERS.has(owner.name) && isGlobalName(code, owner, owner.name);
}

/** The `headers` of an options object, as (name, value) pairs. */
function headersIn(options: Node, url: Node | undefined, code: SourceCode): OutgoingHeader[] {
  const headers = objectShape(options, code)?.get('headers');
  return headers && !headers.overridable ? headerPairs(headers.valueNode, url, code) : [];
}

/** A headers object literal, or `new Headers({...})`. */
function headerPairs(holder: Node, url: Node | undefined, code: SourceCode): OutgoingHeader[] {
  let bare = unwrap(holder);
  if (bare.type === 'NewExpression' && isGlobalName(code, unwrap(bare.callee), 'Headers') && bare.arguments[0]) bare = unwrap(bare.arguments[0]);
  const shape = objectShape(bare, code);
  if (!shape) return [];
  const found: OutgoingHeader[] = [];
  for (const name of shape.keys()) {
    const entry = shape.get(name)!;
    if (!entry.overridable) found.push({ name, value: entry.valueNode, url, browserOnly: false });
  }
  return found;
}

function baseUrlOf(options: Node, key: string, code: SourceCode): Node | undefined {
  return objectShape(options, code)?.get(key)?.valueNode;
}

/** `api.get(...)` on `const api = axios.create(...)`: the method called. */
function axiosInstanceCall(callee: Node, code: SourceCode): readonly string[] | undefined {
  if (callee.type === 'Identifier') return axiosInstance(callee, code) ? [] : undefined;
  if (callee.type !== 'MemberExpression') return undefined;
  const object = unwrap(callee.object);
  const method = memberKey(callee, code);
  return object.type === 'Identifier' && method !== undefined && axiosInstance(object, code) ? [method] : undefined;
}

function axiosInstance(id: TSESTree.Identifier, code: SourceCode): TSESTree.CallExpression | undefined {
  const variable = variableOf(code, id);
  const bindings = variable ? variableBindings(variable, code) : undefined;
  const rhs = bindings?.list.length === 1 && bindings.list[0]!.path.length === 0 ? unwrap(bindings.list[0]!.rhs) : undefined;
  return rhs?.type === 'CallExpression' && getModuleRefs(code).is(rhs.callee, 'axios', 'create') ? rhs : undefined;
}

function isHeadersObject(node: Node, code: SourceCode): boolean {
  if (node.type !== 'Identifier') return false;
  const variable = variableOf(code, node);
  const bindings = variable ? variableBindings(variable, code) : undefined;
  const rhs = bindings?.list.length === 1 && bindings.list[0]!.path.length === 0 ? unwrap(bindings.list[0]!.rhs) : undefined;
  return rhs?.type === 'NewExpression' && isGlobalName(code, unwrap(rhs.callee), 'Headers');
}

function stringOf(node: Node, code: SourceCode): string | undefined {
  const value = staticValue(node, code);
  return isKnown(value) && typeof value.value === 'string' ? value.value : undefined;
}

/** True when a URL is written relative to the page (`/api/orders`, `./x`): only browsers resolve those. */
export function isRelativeUrl(node: Node | undefined, sourceCode: AnySourceCode): boolean {
  if (!node) return false;
  const code = asSourceCode(sourceCode);
  const bare = unwrap(node);
  const prefix =
    bare.type === 'TemplateLiteral' ? bare.quasis[0]!.value.cooked : ((): string | undefined => {
      const value = staticValue(bare, code);
      return isKnown(value) && typeof value.value === 'string' ? value.value : undefined;
    })();
  if (prefix === undefined || prefix === null) return false;
  return (prefix.startsWith('/') && !prefix.startsWith('//')) || prefix.startsWith('./') || prefix.startsWith('../');
}
