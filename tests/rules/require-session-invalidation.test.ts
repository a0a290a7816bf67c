import * as espree from 'espree';
import rule from '../../lib/rules/require-session-invalidation.ts';
import { runRuleTests } from '../helpers/rule-tester.ts';

const legacyPassport = { asvs: { versions: { passport: '0.5.3' } } };

runRuleTests('require-session-invalidation', rule, {
  valid: [
    // Builds the logout-hint cookie's options: ends nothing, so it is not a logout.
    {
      filename: 'server/utils/LogoutTokenStore.ts',
      code: `import type { Context } from 'koa';
export class LogoutTokenStore {
  public async persist(ctx: Context, token: string): Promise<void> {
    const sessionId = crypto.randomBytes(16).toString('hex');
    await redis.set(sessionId, token);
    ctx.cookies.set(this.cookieName, sessionId, this.cookieOptions(ctx, new Date(Date.now() + 60_000)));
  }
  private cookieOptions(ctx: Context, expires: Date) {
    return { httpOnly: true, sameSite: 'lax' as const, secure: ctx.request.secure, expires };
  }
}`,
    },
    // Parse Server deletes the record of the session class.
    `app.post('/logout', async (req, res) => {
  const records = await rest.find(req.config, master, '_Session', { sessionToken: req.info.sessionToken });
  if (records.results.length) await rest.del(req.config, master, '_Session', records.results[0].objectId);
  res.json({});
});`,
    `app.post('/logout', (req, res, next) => {
  req.session.destroy((err) => {
    if (err) return next(err);
    res.clearCookie('connect.sid');
    res.redirect('/login');
  });
});`,
    // passport 0.6+ (assumed) regenerates in req.logout with its callback
    `app.post('/logout', (req, res, next) => {
  req.logout((err) => {
    if (err) return next(err);
    res.redirect('/');
  });
});`,
    `app.post('/logout', (req, res) => {
  req.session.regenerate(() => res.redirect('/'));
});`,
    `router.post('/logout', async (ctx) => {
  ctx.session = null;
  ctx.redirect('/login');
});`,
    `router.post('/logout', async (ctx) => {
  await ctx.logout();
  ctx.redirect('/');
});`,
    // cookie-session: dropping the session is its logout
    `app.get('/logout', (req, res) => {
  req.session = null;
  res.redirect('/');
});`,
    `fastify.post('/logout', async (request, reply) => {
  await request.session.destroy();
  return reply.redirect('/');
});`,
    `fastify.post('/logout', async (request, reply) => {
  await request.logOut();
  return { ok: true };
});`,
    `server.route({ method: 'POST', path: '/logout', handler: (request, h) => {
  request.yar.reset();
  return h.redirect('/');
} });`,
    `server.route({ method: 'GET', path: '/logout', options: { handler: (request, h) => {
  request.cookieAuth.clear();
  return h.redirect('/');
} } });`,
    // Lucia in a SvelteKit action
    {
      code: `export const actions = {
  logout: async ({ locals, cookies }) => {
    await lucia.invalidateSession(locals.session.id);
    const blank = lucia.createBlankSessionCookie();
    cookies.set(blank.name, blank.value, { path: '.', ...blank.attributes });
    redirect(302, '/login');
  },
};`,
      filename: '/work/main/src/routes/+page.server.ts',
    },
    // Auth.js
    `'use server';
export async function logout() {
  await signOut({ redirectTo: '/' });
}`,
    // iron-session: the library logout
    {
      code: `export async function POST() {
  const session = await getIronSession(await cookies(), sessionOptions);
  session.destroy();
  return Response.json({ ok: true });
}`,
      filename: '/work/main/app/api/logout/route.ts',
    },
    // a revoked-token list
    `app.post('/logout', async (req, res) => {
  await revokedTokens.add(req.auth.jti, req.auth.exp);
  res.clearCookie('__Host-token');
  res.sendStatus(204);
});`,
    `app.post('/api/logout', async (req, res) => {
  await RefreshToken.deleteMany({ userId: req.user.id });
  res.clearCookie('refresh_token');
  res.sendStatus(204);
});`,
    // a helper of the same file destroys the session
    `function endSession(req) {
  return new Promise((resolve) => req.session.destroy(resolve));
}
app.post('/logout', async (req, res) => {
  await endSession(req);
  res.redirect('/');
});`,
    // an imported helper named for it
    `import { destroySession } from './sessions.js';
app.post('/logout', async (req, res) => {
  await destroySession(req);
  res.redirect('/');
});`,
    // a page that renders a logout form
    `app.get('/logout', (req, res) => {
  res.render('confirm-logout');
});`,
    // not a logout
    `app.post('/preferences', (req, res) => {
  res.clearCookie('theme');
  res.redirect('/');
});`,
    `export async function logout() {
  await axios.post('/logout');
  localStorage.removeItem('token');
}`,
    `import { expressjwt } from 'express-jwt';
app.use(expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'], isRevoked: async (req, token) => denylist.has(token.payload.jti) }));`,
    // A key made on the spot signs no token: this middleware turns every request away.
    `import { expressjwt } from 'express-jwt';
export const denyAll = () => expressjwt({ secret: '' + Math.random(), algorithms: ['HS256'] });`,
    // options from another file are unknown
    `import { expressjwt } from 'express-jwt';
import { jwtOptions } from './config.js';
app.use(expressjwt({ ...jwtOptions, algorithms: ['RS256'] }));`,
    `import { Strategy } from 'passport-jwt';
passport.use(new Strategy(options, async (payload, done) => {
  const user = await User.findById(payload.sub);
  if (!user || user.tokenVersion !== payload.ver) return done(null, false);
  return done(null, user);
}));`,
    "fastify.register(require('@fastify/jwt'), { secret: process.env.JWT_SECRET, trusted: validateToken });",
    {
      code: `import { expressjwt } from 'express-jwt';
app.use(expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }));`,
      options: [{"checkTokenMiddleware":false}],
    },
    // a mock handler in tests is not a route
    `import { http, HttpResponse } from 'msw';
export const handlers = [http.post('/logout', () => HttpResponse.json({ ok: true }))];`,
    {
      code: `app.post('/logout', (req, res) => {
  req.session.destroy(() => {
    res.redirect('/');
  });
});`,
      languageOptions: { parser: espree },
    },
    // passport logout in a handler that is not a logout route
    `app.post('/account/delete', (req, res, next) => {
  req.logout(next);
});`,
    // middleware that ends the session
    "app.post('/logout', destroySession, (req, res) => res.redirect('/'));",
    "app.get('/', (req, res) => res.send('ok'));",
    // tokens stored on the user are removed: a server-side revocation
    `router.post('/users/logout', auth, async (req, res) => {
  req.user.tokens = req.user.tokens.filter((token) => token.token !== req.token);
  await req.user.save();
  res.send();
});`,
    `app.post('/logout', async (req, res) => {
  await User.updateOne({ _id: req.user.id }, { $pull: { refreshTokens: req.body.refreshToken } });
  res.clearCookie('refresh_token');
  res.sendStatus(204);
});`,
    `app.post('/logout', async (req, res) => {
  await redis.setex(\`bl:\${req.auth.jti}\`, 3600, '1');
  res.sendStatus(204);
});`,
    `app.post('/logout', async (req, res) => {
  await Token.deleteOne({ token: req.token });
  res.clearCookie('token');
  res.end();
});`,
    // a React component is not a handler
    `export default function LogoutButton({ session }) {
  const onClick = () => {
    localStorage.removeItem('token');
    router.push('/');
  };
  return onClick;
}`,
    // @fastify/passport logOut returns a promise: not awaited, it still logs out
    `import type { FastifyPluginAsync } from 'fastify';
const index: FastifyPluginAsync = async (fastify) => {
  fastify.get('/logout', (request, reply) => {
    request.logout();
    reply.send('logout');
  });
};
export default index;`,
    `module.exports = (fastify) => {
  fastify.get('/auth/logout', (request, reply) => {
    request.destroySession((err) => reply.send());
  });
};`,
    // tRPC procedures are handlers: a logout mutation that only clears the cookie.
    `import { createTRPCRouter, protectedProcedure } from '../trpc';
export const authRouter = createTRPCRouter({
  logout: protectedProcedure.mutation(async ({ ctx }) => {
    await ctx.db.session.delete({ where: { id: ctx.session.id } });
    ctx.res.setHeader('Set-Cookie', 'session=; Max-Age=0; Path=/');
  }),
});`,
  ],
  invalid: [
    // only the cookie is cleared
    {
      code: `app.post('/logout', (req, res) => {
  res.clearCookie('connect.sid');
  res.redirect('/login');
});`,
      errors: [
        { messageId: 'cookieOnly', data: { handler: 'POST /logout', call: 'req.session.destroy()' }, line: 1, column: 10, endLine: 1, endColumn: 19, suggestions: [
          { messageId: 'endSession', data: { call: 'req.session.destroy()' }, output: `app.post('/logout', (req, res) => {
  req.session.destroy((err) => {
    if (err) return res.status(500).end();
    res.clearCookie('connect.sid');
    res.redirect('/login');
  });
});` },
        ] },
      ],
    },
    // only a field is removed; the suggestion drops the removal
    {
      code: `app.post('/logout', (req, res, next) => {
  delete req.session.userId;
  res.redirect('/login');
});`,
      errors: [
        { messageId: 'fieldOnly', data: { handler: 'POST /logout', field: 'req.session.userId', call: 'req.session.destroy()' }, line: 1, column: 10, endLine: 1, endColumn: 19, suggestions: [
          { messageId: 'endSession', data: { call: 'req.session.destroy()' }, output: `app.post('/logout', (req, res, next) => {
  req.session.destroy((err) => {
    if (err) return next(err);
    res.redirect('/login');
  });
});` },
        ] },
      ],
    },
    {
      code: `router.post('/logout', async (ctx) => {
  ctx.session.user = null;
  ctx.redirect('/login');
});`,
      errors: [
        { messageId: 'fieldOnly', data: { handler: 'POST /logout', field: 'ctx.session.user', call: 'ctx.session = null' }, line: 1, column: 13, endLine: 1, endColumn: 22, suggestions: [
          { messageId: 'endSession', data: { call: 'ctx.session = null' }, output: `router.post('/logout', async (ctx) => {
  ctx.session = null;
  ctx.redirect('/login');
});` },
        ] },
      ],
    },
    {
      code: `export function logout(req, res) {
  req.session.loggedIn = false;
  res.redirect('/');
}`,
      errors: [
        { messageId: 'fieldOnly', data: { handler: 'logout', field: 'req.session.loggedIn', call: 'req.session.destroy()' }, line: 1, column: 17, endLine: 1, endColumn: 23, suggestions: [
          { messageId: 'endSession', data: { call: 'req.session.destroy()' }, output: `export function logout(req, res) {
  req.session.destroy((err) => {
    if (err) return res.status(500).end();
    res.redirect('/');
  });
}` },
        ] },
      ],
    },
    {
      code: `server.route({ method: 'POST', path: '/logout', handler: (request, h) => {
  request.yar.clear('user');
  return h.redirect('/');
} });`,
      errors: [
        { messageId: 'fieldOnly', data: { handler: 'POST /logout', field: "request.yar.clear('user')", call: 'request.yar.reset()' }, line: 1, column: 38, endLine: 1, endColumn: 47, suggestions: [
          { messageId: 'endSession', data: { call: 'request.yar.reset()' }, output: `server.route({ method: 'POST', path: '/logout', handler: (request, h) => {
  request.yar.reset();
  return h.redirect('/');
} });` },
        ] },
      ],
    },
    // only redirects
    {
      code: `app.get('/logout', (req, res) => {
  res.redirect('/');
});`,
      errors: [
        { messageId: 'sessionKept', data: { handler: 'GET /logout', call: 'req.session.destroy()' }, line: 1, column: 9, endLine: 1, endColumn: 18, suggestions: [
          { messageId: 'endSession', data: { call: 'req.session.destroy()' }, output: `app.get('/logout', (req, res) => {
  req.session.destroy((err) => {
    if (err) return res.status(500).end();
    res.redirect('/');
  });
});` },
        ] },
      ],
    },
    // passport < 0.6: req.logout keeps the session id; the suggestion destroys after it
    {
      code: `app.get('/logout', (req, res) => {
  req.logout();
  res.redirect('/');
});`,
      settings: legacyPassport,
      errors: [
        { messageId: 'passportLogoutKeepsSession', data: { handler: 'GET /logout', library: 'passport', version: '0.5.3', call: 'req.logout()', upgrade: 'passport 0.6+' }, line: 1, column: 9, endLine: 1, endColumn: 18, suggestions: [
          { messageId: 'endSession', data: { call: 'req.session.destroy()' }, output: `app.get('/logout', (req, res) => {
  req.logout();
  req.session.destroy((err) => {
    if (err) return res.status(500).end();
    res.redirect('/');
  });
});` },
        ] },
      ],
    },
    // passport 0.6+: req.logout throws without its callback
    {
      code: `app.get('/logout', (req, res, next) => {
  req.logout();
  res.redirect('/');
});`,
      errors: [
        { messageId: 'logoutWithoutCallback', data: { call: 'req.logout()' }, line: 2, column: 3, endLine: 2, endColumn: 15, suggestions: [
          { messageId: 'passCallback', data: { call: 'req.logout()' }, output: `app.get('/logout', (req, res, next) => {
  req.logout((err) => {
    if (err) return next(err);
    res.redirect('/');
  });
});` },
        ] },
      ],
    },
    {
      code: `router.get('/signout', (req, res) => {
  req.logOut();
  return res.redirect('/');
});`,
      errors: [
        { messageId: 'logoutWithoutCallback', data: { call: 'req.logOut()' }, line: 2, column: 3, endLine: 2, endColumn: 15, suggestions: [
          { messageId: 'passCallback', data: { call: 'req.logOut()' }, output: `router.get('/signout', (req, res) => {
  req.logOut((err) => {
    if (err) return res.status(500).end();
    return res.redirect('/');
  });
});` },
        ] },
      ],
    },
    // a JWT logout that revokes nothing
    {
      code: `app.post('/api/logout', (req, res) => {
  res.clearCookie('access_token');
  res.json({ ok: true });
});`,
      errors: [
        { messageId: 'tokenNotRevoked', data: { handler: 'POST /api/logout' }, line: 1, column: 10, endLine: 1, endColumn: 23, suggestions: [] },
      ],
    },
    {
      code: `export default function handler(req, res) {
  res.setHeader('Set-Cookie', serialize('token', '', { maxAge: -1, path: '/' }));
  res.status(200).json({ ok: true });
}`,
      filename: '/work/main/pages/api/logout.ts',
      errors: [
        { messageId: 'tokenNotRevoked', data: { handler: '/api/logout' }, line: 1, column: 25, endLine: 1, endColumn: 32, suggestions: [] },
      ],
    },
    // Next.js route handler, server action, SvelteKit action, Hono: cookies there hold tokens
    {
      code: `export async function POST() {
  (await cookies()).delete('session');
  return Response.json({ ok: true });
}`,
      filename: '/work/main/app/api/auth/logout/route.ts',
      errors: [
        { messageId: 'tokenNotRevoked', data: { handler: 'POST /api/auth/logout' }, line: 1, column: 23, endLine: 1, endColumn: 27, suggestions: [] },
      ],
    },
    {
      code: `'use server';
export async function signOut() {
  cookies().delete('session');
  redirect('/login');
}`,
      errors: [
        { messageId: 'tokenNotRevoked', data: { handler: 'signOut' }, line: 2, column: 23, endLine: 2, endColumn: 30, suggestions: [] },
      ],
    },
    {
      code: `export const actions = {
  logout: async ({ cookies }) => {
    cookies.delete('session', { path: '/' });
    throw redirect(303, '/');
  },
} satisfies Actions;`,
      filename: '/work/main/src/routes/account/+page.server.ts',
      errors: [
        { messageId: 'tokenNotRevoked', data: { handler: 'POST /account' }, line: 2, column: 3, endLine: 2, endColumn: 9, suggestions: [] },
      ],
    },
    {
      code: `app.post('/logout', (c) => {
  deleteCookie(c, 'session');
  return c.redirect('/');
});`,
      errors: [
        { messageId: 'tokenNotRevoked', data: { handler: 'POST /logout' }, line: 1, column: 10, endLine: 1, endColumn: 19, suggestions: [] },
      ],
    },
    // Fastify: the promise form is suggested
    {
      code: `fastify.post('/logout', async (request, reply) => {
  reply.clearCookie('sessionId');
  return reply.redirect('/');
});`,
      errors: [
        { messageId: 'cookieOnly', data: { handler: 'POST /logout', call: 'request.session.destroy()' }, line: 1, column: 14, endLine: 1, endColumn: 23, suggestions: [
          { messageId: 'endSession', data: { call: 'request.session.destroy()' }, output: `fastify.post('/logout', async (request, reply) => {
  await request.session.destroy();
  reply.clearCookie('sessionId');
  return reply.redirect('/');
});` },
        ] },
      ],
    },
    // the session is used before the cookie is cleared: destroy after that use
    {
      code: `app.post('/logout', async (req, res) => {
  await audit(req.session.userId, 'logout');
  res.clearCookie('sid');
  res.redirect('/');
});`,
      errors: [
        { messageId: 'cookieOnly', data: { handler: 'POST /logout', call: 'req.session.destroy()' }, line: 1, column: 10, endLine: 1, endColumn: 19, suggestions: [
          { messageId: 'endSession', data: { call: 'req.session.destroy()' }, output: `app.post('/logout', async (req, res) => {
  await audit(req.session.userId, 'logout');
  req.session.destroy((err) => {
    if (err) return res.status(500).end();
    res.clearCookie('sid');
    res.redirect('/');
  });
});` },
        ] },
      ],
    },
    {
      code: `app.post('/logout', (req, res) => {
  req.session.cookie.maxAge = 0;
  res.redirect('/');
});`,
      errors: [
        { messageId: 'cookieOnly', data: { handler: 'POST /logout', call: 'req.session.destroy()' }, line: 1, column: 10, endLine: 1, endColumn: 19, suggestions: [
          { messageId: 'endSession', data: { call: 'req.session.destroy()' }, output: `app.post('/logout', (req, res) => {
  req.session.cookie.maxAge = 0;
  req.session.destroy((err) => {
    if (err) return res.status(500).end();
    res.redirect('/');
  });
});` },
        ] },
      ],
    },
    {
      code: `@Controller('auth')
export class AuthController {
  @Post('logout')
  logout(@Req() req: Request, @Res() res: Response) {
    res.clearCookie('sid');
    return res.redirect('/');
  }
}`,
      errors: [
        { messageId: 'cookieOnly', data: { handler: 'POST /auth/logout', call: 'req.session.destroy()' }, line: 4, column: 3, endLine: 4, endColumn: 9, suggestions: [] },
      ],
    },
    {
      code: `router.delete('/session', async (ctx) => {
  ctx.cookies.set('koa.sess', null);
  ctx.status = 204;
});`,
      errors: [
        { messageId: 'cookieOnly', data: { handler: 'DELETE /session', call: 'ctx.session = null' }, line: 1, column: 15, endLine: 1, endColumn: 25, suggestions: [
          { messageId: 'endSession', data: { call: 'ctx.session = null' }, output: `router.delete('/session', async (ctx) => {
  ctx.session = null;
  ctx.cookies.set('koa.sess', null);
  ctx.status = 204;
});` },
        ] },
      ],
    },
    // JWT middleware without a revocation check
    {
      code: `import { expressjwt } from 'express-jwt';
app.use(expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }));`,
      errors: [
        { messageId: 'noRevocationCheck', data: { library: 'This express-jwt middleware', how: 'add an `isRevoked` check' }, line: 2, column: 20, endLine: 2, endColumn: 77, suggestions: [] },
      ],
    },
    {
      // A random key the app also signs with: its tokens are valid until they expire.
      code: `import { randomBytes } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { expressjwt } from 'express-jwt';
const key = randomBytes(32);
export const issue = (sub: string) => jwt.sign({ sub }, key);
app.use(expressjwt({ secret: key, algorithms: ['HS256'] }));`,
      errors: [
        { messageId: 'noRevocationCheck', data: { library: 'This express-jwt middleware', how: 'add an `isRevoked` check' }, line: 6, column: 20, endLine: 6, endColumn: 58, suggestions: [] },
      ],
    },
    {
      code: `const { expressjwt: jwt } = require('express-jwt');
const options = { secret: process.env.JWT_SECRET, algorithms: ['HS256'] };
app.use('/api', jwt(options));`,
      errors: [
        { messageId: 'noRevocationCheck', data: { library: 'This express-jwt middleware', how: 'add an `isRevoked` check' }, line: 3, column: 21, endLine: 3, endColumn: 28, suggestions: [] },
      ],
    },
    {
      code: `import { Strategy as JwtStrategy, ExtractJwt } from 'passport-jwt';
passport.use(new JwtStrategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: key }, (payload, done) => done(null, payload)));`,
      errors: [
        { messageId: 'noRevocationCheck', data: { library: 'This passport-jwt strategy', how: 'look the token up (a deny-list, or a per-user token version) in the verify callback' }, line: 2, column: 18, endLine: 2, endColumn: 29, suggestions: [] },
      ],
    },
    {
      code: `import { ExtractJwt, Strategy } from 'passport-jwt';
import { PassportStrategy } from '@nestjs/passport';
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor() {
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: process.env.JWT_SECRET });
  }
  async validate(payload: any) {
    return { userId: payload.sub, username: payload.username };
  }
}`,
      errors: [
        { messageId: 'noRevocationCheck', data: { library: 'This passport-jwt strategy', how: 'look the token up (a deny-list, or a per-user token version) in `validate`' }, line: 8, column: 9, endLine: 8, endColumn: 17, suggestions: [] },
      ],
    },
    {
      code: `import fastifyJwt from '@fastify/jwt';
fastify.register(fastifyJwt, { secret: process.env.JWT_SECRET });`,
      errors: [
        { messageId: 'noRevocationCheck', data: { library: 'This @fastify/jwt registration', how: 'add a `trusted` check' }, line: 2, column: 30, endLine: 2, endColumn: 64, suggestions: [] },
      ],
    },
    {
      code: `app.post('/logout', (req, res) => {
  res.clearCookie('sid');
  res.redirect('/');
});`,
      languageOptions: { parser: espree },
      errors: [
        { messageId: 'cookieOnly', data: { handler: 'POST /logout', call: 'req.session.destroy()' }, line: 1, column: 10, endLine: 1, endColumn: 19, suggestions: [
          { messageId: 'endSession', data: { call: 'req.session.destroy()' }, output: `app.post('/logout', (req, res) => {
  req.session.destroy((err) => {
    if (err) return res.status(500).end();
    res.clearCookie('sid');
    res.redirect('/');
  });
});` },
        ] },
      ],
    },
    // koa-passport 4 ships passport 0.4: ctx.logout keeps the session
    {
      code: `router.post('/logout', async (ctx) => {
  await ctx.logout();
  ctx.redirect('/');
});`,
      settings: {"asvs":{"versions":{"koa-passport":"^4.1.0"}}},
      errors: [
        { messageId: 'passportLogoutKeepsSession', data: { handler: 'POST /logout', library: 'koa-passport', version: '^4.1.0', call: 'ctx.logout()', upgrade: 'koa-passport 5+' }, line: 1, column: 13, endLine: 1, endColumn: 22, suggestions: [
          { messageId: 'endSession', data: { call: 'ctx.session = null' }, output: `router.post('/logout', async (ctx) => {
  await ctx.logout();
  ctx.session = null;
  ctx.redirect('/');
});` },
        ] },
      ],
    },
    {
      code: `router.post('/logout', async (ctx) => {
  ctx.logout();
  ctx.redirect('/');
});`,
      settings: {"asvs":{"versions":{"passport":"0.4.1"}}},
      errors: [
        { messageId: 'passportLogoutKeepsSession', data: { handler: 'POST /logout', library: 'passport', version: '0.4.1', call: 'ctx.logout()', upgrade: 'passport 0.6+' }, line: 1, column: 13, endLine: 1, endColumn: 22, suggestions: [
          { messageId: 'endSession', data: { call: 'ctx.session = null' }, output: `router.post('/logout', async (ctx) => {
  ctx.logout();
  ctx.session = null;
  ctx.redirect('/');
});` },
        ] },
      ],
    },
    // no res and no next: no suggestion
    {
      code: `router.get('/logout', function (req) {
  req.logout();
  notify();
});`,
      errors: [
        { messageId: 'logoutWithoutCallback', data: { call: 'req.logout()' }, line: 2, column: 3, endLine: 2, endColumn: 15, suggestions: [] },
      ],
    },
    {
      code: `app.get('/logout', (req, res, next) => {
  const done = req.logout();
  res.redirect('/');
});`,
      errors: [
        { messageId: 'logoutWithoutCallback', data: { call: 'req.logout()' }, line: 2, column: 16, endLine: 2, endColumn: 28, suggestions: [] },
      ],
    },
    // a NestJS handler without @Req still names req.session.destroy()
    {
      code: `@Controller()
export class AuthController {
  @Post('logout')
  logout(@Res() res: Response) {
    res.clearCookie('sid');
  }
}`,
      errors: [
        { messageId: 'cookieOnly', data: { handler: 'POST /logout', call: 'req.session.destroy()' }, line: 4, column: 3, endLine: 4, endColumn: 9, suggestions: [] },
      ],
    },
    // calls that end nothing
    {
      code: `app.post('/logout', async (req, res) => {
  (() => audit())();
  cache.clear();
  const stamp = new Date(0);
  res.clearCookie(cookieName);
  res.redirect('/');
});`,
      errors: [
        { messageId: 'cookieOnly', data: { handler: 'POST /logout', call: 'req.session.destroy()' }, line: 1, column: 10, endLine: 1, endColumn: 19, suggestions: [
          { messageId: 'endSession', data: { call: 'req.session.destroy()' }, output: `app.post('/logout', async (req, res) => {
  req.session.destroy((err) => {
    if (err) return res.status(500).end();
    (() => audit())();
    cache.clear();
    const stamp = new Date(0);
    res.clearCookie(cookieName);
    res.redirect('/');
  });
});` },
        ] },
      ],
    },
    {
      code: `app.post('/logout', (req, res) => {
  req.session.cookie.expires = new Date(0);
  res.redirect('/');
});`,
      errors: [
        { messageId: 'cookieOnly', data: { handler: 'POST /logout', call: 'req.session.destroy()' }, line: 1, column: 10, endLine: 1, endColumn: 19, suggestions: [
          { messageId: 'endSession', data: { call: 'req.session.destroy()' }, output: `app.post('/logout', (req, res) => {
  req.session.cookie.expires = new Date(0);
  req.session.destroy((err) => {
    if (err) return res.status(500).end();
    res.redirect('/');
  });
});` },
        ] },
      ],
    },
    {
      code: `router.post('/logout', async (ctx) => {
  ctx.cookies.set('koa.sess');
  ctx.cookies.set('other', '');
  ctx.cookies.set('other', undefined);
  ctx.redirect('/');
});`,
      errors: [
        { messageId: 'cookieOnly', data: { handler: 'POST /logout', call: 'ctx.session = null' }, line: 1, column: 13, endLine: 1, endColumn: 22, suggestions: [
          { messageId: 'endSession', data: { call: 'ctx.session = null' }, output: `router.post('/logout', async (ctx) => {
  ctx.session = null;
  ctx.cookies.set('koa.sess');
  ctx.cookies.set('other', '');
  ctx.cookies.set('other', undefined);
  ctx.redirect('/');
});` },
        ] },
      ],
    },
    {
      code: `'use server';
export async function logout() {
  (await cookies()).set('token', '', { maxAge: 0 });
}`,
      errors: [
        { messageId: 'tokenNotRevoked', data: { handler: 'logout' }, line: 2, column: 23, endLine: 2, endColumn: 29, suggestions: [] },
      ],
    },
    // hapi with yar used elsewhere in the file: reset() is suggested
    {
      code: `server.route({ method: 'GET', path: '/profile', handler: (request) => request.yar.get('user') });
server.route({ method: 'POST', path: '/logout', handler: (request, h) => {
  return h.redirect('/');
} });`,
      errors: [
        { messageId: 'sessionKept', data: { handler: 'POST /logout', call: 'request.yar.reset()' }, line: 2, column: 38, endLine: 2, endColumn: 47, suggestions: [
          { messageId: 'endSession', data: { call: 'request.yar.reset()' }, output: `server.route({ method: 'GET', path: '/profile', handler: (request) => request.yar.get('user') });
server.route({ method: 'POST', path: '/logout', handler: (request, h) => {
  request.yar.reset();
  return h.redirect('/');
} });` },
        ] },
      ],
    },
    // a Fastify handler that is not async: no suggestion
    {
      code: `fastify.post('/logout', (request, reply) => {
  reply.clearCookie('sessionId');
  reply.redirect('/');
});`,
      errors: [
        { messageId: 'cookieOnly', data: { handler: 'POST /logout', call: 'request.session.destroy()' }, line: 1, column: 14, endLine: 1, endColumn: 23, suggestions: [] },
      ],
    },
    // the last statement still uses the session: no place for the end
    {
      code: `app.post('/logout', (req, res) => {
  res.redirect('/');
  console.log(req.session.id);
});`,
      errors: [
        { messageId: 'sessionKept', data: { handler: 'POST /logout', call: 'req.session.destroy()' }, line: 1, column: 10, endLine: 1, endColumn: 19, suggestions: [] },
      ],
    },
    // a field removal after the cookie is cleared is left out of the callback
    {
      code: `app.post('/logout', (req, res, next) => {
  res.clearCookie('sid');
  delete req.session.user;
  res.redirect('/');
});`,
      errors: [
        { messageId: 'fieldOnly', data: { handler: 'POST /logout', field: 'req.session.user', call: 'req.session.destroy()' }, line: 1, column: 10, endLine: 1, endColumn: 19, suggestions: [
          { messageId: 'endSession', data: { call: 'req.session.destroy()' }, output: `app.post('/logout', (req, res, next) => {
  req.session.destroy((err) => {
    if (err) return next(err);
    res.clearCookie('sid');
    res.redirect('/');
  });
});` },
        ] },
      ],
    },
    // one line: no suggestion
    {
      code: "app.post('/logout', (req, res) => { res.clearCookie('sid'); res.redirect('/'); });",
      errors: [
        { messageId: 'cookieOnly', data: { handler: 'POST /logout', call: 'req.session.destroy()' }, line: 1, column: 10, endLine: 1, endColumn: 19, suggestions: [] },
      ],
    },
    // neither res nor next
    {
      code: `export function logout(req) {
  delete req.session.user;
  notify();
}`,
      errors: [
        { messageId: 'fieldOnly', data: { handler: 'logout', field: 'req.session.user', call: 'req.session.destroy()' }, line: 1, column: 17, endLine: 1, endColumn: 23, suggestions: [] },
      ],
    },
    {
      code: `app.post('/logout', (req, res) => {
  res.setHeader('Set-Cookie', 'sid=; Max-Age=0; Path=/');
  res.end();
});`,
      errors: [
        { messageId: 'cookieOnly', data: { handler: 'POST /logout', call: 'req.session.destroy()' }, line: 1, column: 10, endLine: 1, endColumn: 19, suggestions: [
          { messageId: 'endSession', data: { call: 'req.session.destroy()' }, output: `app.post('/logout', (req, res) => {
  req.session.destroy((err) => {
    if (err) return res.status(500).end();
    res.setHeader('Set-Cookie', 'sid=; Max-Age=0; Path=/');
    res.end();
  });
});` },
        ] },
      ],
    },
    {
      code: `app.post('/logout', (req, res) => {
  res.setHeader('Set-Cookie', \`jwt=; expires=Thu, 01 Jan 1970 00:00:00 GMT\`);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader(header, value);
  res.end();
});`,
      errors: [
        { messageId: 'tokenNotRevoked', data: { handler: 'POST /logout' }, line: 1, column: 10, endLine: 1, endColumn: 19, suggestions: [] },
      ],
    },
    // expiring the cookie through res.cookie
    {
      code: `export function logout(req: Request, res: Response): void {
  res.cookie('session', '', { httpOnly: true, maxAge: 0 });
  res.end();
}`,
      errors: [
        { messageId: 'cookieOnly', data: { handler: 'logout', call: 'req.session.destroy()' }, line: 1, column: 17, endLine: 1, endColumn: 23, suggestions: [
          { messageId: 'endSession', data: { call: 'req.session.destroy()' }, output: `export function logout(req: Request, res: Response): void {
  req.session.destroy((err) => {
    if (err) return res.status(500).end();
    res.cookie('session', '', { httpOnly: true, maxAge: 0 });
    res.end();
  });
}` },
        ] },
      ],
    },
    // a storage call that does not involve the token does not count
    {
      code: `app.post('/logout', async (req, res) => {
  await audit.create({ event: 'logout', at: Date.now() });
  res.clearCookie('sid');
  res.redirect('/');
});`,
      errors: [
        { messageId: 'cookieOnly', data: { handler: 'POST /logout', call: 'req.session.destroy()' }, line: 1, column: 10, endLine: 1, endColumn: 19, suggestions: [
          { messageId: 'endSession', data: { call: 'req.session.destroy()' }, output: `app.post('/logout', async (req, res) => {
  req.session.destroy(async (err) => {
    if (err) return res.status(500).end();
    await audit.create({ event: 'logout', at: Date.now() });
    res.clearCookie('sid');
    res.redirect('/');
  });
});` },
        ] },
      ],
    },
    // fastify-autoload: the route sits at / of a folder named logout
    {
      code: `export default async function (fastify) {
  fastify.post('/', async (request, reply) => {
    reply.clearCookie('sessionId');
    return { ok: true };
  });
}`,
      filename: '/work/main/src/routes/auth/logout/index.ts',
      errors: [
        { messageId: 'cookieOnly', data: { handler: 'POST /', call: 'request.session.destroy()' }, line: 2, column: 16, endLine: 2, endColumn: 19, suggestions: [
          { messageId: 'endSession', data: { call: 'request.session.destroy()' }, output: `export default async function (fastify) {
  fastify.post('/', async (request, reply) => {
    await request.session.destroy();
    reply.clearCookie('sessionId');
    return { ok: true };
  });
}` },
        ] },
      ],
    },
    // the token cookie overwritten with a placeholder is still a client-side logout
    {
      code: `exports.logout = (req, res) => {
  res.cookie('theme', 'light');
  res.cookie('jwt', nextToken);
  res.cookie('jwt', 'loggedout', { expires: new Date(Date.now() + 10 * 1000), httpOnly: true });
  res.status(200).json({ status: 'success' });
};`,
      errors: [
        { messageId: 'tokenNotRevoked', data: { handler: 'logout' }, line: 1, column: 9, endLine: 1, endColumn: 15, suggestions: [] },
      ],
    },
    // tRPC procedures are handlers: a logout mutation that only clears the cookie.
    {
      code: `import { createTRPCRouter, protectedProcedure } from '../trpc';
export const authRouter = createTRPCRouter({
  logout: protectedProcedure.mutation(async ({ ctx }) => {
    ctx.res.setHeader('Set-Cookie', 'session=; Max-Age=0');
  }),
});`,
      output: null,
      errors: [
        { messageId: 'tokenNotRevoked', data: {"handler":"logout"}, line: 3, column: 3, endLine: 3, endColumn: 9 },
      ],
    },
  ],
});
