import type { TSESTree } from '@typescript-eslint/utils';
import type { Insertion } from './lifetimes.ts';
import { constantInit } from './lifetimes.ts';
import { getModuleRefs } from '../../file/modules.ts';
import { asSourceCode, isGlobalName, type AnySourceCode } from '../../ast/scope.ts';
import { isKnown, objectShape, staticValue } from '../../values/index.ts';
import { unwrap } from '../../ast/syntax.ts';
import { typeRef } from '../../match/type-refs.ts';
import { SESSION_LIFETIMES, type CallSite, type MethodSite, type SessionLifetime, type SessionSite } from '../../frameworks/session-lifetimes.ts';
import { configuresPreferenceCookie } from '../cookies/preference-storage.ts';

type Node = TSESTree.Node;
type Call = TSESTree.CallExpression | TSESTree.NewExpression;

/** A place where a session library receives its options. */
export interface SiteMatch {
  readonly spec: SessionLifetime;
  /** The call that receives the options (for a typed variable, the options object itself). */
  readonly site: Node;
  /** The options expression, or undefined when none is passed. */
  readonly options: Node | undefined;
  /** Where a fix puts options when none are passed. */
  readonly insertAt: Insertion | undefined;
}

const ALL_MODULES = new Set(SESSION_LIFETIMES.flatMap((spec) => spec.sites.flatMap(siteModules)));

function siteModules(site: SessionSite): readonly string[] {
  if (site.kind === 'method') return site.receivers.flatMap((receiver) => receiver.modules);
  return 'modules' in site ? site.modules : [];
}

/** Whether the file imports any session library: without one only Nuxt's auto-imports and hapi strategies can match. */
export function importsSessionLibrary(sourceCode: AnySourceCode): boolean {
  const imported = getModuleRefs(sourceCode).imported;
  for (const module of ALL_MODULES) if (imported.has(module)) return true;
  return false;
}

function sitesOf(kind: SessionSite['kind']): [SessionLifetime, SessionSite][] {
  return SESSION_LIFETIMES.flatMap((spec) => spec.sites.filter((site) => site.kind === kind).map((site): [SessionLifetime, SessionSite] => [spec, site]));
}

const CALL_SITES = [...sitesOf('call'), ...sitesOf('new')] as [SessionLifetime, CallSite][];
const BY_REF = new Map<string, [SessionLifetime, CallSite][]>();
for (const entry of CALL_SITES) {
  for (const module of entry[1].modules) {
    for (const path of entry[1].paths) {
      const key = refKey(entry[1].kind, module, path);
      BY_REF.set(key, [...(BY_REF.get(key) ?? []), entry]);
    }
  }
}
const AUTO_IMPORTED = CALL_SITES.filter(([, site]) => site.autoImported);

function refKey(kind: string, module: string, path: readonly string[]): string {
  return [kind, module, ...(path[0] === 'default' ? path.slice(1) : path)].join('\0');
}
const FASTIFY_SITES = sitesOf('fastify-plugin');
const HAPI_SITES = sitesOf('hapi-plugin');
const STRATEGY_SITES = sitesOf('hapi-strategy');
const TYPED_SITES = sitesOf('typed');
const METHOD_SITES = sitesOf('method') as [SessionLifetime, MethodSite][];

/** Every session library `call` configures. */
export function callSites(call: Call, sourceCode: AnySourceCode, withImports: boolean): SiteMatch[] {
  const code = asSourceCode(sourceCode);
  const matches: SiteMatch[] = [];
  const kind = call.type === 'NewExpression' ? 'new' : 'call';
  const ref = withImports ? getModuleRefs(code).resolve(call.callee) : undefined;
  const candidates = ref ? (BY_REF.get(refKey(kind, ref.module, ref.path)) ?? []) : AUTO_IMPORTED.filter(([, site]) => site.kind === kind && isAutoImported(call, site, code));
  if (candidates.length > 0 && configuresPreferenceCookie(call, code)) return [];
  for (const [spec, site] of candidates) {
    const match = callOptions(call, spec, site, code);
    if (match) matches.push(match);
  }
  const callee = unwrap(call.callee);
  if (call.type === 'CallExpression' && callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier') {
    if (callee.property.name === 'register' && withImports) matches.push(...pluginSites(call, code));
    if (callee.property.name === 'strategy') matches.push(...strategySites(call, callee, code));
    if (withImports) matches.push(...methodSites(call, callee, callee.property.name, code));
  }
  return matches;
}

/** Nuxt auto-imports h3's helpers: an undeclared `useSession` whose options look like h3's. */
function isAutoImported(call: Call, site: CallSite, code: AnySourceCode): boolean {
  const callee = unwrap(call.callee);
  const named = site.paths.some((path) => path.length === 1 && isGlobalName(asSourceCode(code), callee, path[0]!));
  if (!named || typeof site.options !== 'number' || !site.autoImported) return false;
  const options = call.arguments[site.options];
  return options !== undefined && objectShape(options, code)?.get(site.autoImported.requiredKey) !== undefined;
}

function callOptions(call: Call, spec: SessionLifetime, site: CallSite, code: AnySourceCode): SiteMatch | undefined {
  const args = call.arguments;
  if (args.some((argument) => argument.type === 'SpreadElement')) return undefined;
  const append: Insertion = { kind: 'argument', call, path: [] };
  switch (site.options) {
    case 'last':
      return args.length === 0 ? undefined : { spec, site: call, options: args.at(-1), insertAt: undefined };
    case 'koa':
      return koaOptions(call, spec, code);
    default: {
      const options = args[site.options];
      if (options) return { spec, site: call, options, insertAt: undefined };
      return { spec, site: call, options: undefined, insertAt: args.length === site.options ? append : undefined };
    }
  }
}

/**
 * koa-session takes `(options, app)` or, in older code, `(app, options)`. A lone argument counts as
 * the app only when it visibly is one: `new Koa()`, or the object whose `use` receives the middleware.
 */
function koaOptions(call: Call, spec: SessionLifetime, code: AnySourceCode): SiteMatch | undefined {
  const withShape = call.arguments.filter((argument) => objectShape(argument, code) !== undefined);
  if (withShape.length === 1) return { spec, site: call, options: withShape[0], insertAt: undefined };
  if (call.arguments.length !== 1 || withShape.length > 0) return undefined;
  const [app] = call.arguments as [Node];
  const made = constantInit(app, code);
  const isKoa = made?.type === 'NewExpression' && getModuleRefs(code).is(made.callee, 'koa');
  const parent = call.parent;
  const usedBy =
    parent?.type === 'CallExpression' && parent.callee.type === 'MemberExpression' && parent.callee.property.type === 'Identifier' && parent.callee.property.name === 'use'
      ? asSourceCode(code).getText(parent.callee.object)
      : undefined;
  if (!isKoa && usedBy !== asSourceCode(code).getText(app)) return undefined;
  return { spec, site: call, options: undefined, insertAt: { kind: 'argument', call, path: [] } };
}

/** Fastify `register(plugin, options)` and hapi `register({ plugin, options })` / `register([…])`. */
function pluginSites(call: TSESTree.CallExpression, code: AnySourceCode): SiteMatch[] {
  const [plugin, options] = call.arguments;
  if (!plugin || plugin.type === 'SpreadElement') return [];
  const module = pluginModule(plugin, code);
  if (module !== undefined) {
    const fastify = FASTIFY_SITES.filter(([, site]) => 'modules' in site && site.modules.includes(module));
    if (fastify.length > 0) {
      if (options?.type === 'SpreadElement') return [];
      const list = options && unwrap(options).type === 'ArrayExpression' ? (unwrap(options) as TSESTree.ArrayExpression).elements : [options];
      return fastify.flatMap(([spec]) =>
        list.flatMap((item) => (item === null || item?.type === 'SpreadElement' ? [] : [{ spec, site: call, options: item, insertAt: item ? undefined : ({ kind: 'argument', call, path: [] } as const) }])),
      );
    }
    return HAPI_SITES.filter(([, site]) => 'modules' in site && site.modules.includes(module)).map(([spec]) => ({ spec, site: call, options: undefined, insertAt: undefined }));
  }
  const registrations = unwrap(plugin).type === 'ArrayExpression' ? (unwrap(plugin) as TSESTree.ArrayExpression).elements : [plugin];
  const matches: SiteMatch[] = [];
  for (const registration of registrations) {
    if (!registration || registration.type === 'SpreadElement') continue;
    const shape = objectShape(registration, code);
    const entry = shape?.get('plugin');
    const named = entry && pluginModule(entry.valueNode, code);
    if (!shape || named === undefined) continue;
    for (const [spec, site] of HAPI_SITES) {
      if (!('modules' in site) || !site.modules.includes(named)) continue;
      const given = shape.get('options');
      if (given) matches.push({ spec, site: call, options: given.valueNode, insertAt: undefined });
      else if (shape.complete && shape.node) matches.push({ spec, site: call, options: undefined, insertAt: { kind: 'property', object: shape.node, path: ['options'] } });
    }
  }
  return matches;
}

/** The package a plugin expression is: its default export, its `plugin` export, or `import('…')`. */
function pluginModule(node: Node, code: AnySourceCode): string | undefined {
  const bare = unwrap(node);
  if (bare.type === 'ImportExpression') {
    const source = staticValue(bare.source, code);
    return isKnown(source) && typeof source.value === 'string' ? source.value : undefined;
  }
  const ref = getModuleRefs(code).resolve(bare);
  if (!ref) return undefined;
  const path = ref.path[0] === 'default' ? ref.path.slice(1) : ref.path;
  return path.length === 0 || (path.length === 1 && path[0] === 'plugin') ? ref.module : undefined;
}

/** hapi `server.auth.strategy(name, scheme, options)` with an options object shaped like the scheme's. */
function strategySites(call: TSESTree.CallExpression, callee: TSESTree.MemberExpression, code: AnySourceCode): SiteMatch[] {
  const receiver = unwrap(callee.object);
  if (receiver.type !== 'MemberExpression' || receiver.computed || receiver.property.type !== 'Identifier' || receiver.property.name !== 'auth') return [];
  const [, schemeNode, options] = call.arguments;
  const scheme = schemeNode && schemeNode.type !== 'SpreadElement' ? staticValue(schemeNode, code) : undefined;
  if (!options || options.type === 'SpreadElement' || !scheme || !isKnown(scheme)) return [];
  return STRATEGY_SITES.filter(([, site]) => site.kind === 'hapi-strategy' && site.scheme === scheme.value && objectShape(options, code)?.get(site.requiredObject)?.shape() !== undefined).map(
    ([spec]) => ({ spec, site: call, options, insertAt: undefined }),
  );
}

/** `getAuth().createSessionCookie(token, options)`, also through a `const auth = getAuth()`. */
function methodSites(call: TSESTree.CallExpression, callee: TSESTree.MemberExpression, method: string, code: AnySourceCode): SiteMatch[] {
  const sites = METHOD_SITES.filter(([, site]) => site.method === method);
  if (sites.length === 0) return [];
  const receiver = constantInit(callee.object, code);
  if (receiver?.type !== 'CallExpression') return [];
  const refs = getModuleRefs(code);
  return sites
    .filter(([, site]) => site.receivers.some((made) => refs.is(receiver.callee, made.modules, ...made.path)))
    .map(([spec, site]) => ({ spec, site: call, options: call.arguments[site.options], insertAt: undefined }));
}

/** `const authOptions: NextAuthOptions = {…}` and `{…} satisfies NextAuthConfig`. */
export function typedSites(node: TSESTree.VariableDeclarator | TSESTree.TSSatisfiesExpression, sourceCode: AnySourceCode): SiteMatch[] {
  const annotation = node.type === 'VariableDeclarator' ? node.id.typeAnnotation : node.typeAnnotation;
  const options = node.type === 'VariableDeclarator' ? node.init : node.expression;
  const type = options ? typeRef(annotation ?? undefined, sourceCode) : undefined;
  if (!type || type.path.length !== 1) return [];
  return TYPED_SITES.filter(([, site]) => site.kind === 'typed' && site.modules.includes(type.module) && site.types.includes(type.path[0]!)).map(([spec]) => ({
    spec,
    site: options!,
    options: options!,
    insertAt: undefined,
  }));
}
