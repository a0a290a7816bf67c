// Finds where a session or cookie library is handed its signing or encryption secret (the sites in
// frameworks/session-secrets.ts): the node whose value becomes the secret.
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { SECRET_SITES, type SecretSite } from '../../frameworks/session-secrets.ts';
import { getModuleRefs } from '../../file/modules.ts';
import { isKnown, memberKey, objectShape, type ShapeEntry, staticValue, variableBindings } from '../../values/index.ts';
import { asSourceCode, isGlobalName, variableOf, type AnySourceCode } from '../../ast/scope.ts';
import { unwrap } from '../../ast/syntax.ts';
import { typeRef } from '../../match/type-refs.ts';
import { configuresPreferenceCookie } from '../cookies/preference-storage.ts';

type Node = TSESTree.Node;

export interface SecretTarget {
  readonly site: SecretSite;
  /** The node whose value is the secret (or the list of secrets). */
  readonly value: Node;
}

const index = new Map<string, SecretSite[]>();
for (const site of SECRET_SITES) {
  for (const module of site.modules) {
    const key = siteKey(site.form, module, site.path);
    index.set(key, [...(index.get(key) ?? []), site]);
  }
}
const autoImported = new Map(SECRET_SITES.filter((site) => site.autoImported).map((site) => [site.path.at(-1)!, site]));
// Every site but an auto-imported one needs its library loaded in the file.
const SECRET_MODULES = new Set(SECRET_SITES.flatMap((site) => site.modules));

/** The secrets a call or `new` hands to a session library. */
export function callSecretTargets(node: TSESTree.CallExpression | TSESTree.NewExpression, sourceCode: AnySourceCode): SecretTarget[] {
  const code = asSourceCode(sourceCode);
  const form = node.type === 'NewExpression' ? 'new' : 'call';
  const callee = unwrap(node.callee);
  const loads = getModuleRefs(code).importsAny(SECRET_MODULES);
  const ref = loads ? getModuleRefs(code).resolve(callee) : undefined;
  let sites = ref ? (index.get(siteKey(form, ref.module, ref.path)) ?? []) : [];
  if (!ref && callee.type === 'Identifier' && autoImported.has(callee.name) && isGlobalName(code, callee, callee.name)) {
    sites = [autoImported.get(callee.name)!];
  }
  if (sites.length > 0 && configuresPreferenceCookie(node, code)) return [];
  const targets = sites.flatMap((site) => fromArgument(site, node.arguments, code));
  if (loads && node.type === 'CallExpression' && callee.type === 'MemberExpression') {
    const method = memberKey(callee, code);
    if (method === 'register') targets.push(...registered(node, code));
    if (method === 'strategy') targets.push(...strategy(node, callee, code));
  }
  return targets;
}

/** Koa's `app.keys = [...]` on an `app` made by `new Koa()`. */
export function assignedSecretTargets(node: TSESTree.AssignmentExpression, sourceCode: AnySourceCode): SecretTarget[] {
  const code = asSourceCode(sourceCode);
  const left = unwrap(node.left);
  if (left.type !== 'MemberExpression' || node.operator !== '=' || !getModuleRefs(code).importsAny(SECRET_MODULES)) return [];
  const property = memberKey(left, code);
  const ref = instanceClass(unwrap(left.object), code);
  if (!ref || property === undefined) return [];
  const sites = index.get(siteKey('instance-property', ref.module, ref.path)) ?? [];
  return sites.filter((site) => site.name === property).map((site) => ({ site, value: node.right }));
}

/** `const options: SessionOptions = {...}` and `{...} satisfies NextAuthConfig`. */
export function typedSecretTargets(object: Node, annotation: Node | undefined, sourceCode: AnySourceCode): SecretTarget[] {
  const code = asSourceCode(sourceCode);
  const ref = typeRef(annotation, code);
  const sites = ref ? (index.get(siteKey('typed', ref.module, ref.path)) ?? []) : [];
  return sites.flatMap((site) => atPaths(site, object, code));
}

function fromArgument(site: SecretSite, args: readonly TSESTree.CallExpressionArgument[], code: SourceCode): SecretTarget[] {
  const position = site.argument === 'last' ? args.length - 1 : (site.argument ?? 0);
  if (position < 0 || args.slice(0, position + 1).some((arg) => arg.type === 'SpreadElement')) return [];
  const argument = args[position];
  return argument ? atPaths(site, argument, code) : [];
}

function atPaths(site: SecretSite, root: Node, code: SourceCode): SecretTarget[] {
  const targets: SecretTarget[] = [];
  for (const path of site.properties) {
    let current: Node | undefined = root;
    for (const key of path) {
      const entry: ShapeEntry | undefined = current ? objectShape(current, code)?.get(key) : undefined;
      current = entry && !entry.overridable ? entry.valueNode : undefined;
    }
    if (current) targets.push({ site, value: current });
  }
  return targets;
}

/** Fastify `register(plugin, options)` and hapi `register({ plugin, options })`. */
function registered(node: TSESTree.CallExpression, code: SourceCode): SecretTarget[] {
  const [first] = node.arguments;
  if (!first || first.type === 'SpreadElement') return [];
  const modules = getModuleRefs(code);
  const ref = modules.resolve(first);
  if (ref && ref.path.length <= 1) {
    return (index.get(siteKey('register', ref.module, [])) ?? []).flatMap((site) => fromArgument(site, node.arguments, code));
  }
  const bare = unwrap(first);
  const registrations = bare.type === 'ArrayExpression' ? bare.elements : [bare];
  return registrations.flatMap((registration) => {
    const shape = registration && registration.type !== 'SpreadElement' ? objectShape(registration, code) : undefined;
    const plugin = shape?.get('plugin');
    const options = shape?.get('options');
    const pluginRef = plugin && modules.resolve(plugin.valueNode);
    if (!pluginRef || !options || pluginRef.path.length > 1) return [];
    return (index.get(siteKey('hapi-plugin', pluginRef.module, [])) ?? []).flatMap((site) => atPaths(site, options.valueNode, code));
  });
}

/** hapi `server.auth.strategy(name, scheme, options)` for a scheme registered by an imported plugin. */
function strategy(node: TSESTree.CallExpression, callee: TSESTree.MemberExpression, code: SourceCode): SecretTarget[] {
  const owner = unwrap(callee.object);
  if (owner.type !== 'MemberExpression' || memberKey(owner, code) !== 'auth') return [];
  const [, schemeNode] = node.arguments;
  const scheme = schemeNode && staticValue(schemeNode, code);
  if (!scheme || !isKnown(scheme) || typeof scheme.value !== 'string') return [];
  const imported = getModuleRefs(code).imported;
  return SECRET_SITES.filter((site) => site.form === 'hapi-scheme' && site.name === scheme.value && site.modules.some((module) => imported.has(module))).flatMap(
    (site) => fromArgument(site, node.arguments, code),
  );
}

/** The class whose instance a variable holds: `const app = new Koa()`. */
function instanceClass(node: Node, code: SourceCode): { module: string; path: readonly string[] } | undefined {
  if (node.type !== 'Identifier') return undefined;
  const variable = variableOf(code, node);
  const bindings = variable ? variableBindings(variable, code) : undefined;
  const binding = bindings?.list.length === 1 && bindings.list[0]!.path.length === 0 ? bindings.list[0]! : undefined;
  const rhs = binding && unwrap(binding.rhs);
  return rhs?.type === 'NewExpression' ? getModuleRefs(code).resolve(rhs.callee) : undefined;
}

function siteKey(form: string, module: string, path: readonly string[]): string {
  const bare = module.startsWith('node:') ? module.slice(5) : module;
  const parts = path[0] === 'default' ? path.slice(1) : path;
  return `${form}\0${bare}\0${parts.join('\0')}`;
}
