import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { COOKIE_APIS } from '../../frameworks/cookie-apis.ts';
import type { CookieApi } from '../../frameworks/cookie-api.ts';
import { createCookie, SESSION_STORAGES, REACT_ROUTER_MODULES } from '../../frameworks/react-router.ts';
import { getModuleRefs } from '../../file/modules.ts';
import { calledMethod, receiverOf } from '../../match/receivers.ts';
import { instanceOf } from '../../match/instances.ts';
import { isGlobalName, variableOf } from '../../ast/scope.ts';
import { isKnown, objectShape, type ObjectShape, staticValue } from '../../values/index.ts';
import { literalKey, unwrap } from '../../ast/syntax.ts';
import type { ObjectCandidate } from './types.ts';
import { fileFact, perFile } from '../../ast/per-file.ts';

// Which cookie API a node is a use of, and where its configuration is. One function per kind of
// match in lib/frameworks; the rows themselves carry everything library-specific.

type Node = TSESTree.Node;

const CALL_APIS = COOKIE_APIS.filter((api) => api.match.kind === 'call');
const METHOD_APIS = COOKIE_APIS.filter((api) => api.match.kind === 'method');
const PLUGIN_APIS = COOKIE_APIS.filter((api) => api.match.kind === 'plugin');
const STRATEGY_APIS = COOKIE_APIS.filter((api) => api.match.kind === 'auth-strategy');
const INSTANCE_APIS = COOKIE_APIS.filter((api) => api.match.kind === 'instance');
const RETURNED_APIS = COOKIE_APIS.filter((api) => api.match.kind === 'returned');
const RETURNED_MODULES = new Set(RETURNED_APIS.flatMap((api) => (api.match.kind === 'returned' ? api.match.modules : [])));
const INSTANCE_METHODS = new Set(INSTANCE_APIS.flatMap((api) => (api.match.kind === 'instance' ? api.match.methods : [])));
const INSTANCE_MODULES = new Set(INSTANCE_APIS.flatMap((api) => (api.match.kind === 'instance' ? api.match.modules : [])));
const COOKIE_METHODS = new Set(METHOD_APIS.flatMap((api) => (api.match.kind === 'method' ? api.match.methods : [])));

/** The object-based cookie calls `call` makes (several for an array of plugin options). */
export function objectCandidates(call: TSESTree.CallExpression, code: SourceCode): ObjectCandidate[] {
  const method = calledMethod(call);
  if (method !== undefined) {
    const callee = unwrap(call.callee) as TSESTree.MemberExpression;
    if (method === 'register') {
      const found = pluginCandidates(call, code);
      if (found.length > 0) return found;
    }
    if (method === 'strategy') return strategyCandidates(call, code);
    // An instance of an imported class is stronger evidence than a receiver's name (`cookies: CookieService`).
    const instance = instanceCandidate(method, callee, call, code);
    if (instance) return [instance];
    // Most method calls are no cookie method: their receiver is not worth working out.
    const receiver = COOKIE_METHODS.has(method) ? receiverOf(method, callee, code) : undefined;
    const api = receiver && METHOD_APIS.find((candidate) => candidate.match.kind === 'method' && candidate.match.receiver === receiver && candidate.match.methods.includes(method));
    if (api) return [callCandidate(api, call, code)];
  }
  const api = callApi(call, code);
  return api ? [callCandidate(api, call, code)] : [];
}

/** A cookie method on an instance of a library's class (an injected Angular `CookieService`, `new Cookies()`). */
function instanceCandidate(method: string, callee: TSESTree.MemberExpression, call: TSESTree.CallExpression, code: SourceCode): ObjectCandidate | undefined {
  // Only a file that imports the class (type-only imports included) can name it.
  if (!INSTANCE_METHODS.has(method) || !importsTypeOrValue(code, INSTANCE_MODULES)) return undefined;
  for (const api of INSTANCE_APIS) {
    const match = api.match;
    if (match.kind !== 'instance' || !match.methods.includes(method)) continue;
    const instance = instanceOf(callee.object, code, match.modules, match.path);
    if (!instance) continue;
    const defaults = match.defaultsArgument === undefined ? undefined : instance.created?.arguments[match.defaultsArgument];
    const candidate = callCandidate(api, call, code);
    if (!defaults) return candidate;
    return { ...candidate, registeredDefaults: defaults.type === 'SpreadElement' ? 'unknown' : (objectShape(defaults, code) ?? 'unknown') };
  }
  return undefined;
}

function importsTypeOrValue(code: SourceCode, modules: ReadonlySet<string>): boolean {
  return code.ast.body.some((statement) => statement.type === 'ImportDeclaration' && modules.has(statement.source.value)) || getModuleRefs(code).importsAny(modules);
}

function callApi(call: TSESTree.CallExpression, code: SourceCode): CookieApi | undefined {
  const refs = getModuleRefs(code);
  const callee = unwrap(call.callee);
  // Only a file that loads a cookie module can call one of its functions.
  if (refs.importsAny(CALL_MODULES) && refs.resolve(callee)) {
    return CALL_APIS.find((api) => api.match.kind === 'call' && refs.is(callee, api.match.modules, ...api.match.path));
  }
  if (callee.type !== 'Identifier') return undefined;
  if (refs.importsAny(RETURNED_MODULES)) {
    const returned = returnedApi(callee, code);
    if (returned) return returned;
  }
  // Nuxt auto-imports h3's functions into server routes: no import, only `defineEventHandler`.
  const api = NUXT_GLOBALS.get(callee.name);
  return api && isGlobalName(code, callee, callee.name) && inEventHandler(call.arguments[0], code) ? api : undefined;
}

/** `setCookie` of `const [cookies, setCookie] = useCookies()`: the hook's returned function at its row's index. */
function returnedApi(callee: TSESTree.Identifier, code: SourceCode): CookieApi | undefined {
  const def = variableOf(code, callee)?.defs[0];
  const declarator = def?.type === 'Variable' ? (def.node as TSESTree.VariableDeclarator) : undefined;
  if (declarator?.id.type !== 'ArrayPattern' || !declarator.init) return undefined;
  const index = declarator.id.elements.indexOf(def!.name as TSESTree.Identifier);
  const hook = unwrap(declarator.init);
  if (hook.type !== 'CallExpression') return undefined;
  const refs = getModuleRefs(code);
  return RETURNED_APIS.find((api) => api.match.kind === 'returned' && api.match.index === index && refs.is(hook.callee, api.match.modules, ...api.match.path));
}

const NUXT_GLOBALS = new Map(CALL_APIS.flatMap((api) => (api.match.kind === 'call' && api.match.nuxtGlobal ? [[api.match.path[0]!, api] as const] : [])));
const CALL_MODULES = new Set(CALL_APIS.flatMap((api) => (api.match.kind === 'call' ? api.match.modules : [])));
function inEventHandler(argument: Node | undefined, code: SourceCode): boolean {
  if (argument?.type !== 'Identifier') return false;
  const def = variableOf(code, argument)?.defs[0];
  if (def?.type !== 'Parameter') return false;
  const handler = def.node.parent;
  return handler?.type === 'CallExpression' && handler.callee.type === 'Identifier' && /^(define(Cached)?EventHandler|eventHandler)$/.test(handler.callee.name);
}

export function callCandidate(api: CookieApi, call: TSESTree.CallExpression, code: SourceCode): ObjectCandidate {
  const args = call.arguments;
  const first = args[0];
  const objectForm = api.objectForm === true && first !== undefined && first.type !== 'SpreadElement' && objectShape(first, code) !== undefined;
  // Every call-based row says where its configuration is.
  const place = api.config!;
  let config: Node | undefined;
  let configIndex: number | undefined;
  // A spread argument hides the configuration: the call itself stands in for it, and is unknown.
  if (objectForm) {
    config = first;
  } else if ('argument' in place) {
    const spread = args.slice(0, place.argument + 1).some((argument) => argument.type === 'SpreadElement');
    config = spread ? call : args[place.argument];
    configIndex = spread ? undefined : place.argument;
  } else if ('last' in place) {
    const last = args.at(-1);
    config = last?.type === 'SpreadElement' ? call : last;
  } else {
    config = args.find((argument) => argument.type !== 'SpreadElement' && objectShape(argument, code) !== undefined) ?? (args.length === 0 ? undefined : call);
  }
  return {
    api,
    node: call,
    call,
    config,
    configIndex,
    objectForm,
    side: isDocumentCookieValue(call, code) ? 'browser' : sideOf(api, config, code),
    sessionLibrary: api === createCookie && usedBySessionStorage(call, code),
    registeredDefaults: api.registeredDefaults ? registeredOptions(code, api.registeredDefaults) : undefined,
  };
}

/** cookies-next writes from the server when its options carry the request or response; unknown options may too. */
function sideOf(api: CookieApi, config: Node | undefined, code: SourceCode): 'server' | 'browser' {
  if (!api.serverOptions || !config) return api.side;
  const shape = objectShape(config, code);
  if (!shape) {
    const value = staticValue(config, code);
    return isKnown(value) && value.value == null ? api.side : 'server';
  }
  return shape.complete && !api.serverOptions.some((key) => shape.get(key)) ? api.side : 'server';
}

/** `fastify.register(plugin, options)` and hapi `server.register({ plugin, options })` (or an array of them). */
function pluginCandidates(call: TSESTree.CallExpression, code: SourceCode): ObjectCandidate[] {
  const refs = getModuleRefs(code);
  const [plugin, options] = call.arguments;
  if (!plugin || plugin.type === 'SpreadElement') return [];
  const found: ObjectCandidate[] = [];
  const add = (api: CookieApi, config: Node | undefined, node: Node): void => {
    found.push({ api, node, call: node === call ? call : undefined, config, configIndex: node === call ? 1 : undefined, objectForm: false, side: 'server', sessionLibrary: false, registeredDefaults: undefined });
  };
  const fastify = PLUGIN_APIS.find((api) => api.match.kind === 'plugin' && api.match.host === 'fastify' && isPluginModule(refs.resolve(plugin), api.match.modules));
  if (fastify) {
    const bare = options && options.type !== 'SpreadElement' ? unwrap(options) : undefined;
    // @fastify/secure-session takes an array of options for several sessions.
    if (bare?.type === 'ArrayExpression') {
      for (const element of bare.elements) if (element && element.type !== 'SpreadElement') add(fastify, element, element);
    } else {
      add(fastify, options?.type === 'SpreadElement' ? call : options, call);
    }
    return found;
  }
  const bare = unwrap(plugin);
  for (const registration of bare.type === 'ArrayExpression' ? bare.elements : [bare]) {
    if (!registration || registration.type === 'SpreadElement') continue;
    const shape = objectShape(registration, code);
    const pluginEntry = shape?.get('plugin');
    const hapi = pluginEntry && PLUGIN_APIS.find((api) => api.match.kind === 'plugin' && api.match.host === 'hapi' && isPluginModule(refs.resolve(pluginEntry.valueNode), api.match.modules));
    if (hapi) {
      const optionsEntry = shape!.get('options');
      if (!optionsEntry && !shape!.complete) continue;
      add(hapi, optionsEntry?.valueNode, registration);
    }
  }
  return found;
}

function isPluginModule(ref: { module: string; path: readonly string[] } | undefined, modules: readonly string[]): boolean {
  if (!ref || !modules.includes(ref.module)) return false;
  const path = ref.path[0] === 'default' ? ref.path.slice(1) : ref.path;
  // `require('@hapi/yar')`, `Yar.plugin`, `import { fastifySession } from '@fastify/session'`.
  return path.length === 0 || (path.length === 1 && (path[0] === 'plugin' || /^fastify/.test(path[0]!)));
}

/** hapi `server.auth.strategy(name, 'cookie', options)` (@hapi/cookie). */
function strategyCandidates(call: TSESTree.CallExpression, code: SourceCode): ObjectCandidate[] {
  const callee = unwrap(call.callee) as TSESTree.MemberExpression;
  const auth = unwrap(callee.object);
  if (auth.type !== 'MemberExpression' || auth.computed || auth.property.type !== 'Identifier' || auth.property.name !== 'auth') return [];
  const scheme = call.arguments[1] ? staticValue(call.arguments[1], code) : undefined;
  const api = STRATEGY_APIS.find((candidate) => candidate.match.kind === 'auth-strategy' && scheme && isKnown(scheme) && scheme.value === candidate.match.scheme);
  return api ? [callCandidate(api, call, code)] : [];
}

function isDocumentCookieValue(node: Node, code: SourceCode): boolean {
  let current = node;
  while (current.parent && (current.parent.type === 'TSAsExpression' || current.parent.type === 'TSNonNullExpression' || current.parent.type === 'AwaitExpression')) current = current.parent;
  const parent = current.parent;
  return parent?.type === 'AssignmentExpression' && parent.right === current && isDocumentCookie(parent.left, code);
}

/** The browser's `document.cookie`, also through `window.`, `globalThis.` or `self.`, unless the file declares its own `document`. */
export function isDocumentCookie(node: Node, code: SourceCode): boolean {
  const target = unwrap(node);
  if (target.type !== 'MemberExpression' || target.computed || target.property.type !== 'Identifier' || target.property.name !== 'cookie') return false;
  const owner = unwrap(target.object);
  if (owner.type === 'Identifier') return isGlobalName(code, owner, 'document');
  return (
    owner.type === 'MemberExpression' &&
    !owner.computed &&
    owner.property.type === 'Identifier' &&
    owner.property.name === 'document' &&
    owner.object.type === 'Identifier' &&
    ['window', 'globalThis', 'self'].some((name) => isGlobalName(code, owner.object, name))
  );
}

/** A `createCookie(…)` that a session storage of the same file takes as its `cookie`. */
function usedBySessionStorage(call: TSESTree.CallExpression, code: SourceCode): boolean {
  const uses: Node[] = [call];
  const declarator = call.parent?.type === 'VariableDeclarator' && call.parent.init === call ? call.parent : undefined;
  if (declarator?.id.type === 'Identifier') {
    for (const reference of variableOf(code, declarator.id)!.references) if (reference.isRead()) uses.push(reference.identifier as Node);
  }
  const refs = getModuleRefs(code);
  return uses.some((use) => {
    const property = use.parent;
    if (property?.type !== 'Property' || property.value !== use || property.computed || literalKey(property.key) !== 'cookie') return false;
    const storage = property.parent.parent;
    return storage?.type === 'CallExpression' && SESSION_STORAGES.some((name) => refs.is(storage.callee, REACT_ROUTER_MODULES, name));
  });
}

const REGISTERED_OPTIONS = fileFact<Map<string, ObjectShape | 'unknown' | null>>('registered plugin options');

/**
 * The `option` of a plugin registration in this file (@fastify/cookie's `parseOptions`), which is the
 * default of every call; 'unknown' when the registration hides it; undefined when the file registers none.
 */
function registeredOptions(code: SourceCode, plugin: { readonly modules: readonly string[]; readonly option: string }): ObjectShape | 'unknown' | undefined {
  const cache = perFile(code, REGISTERED_OPTIONS, () => new Map());
  const key = `${plugin.modules.join(',')}#${plugin.option}`;
  let result = cache.get(key);
  if (result === undefined) {
    result = findRegisteredOptions(code, plugin.modules, plugin.option) ?? null;
    cache.set(key, result);
  }
  return result ?? undefined;
}

function findRegisteredOptions(code: SourceCode, modules: readonly string[], option: string): ObjectShape | 'unknown' | undefined {
  const refs = getModuleRefs(code);
  if (!modules.some((module) => refs.imported.has(module))) return undefined;
  for (const registration of registrationsOf(code, modules)) {
    const options = registration.arguments[1];
    if (!options) return undefined;
    const shape = objectShape(options, code);
    if (!shape) return 'unknown';
    const entry = shape.get(option);
    if (!entry) return shape.complete ? undefined : 'unknown';
    return entry.shape() ?? 'unknown';
  }
  return undefined;
}

/** `X.register(plugin, …)` calls whose plugin comes from one of `modules`, found through the plugin's references. */
function registrationsOf(code: SourceCode, modules: readonly string[]): TSESTree.CallExpression[] {
  const refs = getModuleRefs(code);
  const found: TSESTree.CallExpression[] = [];
  const check = (node: Node): void => {
    const call = node.parent;
    if (call?.type !== 'CallExpression' || call.arguments[0] !== node) return;
    const callee = unwrap(call.callee);
    if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' && callee.property.name === 'register') found.push(call);
  };
  const globalScope = code.scopeManager!.globalScope!;
  for (const variable of code.scopeManager!.scopes.flatMap((scope) => scope.variables)) {
    const ref = variable.identifiers[0] ? refs.resolve(variable.identifiers[0] as Node) : undefined;
    if (!ref || !isPluginModule(ref, modules)) continue;
    for (const reference of variable.references) if (reference.isRead()) check(reference.identifier as Node);
  }
  // `register(require('@fastify/cookie'), …)`; `require` is a configured global or an undeclared one.
  const declared = globalScope.set.get('require');
  const requires = declared ? (declared.defs.length === 0 ? declared.references : []) : globalScope.through.filter((reference) => reference.identifier.name === 'require');
  for (const reference of requires) {
    const requireCall = reference.identifier.parent;
    if (requireCall?.type === 'CallExpression' && isPluginModule(refs.resolve(requireCall as Node), modules)) check(requireCall as Node);
  }
  return found;
}
