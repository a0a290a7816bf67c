// Where request handlers are: route registrations (Express, Koa routers, Fastify, Hono, hapi), NestJS
// controller methods, exported route handlers (Next.js, SvelteKit `+server`), server actions, SvelteKit
// form actions, exported controller functions, objects and classes, and RPC procedures (tRPC).
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import type { ModuleRefs } from '../../file/modules.ts';
import { isKnown, staticValue } from '../../values/index.ts';
import { literalKey, unwrap } from '../../ast/syntax.ts';
import { isFunctionNode, type FileFacts, type FunctionNode } from '../../ast/function-facts.ts';
import { constantInit, resolveFunction, wrappedFunction } from './resolve.ts';
import { alternation, ROUTE_REQUEST_NAMES } from '../../vocabulary/request-names.ts';
import { PROCEDURE_SHAPES } from '../../frameworks/procedure-shapes.ts';

type Node = TSESTree.Node;

export type HandlerKind = 'route' | 'nest' | 'route-export' | 'server-action' | 'form-action' | 'controller' | 'procedure';

export interface Handler {
  readonly kind: HandlerKind;
  /** The function, method, export or action name. */
  readonly name: string | undefined;
  /** Upper-case HTTP method, when the registration says it. */
  readonly method: string | undefined;
  /** The route path as registered (or derived from a Next.js / SvelteKit file name), when static. */
  readonly path: string | undefined;
  /**
   * What runs for the request, in order: middleware first, the handler last. Each is a function, or an
   * expression the analysis cannot enter (`passport.authenticate('local')`, an imported middleware).
   */
  readonly chain: readonly Node[];
  /**
   * Where reports about the handler go: the path literal, the method, export or action name, or for an
   * anonymous default export its `export default` keywords. Never the whole function.
   */
  readonly report: { readonly loc: TSESTree.SourceLocation };
  /** NestJS method decorators (`@UseGuards(…)`). */
  readonly decorators: readonly TSESTree.Decorator[];
  /**
   * The file's own name (`logout` for `routes/logout.js` or `routes/logout/index.ts`): file-system
   * routers (fastify-autoload, Next.js pages) register a handler at `/` of a folder named for it.
   */
  readonly file?: string;
}

const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'options', 'head']);
const EXPORTED_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD']);
const NEST_METHODS = new Map([
  ['Get', 'GET'],
  ['Post', 'POST'],
  ['Put', 'PUT'],
  ['Patch', 'PATCH'],
  ['Delete', 'DELETE'],
  ['All', 'ALL'],
  ['Options', 'OPTIONS'],
  ['Head', 'HEAD'],
]);
// Route options that run before the handler (Fastify hooks, hapi `pre`).
const HOOKS = ['onRequest', 'preParsing', 'preValidation', 'preHandler', 'beforeHandler', 'pre'];
// Modules whose `get`/`post` define mock responses in tests, not server routes.
const MOCK_MODULES = ['msw', 'nock', 'fetch-mock', 'axios-mock-adapter', 'axios', 'jquery', 'superagent', 'supertest', 'got', 'ky'];
// HTTP clients and test drivers whose `get`/`post` take a callback: `$.post('/logout', (data) => …)`.
const CLIENT_NAMES = new Set(['$', 'jQuery', 'axios', 'superagent', 'supertest', 'cy', 'fetchMock', 'got', 'ky']);
const REQUEST_NAMES = new RegExp(`^(${alternation(ROUTE_REQUEST_NAMES)})$`);
const REQUEST_TYPES = /(Request|Context|RequestEvent|Ctx)\b/;
// `session` and `user` alone are as often React props (`function Header({ session })`).
const REQUEST_PROPERTIES = new Set(['cookies', 'locals', 'request', 'body', 'params', 'query', 'headers', 'url', 'platform']);
// React components (`LogoutButton`) are named in PascalCase; handlers are not.
const COMPONENT_NAME = /^[A-Z][a-z]/;

export function findHandlers(facts: FileFacts, sourceCode: Readonly<SourceCode>, refs: ModuleRefs, filename: string): Handler[] {
  const handlers: Handler[] = [];
  const finder = new Finder(sourceCode, refs, filename, handlers);
  for (const owner of [facts.program, ...facts.functions.map((fn) => facts.of(fn))]) {
    for (const call of owner.calls) if (call.type === 'CallExpression') finder.registration(call);
  }
  for (const cls of facts.classes) finder.controllerClass(cls);
  finder.exports();
  finder.inlineActions(facts.functions);
  return handlers;
}

class Finder {
  readonly #code: Readonly<SourceCode>;
  readonly #refs: ModuleRefs;
  readonly #filename: string;
  readonly #handlers: Handler[];
  readonly #claimed = new Set<Node>();
  readonly #serverActionFile: boolean;

  constructor(code: Readonly<SourceCode>, refs: ModuleRefs, filename: string, handlers: Handler[]) {
    this.#code = code;
    this.#refs = refs;
    this.#filename = filename.replaceAll('\\', '/');
    this.#handlers = handlers;
    this.#serverActionFile = hasDirective(code.ast.body, 'use server');
  }

  #add(handler: Handler): void {
    const last = handler.chain.at(-1);
    const fn = last && resolveFunction(last, this.#code);
    if (fn) {
      if (this.#claimed.has(fn)) return;
      this.#claimed.add(fn);
    }
    this.#handlers.push({ ...handler, file: fileName(this.#filename) });
  }

  /** `app.post('/login', …)`, `router.route('/login').post(…)`, `server.route({ method, path, handler })`. */
  registration(call: TSESTree.CallExpression): void {
    const callee = unwrap(call.callee);
    if (callee.type !== 'MemberExpression' || callee.computed) return;
    const method = literalKey(callee.property);
    if (method === undefined) return;
    if (method === 'route' && call.arguments.length > 0 && call.arguments.every((argument) => isObjectOrArray(argument))) {
      for (const argument of call.arguments) {
        const options = unwrap(argument as Node);
        for (const route of options.type === 'ArrayExpression' ? options.elements : [options]) {
          if (route && route.type === 'ObjectExpression') this.#routeObject(route);
        }
      }
      return;
    }
    if (PROCEDURE_RESOLVERS.has(method)) {
      this.#procedure(call, callee, method);
      return;
    }
    if (!ROUTE_METHODS.has(method) || this.#isMock(callee.object)) return;
    const args = call.arguments.filter((argument): argument is TSESTree.Expression => argument.type !== 'SpreadElement');
    let pathNode: Node | undefined;
    let rest = args;
    const chained = chainedRoutePath(callee.object);
    if (chained) pathNode = chained;
    else {
      const pathIndex = isPathArgument(args[1]) && isPathArgument(args[0]) ? 1 : 0;
      if (!isPathArgument(args[pathIndex], true)) return;
      pathNode = args[pathIndex];
      rest = args.slice(pathIndex + 1);
    }
    const chain: Node[] = [];
    for (const argument of rest) {
      const bare = unwrap(argument);
      if (bare.type === 'ObjectExpression') {
        // Fastify route options: hooks, and a `handler` when no function argument follows.
        chain.push(...this.#hooks(bare));
        const handler = propertyValue(bare, 'handler');
        if (handler) chain.push(handler);
      }
      else if (bare.type === 'ArrayExpression') chain.push(...bare.elements.filter((element): element is TSESTree.Expression => element !== null && element.type !== 'SpreadElement'));
      else chain.push(argument);
    }
    if (!this.#isVisibleChain(chain)) return;
    const path = pathNode && staticString(pathNode, this.#code);
    const report = path !== undefined ? pathNode! : callee.property;
    this.#add({ kind: 'route', name: chainName(chain), method: method === 'del' ? 'DELETE' : method.toUpperCase(), path, chain, report, decorators: [] });
  }

  /** `login: publicProcedure.input(schema).mutation(async ({ ctx, input }) => …)` in a tRPC router. */
  #procedure(call: TSESTree.CallExpression, callee: TSESTree.MemberExpression, resolver: string): void {
    const [argument] = call.arguments;
    const fn = argument && argument.type !== 'SpreadElement' ? resolveFunction(argument, this.#code) : undefined;
    const shape = fn && procedureShape(callee.object, resolver);
    if (!shape) return;
    const owner = call.parent;
    const key = owner?.type === 'Property' && owner.value === call && !owner.computed ? owner.key : owner?.type === 'VariableDeclarator' && owner.init === call && owner.id.type === 'Identifier' ? owner.id : undefined;
    const name = key && (key.type === 'Identifier' ? key.name : literalKey(key));
    this.#add({ kind: 'procedure', name, method: shape.resolvers[resolver], path: undefined, chain: [fn], report: key ?? callee.property, decorators: [] });
  }

  /** A hapi or Fastify route object: `{ method, path | url, handler | options: { handler, pre } }`. */
  #routeObject(route: TSESTree.ObjectExpression): void {
    const options = propertyValue(route, 'options') ?? propertyValue(route, 'config');
    const handler = propertyValue(route, 'handler') ?? (options?.type === 'ObjectExpression' ? propertyValue(options, 'handler') : undefined);
    if (!handler) return;
    const chain = [...this.#hooks(route), ...(options?.type === 'ObjectExpression' ? this.#hooks(options) : []), handler];
    if (!this.#isVisibleChain(chain)) return;
    const pathNode = propertyValue(route, 'path') ?? propertyValue(route, 'url');
    const methodValue = propertyValue(route, 'method');
    const method = methodValue && staticString(methodValue, this.#code);
    const path = pathNode && staticString(pathNode, this.#code);
    const report = pathNode ?? propertyKey(route, 'handler') ?? propertyKey(options as TSESTree.ObjectExpression, 'handler')!;
    this.#add({ kind: 'route', name: chainName(chain), method: method?.toUpperCase(), path, chain, report, decorators: [] });
  }

  #hooks(options: TSESTree.ObjectExpression): Node[] {
    const found: Node[] = [];
    for (const hook of HOOKS) {
      const value = propertyValue(options, hook);
      if (!value) continue;
      const bare = unwrap(value);
      if (bare.type === 'ArrayExpression') {
        for (const element of bare.elements) {
          if (!element || element.type === 'SpreadElement') continue;
          // hapi `pre: [{ method: fn, assign }]`
          const item = unwrap(element);
          found.push(item.type === 'ObjectExpression' ? (propertyValue(item, 'method') ?? item) : element);
        }
      } else found.push(value);
    }
    return found;
  }

  // Some chain element must be code the analysis can read, or a passport login it understands.
  #isVisibleChain(chain: readonly Node[]): boolean {
    return chain.some((element) => {
      const bare = unwrap(element);
      if (bare.type === 'CallExpression') return wrappedFunction(bare, this.#code) !== undefined || isPassportAuthenticate(bare, this.#refs);
      return resolveFunction(element, this.#code) !== undefined;
    });
  }

  #isMock(receiver: Node): boolean {
    let base = unwrap(receiver);
    while (base.type === 'MemberExpression' || base.type === 'CallExpression') base = unwrap(base.type === 'MemberExpression' ? base.object : base.callee);
    if (base.type === 'Identifier' && CLIENT_NAMES.has(base.name)) return true;
    const ref = this.#refs.resolve(base);
    return ref !== undefined && MOCK_MODULES.includes(ref.module);
  }

  /** NestJS: `@Post('login') login(@Req() req)` in a `@Controller('auth')` class; else plain controller classes. */
  controllerClass(cls: TSESTree.ClassDeclaration | TSESTree.ClassExpression): void {
    const controller = decoratorsOf(cls).find((decorator) => decoratorName(decorator) === 'Controller');
    const prefix = controller ? decoratorPath(controller, this.#code) : undefined;
    for (const member of cls.body.body) {
      if (member.type !== 'MethodDefinition' || member.kind !== 'method' || member.computed) continue;
      const route = decoratorsOf(member).find((decorator) => NEST_METHODS.has(decoratorName(decorator) ?? ''));
      if (!route) continue;
      const sub = decoratorPath(route, this.#code);
      const path = joinPaths(prefix, sub);
      this.#add({
        kind: 'nest',
        name: literalKey(member.key),
        method: NEST_METHODS.get(decoratorName(route)!),
        path,
        chain: [member.value],
        report: member.key,
        decorators: decoratorsOf(member),
      });
    }
  }

  /** Exported handlers: Next.js and SvelteKit method exports, actions, controllers, CommonJS exports. */
  exports(): void {
    for (const statement of this.#code.ast.body) {
      if (statement.type === 'ExportNamedDeclaration') this.#namedExport(statement);
      else if (statement.type === 'ExportDefaultDeclaration') this.#exported('default', statement.declaration, this.#defaultExportName(statement));
      else if (statement.type === 'ExpressionStatement') this.#commonJsExport(statement.expression);
    }
  }

  #namedExport(statement: TSESTree.ExportNamedDeclaration): void {
    const declaration = statement.declaration;
    if (declaration?.type === 'FunctionDeclaration' && declaration.id) this.#exported(declaration.id.name, declaration, declaration.id);
    else if (declaration?.type === 'ClassDeclaration' && declaration.id) this.#exported(declaration.id.name, declaration, declaration.id);
    else if (declaration?.type === 'VariableDeclaration') {
      for (const declarator of declaration.declarations) {
        if (declarator.id.type === 'Identifier' && declarator.init) this.#exported(declarator.id.name, declarator.init, nameOnly(declarator.id));
      }
    } else if (!statement.source) {
      for (const specifier of statement.specifiers) {
        if (specifier.type !== 'ExportSpecifier' || specifier.local.type !== 'Identifier') continue;
        const exported = specifier.exported.type === 'Identifier' ? specifier.exported.name : String(specifier.exported.value);
        const value = constantInit(specifier.local, this.#code);
        if (value) this.#exported(exported, value, specifier.exported);
      }
    }
  }

  /** `handler` in `export default function handler`, else the `export default` keywords. */
  #defaultExportName(statement: TSESTree.ExportDefaultDeclaration): { readonly loc: TSESTree.SourceLocation } {
    const declaration = statement.declaration;
    if ((declaration.type === 'FunctionDeclaration' || declaration.type === 'ClassDeclaration') && declaration.id) return declaration.id;
    const [exportToken, defaultToken] = this.#code.getFirstTokens(statement, 2);
    return { loc: { start: exportToken!.loc.start, end: defaultToken!.loc.end } };
  }

  #commonJsExport(expression: Node): void {
    if (expression.type !== 'AssignmentExpression' || expression.operator !== '=') return;
    const target = unwrap(expression.left);
    if (target.type !== 'MemberExpression' || target.computed) return;
    const key = literalKey(target.property);
    const object = unwrap(target.object);
    if (isModuleExports(target)) this.#exported('default', expression.right, target.property);
    else if (key !== undefined && (isGlobal(object, 'exports') || isModuleExports(object))) this.#exported(key, expression.right, target.property);
  }

  #exported(name: string, value: Node, report: Handler['report']): void {
    let bare = unwrap(value);
    if (bare.type === 'Identifier') {
      const init = constantInit(bare, this.#code);
      if (init) bare = unwrap(init);
    }
    const filePath = routePathFromFile(this.#filename);
    if (EXPORTED_METHODS.has(name)) {
      const fn = this.#functionOf(bare);
      if (fn) this.#add({ kind: 'route-export', name, method: name, path: filePath, chain: [fn], report, decorators: [] });
      return;
    }
    if (name === 'actions' && bare.type === 'ObjectExpression') {
      for (const property of bare.properties) {
        if (property.type !== 'Property' || property.computed) continue;
        const fn = resolveFunction(property.value, this.#code);
        const key = literalKey(property.key);
        if (fn && key !== undefined) this.#add({ kind: 'form-action', name: key, method: 'POST', path: filePath, chain: [fn], report: property.key, decorators: [] });
      }
      return;
    }
    if (bare.type === 'ObjectExpression') {
      for (const property of bare.properties) {
        if (property.type !== 'Property' || property.computed) continue;
        const fn = resolveFunction(property.value, this.#code);
        const key = literalKey(property.key);
        if (fn && key !== undefined && this.#looksLikeHandler(fn)) this.#add({ kind: 'controller', name: key, method: undefined, path: undefined, chain: [fn], report: property.key, decorators: [] });
      }
      return;
    }
    if (bare.type === 'ClassDeclaration' || bare.type === 'ClassExpression' || bare.type === 'NewExpression') {
      const cls = bare.type === 'NewExpression' ? classOf(bare.callee, this.#code) : bare;
      if (cls) this.#classMethods(cls);
      return;
    }
    const fn = this.#functionOf(bare);
    if (!fn) return;
    const action = this.#serverActionFile || hasDirective(fn.body.type === 'BlockStatement' ? fn.body.body : [], 'use server');
    if (action && fn.async) {
      this.#add({ kind: 'server-action', name, method: 'POST', path: undefined, chain: [fn], report, decorators: [] });
    } else {
      // A default export is named after its function, and routed after its file: `pages/api/logout.ts`.
      const shown = name === 'default' ? (fn.id?.name ?? name) : name;
      if (this.#looksLikeHandler(fn) && !COMPONENT_NAME.test(shown)) {
        this.#add({ kind: 'controller', name: shown, method: undefined, path: name === 'default' ? filePath : undefined, chain: [fn], report, decorators: [] });
      }
    }
  }

  #classMethods(cls: TSESTree.ClassDeclaration | TSESTree.ClassExpression): void {
    for (const member of cls.body.body) {
      if ((member.type !== 'MethodDefinition' && member.type !== 'PropertyDefinition') || member.computed || member.static || !member.value) continue;
      if (member.type === 'MethodDefinition' && member.kind !== 'method') continue;
      const fn = resolveFunction(member.value, this.#code);
      if (fn && this.#looksLikeHandler(fn)) {
        this.#add({ kind: 'controller', name: literalKey(member.key), method: undefined, path: undefined, chain: [fn], report: member.key, decorators: decoratorsOf(member) });
      }
    }
  }

  /** Functions with `'use server'` as their first statement (Next.js inline server actions). */
  inlineActions(functions: readonly FunctionNode[]): void {
    for (const fn of functions) {
      if (!fn.async || fn.body.type !== 'BlockStatement' || !hasDirective(fn.body.body, 'use server')) continue;
      const id = fn.id ?? (fn.parent.type === 'VariableDeclarator' && fn.parent.id.type === 'Identifier' ? fn.parent.id : undefined);
      this.#add({ kind: 'server-action', name: id?.name, method: 'POST', path: undefined, chain: [fn], report: id ? nameOnly(id) : this.#code.getFirstToken(fn)!, decorators: [] });
    }
  }

  #functionOf(node: Node): FunctionNode | undefined {
    if (isFunctionNode(node)) return node;
    if (node.type === 'CallExpression') return wrappedFunction(node, this.#code);
    return undefined;
  }

  /** A request-like first parameter: `req`, `ctx`, `event`, a `Request`-typed one, or `{ session, cookies }`. */
  #looksLikeHandler(fn: FunctionNode): boolean {
    const [first] = fn.params;
    if (!first) return false;
    const param = first.type === 'AssignmentPattern' ? first.left : first.type === 'TSParameterProperty' ? first.parameter : first;
    if (param.type === 'Identifier') {
      const annotation = param.typeAnnotation ? this.#code.getText(param.typeAnnotation) : '';
      return REQUEST_NAMES.test(param.name) || REQUEST_TYPES.test(annotation);
    }
    if (param.type === 'ObjectPattern') {
      return param.properties.some((property) => property.type === 'Property' && REQUEST_PROPERTIES.has(literalKey(property.key) ?? ''));
    }
    return false;
  }
}

/** An identifier without its type annotation (`POST` of `POST: RequestHandler`). */
function nameOnly(id: TSESTree.Identifier): Handler['report'] {
  const { start } = id.loc;
  return { loc: { start, end: { line: start.line, column: start.column + id.name.length } } };
}

export function isPassportAuthenticate(call: TSESTree.CallExpression, refs: ModuleRefs): boolean {
  const callee = unwrap(call.callee);
  if (refs.is(callee, ['passport', 'koa-passport', '@fastify/passport'], 'authenticate')) return true;
  return callee.type === 'MemberExpression' && !callee.computed && literalKey(callee.property) === 'authenticate' && /passport/i.test(receiverName(callee.object) ?? '');
}

function receiverName(node: Node): string | undefined {
  const bare = unwrap(node);
  if (bare.type === 'Identifier') return bare.name;
  if (bare.type === 'MemberExpression' && !bare.computed) return literalKey(bare.property);
  return undefined;
}

function isPathArgument(node: Node | undefined, named = false): boolean {
  if (!node) return false;
  const bare = unwrap(node);
  // `app.post(LOGIN_PATH, …)`, `router.get(paths.logout, …)`
  if (named && (bare.type === 'Identifier' || bare.type === 'MemberExpression')) return true;
  if (bare.type === 'Literal') return typeof bare.value === 'string' || 'regex' in bare;
  return bare.type === 'TemplateLiteral' || (bare.type === 'ArrayExpression' && bare.elements.length > 0 && bare.elements.every((element) => element !== null && isPathArgument(element)));
}

/** `router.route('/login').get(a).post(b)`: the path of the chain's `.route(…)` call. */
function chainedRoutePath(receiver: Node): Node | undefined {
  let current = unwrap(receiver);
  while (current.type === 'CallExpression') {
    const callee = unwrap(current.callee);
    if (callee.type !== 'MemberExpression' || callee.computed) return undefined;
    const name = literalKey(callee.property);
    if (name === 'route') return isPathArgument(current.arguments[0]) ? current.arguments[0] : undefined;
    if (!ROUTE_METHODS.has(name ?? '')) return undefined;
    current = unwrap(callee.object);
  }
  return undefined;
}

function chainName(chain: readonly Node[]): string | undefined {
  const last = chain.at(-1);
  if (!last) return undefined;
  const bare = unwrap(last);
  if (bare.type === 'Identifier') return bare.name;
  if (bare.type === 'MemberExpression' && !bare.computed) return literalKey(bare.property);
  if ((bare.type === 'FunctionExpression' || bare.type === 'FunctionDeclaration') && bare.id) return bare.id.name;
  return undefined;
}

const PROCEDURE_RESOLVERS = new Set(PROCEDURE_SHAPES.flatMap((shape) => Object.keys(shape.resolvers)));

/** The procedure builder `receiver` refines, when its chain starts at one (`protectedProcedure.input(x)`, `t.procedure`). */
function procedureShape(receiver: Node, resolver: string): (typeof PROCEDURE_SHAPES)[number] | undefined {
  return PROCEDURE_SHAPES.find((shape) => {
    if (!(resolver in shape.resolvers)) return false;
    let current = unwrap(receiver);
    while (current.type === 'CallExpression') {
      const callee = unwrap(current.callee);
      if (callee.type !== 'MemberExpression' || callee.computed || !shape.steps.includes(literalKey(callee.property) ?? '')) return false;
      current = unwrap(callee.object);
    }
    const name = current.type === 'Identifier' ? current.name : current.type === 'MemberExpression' && !current.computed ? literalKey(current.property) : undefined;
    return name !== undefined && shape.builder.test(name);
  });
}

function isObjectOrArray(node: Node): boolean {
  const bare = unwrap(node);
  return bare.type === 'ObjectExpression' || bare.type === 'ArrayExpression';
}

export function propertyValue(object: TSESTree.ObjectExpression, key: string): Node | undefined {
  return findProperty(object, key)?.value;
}

function propertyKey(object: TSESTree.ObjectExpression, key: string): Node | undefined {
  return findProperty(object, key)?.key;
}

function findProperty(object: TSESTree.ObjectExpression, key: string): TSESTree.Property | undefined {
  return object.properties.findLast((property): property is TSESTree.Property => property.type === 'Property' && !property.computed && literalKey(property.key) === key);
}

function staticString(node: Node, sourceCode: Readonly<SourceCode>): string | undefined {
  const bare = unwrap(node);
  // A regular-expression path keeps its source, whose words still say what the route is.
  if (bare.type === 'Literal' && 'regex' in bare && bare.regex) return bare.raw;
  const result = staticValue(node, sourceCode as SourceCode);
  if (isKnown(result) && typeof result.value === 'string') return result.value;
  if (isKnown(result) && Array.isArray(result.value) && typeof result.value[0] === 'string') return result.value[0];
  return undefined;
}

function hasDirective(body: readonly Node[], directive: string): boolean {
  for (const statement of body) {
    if (statement.type !== 'ExpressionStatement' || !('directive' in statement) || typeof statement.directive !== 'string') return false;
    if (statement.directive === directive) return true;
  }
  return false;
}

/** Decorators exist only in the TypeScript parser's tree; espree leaves the property out. */
export function decoratorsOf(node: { decorators?: TSESTree.Decorator[] }): readonly TSESTree.Decorator[] {
  return node.decorators ?? [];
}

function decoratorName(decorator: TSESTree.Decorator): string | undefined {
  const expression = unwrap(decorator.expression);
  const callee = expression.type === 'CallExpression' ? unwrap(expression.callee) : expression;
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression' && !callee.computed) return literalKey(callee.property);
  return undefined;
}

/** The path a Nest decorator gives: `@Post('login')`, `@Controller({ path: 'auth' })`, `@Get()`. */
function decoratorPath(decorator: TSESTree.Decorator, sourceCode: Readonly<SourceCode>): string | undefined {
  const expression = unwrap(decorator.expression);
  if (expression.type !== 'CallExpression') return undefined;
  const [argument] = expression.arguments;
  if (!argument) return '';
  const bare = unwrap(argument);
  if (bare.type === 'ObjectExpression') {
    const path = propertyValue(bare, 'path');
    return path ? staticString(path, sourceCode) : '';
  }
  return staticString(bare, sourceCode);
}

function joinPaths(prefix: string | undefined, sub: string | undefined): string | undefined {
  if (sub === undefined) return undefined;
  const parts = [prefix ?? '', sub].map((part) => part.replace(/^\/+|\/+$/g, '')).filter(Boolean);
  return `/${parts.join('/')}`;
}

function isModuleExports(node: Node): boolean {
  const bare = unwrap(node);
  return bare.type === 'MemberExpression' && !bare.computed && literalKey(bare.property) === 'exports' && isGlobal(unwrap(bare.object), 'module');
}

function isGlobal(node: Node, name: string): boolean {
  return node.type === 'Identifier' && node.name === name;
}

function classOf(node: Node, sourceCode: Readonly<SourceCode>): TSESTree.ClassDeclaration | TSESTree.ClassExpression | undefined {
  const bare = unwrap(node);
  const init = bare.type === 'Identifier' ? constantInit(bare, sourceCode) : bare;
  return init && (init.type === 'ClassDeclaration' || init.type === 'ClassExpression') ? init : undefined;
}

/** `logout` for `…/logout.js`, `…/logout/index.ts`, `…/logout/route.ts` or `…/logout/+server.ts`. */
export function fileName(filename: string): string | undefined {
  const parts = filename.replaceAll('\\', '/').split('/');
  const base = parts.at(-1)!.replace(/\.[^.]*$/, '').replace(/\.(get|post|put|patch|delete)$/, '');
  return /^(index|route|\+server|\+page\.server|\+layout\.server)$/.test(base) ? parts.at(-2) : base;
}

/**
 * The URL path a file-system router gives a file: Next.js `app/…/route.ts` and `pages/api/…`,
 * SvelteKit `src/routes/…/+server.ts` and `+page.server.ts`, Nuxt `server/api/…` and
 * `server/routes/…` (`logout.post.ts`). Route groups `(auth)` are dropped.
 */
export function routePathFromFile(filename: string): string | undefined {
  const normalised = filename.replaceAll('\\', '/');
  const match =
    /\/server\/(?:routes\/)?((?:api\/)?.*?)(?:\/index)?(?:\.(?:get|post|put|patch|delete))?\.[cm]?[jt]s$/.exec(normalised) ??
    /\/app\/(.*?)\/?route\.[cm]?[jt]sx?$/.exec(normalised) ??
    /\/src\/routes\/(.*?)\/?\+(?:server|page\.server|layout\.server)\.[jt]s$/.exec(normalised) ??
    /\/pages\/(api\/.*?)(?:\/index)?\.[cm]?[jt]sx?$/.exec(normalised);
  if (!match) return undefined;
  const segments = match[1]!.split('/').filter((segment) => segment !== '' && !/^\(.*\)$/.test(segment));
  return `/${segments.join('/')}`;
}
