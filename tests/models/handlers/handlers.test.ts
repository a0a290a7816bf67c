import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { describe, expect, it } from 'vitest';
import { getHandlerAnalysis, type Handler } from '../../../lib/models/handlers/handlers.ts';
import { routePathFromFile } from '../../../lib/models/handlers/routes.ts';
import { analyze, type ParserName } from '../../helpers/analyze.ts';

const FILE = '/project/src/server.ts';

function textAt(sourceCode: SourceCode, loc: TSESTree.SourceLocation): string {
  return sourceCode.text.slice(sourceCode.getIndexFromLoc(loc.start), sourceCode.getIndexFromLoc(loc.end));
}

/** The handlers of `code` as plain data: kind, name, method, path and the reported text. */
function handlersOf(code: string, filename = FILE, parser: ParserName = 'ts') {
  return analyze(
    code,
    ({ sourceCode }) =>
      getHandlerAnalysis(sourceCode, filename).handlers.map((handler: Handler) => ({
        kind: handler.kind,
        name: handler.name,
        method: handler.method,
        path: handler.path,
        report: textAt(sourceCode, handler.report.loc),
        chain: handler.chain.length,
      })),
    { parser },
  );
}

describe('route registrations', () => {
  it('finds Express, Hono and Koa router shorthand routes, reporting on the path', () => {
    expect(
      handlersOf(`
        app.post('/login', validate, async (req, res) => {});
        router.get(\`/logout\`, function logout(req, res) {});
        router.post('login', '/sign-in', async (ctx) => {});
        app.del(['/session', '/sessions'], (c) => c.body(null));
        api.all(path, (req, res) => {});
        $.post('/logout', (data) => {});
        jQuery.get('/logout', function (data) {});
      `),
    ).toEqual([
      { kind: 'route', name: undefined, method: 'POST', path: '/login', report: "'/login'", chain: 2 },
      { kind: 'route', name: 'logout', method: 'GET', path: '/logout', report: '`/logout`', chain: 1 },
      { kind: 'route', name: undefined, method: 'POST', path: '/sign-in', report: "'/sign-in'", chain: 1 },
      { kind: 'route', name: undefined, method: 'DELETE', path: '/session', report: "['/session', '/sessions']", chain: 1 },
      { kind: 'route', name: undefined, method: 'ALL', path: undefined, report: 'all', chain: 1 },
    ]);
  });

  it('follows router.route(path).get(…).post(…) chains and wrapper calls', () => {
    expect(
      handlersOf(`
        router.route('/login').get(showLogin).post(asyncHandler(async (req, res) => {}));
        const login = catchAsync(async (req, res) => {});
        app.post('/api/login', login);
      `),
    ).toEqual([
      { kind: 'route', name: undefined, method: 'POST', path: '/login', report: "'/login'", chain: 1 },
      { kind: 'route', name: 'login', method: 'POST', path: '/api/login', report: "'/api/login'", chain: 1 },
    ]);
  });

  it('reads Fastify route options: hooks before the handler, or a handler property', () => {
    expect(
      handlersOf(`
        fastify.post('/login', { schema, preValidation: [passport.authenticate('local')], preHandler: check }, async (request, reply) => {});
        fastify.get('/me', { onRequest: auth, handler: async (request) => ({}) });
        fastify.route({ method: 'POST', url: '/logout', preHandler: [guard], handler: logout });
        function logout(request, reply) {}
      `),
    ).toEqual([
      { kind: 'route', name: undefined, method: 'POST', path: '/login', report: "'/login'", chain: 3 },
      { kind: 'route', name: undefined, method: 'GET', path: '/me', report: "'/me'", chain: 2 },
      { kind: 'route', name: 'logout', method: 'POST', path: '/logout', report: "'/logout'", chain: 2 },
    ]);
  });

  it('reads hapi route objects and arrays, with options.handler and pre', () => {
    expect(
      handlersOf(`
        server.route([
          { method: 'POST', path: '/login', options: { pre: [{ method: loadUser, assign: 'user' }], handler: (request, h) => {} } },
          { method: ['GET'], path: '/logout', handler: (request, h) => {} },
          { method: 'GET', path: dynamicPath, handler: imported },
        ]);
        server.route({ method: 'GET', path: '/x', config: { handler: (request, h) => {} } });
        function loadUser(request) {}
      `),
    ).toEqual([
      { kind: 'route', name: undefined, method: 'POST', path: '/login', report: "'/login'", chain: 2 },
      { kind: 'route', name: undefined, method: 'GET', path: '/logout', report: "'/logout'", chain: 1 },
      { kind: 'route', name: undefined, method: 'GET', path: '/x', report: "'/x'", chain: 1 },
    ]);
  });

  it('ignores calls that only look like routes: clients, mocks, data arguments, opaque handlers', () => {
    expect(
      handlersOf(`
        import { http } from 'msw';
        import nock from 'nock';
        axios.post('/login', credentials);
        axios.post('/logout', buildBody());
        http.post('/login', () => {});
        nock('https://x').post('/login').reply(200);
        app.post('/logout', importedHandler);
        app.post(handlerOnly);
        app.post('/x', ...handlers);
        app[method]('/x', (req, res) => {});
        app.route('/x');
        app.route({ method: 'GET', path: '/y' });
        app.route({ method: 'GET', path: '/z', handler: importedHandler });
      `),
    ).toEqual([]);
  });

  it('keeps a route whose only step is passport.authenticate', () => {
    expect(handlersOf(`app.post('/login', passport.authenticate('local', { successRedirect: '/' }));`)).toEqual([
      { kind: 'route', name: undefined, method: 'POST', path: '/login', report: "'/login'", chain: 1 },
    ]);
  });
});

describe('NestJS controllers', () => {
  it('joins the controller prefix and the method path, and reports on the method name', () => {
    expect(
      handlersOf(`
        @Controller('auth')
        export class AuthController {
          @UseGuards(LocalAuthGuard)
          @Post('login')
          login(@Req() req) {}
          @Get()
          me() {}
          @Delete(':id')
          remove() {}
          helper() {}
        }
        @Controller({ path: '/account/', host: 'x' })
        class AccountController {
          @Patch('email') email() {}
          @Put(dynamic) other() {}
        }
      `),
    ).toEqual([
      { kind: 'nest', name: 'login', method: 'POST', path: '/auth/login', report: 'login', chain: 1 },
      { kind: 'nest', name: 'me', method: 'GET', path: '/auth', report: 'me', chain: 1 },
      { kind: 'nest', name: 'remove', method: 'DELETE', path: '/auth/:id', report: 'remove', chain: 1 },
      { kind: 'nest', name: 'email', method: 'PATCH', path: '/account/email', report: 'email', chain: 1 },
      { kind: 'nest', name: 'other', method: 'PUT', path: undefined, report: 'other', chain: 1 },
    ]);
  });
});

describe('exported handlers', () => {
  it('finds Next.js route handlers with the path their file gives', () => {
    expect(
      handlersOf(
        `
        export async function POST(request: Request) {}
        export const DELETE = withAuth(async (request) => {});
        const handler = async () => {};
        export { handler as GET };
        export const PUT = 1;
      `,
        '/project/src/app/(auth)/api/logout/route.ts',
      ),
    ).toEqual([
      { kind: 'route-export', name: 'POST', method: 'POST', path: '/api/logout', report: 'POST', chain: 1 },
      { kind: 'route-export', name: 'DELETE', method: 'DELETE', path: '/api/logout', report: 'DELETE', chain: 1 },
      { kind: 'route-export', name: 'GET', method: 'GET', path: '/api/logout', report: 'GET', chain: 1 },
    ]);
  });

  it('finds server actions: every exported async function of a "use server" file, and inline ones', () => {
    expect(
      handlersOf(`
        'use server';
        export async function login(formData) {}
        export const logout = async () => {};
        export function notAnAction() {}
      `),
    ).toEqual([
      { kind: 'server-action', name: 'login', method: 'POST', path: undefined, report: 'login', chain: 1 },
      { kind: 'server-action', name: 'logout', method: 'POST', path: undefined, report: 'logout', chain: 1 },
    ]);
    expect(
      handlersOf(`
        export default function Page() {
          async function signOut() {
            'use server';
          }
          const save = async () => {
            'use strict';
            'use server';
          };
          return form(async () => { 'use server'; });
        }
      `, '/project/app/page.ts'),
    ).toEqual([
      { kind: 'server-action', name: 'signOut', method: 'POST', path: undefined, report: 'signOut', chain: 1 },
      { kind: 'server-action', name: 'save', method: 'POST', path: undefined, report: 'save', chain: 1 },
      { kind: 'server-action', name: undefined, method: 'POST', path: undefined, report: 'async', chain: 1 },
    ]);
  });

  it('finds tRPC procedures: resolvers of a procedure builder, named by their router key or variable', () => {
    expect(
      handlersOf(`
        import { createTRPCRouter, protectedProcedure, publicProcedure } from '../trpc';
        export const authRouter = createTRPCRouter({
          logout: protectedProcedure.mutation(async ({ ctx }) => {}),
          'change-password': protectedProcedure.input(schema).use(rateLimit).mutation(async ({ ctx, input }) => {}),
          me: publicProcedure.query(({ ctx }) => ctx.user),
          events: t.procedure.subscription(() => observable()),
          [computed]: protectedProcedure.mutation(async () => {}),
        });
        export const signIn = publicProcedure.mutation(handleSignIn);
        async function handleSignIn({ ctx, input }) {}
        // Not procedures: no builder, a step the builder does not have, no function, a non-procedure name.
        router({ a: db.query(async () => {}), b: protectedProcedure.pipe(x).mutation(async () => {}), c: publicProcedure.mutation(resolver), d: apollo.mutation(async () => {}) });
      `),
    ).toEqual([
      { kind: 'procedure', name: 'logout', method: 'POST', path: undefined, report: 'logout', chain: 1 },
      { kind: 'procedure', name: 'change-password', method: 'POST', path: undefined, report: "'change-password'", chain: 1 },
      { kind: 'procedure', name: 'me', method: 'GET', path: undefined, report: 'me', chain: 1 },
      { kind: 'procedure', name: 'events', method: 'GET', path: undefined, report: 'events', chain: 1 },
      { kind: 'procedure', name: undefined, method: 'POST', path: undefined, report: 'mutation', chain: 1 },
      { kind: 'procedure', name: 'signIn', method: 'POST', path: undefined, report: 'signIn', chain: 1 },
    ]);
  });

  it('finds SvelteKit form actions and +server handlers', () => {
    expect(
      handlersOf(
        `
        export const actions = {
          default: async (event) => {},
          logout: async ({ cookies }) => {},
          [computed]: async () => {},
          notAFunction: 1,
        } satisfies Actions;
        export const POST: RequestHandler = async ({ locals }) => new Response();
      `,
        '/project/src/routes/account/+page.server.ts',
      ),
    ).toEqual([
      { kind: 'form-action', name: 'default', method: 'POST', path: '/account', report: 'default', chain: 1 },
      { kind: 'form-action', name: 'logout', method: 'POST', path: '/account', report: 'logout', chain: 1 },
      { kind: 'route-export', name: 'POST', method: 'POST', path: '/account', report: 'POST', chain: 1 },
    ]);
  });

  it('finds exported controllers: functions, objects, classes, CommonJS exports', () => {
    expect(
      handlersOf(`
        export async function login(req: Request, res: Response) {}
        export const logout = (request, reply) => {};
        export function helper(value) {}
        export function typed(incoming: NextApiRequest) {}
        export function destructured({ session, body }, res) {}
        export function noParams() {}
        export function pattern([a]) {}
        export const controller = { signIn(req, res) {}, util: (x) => x, other: 1, [key]: (req) => {} };
        export class UsersController {
          static create(req) {}
          get value() { return 1; }
          update = async (ctx) => {};
          async remove(req, res) {}
          [computed](req) {}
        }
      `),
    ).toEqual([
      { kind: 'controller', name: 'login', method: undefined, path: undefined, report: 'login', chain: 1 },
      { kind: 'controller', name: 'logout', method: undefined, path: undefined, report: 'logout', chain: 1 },
      { kind: 'controller', name: 'typed', method: undefined, path: undefined, report: 'typed', chain: 1 },
      { kind: 'controller', name: 'destructured', method: undefined, path: undefined, report: 'destructured', chain: 1 },
      { kind: 'controller', name: 'signIn', method: undefined, path: undefined, report: 'signIn', chain: 1 },
      { kind: 'controller', name: 'update', method: undefined, path: undefined, report: 'update', chain: 1 },
      { kind: 'controller', name: 'remove', method: undefined, path: undefined, report: 'remove', chain: 1 },
    ]);
    expect(
      handlersOf(
        `
        exports.login = function (req, res) {};
        module.exports.logout = (req, res) => {};
        module.exports = { signup: async (req, res) => {} };
        exports[name] = (req) => {};
        other.exports.x = (req) => {};
        exports.value = 1;
      `,
        FILE,
        'espree',
      ),
    ).toEqual([
      { kind: 'controller', name: 'login', method: undefined, path: undefined, report: 'login', chain: 1 },
      { kind: 'controller', name: 'logout', method: undefined, path: undefined, report: 'logout', chain: 1 },
      { kind: 'controller', name: 'signup', method: undefined, path: undefined, report: 'signup', chain: 1 },
    ]);
  });

  it('names a default export after its function or its file', () => {
    expect(handlersOf(`export default function handler(req, res) {}`, '/project/pages/api/logout.ts')).toEqual([
      { kind: 'controller', name: 'handler', method: undefined, path: '/api/logout', report: 'handler', chain: 1 },
    ]);
    expect(handlersOf(`export default async (req, res) => {};`, '/project/pages/api/auth/index.ts')).toEqual([
      { kind: 'controller', name: 'default', method: undefined, path: '/api/auth', report: 'export default', chain: 1 },
    ]);
    expect(handlersOf(`export default defineEventHandler(async (event) => {});`, '/project/server/api/logout.post.ts')).toEqual([
      { kind: 'controller', name: 'default', method: undefined, path: '/api/logout', report: 'export default', chain: 1 },
    ]);
    expect(handlersOf(`class Auth { login(req, res) {} }\nexport default new Auth();`)).toEqual([
      { kind: 'controller', name: 'login', method: undefined, path: undefined, report: 'login', chain: 1 },
    ]);
    expect(handlersOf(`module.exports = function (req, res) {};`, FILE, 'espree')).toEqual([
      { kind: 'controller', name: 'default', method: undefined, path: undefined, report: 'exports', chain: 1 },
    ]);
    expect(handlersOf(`export default new Unknown();\nexport default class {}`.split('\n')[0]!)).toEqual([]);
  });

  it('reports a function registered as a route once, at its registration', () => {
    expect(
      handlersOf(`
        export async function login(req, res) {}
        router.post('/login', login);
      `),
    ).toEqual([{ kind: 'route', name: 'login', method: 'POST', path: '/login', report: "'/login'", chain: 1 }]);
  });
});

describe('routePathFromFile', () => {
  it.for([
    ['/p/app/api/auth/logout/route.ts', '/api/auth/logout'],
    ['/p/src/app/(marketing)/login/route.js', '/login'],
    ['/p/app/route.ts', '/'],
    ['C:\\p\\app\\api\\route.ts', '/api'],
    ['/p/src/routes/account/+page.server.ts', '/account'],
    ['/p/src/routes/+server.js', '/'],
    ['/p/src/routes/(app)/settings/+layout.server.ts', '/settings'],
    ['/p/pages/api/logout.ts', '/api/logout'],
    ['/p/pages/api/auth/index.js', '/api/auth'],
    ['/p/server/api/logout.post.ts', '/api/logout'],
    ['/p/server/routes/auth/logout.ts', '/auth/logout'],
    ['/p/src/auth.ts', undefined],
  ] as const)('%s → %s', ([filename, path]) => {
    expect(routePathFromFile(filename)).toBe(path);
  });
});
