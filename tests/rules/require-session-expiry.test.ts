import rule from '../../lib/rules/require-session-expiry.ts';
import { runRuleTests } from '../helpers/rule-tester.ts';

// Levels: 1 = 30 days (absolute or idle); 2 = 12 hours absolute or 30 minutes idle; 3 = 12 hours or 15 minutes.
runRuleTests('require-session-expiry', rule, {
  valid: [
    `import { createCookieSessionStorage } from 'react-router';
export const themeStorage = createCookieSessionStorage({ cookie: { name: 'theme', maxAge: 60 * 60 * 24 * 365 } });`,
    // An anonymous visitor's storage (its data type names no user or credential) holds no login.
    `import { createCookieSessionStorage } from 'react-router';
type ClientSessionData = { clientId: string };
export const clientStorage = createCookieSessionStorage<ClientSessionData>({ cookie: { name: 'KCD_client_id', secure: true, secrets: [process.env.SESSION_SECRET!] } });`,
    // A payload the file does not show may carry its own exp claim.
    `import { sign } from 'jsonwebtoken';
export function generateToken(payload: TokenPayload): string {
  return sign(payload, SECRET);
}`,
    `import jwt from 'jsonwebtoken';
export const issue = (user) => jwt.sign(makeClaims(user), key);`,
    `import session from 'express-session';
app.use(session({ secret: 's', cookie: { maxAge: 7 * 24 * 60 * 60 * 1000 } }));`,
    `import session from 'express-session';
app.use(session({ secret: 's', cookie: { maxAge: Number(process.env.SESSION_MAX_AGE) } }));`,
    `import session from 'express-session';
import { cookieOptions } from './config';
app.use(session({ secret: 's', cookie: cookieOptions }));`,
    `import session from 'express-session';
app.use(session({ secret: 's', cookie: { ...defaults, secure: true } }));`,
    `import session from 'express-session';
app.use(session(options));`,
    `import session from 'express-session';
app.use(session({ ...base, secret: 's' }));`,
    `import session from 'express-session';
app.use(session({ secret: 's', cookie: (req) => ({ secure: req.secure }) }));`,
    `import session from 'express-session';
import RedisStore from 'connect-redis';
app.use(session({ secret: 's', store: new RedisStore({ client }) }));`,
    `import session from 'express-session';
app.use(session({ secret: 's', store: sessionStore }));`,
    `import session from 'express-session';
import SequelizeStore from 'connect-session-sequelize';
app.use(session({ secret: 's', store: new SequelizeStore({ db }) }));`,
    `import session from 'express-session';
import { RedisStore } from 'connect-redis';
app.use(session({ secret: 's', store: new RedisStore({ client, ttl: config.ttl }) }));`,
    `import session from 'express-session';
import { RedisStore } from 'connect-redis';
app.use(session({ secret: 's', store: new RedisStore(redisOptions) }));`,
    `import session from 'express-session';
const sess = { secret: 's', cookie: {} };
if (prod) sess.cookie.maxAge = 90 * 24 * 60 * 60 * 1000;
app.use(session(sess));`,
    `import session from 'express-session';
const opts = { secret: 's', cookie: {} };
opts.cookie.maxAge = 60 * 60 * 1000;
app.use(session(opts));`,
    `function session(options) { return options; }
app.use(session({ secret: 's' }));`,
    `import session from './session';
app.use(session({ secret: 's' }));`,
    `import session from 'express-session';
function setup(session) { app.use(session({ secret: 's' })); }`,
    `import session from 'express-session';
app.use(session({ secret: 's', cookie: { maxAge: prod ? 3600000 : 7200000 } }));`,
    `import session from 'express-session';
app.use(session({ secret: 's', cookie: { maxAge: undefined, expires: new Date(Date.now() + 3600 * 1000) } }));`,
    `import session from 'express-session';
app.use(session({ secret: 's', cookie: { expires: new Date('2030-01-01') } }));`,
    { code: `import session from 'express-session';
app.use(session({ secret: 's', rolling: true, cookie: { maxAge: 20 * 60 * 1000 } }));`, options: [{ level: 2 }] },
    { code: `import session from 'express-session';
app.use(session({ secret: 's', cookie: { maxAge: 8 * 60 * 60 * 1000 } }));`, options: [{ level: 2 }] },
    { code: `import session from 'express-session';
app.use(session({ secret: 's', rolling: isRolling, cookie: { maxAge: 8 * 60 * 60 * 1000 } }));`, options: [{ level: 2 }] },
    { code: `import session from 'express-session';
app.use(session({ secret: 's', rolling: true, cookie: { maxAge: 15 * 60 * 1000 } }));`, options: [{ level: 3 }] },
    `import cookieSession from 'cookie-session';
app.use(cookieSession({ name: 'session', keys: [key], maxAge: 24 * 60 * 60 * 1000 }));`,
    `import session from 'koa-session';
app.use(session(app));`,
    { code: `import session from 'koa-session';
app.use(session(CONFIG, app));`, options: [{ level: 2 }] },
    { code: `import session from 'koa-session';
app.use(session(config));`, options: [{ level: 2 }] },
    { code: `import session from 'koa-session';
app.use(session({ key: 'sid', maxAge: 60 * 60 * 1000 }, app));`, options: [{ level: 2 }] },
    "fastify.register(require('@fastify/session'), { secret, cookie: { maxAge: 7 * 24 * 3600 * 1000 } });",
    "fastify.register(require('@fastify/session'), (instance) => ({ secret }));",
    "fastify.register(import('@fastify/secure-session'), { key });",
    "fastify.register(require('@fastify/cookie'), { secret });",
    "await server.register({ plugin: require('@hapi/yar'), options: { cache: { expiresIn: 60 * 60 * 1000 } } });",
    "await server.register({ plugin: require('@hapi/yar') });",
    "server.auth.strategy('session', 'cookie', { cookie: { name: 'sid', password, ttl: 24 * 60 * 60 * 1000 } });",
    "server.auth.strategy('jwt', 'jwt', { key, validate });",
    "server.auth.strategy('session', 'cookie', legacyOptions);",
    "server.auth.strategy('session', 'cookie', { password, cookie: 'sid' });",
    `import { getIronSession } from 'iron-session';
export const getSession = async () => getIronSession(await cookies(), { password, cookieName: 'app' });`,
    `import { getIronSession } from 'iron-session';
import { sessionOptions } from './session';
export const getSession = async () => getIronSession(await cookies(), sessionOptions);`,
    `import { useSession } from 'h3';
export const handler = async (event) => (await useSession(event, { password, maxAge: 60 * 60 })).data;`,
    `function useSession(event, options) { return options; }
useSession(event, { password: 'x' });`,
    "export default defineEventHandler(async (event) => useSession(event, { name: 'x' }));",
    `import { createCookieSessionStorage } from 'react-router';
export const storage = createCookieSessionStorage({ cookie: { name: '__session', maxAge: 60 * 60 * 24 * 7 } });`,
    `import { createCookie, createCookieSessionStorage } from 'react-router';
const sessionCookie = createCookie('__session', { maxAge: 3600 });
export const storage = createCookieSessionStorage({ cookie: sessionCookie });`,
    `import { createCookie } from 'react-router';
export const theme = createCookie('theme');`,
    `import { createCookieSessionStorage } from 'react-router';
export const storage = createCookieSessionStorage({ cookie: makeCookie() });`,
    `import { Lucia } from 'lucia';
export const lucia = new Lucia(adapter);`,
    `import NextAuth from 'next-auth';
export default NextAuth({ providers: [] });`,
    `import NextAuth from 'next-auth';
export const { auth } = NextAuth((req) => ({ providers: [] }));`,
    `import type { Session } from 'next-auth';
export const s: Session = { user: {}, expires: '' };`,
    `import jwt from 'jsonwebtoken';
export const issue = (user) => jwt.sign({ sub: user.id }, key, { expiresIn: '15m' });`,
    // An unsubscribe link's token is not a session.
    `import jwt from 'jsonwebtoken';
export function generateUnsubscribeUrl(payload) {
  const token = jwt.sign({ ...payload, exp: Math.floor(Date.now() / 1000) + 60 * 60 * 24 * 90 }, process.env.UNSUBSCRIBE_SECRET);
  return \`/api/unsubscribe?token=\${token}\`;
}`,
    // The app's own expiry claim, which its verifier checks: a lifetime the file does not give in seconds.
    // A creation time of the app's own (jsonwebtoken adds iat by itself): its verifier checks the token's age.
    `import jwt from 'jsonwebtoken';
export const issue = (user) => jwt.sign({ sub: user.id, createdAt: Date.now() }, process.env.KEY);`,
    `import JWT from 'jsonwebtoken';
export const collaborationToken = (user) => JWT.sign({ id: user.id, expiresAt: addHours(new Date(), 24).toISOString(), type: 'collaboration' }, user.jwtSecret);`,
    `import jwt from 'jsonwebtoken';
export const issue = (user) => jwt.sign({ sub: user.id }, key, { expiresIn: process.env.JWT_EXPIRES_IN });`,
    `import jwt from 'jsonwebtoken';
export const issue = (user, options) => jwt.sign({ sub: user.id }, key, options);`,
    `import jwt from 'jsonwebtoken';
export const issue = (user) => jwt.sign({ sub: user.id }, key, { ...defaults });`,
    `import jwt from 'jsonwebtoken';
export const issue = (user) => jwt.sign({ sub: user.id, exp: Math.floor(Date.now() / 1000) + 60 * 60 }, key);`,
    `import jwt from 'jsonwebtoken';
export const issue = (user) => jwt.sign({ sub: user.id, exp: user.sessionEnd }, key);`,
    `import jwt from 'jsonwebtoken';
export const resign = (claims) => jwt.sign({ ...claims, iat: undefined }, key);`,
    `import jwt from 'jsonwebtoken';
export const issue = (user) => jwt.sign(String(user.id), key);`,
    `import jwt from 'jsonwebtoken';
export const issue = () => jwt.sign('plain', key);`,
    `import jwt from 'jsonwebtoken';
export const check = (token) => jwt.verify(token, key, { algorithms: ['HS256'] });`,
    `import jwt from 'jsonwebtoken';
export const issue = (user) => jwt.sign({ sub: user.id }, key, { expiresIn: '3600' });`,
    `const jwt = { sign: (p, k) => p };
jwt.sign({ sub: 1 }, key);`,
    `import { SignJWT } from 'jose';
export const issue = (key) => new SignJWT({ sub: '1' }).setProtectedHeader({ alg: 'ES256' }).setExpirationTime('2h').sign(key);`,
    `import { SignJWT } from 'jose';
export const issue = (key, exp) => new SignJWT({ sub: '1' }).setExpirationTime(exp).sign(key);`,
    `import { SignJWT } from 'jose';
export const issue = (key) => new SignJWT({ sub: '1' }).setExpirationTime(1900000000).sign(key);`,
    `import { SignJWT } from 'jose';
export const issue = (key) => new SignJWT({ sub: '1', exp: Math.floor(Date.now() / 1000) + 600 }).sign(key);`,
    `import { SignJWT } from 'jose';
export const builder = () => new SignJWT({ sub: '1' }).setProtectedHeader({ alg: 'HS256' });`,
    `import { SignJWT } from 'jose';
const builder = new SignJWT({ sub: '1' });
configure(builder);
export const token = await builder.sign(key);`,
    `import { SignJWT } from 'jose';
const builder = new SignJWT({ sub: '1' });
builder.setExpirationTime('2h');
export const token = await builder.sign(key);`,
    `import { sign } from 'hono/jwt';
export const issue = (payload) => sign(payload, secret);`,
    `import { sign } from 'hono/jwt';
export const issue = (user) => sign({ sub: user.id, exp: Math.floor(Date.now() / 1000) + 60 * 5 }, secret);`,
    `import { JwtModule } from '@nestjs/jwt';
export const jwt = JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: '1h' } });`,
    `import { JwtModule } from '@nestjs/jwt';
export const jwt = JwtModule.registerAsync({ inject: [ConfigService], useFactory: (config) => config.get('jwt') });`,
    `import { JwtService } from '@nestjs/jwt';
export class AuthService {
  constructor(private readonly jwtService: JwtService) {}
  login(user) { return this.jwtService.sign({ sub: user.id }); }
  refresh(user) { return this.jwtService.sign({ sub: user.id }, { expiresIn: '7d' }); }
}`,
    `export class AuthService {
  constructor(private readonly jwtService: OtherService) {}
  refresh(user) { return this.jwtService.sign({ sub: user.id }, { expiresIn: '365d' }); }
}`,
    `import fastifyJwt from '@fastify/jwt';
fastify.register(fastifyJwt, { secret, sign: { expiresIn: '15m' } });`,
    `import session from 'express-session';
import ms from 'ms';
app.use(session({ secret: 's', cookie: { maxAge: ms(process.env.SESSION_TTL) } }));`,
    { code: `import session from 'express-session';
app.use(session({ secret: 's', rolling: undefined, cookie: { maxAge: 8 * 60 * 60 * 1000 } }));`, options: [{ level: 2 }] },
    `import { createCookieSessionStorage } from 'react-router';
import { sessionCookie } from './cookies';
export const storage = createCookieSessionStorage({ cookie: sessionCookie });`,
    `import { createCookie, createCookieSessionStorage } from 'react-router';
export const storage = createCookieSessionStorage({ cookie: createCookie('__session', cookieOptions) });`,
    `import session from 'express-session';
app.use(session({ ...base, cookie: {} }));`,
    `import session from 'express-session';
import { RedisStore } from 'connect-redis';
const options = { secret: 's', cookie: {} };
options.store = new RedisStore({ client });
app.use(session(options));`,
    `import session from 'express-session';
import { RedisStore } from 'connect-redis';
app.use(session({ secret: 's', store: new RedisStore({ client, disableTTL: flag }) }));`,
    `import session from 'express-session';
import { RedisStore } from 'connect-redis';
app.use(session({ secret: 's', store: new RedisStore({ ...redisOptions }) }));`,
    `import jwt from 'jsonwebtoken';
export const issue = (...args) => jwt.sign({ sub: 1 }, key, ...args);`,
    `import { JwtModule } from '@nestjs/jwt';
export const jwt = JwtModule.registerAsync({ useClass: JwtConfigService });`,
    `import { sign } from 'hono/jwt';
export const issue = (args) => sign(...args);`,
    `import { SignJWT } from 'jose';
export const issue = (key, args) => new SignJWT({ sub: '1' }).setExpirationTime(...args).sign(key);`,
    `import { SignJWT } from 'jose';
export const issue = (key, method) => new SignJWT({ sub: '1' })[method]('HS256').sign(key);`,
    `import jwt from 'jsonwebtoken';
export const a = (p) => jwt.sign(JSON.stringify(p), key);
export const b = (s) => jwt.sign(Buffer.from(s), key);
export const c = (id) => jwt.sign(id.toString(), key);
export const d = (id) => jwt.sign(\`\${id}\`, key);`,
    `import * as fastifySession from '@fastify/session';
fastify.register(fastifySession.default, { secret, cookie: { maxAge: 60 * 60 * 1000 } });`,
    `import Yar from '@hapi/yar';
await server.register({ plugin: Yar.plugin, options: { cache: { expiresIn: 60 * 60 * 1000 } } });`,
    `import cookie from '@fastify/cookie';
import fastifySession from '@fastify/session';
fastify.register(cookie.fastifyCookie, { secret });
fastify.register(fastifySession.options, { secret });`,
    `import fastifySession from '@fastify/session';
fastify.register(fastifySession, ...pluginOptions);
fastify.register(...plugins);
fastify.register();
fastify.register(import(pluginName), { secret });
fastify.register(require('@fastify/secure-session'), [, ...moreSessions]);`,
    `import Yar from '@hapi/yar';
await server.register([...plugins, pluginFor(Yar)]);`,
    `import Yar from '@hapi/yar';
await server.register([{ plugin: require('@hapi/inert') }, { plugin: require('@fastify/session') }]);`,
    `import Yar from '@hapi/yar';
await server.register({ plugin: Yar, ...registration });`,
    "passport.strategy('session', 'cookie', { cookie: { name: 'sid' } });",
    "server.auth.strategy('session', scheme, { cookie: { name: 'sid' } });",
    'server.auth.strategy(...strategyArgs);',
    "export const headers: Record<string, string> = { accept: 'json' };",
    `import NextAuth from 'next-auth';
export const authOptions: NextAuth.Unknown = { session: { maxAge: 365 * 24 * 60 * 60 } };`,
    `import session from 'express-session';
app.use(session(...args));`,
    `import { getIronSession } from 'iron-session';
export const broken = () => getIronSession();`,
    `import session from 'koa-session';
export const middleware = session(app);`,
    `import type { NextAuthOptions } from 'next-auth';
let authOptions: NextAuthOptions;`,
    `import { SignJWT } from 'jose';
const builder = new SignJWT({ sub: '1' });
const later = builder.setExpirationTime;
export const token = await builder.sign(key);`,
    { code: `import jwt from 'jsonwebtoken';
export const issue = (user) => jwt.sign({ sub: user.id }, key, { expiresIn: '90m' });`, options: [{ maxAbsoluteSeconds: 7200 }] },
    `import { getAuth } from 'firebase-admin/auth';
export const login = (idToken) => getAuth().createSessionCookie(idToken, { expiresIn: 60 * 60 * 24 * 5 * 1000 });`,
    { code: `import { getAuth } from 'firebase-admin/auth';
export const login = (idToken, options) => getAuth().createSessionCookie(idToken, options);`, options: [{ level: 2 }] },
    { code: `import { getAuth } from 'firebase-admin/auth';
export const login = (idToken) => getAuth().createSessionCookie(idToken, {});`, options: [{ level: 2 }] },
    { code: `import { getAuth } from 'firebase-admin/auth';
export const login = (idToken) => firebase.createSessionCookie(idToken, { expiresIn: 14 * 24 * 60 * 60 * 1000 });
export const other = (idToken) => getAuth().verifyIdToken(idToken);`, options: [{ level: 2 }] },
    { code: `import { getAuth } from 'firebase-admin/auth';
export const login = (idToken) => makeAuth().createSessionCookie(idToken, { expiresIn: 14 * 24 * 60 * 60 * 1000 });`, options: [{ level: 2 }] },
    { code: `import jwt from 'jsonwebtoken';
export const testToken = jwt.sign({ sub: 'test-user' }, 'test-secret');`, filename: 'tests/helpers/auth.ts' },
    {
      code: 'export const App = () => <SessionProvider session={session}><Page /></SessionProvider>;',
      filename: 'app.tsx',
    },
    // better-auth: session.expiresIn in seconds, 7 days by default, renewed on activity.
    `import { betterAuth } from 'better-auth';
export const auth = betterAuth({ database });`,
    `import { betterAuth } from 'better-auth';
export const auth = betterAuth({ session: { expiresIn: 60 * 60 * 24 * 3, updateAge: 60 * 60 * 24 } });`,
    `import { betterAuth } from 'better-auth/minimal';
export const auth = betterAuth({ session: { expiresIn: 60 * 15 } });`,
    { code: `import { betterAuth } from 'better-auth';
export const auth = betterAuth({ session: { expiresIn: 60 * 15, updateAge: 60 } });`,
      options: [{"level":2}], },
  ],
  invalid: [
    {
      code: `import session from 'express-session';
app.use(session({ secret: 's', cookie: { secure: true, httpOnly: true } }));`,
      errors: [
        { messageId: 'noLifetime', data: { library: 'express-session', option: 'cookie.maxAge', limit: '30 days' }, line: 2, column: 40, endLine: 2, endColumn: 72, suggestions: [{ messageId: 'setLifetime', data: { option: 'cookie.maxAge', limit: '30 days' }, output: `import session from 'express-session';
app.use(session({ secret: 's', cookie: { secure: true, httpOnly: true, maxAge: 30 * 24 * 60 * 60 * 1000 } }));` }] }
      ],
    },
    {
      code: `import session from 'express-session';
app.use(session({ secret: process.env.SECRET, resave: false }));`,
      errors: [
        { messageId: 'noLifetime', data: { library: 'express-session', option: 'cookie.maxAge', limit: '30 days' }, line: 2, column: 17, endLine: 2, endColumn: 62, suggestions: [{ messageId: 'setLifetime', data: { option: 'cookie.maxAge', limit: '30 days' }, output: `import session from 'express-session';
app.use(session({ secret: process.env.SECRET, resave: false, cookie: { maxAge: 30 * 24 * 60 * 60 * 1000 } }));` }] }
      ],
    },
    {
      code: `import session from 'express-session';
app.use(session());`,
      errors: [
        { messageId: 'noLifetime', data: { library: 'express-session', option: 'cookie.maxAge', limit: '30 days' }, line: 2, column: 9, endLine: 2, endColumn: 18, suggestions: [{ messageId: 'setLifetime', data: { option: 'cookie.maxAge', limit: '30 days' }, output: `import session from 'express-session';
app.use(session({ cookie: { maxAge: 30 * 24 * 60 * 60 * 1000 } }));` }] }
      ],
    },
    {
      code: `import session from 'express-session';

app.use(
  session({
    secret: process.env.SESSION_SECRET,
    cookie: {
      secure: true,
      sameSite: 'lax',
    },
  }),
);`,
      errors: [
        { messageId: 'noLifetime', data: { library: 'express-session', option: 'cookie.maxAge', limit: '30 days' }, line: 6, column: 13, endLine: 9, endColumn: 6, suggestions: [{ messageId: 'setLifetime', data: { option: 'cookie.maxAge', limit: '30 days' }, output: `import session from 'express-session';

app.use(
  session({
    secret: process.env.SESSION_SECRET,
    cookie: {
      secure: true,
      sameSite: 'lax',
      maxAge: 30 * 24 * 60 * 60 * 1000,
    },
  }),
);` }] }
      ],
    },
    {
      code: `const session = require('express-session');
app.use(session({ secret: 's', maxAge: 3600000 }));`,
      errors: [
        { messageId: 'noLifetime', data: { library: 'express-session', option: 'cookie.maxAge', limit: '30 days' }, line: 2, column: 17, endLine: 2, endColumn: 49, suggestions: [{ messageId: 'setLifetime', data: { option: 'cookie.maxAge', limit: '30 days' }, output: `const session = require('express-session');
app.use(session({ secret: 's', maxAge: 3600000, cookie: { maxAge: 30 * 24 * 60 * 60 * 1000 } }));` }] }
      ],
    },
    {
      code: `import * as expressSession from 'express-session';
const sessionOptions = { secret: 's', cookie: { maxAge: 90 * 24 * 60 * 60 * 1000 } };
app.use(expressSession.default(sessionOptions));`,
      errors: [
        { messageId: 'lifetimeTooLong', data: { library: 'express-session', option: 'cookie.maxAge', limit: '30 days', lifetime: '90 days' }, line: 2, column: 49, endLine: 2, endColumn: 81, suggestions: [{ messageId: 'setLifetime', data: { option: 'cookie.maxAge', limit: '30 days' }, output: `import * as expressSession from 'express-session';
const sessionOptions = { secret: 's', cookie: { maxAge: 30 * 24 * 60 * 60 * 1000 } };
app.use(expressSession.default(sessionOptions));` }] }
      ],
    },
    {
      code: `import session from 'express-session';
const YEAR = 365 * 24 * 60 * 60 * 1000;
const sess = { secret: 's', cookie: {} };
sess.cookie.maxAge = YEAR;
app.use(session(sess));`,
      errors: [
        { messageId: 'lifetimeTooLong', data: { library: 'express-session', option: 'cookie.maxAge', limit: '30 days', lifetime: '365 days' }, line: 4, column: 1, endLine: 4, endColumn: 26, suggestions: [{ messageId: 'setLifetime', data: { option: 'cookie.maxAge', limit: '30 days' }, output: `import session from 'express-session';
const YEAR = 365 * 24 * 60 * 60 * 1000;
const sess = { secret: 's', cookie: {} };
sess.cookie.maxAge = 30 * 24 * 60 * 60 * 1000;
app.use(session(sess));` }] }
      ],
    },
    {
      code: `import session from 'express-session';
app.use(session({ secret: 's', cookie: { maxAge: null } }));`,
      errors: [
        { messageId: 'lifetimeDisabled', data: { library: 'express-session', option: 'cookie.maxAge', limit: '30 days', value: 'null', subject: 'sessions' }, line: 2, column: 42, endLine: 2, endColumn: 54, suggestions: [{ messageId: 'setLifetime', data: { option: 'cookie.maxAge', limit: '30 days' }, output: `import session from 'express-session';
app.use(session({ secret: 's', cookie: { maxAge: 30 * 24 * 60 * 60 * 1000 } }));` }] }
      ],
    },
    {
      code: `import session from 'express-session';
app.use(session({ secret: 's', cookie: { expires: new Date(Date.now() + 60 * 24 * 60 * 60 * 1000) } }));`,
      errors: [
        { messageId: 'lifetimeTooLong', data: { library: 'express-session', option: 'cookie.expires', limit: '30 days', lifetime: '60 days' }, line: 2, column: 42, endLine: 2, endColumn: 98, suggestions: [{ messageId: 'setLifetime', data: { option: 'cookie.expires', limit: '30 days' }, output: `import session from 'express-session';
app.use(session({ secret: 's', cookie: { expires: new Date(Date.now() + 30 * 24 * 60 * 60 * 1000) } }));` }] }
      ],
    },
    {
      code: `import session from 'express-session';
import ms from 'ms';
app.use(session({ secret: 's', cookie: { maxAge: ms('90d') } }));`,
      errors: [
        { messageId: 'lifetimeTooLong', data: { library: 'express-session', option: 'cookie.maxAge', limit: '30 days', lifetime: '90 days' }, line: 3, column: 42, endLine: 3, endColumn: 59, suggestions: [{ messageId: 'setLifetime', data: { option: 'cookie.maxAge', limit: '30 days' }, output: `import session from 'express-session';
import ms from 'ms';
app.use(session({ secret: 's', cookie: { maxAge: 30 * 24 * 60 * 60 * 1000 } }));` }] }
      ],
    },
    {
      code: `import session from 'express-session';
const shared = { secret: 's' };
app.use('/a', session(shared));
app.use('/b', session(shared));`,
      errors: [
        { messageId: 'noLifetime', data: { library: 'express-session', option: 'cookie.maxAge', limit: '30 days' }, line: 2, column: 16, endLine: 2, endColumn: 31, suggestions: [{ messageId: 'setLifetime', data: { option: 'cookie.maxAge', limit: '30 days' }, output: `import session from 'express-session';
const shared = { secret: 's', cookie: { maxAge: 30 * 24 * 60 * 60 * 1000 } };
app.use('/a', session(shared));
app.use('/b', session(shared));` }] }
      ],
    },
    {
      code: `import session from 'express-session';
app.use(session({ secret: 's', store: new session.MemoryStore() }));`,
      errors: [
        { messageId: 'noLifetime', data: { library: 'express-session', option: 'cookie.maxAge', limit: '30 days' }, line: 2, column: 17, endLine: 2, endColumn: 66, suggestions: [{ messageId: 'setLifetime', data: { option: 'cookie.maxAge', limit: '30 days' }, output: `import session from 'express-session';
app.use(session({ secret: 's', store: new session.MemoryStore(), cookie: { maxAge: 30 * 24 * 60 * 60 * 1000 } }));` }] }
      ],
    },
    {
      code: `import session from 'express-session';
app.use(session({ secret: 's', rolling: true, cookie: { maxAge: 8 * 60 * 60 * 1000 } }));`,
      options: [{ level: 2 }],
      errors: [
        { messageId: 'idleTooLong', data: { library: 'express-session', option: 'cookie.maxAge', limit: '30 minutes', lifetime: '8 hours' }, line: 2, column: 57, endLine: 2, endColumn: 83, suggestions: [{ messageId: 'setLifetime', data: { option: 'cookie.maxAge', limit: '30 minutes' }, output: `import session from 'express-session';
app.use(session({ secret: 's', rolling: true, cookie: { maxAge: 30 * 60 * 1000 } }));` }] }
      ],
    },
    {
      code: `import session from 'express-session';
app.use(session({ secret: 's', cookie: { maxAge: 24 * 60 * 60 * 1000 } }));`,
      options: [{ level: 2 }],
      errors: [
        { messageId: 'lifetimeTooLong', data: { library: 'express-session', option: 'cookie.maxAge', limit: '12 hours', lifetime: '1 day' }, line: 2, column: 42, endLine: 2, endColumn: 69, suggestions: [{ messageId: 'setLifetime', data: { option: 'cookie.maxAge', limit: '12 hours' }, output: `import session from 'express-session';
app.use(session({ secret: 's', cookie: { maxAge: 12 * 60 * 60 * 1000 } }));` }] }
      ],
    },
    {
      code: `import session from 'express-session';
import RedisStore from 'connect-redis';
app.use(session({ secret: 's', store: new RedisStore({ client }) }));`,
      options: [{ level: 2 }],
      errors: [
        { messageId: 'defaultIdleTooLong', data: { library: 'connect-redis', option: 'ttl', limit: '30 minutes', lifetime: '1 day' }, line: 3, column: 54, endLine: 3, endColumn: 64, suggestions: [{ messageId: 'setLifetime', data: { option: 'ttl', limit: '30 minutes' }, output: `import session from 'express-session';
import RedisStore from 'connect-redis';
app.use(session({ secret: 's', store: new RedisStore({ client, ttl: 30 * 60 }) }));` }] }
      ],
    },
    {
      code: `import session from 'express-session';
import { RedisStore } from 'connect-redis';
const store = new RedisStore();
app.use(session({ secret: 's', store }));`,
      options: [{ level: 2 }],
      errors: [
        { messageId: 'defaultIdleTooLong', data: { library: 'connect-redis', option: 'ttl', limit: '30 minutes', lifetime: '1 day' }, line: 3, column: 15, endLine: 3, endColumn: 31, suggestions: [{ messageId: 'setLifetime', data: { option: 'ttl', limit: '30 minutes' }, output: `import session from 'express-session';
import { RedisStore } from 'connect-redis';
const store = new RedisStore({ ttl: 30 * 60 });
app.use(session({ secret: 's', store }));` }] }
      ],
    },
    {
      code: `import session from 'express-session';
import { RedisStore } from 'connect-redis';
app.use(session({ secret: 's', store: new RedisStore({ client, ttl: 60 * 60 * 24 * 60 }) }));`,
      errors: [
        { messageId: 'idleTooLong', data: { library: 'connect-redis', option: 'ttl', limit: '30 days', lifetime: '60 days' }, line: 3, column: 64, endLine: 3, endColumn: 86, suggestions: [{ messageId: 'setLifetime', data: { option: 'ttl', limit: '30 days' }, output: `import session from 'express-session';
import { RedisStore } from 'connect-redis';
app.use(session({ secret: 's', store: new RedisStore({ client, ttl: 30 * 24 * 60 * 60 }) }));` }] }
      ],
    },
    {
      code: `const session = require('express-session');
const RedisStore = require('connect-redis')(session);
app.use(session({ secret: 's', store: new RedisStore({ client, disableTTL: true }) }));`,
      errors: [
        { messageId: 'lifetimeDisabled', data: { library: 'connect-redis', option: 'disableTTL', limit: '30 days', value: 'true', subject: 'sessions' }, line: 3, column: 64, endLine: 3, endColumn: 80, suggestions: [{ messageId: 'setLifetime', data: { option: 'ttl', limit: '30 days' }, output: `const session = require('express-session');
const RedisStore = require('connect-redis')(session);
app.use(session({ secret: 's', store: new RedisStore({ client, ttl: 30 * 24 * 60 * 60 }) }));` }] }
      ],
    },
    {
      code: `import session from 'express-session';
import MongoStore from 'connect-mongo';
app.use(session({ secret: 's', store: MongoStore.create({ mongoUrl }) }));`,
      options: [{ level: 2 }],
      errors: [
        { messageId: 'defaultIdleTooLong', data: { library: 'connect-mongo', option: 'ttl', limit: '30 minutes', lifetime: '14 days' }, line: 3, column: 57, endLine: 3, endColumn: 69, suggestions: [{ messageId: 'setLifetime', data: { option: 'ttl', limit: '30 minutes' }, output: `import session from 'express-session';
import MongoStore from 'connect-mongo';
app.use(session({ secret: 's', store: MongoStore.create({ mongoUrl, ttl: 30 * 60 }) }));` }] }
      ],
    },
    {
      code: `const session = require('express-session');
const MemoryStore = require('memorystore')(session);
app.use(session({ secret: 's', store: new MemoryStore({ checkPeriod: 86400000, ttl: 90 * 86400000 }) }));`,
      errors: [
        { messageId: 'idleTooLong', data: { library: 'memorystore', option: 'ttl', limit: '30 days', lifetime: '90 days' }, line: 3, column: 80, endLine: 3, endColumn: 98, suggestions: [{ messageId: 'setLifetime', data: { option: 'ttl', limit: '30 days' }, output: `const session = require('express-session');
const MemoryStore = require('memorystore')(session);
app.use(session({ secret: 's', store: new MemoryStore({ checkPeriod: 86400000, ttl: 30 * 24 * 60 * 60 * 1000 }) }));` }] }
      ],
    },
    {
      code: `import cookieSession from 'cookie-session';
app.use(cookieSession({ name: 'session', keys: [key] }));`,
      errors: [
        { messageId: 'noLifetime', data: { library: 'cookie-session', option: 'maxAge', limit: '30 days' }, line: 2, column: 23, endLine: 2, endColumn: 55, suggestions: [{ messageId: 'setLifetime', data: { option: 'maxAge', limit: '30 days' }, output: `import cookieSession from 'cookie-session';
app.use(cookieSession({ name: 'session', keys: [key], maxAge: 30 * 24 * 60 * 60 * 1000 }));` }] }
      ],
    },
    {
      code: `import cookieSession from 'cookie-session';
app.use(cookieSession({ name: 'session', keys: [key], maxAge: 24 * 60 * 60 * 1000 }));`,
      options: [{ level: 3 }],
      errors: [
        { messageId: 'lifetimeTooLong', data: { library: 'cookie-session', option: 'maxAge', limit: '12 hours', lifetime: '1 day' }, line: 2, column: 55, endLine: 2, endColumn: 82, suggestions: [{ messageId: 'setLifetime', data: { option: 'maxAge', limit: '12 hours' }, output: `import cookieSession from 'cookie-session';
app.use(cookieSession({ name: 'session', keys: [key], maxAge: 12 * 60 * 60 * 1000 }));` }] }
      ],
    },
    {
      code: `import Koa from 'koa';
import session from 'koa-session';
const app = new Koa();
app.use(session({ maxAge: 'session' }, app));`,
      errors: [
        { messageId: 'lifetimeDisabled', data: { library: 'koa-session', option: 'maxAge', limit: '30 days', value: '\'session\'', subject: 'sessions' }, line: 4, column: 19, endLine: 4, endColumn: 36, suggestions: [{ messageId: 'setLifetime', data: { option: 'maxAge', limit: '30 days' }, output: `import Koa from 'koa';
import session from 'koa-session';
const app = new Koa();
app.use(session({ maxAge: 30 * 24 * 60 * 60 * 1000 }, app));` }] }
      ],
    },
    {
      code: `import Koa from 'koa';
import session from 'koa-session';
const app = new Koa();
app.use(session(app));`,
      options: [{ level: 2 }],
      errors: [
        { messageId: 'defaultTooLong', data: { library: 'koa-session', option: 'maxAge', limit: '12 hours', lifetime: '1 day' }, line: 4, column: 9, endLine: 4, endColumn: 21, suggestions: [{ messageId: 'setLifetime', data: { option: 'maxAge', limit: '12 hours' }, output: `import Koa from 'koa';
import session from 'koa-session';
const app = new Koa();
app.use(session(app, { maxAge: 12 * 60 * 60 * 1000 }));` }] }
      ],
    },
    {
      code: `const session = require('koa-session');
app.use(session(app, { key: 'sid', renew: true }));`,
      options: [{ level: 2 }],
      errors: [
        { messageId: 'defaultIdleTooLong', data: { library: 'koa-session', option: 'maxAge', limit: '30 minutes', lifetime: '1 day' }, line: 2, column: 22, endLine: 2, endColumn: 49, suggestions: [{ messageId: 'setLifetime', data: { option: 'maxAge', limit: '30 minutes' }, output: `const session = require('koa-session');
app.use(session(app, { key: 'sid', renew: true, maxAge: 30 * 60 * 1000 }));` }] }
      ],
    },
    {
      code: `import fastifySession from '@fastify/session';
fastify.register(fastifySession, { secret, cookie: { secure: true } });`,
      errors: [
        { messageId: 'noLifetime', data: { library: '@fastify/session', option: 'cookie.maxAge', limit: '30 days' }, line: 2, column: 52, endLine: 2, endColumn: 68, suggestions: [{ messageId: 'setLifetime', data: { option: 'cookie.maxAge', limit: '30 days' }, output: `import fastifySession from '@fastify/session';
fastify.register(fastifySession, { secret, cookie: { secure: true, maxAge: 30 * 24 * 60 * 60 * 1000 } });` }] }
      ],
    },
    {
      code: 'fastify.register(require(\'@fastify/session\'), { secret, cookie: { maxAge: 8 * 60 * 60 * 1000 } });',
      options: [{ level: 2 }],
      errors: [
        { messageId: 'idleTooLong', data: { library: '@fastify/session', option: 'cookie.maxAge', limit: '30 minutes', lifetime: '8 hours' }, line: 1, column: 67, endLine: 1, endColumn: 93, suggestions: [{ messageId: 'setLifetime', data: { option: 'cookie.maxAge', limit: '30 minutes' }, output: 'fastify.register(require(\'@fastify/session\'), { secret, cookie: { maxAge: 30 * 60 * 1000 } });' }] }
      ],
    },
    {
      code: 'fastify.register(require(\'@fastify/secure-session\'), [{ sessionName: \'a\', key }, { sessionName: \'b\', key, expiry: 3600 }]);',
      options: [{ level: 2 }],
      errors: [
        { messageId: 'defaultTooLong', data: { library: '@fastify/secure-session', option: 'expiry', limit: '12 hours', lifetime: '1 day 1 second' }, line: 1, column: 55, endLine: 1, endColumn: 80, suggestions: [{ messageId: 'setLifetime', data: { option: 'expiry', limit: '12 hours' }, output: 'fastify.register(require(\'@fastify/secure-session\'), [{ sessionName: \'a\', key, expiry: 12 * 60 * 60 }, { sessionName: \'b\', key, expiry: 3600 }]);' }] }
      ],
    },
    {
      code: `import fastifySecureSession from '@fastify/secure-session';
await app.register(fastifySecureSession, { key, expiry: 60 * 60 * 24 * 60 });`,
      errors: [
        { messageId: 'lifetimeTooLong', data: { library: '@fastify/secure-session', option: 'expiry', limit: '30 days', lifetime: '60 days' }, line: 2, column: 49, endLine: 2, endColumn: 74, suggestions: [{ messageId: 'setLifetime', data: { option: 'expiry', limit: '30 days' }, output: `import fastifySecureSession from '@fastify/secure-session';
await app.register(fastifySecureSession, { key, expiry: 30 * 24 * 60 * 60 });` }] }
      ],
    },
    {
      code: `import Yar from '@hapi/yar';
await server.register({ plugin: Yar, options: { cookieOptions: { password } } });`,
      options: [{ level: 2 }],
      errors: [
        { messageId: 'defaultTooLong', data: { library: '@hapi/yar', option: 'cache.expiresIn', limit: '12 hours', lifetime: '1 day' }, line: 2, column: 47, endLine: 2, endColumn: 78, suggestions: [{ messageId: 'setLifetime', data: { option: 'cache.expiresIn', limit: '12 hours' }, output: `import Yar from '@hapi/yar';
await server.register({ plugin: Yar, options: { cookieOptions: { password }, cache: { expiresIn: 12 * 60 * 60 * 1000 } } });` }] }
      ],
    },
    {
      code: 'await server.register([{ plugin: require(\'@hapi/yar\') }]);',
      options: [{ level: 2 }],
      errors: [
        { messageId: 'defaultTooLong', data: { library: '@hapi/yar', option: 'cache.expiresIn', limit: '12 hours', lifetime: '1 day' }, line: 1, column: 24, endLine: 1, endColumn: 56, suggestions: [{ messageId: 'setLifetime', data: { option: 'cache.expiresIn', limit: '12 hours' }, output: 'await server.register([{ plugin: require(\'@hapi/yar\'), options: { cache: { expiresIn: 12 * 60 * 60 * 1000 } } }]);' }] }
      ],
    },
    {
      code: `server.auth.strategy('session', 'cookie', {
  cookie: { name: 'sid', password, isSecure: true },
  redirectTo: '/login',
});`,
      errors: [
        { messageId: 'noLifetime', data: { library: '@hapi/cookie', option: 'cookie.ttl', limit: '30 days' }, line: 2, column: 11, endLine: 2, endColumn: 52, suggestions: [{ messageId: 'setLifetime', data: { option: 'cookie.ttl', limit: '30 days' }, output: `server.auth.strategy('session', 'cookie', {
  cookie: { name: 'sid', password, isSecure: true, ttl: 30 * 24 * 60 * 60 * 1000 },
  redirectTo: '/login',
});` }] }
      ],
    },
    {
      code: 'server.auth.strategy(\'session\', \'cookie\', { cookie: { name: \'sid\', password, ttl: 60 * 60 * 1000 }, keepAlive: true });',
      options: [{ level: 2 }],
      errors: [
        { messageId: 'idleTooLong', data: { library: '@hapi/cookie', option: 'cookie.ttl', limit: '30 minutes', lifetime: '1 hour' }, line: 1, column: 78, endLine: 1, endColumn: 97, suggestions: [{ messageId: 'setLifetime', data: { option: 'cookie.ttl', limit: '30 minutes' }, output: 'server.auth.strategy(\'session\', \'cookie\', { cookie: { name: \'sid\', password, ttl: 30 * 60 * 1000 }, keepAlive: true });' }] }
      ],
    },
    {
      code: `import { getIronSession } from 'iron-session';
export const getSession = async () => getIronSession(await cookies(), { password, cookieName: 'app', ttl: 0 });`,
      errors: [
        { messageId: 'lifetimeDisabled', data: { library: 'iron-session', option: 'ttl', limit: '30 days', value: '0', subject: 'sessions' }, line: 2, column: 102, endLine: 2, endColumn: 108, suggestions: [{ messageId: 'setLifetime', data: { option: 'ttl', limit: '30 days' }, output: `import { getIronSession } from 'iron-session';
export const getSession = async () => getIronSession(await cookies(), { password, cookieName: 'app', ttl: 30 * 24 * 60 * 60 });` }] }
      ],
    },
    {
      code: `import { getIronSession } from 'iron-session';
export const getSession = (req, res) => getIronSession(req, res, { password, cookieName: 'app' });`,
      options: [{ level: 2 }],
      errors: [
        { messageId: 'defaultTooLong', data: { library: 'iron-session', option: 'ttl', limit: '12 hours', lifetime: '14 days' }, line: 2, column: 66, endLine: 2, endColumn: 97, suggestions: [{ messageId: 'setLifetime', data: { option: 'ttl', limit: '12 hours' }, output: `import { getIronSession } from 'iron-session';
export const getSession = (req, res) => getIronSession(req, res, { password, cookieName: 'app', ttl: 12 * 60 * 60 });` }] }
      ],
    },
    {
      code: `import { withIronSessionApiRoute } from 'iron-session/next';
export default withIronSessionApiRoute(handler, { password, cookieName: 'app', ttl: 60 * 60 * 24 * 365 });`,
      errors: [
        { messageId: 'lifetimeTooLong', data: { library: 'iron-session', option: 'ttl', limit: '30 days', lifetime: '365 days' }, line: 2, column: 80, endLine: 2, endColumn: 103, suggestions: [{ messageId: 'setLifetime', data: { option: 'ttl', limit: '30 days' }, output: `import { withIronSessionApiRoute } from 'iron-session/next';
export default withIronSessionApiRoute(handler, { password, cookieName: 'app', ttl: 30 * 24 * 60 * 60 });` }] }
      ],
    },
    {
      code: `export default defineEventHandler(async (event) => {
  const session = await useSession(event, { password: process.env.SESSION_PASSWORD });
  return session.data;
});`,
      errors: [
        { messageId: 'noLifetime', data: { library: 'h3 useSession', option: 'maxAge', limit: '30 days' }, line: 2, column: 43, endLine: 2, endColumn: 85, suggestions: [{ messageId: 'setLifetime', data: { option: 'maxAge', limit: '30 days' }, output: `export default defineEventHandler(async (event) => {
  const session = await useSession(event, { password: process.env.SESSION_PASSWORD, maxAge: 30 * 24 * 60 * 60 });
  return session.data;
});` }] }
      ],
    },
    {
      code: `import { useSession } from 'h3';
const sessionConfig = { password: process.env.SESSION_PASSWORD, maxAge: 60 * 60 * 24 * 90 };
export const handler = async (event) => (await useSession(event, sessionConfig)).data;`,
      errors: [
        { messageId: 'lifetimeTooLong', data: { library: 'h3 useSession', option: 'maxAge', limit: '30 days', lifetime: '90 days' }, line: 2, column: 65, endLine: 2, endColumn: 90, suggestions: [{ messageId: 'setLifetime', data: { option: 'maxAge', limit: '30 days' }, output: `import { useSession } from 'h3';
const sessionConfig = { password: process.env.SESSION_PASSWORD, maxAge: 30 * 24 * 60 * 60 };
export const handler = async (event) => (await useSession(event, sessionConfig)).data;` }] }
      ],
    },
    {
      code: `import { getSession, updateSession } from 'h3';
const config = { password: process.env.SESSION_PASSWORD, maxAge: 0 };
export const read = (event) => getSession(event, config);
export const write = (event) => updateSession(event, config, { user: 1 });`,
      errors: [
        { messageId: 'lifetimeDisabled', data: { library: 'h3 useSession', option: 'maxAge', limit: '30 days', value: '0', subject: 'sessions' }, line: 2, column: 58, endLine: 2, endColumn: 67, suggestions: [{ messageId: 'setLifetime', data: { option: 'maxAge', limit: '30 days' }, output: `import { getSession, updateSession } from 'h3';
const config = { password: process.env.SESSION_PASSWORD, maxAge: 30 * 24 * 60 * 60 };
export const read = (event) => getSession(event, config);
export const write = (event) => updateSession(event, config, { user: 1 });` }] }
      ],
    },
    {
      code: `import { createCookieSessionStorage } from 'react-router';
export const { getSession, commitSession, destroySession } = createCookieSessionStorage({
  cookie: { name: '__session', httpOnly: true, secrets: [process.env.SESSION_SECRET] },
});`,
      errors: [
        { messageId: 'noLifetime', data: { library: 'React Router session storage', option: 'cookie.maxAge', limit: '30 days' }, line: 3, column: 11, endLine: 3, endColumn: 87, suggestions: [{ messageId: 'setLifetime', data: { option: 'cookie.maxAge', limit: '30 days' }, output: `import { createCookieSessionStorage } from 'react-router';
export const { getSession, commitSession, destroySession } = createCookieSessionStorage({
  cookie: { name: '__session', httpOnly: true, secrets: [process.env.SESSION_SECRET], maxAge: 30 * 24 * 60 * 60 },
});` }] }
      ],
    },
    {
      code: `import { createCookieSessionStorage } from 'react-router';
type SessionData = { userId: string };
export const storage = createCookieSessionStorage<SessionData>({ cookie: { name: 'app_session', secure: true, secrets: [process.env.SESSION_SECRET!] } });`,
      errors: [
        { messageId: 'noLifetime', data: { library: 'React Router session storage', option: 'cookie.maxAge', limit: '30 days' }, line: 3, column: 74, endLine: 3, endColumn: 151, suggestions: [{ messageId: 'setLifetime', data: { option: 'cookie.maxAge', limit: '30 days' }, output: `import { createCookieSessionStorage } from 'react-router';
type SessionData = { userId: string };
export const storage = createCookieSessionStorage<SessionData>({ cookie: { name: 'app_session', secure: true, secrets: [process.env.SESSION_SECRET!], maxAge: 30 * 24 * 60 * 60 } });` }] }
      ],
    },
    {
      code: `import { createCookie, createFileSessionStorage } from '@remix-run/node';
const sessionCookie = createCookie('__session');
export const storage = createFileSessionStorage({ dir: '/sessions', cookie: sessionCookie });`,
      errors: [
        { messageId: 'noLifetime', data: { library: 'React Router session storage', option: 'cookie.maxAge', limit: '30 days' }, line: 2, column: 23, endLine: 2, endColumn: 48, suggestions: [{ messageId: 'setLifetime', data: { option: 'cookie.maxAge', limit: '30 days' }, output: `import { createCookie, createFileSessionStorage } from '@remix-run/node';
const sessionCookie = createCookie('__session', { maxAge: 30 * 24 * 60 * 60 });
export const storage = createFileSessionStorage({ dir: '/sessions', cookie: sessionCookie });` }] }
      ],
    },
    {
      code: `import { createCookieSessionStorage } from '@remix-run/node';
export const storage = createCookieSessionStorage({ cookie: { name: '__session', expires: new Date(Date.now() + 1000 * 60 * 60 * 24 * 365) } });`,
      errors: [
        { messageId: 'lifetimeTooLong', data: { library: 'React Router session storage', option: 'cookie.expires', limit: '30 days', lifetime: '365 days' }, line: 2, column: 82, endLine: 2, endColumn: 139, suggestions: [{ messageId: 'setLifetime', data: { option: 'cookie.expires', limit: '30 days' }, output: `import { createCookieSessionStorage } from '@remix-run/node';
export const storage = createCookieSessionStorage({ cookie: { name: '__session', expires: new Date(Date.now() + 30 * 24 * 60 * 60 * 1000) } });` }] }
      ],
    },
    {
      code: `import { Lucia, TimeSpan } from 'lucia';
export const lucia = new Lucia(adapter, { sessionExpiresIn: new TimeSpan(90, 'd') });`,
      errors: [
        { messageId: 'idleTooLong', data: { library: 'Lucia', option: 'sessionExpiresIn', limit: '30 days', lifetime: '90 days' }, line: 2, column: 43, endLine: 2, endColumn: 82, suggestions: [{ messageId: 'setLifetime', data: { option: 'sessionExpiresIn', limit: '30 days' }, output: `import { Lucia, TimeSpan } from 'lucia';
export const lucia = new Lucia(adapter, { sessionExpiresIn: new TimeSpan(30, 'd') });` }] }
      ],
    },
    {
      code: `import { Lucia, TimeSpan as Span } from 'lucia';
export const lucia = new Lucia(adapter);`,
      options: [{ level: 2 }],
      errors: [
        { messageId: 'defaultIdleTooLong', data: { library: 'Lucia', option: 'sessionExpiresIn', limit: '30 minutes', lifetime: '30 days' }, line: 2, column: 22, endLine: 2, endColumn: 40, suggestions: [{ messageId: 'setLifetime', data: { option: 'sessionExpiresIn', limit: '30 minutes' }, output: `import { Lucia, TimeSpan as Span } from 'lucia';
export const lucia = new Lucia(adapter, { sessionExpiresIn: new Span(30, 'm') });` }] }
      ],
    },
    {
      code: `import { Lucia } from 'lucia';
export const lucia = new Lucia(adapter, { sessionCookie: { attributes: { secure: true } } });`,
      options: [{ level: 2 }],
      errors: [
        { messageId: 'defaultIdleTooLong', data: { library: 'Lucia', option: 'sessionExpiresIn', limit: '30 minutes', lifetime: '30 days' }, line: 2, column: 41, endLine: 2, endColumn: 92, suggestions: [] }
      ],
    },
    {
      code: `import NextAuth from 'next-auth';
export default NextAuth({ providers: [], session: { strategy: 'jwt' } });`,
      options: [{ level: 2 }],
      errors: [
        { messageId: 'defaultIdleTooLong', data: { library: 'Auth.js', option: 'session.maxAge', limit: '30 minutes', lifetime: '30 days' }, line: 2, column: 51, endLine: 2, endColumn: 70, suggestions: [{ messageId: 'setLifetime', data: { option: 'session.maxAge', limit: '30 minutes' }, output: `import NextAuth from 'next-auth';
export default NextAuth({ providers: [], session: { strategy: 'jwt', maxAge: 30 * 60 } });` }] }
      ],
    },
    {
      code: `import type { NextAuthOptions } from 'next-auth';
export const authOptions: NextAuthOptions = { providers: [], session: { maxAge: 60 * 24 * 60 * 60 } };`,
      errors: [
        { messageId: 'idleTooLong', data: { library: 'Auth.js', option: 'session.maxAge', limit: '30 days', lifetime: '60 days' }, line: 2, column: 73, endLine: 2, endColumn: 98, suggestions: [{ messageId: 'setLifetime', data: { option: 'session.maxAge', limit: '30 days' }, output: `import type { NextAuthOptions } from 'next-auth';
export const authOptions: NextAuthOptions = { providers: [], session: { maxAge: 30 * 24 * 60 * 60 } };` }] }
      ],
    },
    {
      code: `import NextAuth, { type NextAuthConfig } from 'next-auth';
export const { auth, handlers } = NextAuth({ providers: [], session: { maxAge: 8 * 60 * 60 } } satisfies NextAuthConfig);`,
      options: [{ level: 3 }],
      errors: [
        { messageId: 'idleTooLong', data: { library: 'Auth.js', option: 'session.maxAge', limit: '15 minutes', lifetime: '8 hours' }, line: 2, column: 72, endLine: 2, endColumn: 91, suggestions: [{ messageId: 'setLifetime', data: { option: 'session.maxAge', limit: '15 minutes' }, output: `import NextAuth, { type NextAuthConfig } from 'next-auth';
export const { auth, handlers } = NextAuth({ providers: [], session: { maxAge: 15 * 60 } } satisfies NextAuthConfig);` }] }
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
export const issue = (user) => jwt.sign({ sub: user.id }, process.env.KEY);`,
      errors: [
        { messageId: 'noTokenExpiry', data: { library: 'jwt.sign', option: 'expiresIn', limit: '30 days' }, line: 2, column: 32, endLine: 2, endColumn: 75, suggestions: [{ messageId: 'setLifetime', data: { option: 'expiresIn', limit: '30 days' }, output: `import jwt from 'jsonwebtoken';
export const issue = (user) => jwt.sign({ sub: user.id }, process.env.KEY, { expiresIn: '30d' });` }] }
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
export const issue = (user) => jwt.sign({ sub: user.id }, process.env.KEY, { algorithm: 'RS256' });`,
      errors: [
        { messageId: 'noTokenExpiry', data: { library: 'jwt.sign', option: 'expiresIn', limit: '30 days' }, line: 2, column: 76, endLine: 2, endColumn: 98, suggestions: [{ messageId: 'setLifetime', data: { option: 'expiresIn', limit: '30 days' }, output: `import jwt from 'jsonwebtoken';
export const issue = (user) => jwt.sign({ sub: user.id }, process.env.KEY, { algorithm: 'RS256', expiresIn: '30d' });` }] }
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
jwt.sign({ sub: user.id }, key, (err, token) => res.json({ token }));`,
      errors: [
        { messageId: 'noTokenExpiry', data: { library: 'jwt.sign', option: 'expiresIn', limit: '30 days' }, line: 2, column: 1, endLine: 2, endColumn: 69, suggestions: [{ messageId: 'setLifetime', data: { option: 'expiresIn', limit: '30 days' }, output: `import jwt from 'jsonwebtoken';
jwt.sign({ sub: user.id }, key, { expiresIn: '30d' }, (err, token) => res.json({ token }));` }] }
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
export const refresh = (user) => jwt.sign({ sub: user.id }, key, { expiresIn: 60 * 60 * 24 * 90 });`,
      errors: [
        { messageId: 'lifetimeTooLong', data: { library: 'jwt.sign', option: 'expiresIn', limit: '30 days', lifetime: '90 days' }, line: 2, column: 68, endLine: 2, endColumn: 96, suggestions: [{ messageId: 'setLifetime', data: { option: 'expiresIn', limit: '30 days' }, output: `import jwt from 'jsonwebtoken';
export const refresh = (user) => jwt.sign({ sub: user.id }, key, { expiresIn: '30d' });` }] }
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
export const refresh = (user) => jwt.sign({ sub: user.id }, key, { expiresIn: '3600000000' });`,
      errors: [
        { messageId: 'lifetimeTooLong', data: { library: 'jwt.sign', option: 'expiresIn', limit: '30 days', lifetime: '41 days 16 hours' }, line: 2, column: 68, endLine: 2, endColumn: 91, suggestions: [{ messageId: 'setLifetime', data: { option: 'expiresIn', limit: '30 days' }, output: `import jwt from 'jsonwebtoken';
export const refresh = (user) => jwt.sign({ sub: user.id }, key, { expiresIn: '30d' });` }] }
      ],
    },
    {
      code: `const jwt = require('jsonwebtoken');
const TOKEN_OPTIONS = { expiresIn: '7d', algorithm: 'HS256' };
module.exports = (user) => jwt.sign({ id: user.id }, secret, TOKEN_OPTIONS);`,
      options: [{ level: 2 }],
      errors: [
        { messageId: 'lifetimeTooLong', data: { library: 'jwt.sign', option: 'expiresIn', limit: '12 hours', lifetime: '7 days' }, line: 2, column: 25, endLine: 2, endColumn: 40, suggestions: [{ messageId: 'setLifetime', data: { option: 'expiresIn', limit: '12 hours' }, output: `const jwt = require('jsonwebtoken');
const TOKEN_OPTIONS = { expiresIn: '12h', algorithm: 'HS256' };
module.exports = (user) => jwt.sign({ id: user.id }, secret, TOKEN_OPTIONS);` }] }
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
jwt.sign({ sub: 1, exp: Math.floor(Date.now() / 1000) + 60 * 60 * 24 * 365 }, key);`,
      errors: [
        { messageId: 'lifetimeTooLong', data: { library: 'jwt.sign', option: 'exp', limit: '30 days', lifetime: '365 days' }, line: 2, column: 20, endLine: 2, endColumn: 75, suggestions: [{ messageId: 'setLifetime', data: { option: 'exp', limit: '30 days' }, output: `import jwt from 'jsonwebtoken';
jwt.sign({ sub: 1, exp: Math.floor(Date.now() / 1000) + 30 * 24 * 60 * 60 }, key);` }] }
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
jwt?.sign({ sub: 1 }, key, { expiresIn: '1y' });`,
      errors: [
        { messageId: 'lifetimeTooLong', data: { library: 'jwt?.sign', option: 'expiresIn', limit: '30 days', lifetime: '365 days 6 hours' }, line: 2, column: 30, endLine: 2, endColumn: 45, suggestions: [{ messageId: 'setLifetime', data: { option: 'expiresIn', limit: '30 days' }, output: `import jwt from 'jsonwebtoken';
jwt?.sign({ sub: 1 }, key, { expiresIn: '30d' });` }] }
      ],
    },
    {
      code: `import { SignJWT } from 'jose';
export const issue = (key) => new SignJWT({ sub: '1' }).setProtectedHeader({ alg: 'ES256' }).sign(key);`,
      errors: [
        { messageId: 'noTokenExpiry', data: { library: 'SignJWT', option: 'setExpirationTime', limit: '30 days' }, line: 2, column: 94, endLine: 2, endColumn: 98, suggestions: [{ messageId: 'setLifetime', data: { option: 'setExpirationTime', limit: '30 days' }, output: `import { SignJWT } from 'jose';
export const issue = (key) => new SignJWT({ sub: '1' }).setProtectedHeader({ alg: 'ES256' }).setExpirationTime('30d').sign(key);` }] }
      ],
    },
    {
      code: `import { SignJWT } from 'jose';
export async function issue(key) {
  return await new SignJWT({ sub: '1' })
    .setProtectedHeader({ alg: 'ES256' })
    .setIssuedAt()
    .sign(key);
}`,
      errors: [
        { messageId: 'noTokenExpiry', data: { library: 'SignJWT', option: 'setExpirationTime', limit: '30 days' }, line: 6, column: 6, endLine: 6, endColumn: 10, suggestions: [{ messageId: 'setLifetime', data: { option: 'setExpirationTime', limit: '30 days' }, output: `import { SignJWT } from 'jose';
export async function issue(key) {
  return await new SignJWT({ sub: '1' })
    .setProtectedHeader({ alg: 'ES256' })
    .setIssuedAt()
    .setExpirationTime('30d')
    .sign(key);
}` }] }
      ],
    },
    {
      code: `import * as jose from 'jose';
const jwt = await new jose.SignJWT({ sub: '1' }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('1d').sign(key);`,
      options: [{ level: 2 }],
      errors: [
        { messageId: 'lifetimeTooLong', data: { library: 'jose.SignJWT', option: 'setExpirationTime', limit: '12 hours', lifetime: '1 day' }, line: 2, column: 105, endLine: 2, endColumn: 109, suggestions: [{ messageId: 'setLifetime', data: { option: 'setExpirationTime', limit: '12 hours' }, output: `import * as jose from 'jose';
const jwt = await new jose.SignJWT({ sub: '1' }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('12h').sign(key);` }] }
      ],
    },
    {
      code: `import { SignJWT } from 'jose';
const builder = new SignJWT({ sub: '1' });
builder.setProtectedHeader({ alg: 'HS256' });
export const token = await builder.sign(key);`,
      errors: [
        { messageId: 'noTokenExpiry', data: { library: 'SignJWT', option: 'setExpirationTime', limit: '30 days' }, line: 4, column: 36, endLine: 4, endColumn: 40, suggestions: [{ messageId: 'setLifetime', data: { option: 'setExpirationTime', limit: '30 days' }, output: `import { SignJWT } from 'jose';
const builder = new SignJWT({ sub: '1' });
builder.setProtectedHeader({ alg: 'HS256' });
export const token = await builder.setExpirationTime('30d').sign(key);` }] }
      ],
    },
    {
      code: `import { sign } from 'hono/jwt';
export const issue = (user) => sign({ sub: user.id, role: 'user' }, secret);`,
      errors: [
        { messageId: 'noTokenExpiry', data: { library: 'hono/jwt sign', option: 'exp', limit: '30 days' }, line: 2, column: 37, endLine: 2, endColumn: 67, suggestions: [{ messageId: 'setLifetime', data: { option: 'exp', limit: '30 days' }, output: `import { sign } from 'hono/jwt';
export const issue = (user) => sign({ sub: user.id, role: 'user', exp: Math.floor(Date.now() / 1000) + 30 * 24 * 60 * 60 }, secret);` }] }
      ],
    },
    {
      code: `import { sign } from 'hono/jwt';
export const issue = (user) => sign({ sub: user.id, exp: Math.floor(Date.now() / 1000) + 60 * 60 * 24 * 60 }, secret);`,
      errors: [
        { messageId: 'lifetimeTooLong', data: { library: 'hono/jwt sign', option: 'exp', limit: '30 days', lifetime: '60 days' }, line: 2, column: 53, endLine: 2, endColumn: 107, suggestions: [{ messageId: 'setLifetime', data: { option: 'exp', limit: '30 days' }, output: `import { sign } from 'hono/jwt';
export const issue = (user) => sign({ sub: user.id, exp: Math.floor(Date.now() / 1000) + 30 * 24 * 60 * 60 }, secret);` }] }
      ],
    },
    {
      code: `import { JwtModule } from '@nestjs/jwt';
export const jwt = JwtModule.register({ global: true, secret: process.env.JWT_SECRET });`,
      errors: [
        { messageId: 'noTokenExpiry', data: { library: 'JwtModule.register', option: 'signOptions.expiresIn', limit: '30 days' }, line: 2, column: 39, endLine: 2, endColumn: 87, suggestions: [{ messageId: 'setLifetime', data: { option: 'signOptions.expiresIn', limit: '30 days' }, output: `import { JwtModule } from '@nestjs/jwt';
export const jwt = JwtModule.register({ global: true, secret: process.env.JWT_SECRET, signOptions: { expiresIn: '30d' } });` }] }
      ],
    },
    {
      code: `import { JwtModule } from '@nestjs/jwt';
export const jwt = JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: '365d' } });`,
      errors: [
        { messageId: 'lifetimeTooLong', data: { library: 'JwtModule.register', option: 'signOptions.expiresIn', limit: '30 days', lifetime: '365 days' }, line: 2, column: 88, endLine: 2, endColumn: 105, suggestions: [{ messageId: 'setLifetime', data: { option: 'signOptions.expiresIn', limit: '30 days' }, output: `import { JwtModule } from '@nestjs/jwt';
export const jwt = JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: '30d' } });` }] }
      ],
    },
    {
      code: `import { JwtModule } from '@nestjs/jwt';
export const jwt = JwtModule.registerAsync({ useFactory: () => ({ secret: process.env.JWT_SECRET, signOptions: { algorithm: 'HS256' } }) });`,
      options: [{ level: 2 }],
      errors: [
        { messageId: 'noTokenExpiry', data: { library: 'JwtModule.registerAsync', option: 'signOptions.expiresIn', limit: '12 hours' }, line: 2, column: 112, endLine: 2, endColumn: 134, suggestions: [{ messageId: 'setLifetime', data: { option: 'signOptions.expiresIn', limit: '12 hours' }, output: `import { JwtModule } from '@nestjs/jwt';
export const jwt = JwtModule.registerAsync({ useFactory: () => ({ secret: process.env.JWT_SECRET, signOptions: { algorithm: 'HS256', expiresIn: '12h' } }) });` }] }
      ],
    },
    {
      code: `import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
@Injectable()
export class AuthService {
  constructor(private readonly jwtService: JwtService) {}
  refresh(user: User) {
    return this.jwtService.signAsync({ sub: user.id }, { expiresIn: '60d' });
  }
}`,
      errors: [
        { messageId: 'lifetimeTooLong', data: { library: 'this.jwtService.signAsync', option: 'expiresIn', limit: '30 days', lifetime: '60 days' }, line: 7, column: 58, endLine: 7, endColumn: 74, suggestions: [{ messageId: 'setLifetime', data: { option: 'expiresIn', limit: '30 days' }, output: `import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
@Injectable()
export class AuthService {
  constructor(private readonly jwtService: JwtService) {}
  refresh(user: User) {
    return this.jwtService.signAsync({ sub: user.id }, { expiresIn: '30d' });
  }
}` }] }
      ],
    },
    {
      code: `import fastifyJwt from '@fastify/jwt';
fastify.register(fastifyJwt, { secret: process.env.JWT_SECRET });`,
      errors: [
        { messageId: 'noTokenExpiry', data: { library: '@fastify/jwt', option: 'sign.expiresIn', limit: '30 days' }, line: 2, column: 30, endLine: 2, endColumn: 64, suggestions: [{ messageId: 'setLifetime', data: { option: 'sign.expiresIn', limit: '30 days' }, output: `import fastifyJwt from '@fastify/jwt';
fastify.register(fastifyJwt, { secret: process.env.JWT_SECRET, sign: { expiresIn: '30d' } });` }] }
      ],
    },
    {
      code: `import jwt from 'jwt-simple';
export const token = jwt.encode({ sub: 1 }, secret);`,
      errors: [
        { messageId: 'noTokenExpiry', data: { library: 'jwt.encode', option: 'exp', limit: '30 days' }, line: 2, column: 33, endLine: 2, endColumn: 43, suggestions: [{ messageId: 'setLifetime', data: { option: 'exp', limit: '30 days' }, output: `import jwt from 'jwt-simple';
export const token = jwt.encode({ sub: 1, exp: Math.floor(Date.now() / 1000) + 30 * 24 * 60 * 60 }, secret);` }] }
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
export const issue = (user) => jwt.sign({ sub: user.id }, key, { expiresIn: '2h' });`,
      options: [{ level: 1, maxAbsoluteSeconds: 3600 }],
      errors: [
        { messageId: 'lifetimeTooLong', data: { library: 'jwt.sign', option: 'expiresIn', limit: '1 hour', lifetime: '2 hours' }, line: 2, column: 66, endLine: 2, endColumn: 81, suggestions: [{ messageId: 'setLifetime', data: { option: 'expiresIn', limit: '1 hour' }, output: `import jwt from 'jsonwebtoken';
export const issue = (user) => jwt.sign({ sub: user.id }, key, { expiresIn: '1h' });` }] }
      ],
    },
    {
      code: `import session from 'express-session';
app.use(session({ secret: 's', rolling: true, cookie: { maxAge: 15 * 60 * 1000 } }));`,
      options: [{ level: 2, maxIdleSeconds: 600 }],
      errors: [
        { messageId: 'idleTooLong', data: { library: 'express-session', option: 'cookie.maxAge', limit: '10 minutes', lifetime: '15 minutes' }, line: 2, column: 57, endLine: 2, endColumn: 79, suggestions: [{ messageId: 'setLifetime', data: { option: 'cookie.maxAge', limit: '10 minutes' }, output: `import session from 'express-session';
app.use(session({ secret: 's', rolling: true, cookie: { maxAge: 10 * 60 * 1000 } }));` }] }
      ],
    },
    {
      code: `import session from 'express-session';
export const App = () => <div />;
app.use(session({ secret: 's', cookie: { maxAge: 60 * 24 * 60 * 60 * 1000 } as CookieOptions }));`,
      filename: 'app.tsx',
      errors: [
        { messageId: 'lifetimeTooLong', data: { library: 'express-session', option: 'cookie.maxAge', limit: '30 days', lifetime: '60 days' }, line: 3, column: 42, endLine: 3, endColumn: 74, suggestions: [{ messageId: 'setLifetime', data: { option: 'cookie.maxAge', limit: '30 days' }, output: `import session from 'express-session';
export const App = () => <div />;
app.use(session({ secret: 's', cookie: { maxAge: 30 * 24 * 60 * 60 * 1000 } as CookieOptions }));` }] }
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
function done(err, token) { send(token); }
jwt.sign({ sub: 1 }, key, done);`,
      errors: [
        { messageId: 'noTokenExpiry', data: { library: 'jwt.sign', option: 'expiresIn', limit: '30 days' }, line: 3, column: 1, endLine: 3, endColumn: 32, suggestions: [{ messageId: 'setLifetime', data: { option: 'expiresIn', limit: '30 days' }, output: `import jwt from 'jsonwebtoken';
function done(err, token) { send(token); }
jwt.sign({ sub: 1 }, key, { expiresIn: '30d' }, done);` }] }
      ],
    },
    {
      code: `import session, { type SessionOptions } from 'express-session';
app.use(session({ secret: 's' } satisfies SessionOptions));`,
      errors: [
        { messageId: 'noLifetime', data: { library: 'express-session', option: 'cookie.maxAge', limit: '30 days' }, line: 2, column: 17, endLine: 2, endColumn: 32, suggestions: [{ messageId: 'setLifetime', data: { option: 'cookie.maxAge', limit: '30 days' }, output: `import session, { type SessionOptions } from 'express-session';
app.use(session({ secret: 's', cookie: { maxAge: 30 * 24 * 60 * 60 * 1000 } } satisfies SessionOptions));` }] }
      ],
    },
    {
      code: `import { getIronSession } from 'iron-session';
const ttl = 0;
export const getSession = (store) => getIronSession(store, { password, cookieName: 'app', ttl });`,
      errors: [
        { messageId: 'lifetimeDisabled', data: { library: 'iron-session', option: 'ttl', limit: '30 days', value: '0', subject: 'sessions' }, line: 3, column: 91, endLine: 3, endColumn: 94, suggestions: [{ messageId: 'setLifetime', data: { option: 'ttl', limit: '30 days' }, output: `import { getIronSession } from 'iron-session';
const ttl = 0;
export const getSession = (store) => getIronSession(store, { password, cookieName: 'app', ttl: 30 * 24 * 60 * 60 });` }] }
      ],
    },
    {
      code: `import { Lucia, TimeSpan } from 'lucia';
export const lucia = new Lucia(adapter, { sessionExpiresIn: undefined });`,
      options: [{ level: 2 }],
      errors: [
        { messageId: 'defaultIdleTooLong', data: { library: 'Lucia', option: 'sessionExpiresIn', limit: '30 minutes', lifetime: '30 days' }, line: 2, column: 22, endLine: 2, endColumn: 73, suggestions: [] }
      ],
    },
    {
      code: `import session from 'express-session';
app.use(session({ secret: 's', cookie: null }));`,
      errors: [
        { messageId: 'noLifetime', data: { library: 'express-session', option: 'cookie.maxAge', limit: '30 days' }, line: 2, column: 9, endLine: 2, endColumn: 47, suggestions: [] }
      ],
    },
    {
      code: 'await server.register(require(\'@hapi/yar\'));',
      options: [{ level: 2 }],
      errors: [
        { messageId: 'defaultTooLong', data: { library: '@hapi/yar', option: 'cache.expiresIn', limit: '12 hours', lifetime: '1 day' }, line: 1, column: 7, endLine: 1, endColumn: 44, suggestions: [] }
      ],
    },
    {
      code: `import session from 'express-session';
import { RedisStore } from 'connect-redis';
app.use(session({ secret: 's', store: new RedisStore({ client, ttl: undefined }) }));`,
      options: [{ level: 2 }],
      errors: [
        { messageId: 'defaultIdleTooLong', data: { library: 'connect-redis', option: 'ttl', limit: '30 minutes', lifetime: '1 day' }, line: 3, column: 54, endLine: 3, endColumn: 80, suggestions: [] }
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
export const token = jwt.sign({ sub: 1 });`,
      errors: [
        { messageId: 'noTokenExpiry', data: { library: 'jwt.sign', option: 'expiresIn', limit: '30 days' }, line: 2, column: 22, endLine: 2, endColumn: 42, suggestions: [] }
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
export const token = jwt.sign({ sub: 1 }, key, { expiresIn: undefined });`,
      errors: [
        { messageId: 'noTokenExpiry', data: { library: 'jwt.sign', option: 'expiresIn', limit: '30 days' }, line: 2, column: 22, endLine: 2, endColumn: 73, suggestions: [] }
      ],
    },
    {
      code: `import { JwtModule } from '@nestjs/jwt';
export const jwt = JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: undefined });`,
      errors: [
        { messageId: 'noTokenExpiry', data: { library: 'JwtModule.register', option: 'signOptions.expiresIn', limit: '30 days' }, line: 2, column: 20, endLine: 2, endColumn: 98, suggestions: [] }
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
export const token = jwt.sign({ sub: 1, exp: undefined }, key);`,
      errors: [
        { messageId: 'noTokenExpiry', data: { library: 'jwt.sign', option: 'expiresIn', limit: '30 days' }, line: 2, column: 22, endLine: 2, endColumn: 63, suggestions: [{ messageId: 'setLifetime', data: { option: 'expiresIn', limit: '30 days' }, output: `import jwt from 'jsonwebtoken';
export const token = jwt.sign({ sub: 1, exp: undefined }, key, { expiresIn: '30d' });` }] }
      ],
    },
    {
      code: `import { SignJWT } from 'jose';
export const token = await new SignJWT().setProtectedHeader({ alg: 'HS256' }).sign(key);`,
      errors: [
        { messageId: 'noTokenExpiry', data: { library: 'SignJWT', option: 'setExpirationTime', limit: '30 days' }, line: 2, column: 79, endLine: 2, endColumn: 83, suggestions: [{ messageId: 'setLifetime', data: { option: 'setExpirationTime', limit: '30 days' }, output: `import { SignJWT } from 'jose';
export const token = await new SignJWT().setProtectedHeader({ alg: 'HS256' }).setExpirationTime('30d').sign(key);` }] }
      ],
    },
    {
      code: `import { db } from './db';
import { TimeSpan } from 'oslo';
import { Lucia } from 'lucia';
export const lucia = new Lucia(adapter, {});`,
      options: [{ level: 2 }],
      errors: [
        { messageId: 'defaultIdleTooLong', data: { library: 'Lucia', option: 'sessionExpiresIn', limit: '30 minutes', lifetime: '30 days' }, line: 4, column: 41, endLine: 4, endColumn: 43, suggestions: [{ messageId: 'setLifetime', data: { option: 'sessionExpiresIn', limit: '30 minutes' }, output: `import { db } from './db';
import { TimeSpan } from 'oslo';
import { Lucia } from 'lucia';
export const lucia = new Lucia(adapter, { sessionExpiresIn: new TimeSpan(30, 'm') });` }] }
      ],
    },
    {
      code: `import { Lucia } from 'lucia';
export const lucia = new Lucia();`,
      options: [{ level: 2 }],
      errors: [
        { messageId: 'defaultIdleTooLong', data: { library: 'Lucia', option: 'sessionExpiresIn', limit: '30 minutes', lifetime: '30 days' }, line: 2, column: 22, endLine: 2, endColumn: 33, suggestions: [] }
      ],
    },
    {
      code: `import { JwtService } from '@nestjs/jwt';
export const service = new JwtService({ secret: process.env.JWT_SECRET });`,
      errors: [
        { messageId: 'noTokenExpiry', data: { library: '@nestjs/jwt', option: 'signOptions.expiresIn', limit: '30 days' }, line: 2, column: 39, endLine: 2, endColumn: 73, suggestions: [{ messageId: 'setLifetime', data: { option: 'signOptions.expiresIn', limit: '30 days' }, output: `import { JwtService } from '@nestjs/jwt';
export const service = new JwtService({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: '30d' } });` }] }
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
export const issue = (user) => jwt.sign({ sub: user.id }, key, { expiresIn: '90m' });`,
      options: [{ maxAbsoluteSeconds: 3600 }],
      errors: [
        { messageId: 'lifetimeTooLong', data: { library: 'jwt.sign', option: 'expiresIn', limit: '1 hour', lifetime: '1 hour 30 minutes' }, line: 2, column: 66, endLine: 2, endColumn: 82, suggestions: [{ messageId: 'setLifetime', data: { option: 'expiresIn', limit: '1 hour' }, output: `import jwt from 'jsonwebtoken';
export const issue = (user) => jwt.sign({ sub: user.id }, key, { expiresIn: '1h' });` }] }
      ],
    },
    {
      code: `import { getAuth } from 'firebase-admin/auth';
export async function login(idToken: string) {
  return getAuth().createSessionCookie(idToken, { expiresIn: 60 * 60 * 24 * 5 * 1000 });
}`,
      options: [{ level: 2 }],
      errors: [
        { messageId: 'lifetimeTooLong', data: { library: 'Firebase createSessionCookie', option: 'expiresIn', limit: '12 hours', lifetime: '5 days' }, line: 3, column: 51, endLine: 3, endColumn: 85, suggestions: [{ messageId: 'setLifetime', data: { option: 'expiresIn', limit: '12 hours' }, output: `import { getAuth } from 'firebase-admin/auth';
export async function login(idToken: string) {
  return getAuth().createSessionCookie(idToken, { expiresIn: 12 * 60 * 60 * 1000 });
}` }] }
      ],
    },
    {
      code: `import admin from 'firebase-admin';
const auth = admin.auth();
export const login = (idToken) => auth.createSessionCookie(idToken, { expiresIn: 14 * 24 * 60 * 60 * 1000 });`,
      options: [{ level: 2 }],
      errors: [
        { messageId: 'lifetimeTooLong', data: { library: 'Firebase createSessionCookie', option: 'expiresIn', limit: '12 hours', lifetime: '14 days' }, line: 3, column: 71, endLine: 3, endColumn: 106, suggestions: [{ messageId: 'setLifetime', data: { option: 'expiresIn', limit: '12 hours' }, output: `import admin from 'firebase-admin';
const auth = admin.auth();
export const login = (idToken) => auth.createSessionCookie(idToken, { expiresIn: 12 * 60 * 60 * 1000 });` }] }
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
export const testToken = jwt.sign({ sub: 'test-user' }, 'test-secret');`,
      options: [{ checkTestFiles: true }],
      filename: 'tests/helpers/auth.ts',
      errors: [
        { messageId: 'noTokenExpiry', data: { library: 'jwt.sign', option: 'expiresIn', limit: '30 days' }, line: 2, column: 26, endLine: 2, endColumn: 71, suggestions: [{ messageId: 'setLifetime', data: { option: 'expiresIn', limit: '30 days' }, output: `import jwt from 'jsonwebtoken';
export const testToken = jwt.sign({ sub: 'test-user' }, 'test-secret', { expiresIn: '30d' });` }] }
      ],
    },
    {
      code: `import NextAuth, { type NextAuthOptions } from 'next-auth';
export const authOptions: NextAuthOptions = { providers: [], session: { maxAge: 90 * 24 * 60 * 60 } };
export default NextAuth(authOptions);`,
      errors: [
        { messageId: 'idleTooLong', data: { library: 'Auth.js', option: 'session.maxAge', limit: '30 days', lifetime: '90 days' }, line: 2, column: 73, endLine: 2, endColumn: 98, suggestions: [{ messageId: 'setLifetime', data: { option: 'session.maxAge', limit: '30 days' }, output: `import NextAuth, { type NextAuthOptions } from 'next-auth';
export const authOptions: NextAuthOptions = { providers: [], session: { maxAge: 30 * 24 * 60 * 60 } };
export default NextAuth(authOptions);` }] }
      ],
    },
    {
      code: `import type { SessionOptions } from 'iron-session';
export const sessionOptions: SessionOptions = {
  password: process.env.SESSION_PASSWORD!,
  cookieName: 'app-session',
};`,
      options: [{ level: 2 }],
      errors: [
        { messageId: 'defaultTooLong', data: { library: 'iron-session', option: 'ttl', limit: '12 hours', lifetime: '14 days' }, line: 2, column: 47, endLine: 5, endColumn: 2, suggestions: [{ messageId: 'setLifetime', data: { option: 'ttl', limit: '12 hours' }, output: `import type { SessionOptions } from 'iron-session';
export const sessionOptions: SessionOptions = {
  password: process.env.SESSION_PASSWORD!,
  cookieName: 'app-session',
  ttl: 12 * 60 * 60,
};` }] }
      ],
    },
    {
      code: `import type { SessionConfig } from 'h3';
export const sessionConfig: SessionConfig = { password: process.env.SESSION_PASSWORD! };`,
      errors: [
        { messageId: 'noLifetime', data: { library: 'h3 useSession', option: 'maxAge', limit: '30 days' }, line: 2, column: 45, endLine: 2, endColumn: 88, suggestions: [{ messageId: 'setLifetime', data: { option: 'maxAge', limit: '30 days' }, output: `import type { SessionConfig } from 'h3';
export const sessionConfig: SessionConfig = { password: process.env.SESSION_PASSWORD!, maxAge: 30 * 24 * 60 * 60 };` }] }
      ],
    },
    {
      code: `import session from 'express-session';
export const sessionOptions: session.SessionOptions = { secret: process.env.SECRET!, cookie: { secure: true } };`,
      errors: [
        { messageId: 'noLifetime', data: { library: 'express-session', option: 'cookie.maxAge', limit: '30 days' }, line: 2, column: 94, endLine: 2, endColumn: 110, suggestions: [{ messageId: 'setLifetime', data: { option: 'cookie.maxAge', limit: '30 days' }, output: `import session from 'express-session';
export const sessionOptions: session.SessionOptions = { secret: process.env.SECRET!, cookie: { secure: true, maxAge: 30 * 24 * 60 * 60 * 1000 } };` }] }
      ],
    },
    {
      code: `import type { FastifySessionOptions } from '@fastify/session';
export const options = { secret: process.env.SECRET!, cookie: { maxAge: 90 * 24 * 60 * 60 * 1000 } } satisfies FastifySessionOptions;`,
      errors: [
        { messageId: 'idleTooLong', data: { library: '@fastify/session', option: 'cookie.maxAge', limit: '30 days', lifetime: '90 days' }, line: 2, column: 65, endLine: 2, endColumn: 97, suggestions: [{ messageId: 'setLifetime', data: { option: 'cookie.maxAge', limit: '30 days' }, output: `import type { FastifySessionOptions } from '@fastify/session';
export const options = { secret: process.env.SECRET!, cookie: { maxAge: 30 * 24 * 60 * 60 * 1000 } } satisfies FastifySessionOptions;` }] }
      ],
    },
    // better-auth: session.expiresIn in seconds, 7 days by default, renewed on activity.
    {
      code: `import type { BetterAuthOptions } from 'better-auth';
export const options: BetterAuthOptions = { session: { expiresIn: 60 * 60 * 24 * 90 } };`,
      output: null,
      errors: [
        { messageId: 'idleTooLong', data: {"library":"better-auth","option":"session.expiresIn","limit":"30 days","lifetime":"90 days"}, line: 2, column: 56, endLine: 2, endColumn: 84, suggestions: [{ messageId: 'setLifetime', data: {"option":"session.expiresIn","limit":"30 days"}, output: `import type { BetterAuthOptions } from 'better-auth';
export const options: BetterAuthOptions = { session: { expiresIn: 30 * 24 * 60 * 60 } };` }] },
      ],
    },
    {
      code: `import { betterAuth } from 'better-auth';
export const auth = betterAuth({ database });`,
      options: [{"level":2}],
      output: null,
      errors: [
        { messageId: 'defaultIdleTooLong', data: {"library":"better-auth","option":"session.expiresIn","limit":"30 minutes","lifetime":"7 days"}, line: 2, column: 32, endLine: 2, endColumn: 44, suggestions: [{ messageId: 'setLifetime', data: {"option":"session.expiresIn","limit":"30 minutes"}, output: `import { betterAuth } from 'better-auth';
export const auth = betterAuth({ database, session: { expiresIn: 30 * 60 } });` }] },
      ],
    },
  ],
});
