// Recognises the calls of the JWT libraries described in frameworks/jwt-libraries.ts: which library
// and operation a call is, and where its token, key and options are. One answer per call node,
// computed once per file.
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { JWT_APIS, type JwtApi } from '../../frameworks/jwt-libraries.ts';
import { getModuleRefs, type ModuleRef } from '../../file/modules.ts';
import { memberKey, objectShape, type ObjectShape, type ShapeEntry, variableBindings } from '../../values/index.ts';
import { asSourceCode, variableOf, type AnySourceCode } from '../../ast/scope.ts';
import { unwrap } from '../../ast/syntax.ts';
import { instanceOf } from '../../match/instances.ts';
import { fileFact, perFile } from '../../ast/per-file.ts';

type Node = TSESTree.Node;
type Call = TSESTree.CallExpression | TSESTree.NewExpression;

export interface JwtSite {
  readonly api: JwtApi;
  /** The call that runs the operation (for builder chains, the final `.sign(key)`). */
  readonly node: Call;
  readonly token: Node | undefined;
  readonly key: Node | undefined;
  /** The options argument (for `registerAsync`, the object `useFactory` returns), when present. */
  readonly optionsNode: Node | undefined;
  /** The options as the file describes them; undefined when absent or unknown. */
  readonly options: ObjectShape | undefined;
}

/** What the file says about an option: missing, set (with its entry), or not knowable. */
export type OptionState = { readonly state: 'absent' } | { readonly state: 'set'; readonly entry: ShapeEntry } | { readonly state: 'unknown' };

const JWT_SITES = fileFact<WeakMap<Node, JwtSite | null>>('jwt sites');

const byRef = new Map<string, JwtApi[]>();
for (const api of JWT_APIS) {
  for (const module of api.modules) {
    const key = refKey(api.form, module, api.path);
    byRef.set(key, [...(byRef.get(key) ?? []), api]);
  }
}

/** The JWT operation `node` performs, if it is one of the known libraries' calls. */
export function jwtSiteOf(node: Call, sourceCode: AnySourceCode): JwtSite | undefined {
  const sites = perFile(sourceCode, JWT_SITES, () => new WeakMap());
  let site = sites.get(node);
  if (site === undefined) {
    site = recognise(node, asSourceCode(sourceCode)) ?? null;
    sites.set(node, site);
  }
  return site ?? undefined;
}

/** The state of the option at `path` (e.g. ['verifyOptions', 'algorithms']). */
export function optionAt(site: JwtSite, path: readonly string[]): OptionState {
  if (!site.optionsNode) return { state: 'absent' };
  let shape = site.options;
  for (const [index, key] of path.entries()) {
    if (!shape) return { state: 'unknown' };
    const entry = shape.get(key);
    if (!entry) return shape.complete ? { state: 'absent' } : { state: 'unknown' };
    if (index === path.length - 1) return entry.overridable ? { state: 'unknown' } : { state: 'set', entry };
    shape = entry.shape();
  }
  return { state: 'unknown' };
}

// Every form needs one of these in the file: the library, or @nestjs/passport's strategy base class.
const JWT_MODULES = new Set([...JWT_APIS.flatMap((api) => api.modules), '@nestjs/passport']);

function recognise(node: Call, code: SourceCode): JwtSite | undefined {
  if (!getModuleRefs(code).importsAny(JWT_MODULES)) return undefined;
  if (node.type === 'NewExpression') return direct(node, 'new', code);
  const callee = unwrap(node.callee);
  if (callee.type === 'Super') return superCall(node, code);
  return direct(node, 'call', code) ?? register(node, code) ?? serviceCall(node, code) ?? chainCall(node, code);
}

function direct(node: Call, form: 'call' | 'new', code: SourceCode): JwtSite | undefined {
  const ref = getModuleRefs(code).resolve(promisified(unwrap(node.callee), code));
  const api = ref && byRef.get(refKey(form, ref.module, ref.path))?.[0];
  return api && site(api, node, node.arguments, code);
}

/** `promisify(jwt.verify)` (also through a const) calls `jwt.verify` with the same leading arguments. */
function promisified(callee: Node, code: SourceCode): Node {
  let current = callee;
  if (current.type === 'Identifier') {
    const variable = variableOf(code, current);
    const bindings = variable?.defs[0]?.type === 'Variable' ? variableBindings(variable, code) : undefined;
    const rhs = bindings?.list.length === 1 && bindings.list[0]!.path.length === 0 ? unwrap(bindings.list[0]!.rhs) : undefined;
    if (rhs?.type === 'CallExpression') current = rhs;
  }
  const [wrapped] = current.type === 'CallExpression' ? current.arguments : [];
  return current.type === 'CallExpression' && wrapped && wrapped.type !== 'SpreadElement' && getModuleRefs(code).is(current.callee, ['util', 'node:util'], 'promisify')
    ? unwrap(wrapped)
    : callee;
}

/** Fastify: `app.register(plugin, options)`, the plugin imported or required inline. */
function register(node: TSESTree.CallExpression, code: SourceCode): JwtSite | undefined {
  const callee = unwrap(node.callee);
  const [plugin] = node.arguments;
  if (callee.type !== 'MemberExpression' || memberKey(callee, code) !== 'register' || !plugin) return undefined;
  const ref = getModuleRefs(code).resolve(plugin);
  if (!ref || ref.path.length > 1) return undefined;
  const api = byRef.get(refKey('register', ref.module, []))?.[0];
  return api && site(api, node, node.arguments, code);
}

/** NestJS: `super(options)` in `class JwtStrategy extends PassportStrategy(Strategy)`. */
function superCall(node: TSESTree.CallExpression, code: SourceCode): JwtSite | undefined {
  let current: Node | undefined = node.parent;
  while (current && current.type !== 'ClassBody') current = current.parent;
  const owner = current?.parent;
  const heritage = owner?.type === 'ClassDeclaration' || owner?.type === 'ClassExpression' ? owner.superClass : null;
  const superClass = heritage && unwrap(heritage);
  if (superClass?.type !== 'CallExpression' || !superClass.arguments[0]) return undefined;
  const modules = getModuleRefs(code);
  if (!modules.is(superClass.callee, '@nestjs/passport', 'PassportStrategy')) return undefined;
  const ref = modules.resolve(superClass.arguments[0]);
  const api = ref && byRef.get(refKey('super', ref.module, ref.path))?.[0];
  return api && site(api, node, node.arguments, code);
}

/** A method of an injected or constructed @nestjs/jwt `JwtService`. */
function serviceCall(node: TSESTree.CallExpression, code: SourceCode): JwtSite | undefined {
  const callee = unwrap(node.callee);
  if (callee.type !== 'MemberExpression') return undefined;
  const method = memberKey(callee, code);
  const api = method === undefined ? undefined : byRef.get(refKey('service', '@nestjs/jwt', [method]))?.[0];
  return api && isJwtService(unwrap(callee.object), code) ? site(api, node, node.arguments, code) : undefined;
}

function isJwtService(node: Node, code: SourceCode): boolean {
  return instanceOf(node, code, ['@nestjs/jwt'], ['JwtService']) !== undefined;
}

/** jose builders: `new SignJWT(payload).setProtectedHeader(h)...sign(key)`, also through a variable. */
function chainCall(node: TSESTree.CallExpression, code: SourceCode): JwtSite | undefined {
  const callee = unwrap(node.callee);
  if (callee.type !== 'MemberExpression') return undefined;
  const method = memberKey(callee, code);
  if (method !== 'sign' && method !== 'encrypt') return undefined;
  const ref = builderOf(unwrap(callee.object), code, 0);
  const api = ref && byRef.get(refKey('chain', ref.module, [...ref.path, method]))?.[0];
  return api && site(api, node, node.arguments, code);
}

function builderOf(node: Node, code: SourceCode, depth: number): ModuleRef | undefined {
  if (depth > 20) return undefined;
  if (node.type === 'NewExpression') return getModuleRefs(code).resolve(node.callee);
  if (node.type === 'AwaitExpression') return builderOf(unwrap(node.argument), code, depth + 1);
  if (node.type === 'CallExpression') {
    const callee = unwrap(node.callee);
    return callee.type === 'MemberExpression' ? builderOf(unwrap(callee.object), code, depth + 1) : undefined;
  }
  if (node.type !== 'Identifier') return undefined;
  const variable = variableOf(code, node);
  const bindings = variable && variableBindings(variable, code);
  const binding = bindings?.list.length === 1 ? bindings.list[0]! : undefined;
  return binding && binding.path.length === 0 ? builderOf(unwrap(binding.rhs), code, depth + 1) : undefined;
}

function site(api: JwtApi, node: Call, args: readonly TSESTree.CallExpressionArgument[], code: SourceCode): JwtSite {
  const argument = (index: number | undefined): Node | undefined => {
    if (index === undefined) return undefined;
    // A spread hides which argument is which.
    if (args.slice(0, index + 1).some((arg) => arg.type === 'SpreadElement')) return undefined;
    return args[index];
  };
  let optionsNode = argument(api.options);
  // jsonwebtoken.verify(token, key, callback): the callback is not options.
  if (optionsNode && isCallback(unwrap(optionsNode), code)) optionsNode = undefined;
  if (optionsNode && api.optionsFromFactory) optionsNode = factoryResult(optionsNode, code);
  return {
    api,
    node,
    token: argument(api.token),
    key: argument(api.key),
    optionsNode,
    options: optionsNode && objectShape(optionsNode, code),
  };
}

/** The object `useFactory` returns in `JwtModule.registerAsync({ useFactory })`, when it is one literal. */
function factoryResult(options: Node, code: SourceCode): Node | undefined {
  const factory = objectShape(options, code)?.get('useFactory');
  const fn = factory && unwrap(factory.node.type === 'Property' && factory.node.method ? factory.node.value : factory.valueNode);
  if (!fn || (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression')) return undefined;
  if (fn.body.type !== 'BlockStatement') return unwrap(fn.body);
  // Straight-line code ending in one return; branches could return other options.
  const statements = fn.body.body;
  const last = statements.at(-1);
  const straight = statements.slice(0, -1).every((statement) => statement.type === 'VariableDeclaration' || statement.type === 'ExpressionStatement');
  return straight && last?.type === 'ReturnStatement' && last.argument ? unwrap(last.argument) : undefined;
}

// Names that hold a callback rather than an options object.
const CALLBACK_NAME = /^(?:cb|callback|done|next|fn|handler|resolve|onVerified)$/i;

function isCallback(node: Node, code: SourceCode): boolean {
  if (node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression') return true;
  if (node.type !== 'Identifier') return false;
  if (CALLBACK_NAME.test(node.name)) return true;
  const def = variableOf(code, node)?.defs[0];
  return def?.type === 'FunctionName';
}

function refKey(form: string, module: string, path: readonly string[]): string {
  const bare = module.startsWith('node:') ? module.slice(5) : module;
  const parts = path[0] === 'default' ? path.slice(1) : path;
  return `${form}\0${bare}\0${parts.join('\0')}`;
}
