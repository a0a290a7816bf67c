import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import type { Receiver } from '../frameworks/cookie-api.ts';
import { getModuleRefs } from '../file/modules.ts';
import { variableBindings } from '../values/index.ts';
import { variableOf } from '../ast/scope.ts';
import { unwrap } from '../ast/syntax.ts';
import { fileFact, perFile } from '../ast/per-file.ts';
import { FASTIFY_MODULES } from '../frameworks/fastify.ts';
import { HAPI_MODULES } from '../frameworks/hapi.ts';
import { KOA_MODULES } from '../frameworks/koa.ts';
import { SVELTEKIT_MODULES } from '../frameworks/sveltekit.ts';
import { ASTRO_MODULES } from '../frameworks/astro.ts';

// Which framework object a method is called on. A method name alone proves nothing (`$.cookie`,
// Playwright's `page.setCookie`), so the receiver must be shown to be the framework's: a handler's
// parameter, something the framework's module returns, or a type annotation naming it.

type Node = TSESTree.Node;

// Express methods that return the response, so `res.status(200).cookie(…)` is still `res`.
const CHAINABLE = new Set(['status', 'set', 'header', 'append', 'type', 'cookie', 'clearCookie', 'location', 'links', 'vary', 'attachment', 'code', 'setCookie', 'clearCookie', 'headers', 'response', 'state', 'unstate']);
// Browser automation and test helpers that have cookie methods of their own.
const NOT_RESPONSES = new Set(['page', 'browser', 'context', 'cy', 'agent', 'request', 'req', 'client', 'driver', 'jar', '$', 'jQuery', 'Cookies', 'cookies', 'cookie']);

/** Which receiver `X` is in `X.method(…)`, for the receiver kinds that own `method`; undefined when none is shown. */
export function receiverOf(method: string, callee: TSESTree.MemberExpression, code: SourceCode): Receiver | undefined {
  const object = unwrap(callee.object);
  switch (method) {
    case 'cookie':
    case 'clearCookie':
      return isHandlerParameter(object, code) ? (hasEvidence(code, FASTIFY_MODULES, /^Fastify/) ? 'fastify-reply' : 'express-response') : undefined;
    case 'setCookie':
      return isHandlerParameter(object, code) && (hasEvidence(code, FASTIFY_MODULES, /^Fastify/) || /^(reply|rep)$/.test(rootName(object) ?? '')) ? 'fastify-reply' : undefined;
    case 'state':
      return stateReceiver(object, code);
    case 'set':
      return setReceiver(object, code);
    default:
      return undefined;
  }
}

function stateReceiver(object: Node, code: SourceCode): Receiver | undefined {
  const hapi = hasEvidence(code, HAPI_MODULES, /^(ResponseToolkit|Server|ResponseObject)$/);
  // `h.state(name, value, options)`, `h.response(x).state(name, value)`.
  const root = chainRoot(object);
  const name = rootName(root);
  if (isParameter(root, code) && (name === 'h' || isResponseChain(object) || (hapi && name !== 'server'))) return 'hapi-toolkit';
  // `server.state(name, options)` on a server the file creates or receives.
  return hapi && object.type === 'Identifier' ? 'hapi-server' : undefined;
}

/** `h.response(…)`, whose `.state(…)` sets a cookie on that response. */
function isResponseChain(node: Node): boolean {
  return node.type === 'CallExpression' && calledMethod(node) === 'response';
}

/** The method a call invokes by name (`a.b(…)` → 'b'). */
export function calledMethod(call: TSESTree.CallExpression): string | undefined {
  const callee = unwrap(call.callee);
  return callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' ? callee.property.name : undefined;
}

function setReceiver(object: Node, code: SourceCode): Receiver | undefined {
  // `.set(…)` is everywhere (Map, Headers, URLSearchParams): the costly checks only run where the file imports their module.
  const imported = getModuleRefs(code).imported;
  if (imported.has('next/headers') && isNextCookies(object, code)) return 'next-cookies';
  if (imported.has('cookies') && isCookiesInstance(object, code)) return 'cookies-instance';
  // `X.cookies.set(…)`
  if (object.type === 'MemberExpression' && !object.computed && object.property.type === 'Identifier' && object.property.name === 'cookies') {
    const owner = unwrap(object.object);
    if (isNextResponse(owner, code)) return 'next-response-cookies';
    return isParameter(owner, code) ? cookieJarKind(code, rootName(owner)) : undefined;
  }
  // `cookies.set(…)` with `cookies` destructured from a handler's parameter or its context.
  return object.type === 'Identifier' && object.name === 'cookies' && isParameter(object, code) ? cookieJarKind(code, undefined) : undefined;
}

/** A `cookies` object of a request context: Koa's `ctx.cookies`, SvelteKit's `event.cookies`, Astro's `context.cookies`, or one the file does not tell apart. */
function cookieJarKind(code: SourceCode, owner: string | undefined): Receiver | undefined {
  // An imported framework module outweighs a type name, which an app may give its own types (Outline's `APIContext`).
  const imported = getModuleRefs(code).imported;
  const loads = (modules: readonly string[]): boolean => modules.some((module) => imported.has(module));
  if (loads(ASTRO_MODULES)) return 'astro-cookies';
  if (loads(SVELTEKIT_MODULES) || isSvelteKitRoute(code)) return 'sveltekit-cookies';
  if (loads(KOA_MODULES)) return 'koa-cookies';
  const names = importedTypeNames(code);
  if (names.some((name) => ASTRO_TYPES.test(name))) return 'astro-cookies';
  if (names.some((name) => SVELTEKIT_TYPES.test(name))) return 'sveltekit-cookies';
  if (names.some((name) => KOA_TYPES.test(name)) || owner === 'ctx') return 'koa-cookies';
  return 'cookie-jar';
}

const ASTRO_TYPES = /^(APIContext|AstroGlobal|APIRoute)$/;
const SVELTEKIT_TYPES = /^(RequestEvent|Cookies|ServerLoadEvent|Actions|Handle|RequestHandler|PageServerLoad|LayoutServerLoad)$/;
const KOA_TYPES = /^(Context|ParameterizedContext|DefaultContext|RouterContext)$/;

function isSvelteKitRoute(code: SourceCode): boolean {
  const filename = (code as unknown as { filename?: string }).filename ?? '';
  return /(^|[\\/])(\+(page|layout)\.server|\+server|hooks\.server)\.[cm]?[jt]s$/.test(filename);
}

/** `cookies()` from next/headers, awaited or not, or a variable holding its result. */
function isNextCookies(node: Node, code: SourceCode): boolean {
  const bare = unwrapAwait(node);
  if (bare.type === 'CallExpression') return getModuleRefs(code).is(bare.callee, 'next/headers', 'cookies');
  return bare.type === 'Identifier' && boundTo(bare, code, (init) => isNextCookies(init, code));
}

/** A `NextResponse` from next/server: `NextResponse.next()`, `.json()`, `.redirect()`, `new NextResponse()`, or a variable holding one. */
function isNextResponse(node: Node, code: SourceCode): boolean {
  const bare = unwrapAwait(node);
  const refs = getModuleRefs(code);
  if (bare.type === 'NewExpression') return refs.is(bare.callee, 'next/server', 'NextResponse');
  if (bare.type === 'CallExpression' && bare.callee.type === 'MemberExpression') return refs.is(bare.callee.object, 'next/server', 'NextResponse');
  if (bare.type === 'Identifier') {
    if (boundTo(bare, code, (init) => isNextResponse(init, code))) return true;
    return typeName(bare, code) === 'NextResponse';
  }
  return false;
}

/** `new Cookies(req, res)` (or without `new`) from the `cookies` package, or a variable holding one. */
function isCookiesInstance(node: Node, code: SourceCode): boolean {
  const bare = unwrap(node);
  if (bare.type === 'NewExpression' || bare.type === 'CallExpression') return getModuleRefs(code).is(bare.callee, 'cookies');
  return bare.type === 'Identifier' && boundTo(bare, code, (init) => isCookiesInstance(init, code));
}

/** True when a single binding gives `id` a value that satisfies `test`. */
function boundTo(id: TSESTree.Identifier, code: SourceCode, test: (init: Node) => boolean): boolean {
  const variable = variableOf(code, id);
  const bindings = variable ? variableBindings(variable, code) : undefined;
  const binding = bindings?.list.length === 1 ? bindings.list[0]! : undefined;
  return binding !== undefined && binding.path.length === 0 && test(binding.rhs);
}

/**
 * The receiver is a handler's response: a parameter of a function (or destructured from one, or from a
 * variable destructured from one), or something chained on it (`res.status(200)`), and not a browser
 * automation or test object.
 */
function isHandlerParameter(node: Node, code: SourceCode): boolean {
  const root = chainRoot(node);
  const name = rootName(root);
  return name !== undefined && !NOT_RESPONSES.has(name) && isParameter(root, code);
}

function chainRoot(node: Node): Node {
  let current = unwrap(node);
  while (current.type === 'CallExpression' && CHAINABLE.has(calledMethod(current) ?? '')) {
    // calledMethod saw through TS wrappers on the callee, so this must too: `(res.status as any)(200)`.
    current = unwrap((unwrap(current.callee) as TSESTree.MemberExpression).object);
  }
  return current;
}

function rootName(node: Node): string | undefined {
  return node.type === 'Identifier' ? node.name : undefined;
}

/** A parameter, a name destructured from one, or a `const { cookies } = ctx` of a parameter. */
function isParameter(node: Node, code: SourceCode, depth = 0): boolean {
  if (node.type !== 'Identifier' || depth > 3) return false;
  const variable = variableOf(code, node);
  const def = variable?.defs[0];
  if (!def || variable!.defs.length > 1) return false;
  if (def.type === 'Parameter') return true;
  if (def.type !== 'Variable') return false;
  const declarator = def.node as TSESTree.VariableDeclarator;
  // A destructuring declaration always has an initialiser.
  if (declarator.id.type !== 'ObjectPattern') return false;
  const init = unwrap(declarator.init!);
  const base = init.type === 'MemberExpression' ? unwrap(init.object) : init;
  return isParameter(base, code, depth + 1);
}

/** The file imports one of `modules`, or annotates something with a type of that framework's name. */
function hasEvidence(code: SourceCode, modules: readonly string[], types: RegExp): boolean {
  const imported = getModuleRefs(code).imported;
  if (modules.some((module) => imported.has(module))) return true;
  return importedTypeNames(code).some((name) => types.test(name));
}

const IMPORTED_TYPE_NAMES = fileFact<string[]>('imported names');

/** Names imported by the file (`import type { FastifyReply }`), a cheap view of its vocabulary. */
function importedTypeNames(code: SourceCode): string[] {
  return perFile(code, IMPORTED_TYPE_NAMES, () => {
    const names: string[] = [];
    for (const statement of code.ast.body) {
      if (statement.type !== 'ImportDeclaration') continue;
      for (const specifier of statement.specifiers) {
        if (specifier.type === 'ImportSpecifier') names.push(specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value);
      }
    }
    return names;
  });
}

/** The type annotation's name of a parameter or variable (`res: NextResponse` → 'NextResponse'). */
function typeName(id: TSESTree.Identifier, code: SourceCode): string | undefined {
  const variable = variableOf(code, id);
  const name = variable?.defs[0]?.name as TSESTree.Identifier | undefined;
  const annotation = name?.typeAnnotation?.typeAnnotation;
  if (annotation?.type !== 'TSTypeReference') return undefined;
  const typeNameNode = annotation.typeName;
  return typeNameNode.type === 'TSQualifiedName' ? typeNameNode.right.name : (typeNameNode as { name?: string }).name;
}

function unwrapAwait(node: Node): Node {
  let current = unwrap(node);
  while (current.type === 'AwaitExpression') current = unwrap(current.argument);
  return current;
}
