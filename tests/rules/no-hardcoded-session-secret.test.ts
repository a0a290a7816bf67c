import rule from '../../lib/rules/no-hardcoded-session-secret.ts';
import { runRuleTests } from '../helpers/rule-tester.ts';

runRuleTests('no-hardcoded-session-secret', rule, {
  valid: [
    // A development fallback that cannot reach production: production stops without the variable.
    `import session from 'express-session';
app.use(session({ secret: process.env.SESSION_SECRET ?? (env.isProduction ? (() => { throw new Error('SESSION_SECRET'); })() : 'dev-secret') }));`,
    `import session from 'express-session';
function fail(name) { throw new Error(name); }
app.use(session({ secret: process.env.SESSION_SECRET || (isDev ? 'dev-secret' : fail('SESSION_SECRET')) }));`,
    `import session from 'express-session';
function fail(name) { throw new Error(name); }
if (process.env.SESSION_SECRET == null && process.env.NODE_ENV === 'production') fail('SESSION_SECRET');
app.use(session({ secret: process.env.SESSION_SECRET ?? 'dev-secret' }));`,
    `import session from 'express-session';
if (!process.env.COOKIE_SECRET || !process.env.SESSION_SECRET) { throw new Error('secrets are required'); }
app.use(session({ secret: process.env.SESSION_SECRET || 'dev-secret' }));`,
    `import session from 'express-session';
if (process.env.NODE_ENV !== 'development' && process.env.SESSION_SECRET === '') throw new Error('SESSION_SECRET is required');
app.use(session({ secret: process.env.SESSION_SECRET || 'dev-secret' }));`,
    `import session from 'express-session';
const fail = (name: string): never => { throw new Error(\`\${name} is required\`); };
app.use(session({ secret: process.env.SESSION_SECRET ?? (process.env.NODE_ENV === 'production' ? fail('SESSION_SECRET') : 'dev-secret') }));`,
    `import session from 'express-session';
if (!process.env.SESSION_SECRET && process.env.NODE_ENV === 'production') throw new Error('SESSION_SECRET is required');
app.use(session({ secret: process.env.SESSION_SECRET || 'dev-secret' }));`,
    `import jwt from 'jsonwebtoken';
export function issue(sub: string) {
  if (env.isProduction) {
    if (process.env.JWT_SECRET === undefined) process.exit(1);
  }
  return jwt.sign({ sub }, process.env.JWT_SECRET ?? 'local-secret', { expiresIn: '1h' });
}`,
    `import session from 'express-session';
if (!process.env.SESSION_SECRET) throw new Error('SESSION_SECRET is required');
app.use(session({ secret: process.env.SESSION_SECRET || 'never-used' }));`,
    // The placeholder stands in for a public key read from disk: a verification key, not a secret.
    `import * as fs from 'fs';
import { expressjwt } from 'express-jwt';
export const publicKey = fs ? fs.readFileSync('encryptionkeys/jwt.pub', 'utf8') : 'placeholder-public-key';
app.use(expressjwt({ secret: publicKey, algorithms: ['RS256'] }));`,
    // remix-themes' storage keeps light or dark: its secret guards no session.
    `import { createCookieSessionStorage } from 'react-router';
export const themeStorage = createCookieSessionStorage({ cookie: { name: 'theme', secrets: ['insecure-secret-do-not-care'], maxAge: 60 * 60 * 24 * 365 } });`,
    // Tables keyed by setting names (Ghost's settings mappers), and form labels.
    `const keyGroupMapping = { members_email_auth_secret: 'members', admin_session_secret: 'core', theme_session_secret: 'core' };`,
    `export const ui = { labels: { sessionSecret: 'Session secret', jwtSecret: 'JWT secret' } };`,
    `import session from 'express-session';
app.use(session({ secret: process.env.SESSION_SECRET, resave: false }));`,
    `import session from 'express-session';
app.use(session({ secret: [process.env.SESSION_SECRET, process.env.SESSION_SECRET_PREVIOUS] }));`,
    `import session from 'express-session';
app.use(session({ secret: config.get('session.secret') }));`,
    `import session from 'express-session';
import { settings } from './settings';
app.use(session({ secret: settings.sessionSecret }));`,
    `import jwt from 'jsonwebtoken';
const key = await kms.getSecretValue({ SecretId: 'jwt' });
export const issue = (user) => jwt.sign({ sub: user.id }, key.SecretString);`,
    `import jwt from 'jsonwebtoken';
export function issue(user, secret) {
  return jwt.sign({ sub: user.id }, secret);
}`,
    `import jwt from 'jsonwebtoken';
const PUBLIC_KEY = '-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\\n-----END PUBLIC KEY-----';
export const check = (token) => jwt.verify(token, PUBLIC_KEY, { algorithms: ['ES256'] });`,
    `import { JwtModule } from '@nestjs/jwt';
import { jwtConstants } from './constants';
JwtModule.register({ secret: jwtConstants.secret });`,
    `import { JwtModule } from '@nestjs/jwt';
JwtModule.registerAsync({ inject: [ConfigService], useFactory: (config: ConfigService) => ({ secret: config.get('JWT_SECRET') }) });`,
    `someLibrary({ secret: 'not-a-session-library' });
const options = { secret: 'unnamed-context' };
res.cookie('secret', 'x');`,
    `const TOKEN_KEY = 'auth_token';
const SESSION_KEY = 'app-session';
localStorage.setItem(TOKEN_KEY, token);`,
    `const JWT_SECRET_NAME = 'JWT_SECRET';
const secrets = { jwtSecret: 'JWT_SECRET' };`,
    `export const JWT_SECRET = process.env.JWT_SECRET;
const { SESSION_SECRET } = process.env;`,
    `import session from 'express-session';
function mount(session) {
  app.use(session({ secret: 'shadowed-by-a-parameter' }));
}`,
    `import jwt from 'jsonwebtoken';
jwt.sign({ sub: 1 }, '');
jwt.decode(token);`,
    `import { SignJWT } from 'jose';
const secret = new TextEncoder().encode(process.env.JWT_SECRET);
export const issue = (sub: string) => new SignJWT({ sub }).setProtectedHeader({ alg: 'HS256' }).sign(secret);`,
    `import session from 'express-session';
app.use(session({ secret: isProduction ? process.env.SESSION_SECRET : process.env.DEV_SESSION_SECRET }));`,
    `import jwt from 'jsonwebtoken';
jwt.verify(token, getKey, { algorithms: ['RS256'] });`,
    `import { setSignedCookie } from 'hono/cookie';
app.get('/', async (c) => { await setSignedCookie(c, 'sid', id, c.env.COOKIE_SECRET); });`,
    `import session from 'express-session';
app.use(session({ secret: \`\${process.env.SESSION_SECRET}\` }));`,
    `export const password = 'not a session password';
const cookieName = 'session';
const sessionSecretLength = 32;`,
    `import session from 'express-session';
const opts = { secret: 'overridden' };
opts.secret = process.env.SESSION_SECRET;
app.use(session(opts));`,
    `let JWT_SECRET;
const { ...SESSION_SECRET } = process.env;`,
    `const keys = { [name]: 'x', get jwtSecret() { return 'getter'; }, jwtSecret2() { return 'method'; } };`,
    `const table = { [\`jwt\${suffix}\`]: { secret: 'computed-parent' } };`,
    `export class TokenService {
  [key] = 'computed';
  jwtSecret;
  static sessionSecret = process.env.SESSION_SECRET;
}`,
    'declare const JWT_SECRET: string;',
    `obj[key].jwtSecret = 'x';
store.sessionSecret = process.env.SESSION_SECRET;`,
    // Test files hold fixture secrets.
    { code: "import jwt from 'jsonwebtoken';\njwt.sign({ sub: 1 }, 'test-secret');", filename: 'src/auth/token.test.ts' },
    { code: "import session from 'express-session';\napp.use(session({ secret: 'fixture' }));", filename: '/repo/__tests__/app.ts' },
    // better-auth: the secret of betterAuth() and of options typed BetterAuthOptions.
    `import { betterAuth } from 'better-auth';
export const auth = betterAuth({ database, secret: process.env.BETTER_AUTH_SECRET });`,
  ],
  invalid: [
    {
      // The guard stops development, not production; the other guard is about another variable.
      code: `import session from 'express-session';
if (!process.env.SESSION_SECRET && process.env.NODE_ENV === 'development') throw new Error('SESSION_SECRET is required');
if (!process.env.OTHER_SECRET) throw new Error('OTHER_SECRET is required');
app.use(session({ secret: process.env.SESSION_SECRET || 'dev-secret' }));`,
      errors: [
        { messageId: 'hardcodedFallback', data: { what: 'express-session `secret`', source: '`process.env.SESSION_SECRET`' }, line: 4, column: 57, endLine: 4, endColumn: 69, suggestions: [
          { messageId: 'removeFallback', data: { source: '`process.env.SESSION_SECRET`' }, output: `import session from 'express-session';
if (!process.env.SESSION_SECRET && process.env.NODE_ENV === 'development') throw new Error('SESSION_SECRET is required');
if (!process.env.OTHER_SECRET) throw new Error('OTHER_SECRET is required');
app.use(session({ secret: process.env.SESSION_SECRET }));` },
        ] },
      ],
    },
    {
      // A guard that also needs an unrelated flag does not always stop production.
      code: `import session from 'express-session';
if (!process.env.SESSION_SECRET && strictMode) throw new Error('SESSION_SECRET is required');
app.use(session({ secret: process.env.SESSION_SECRET || 'dev-secret' }));`,
      errors: [
        { messageId: 'hardcodedFallback', data: { what: 'express-session `secret`', source: '`process.env.SESSION_SECRET`' }, line: 3, column: 57, endLine: 3, endColumn: 69, suggestions: [
          { messageId: 'removeFallback', data: { source: '`process.env.SESSION_SECRET`' }, output: `import session from 'express-session';
if (!process.env.SESSION_SECRET && strictMode) throw new Error('SESSION_SECRET is required');
app.use(session({ secret: process.env.SESSION_SECRET }));` },
        ] },
      ],
    },
    {
      // Production's branch may return: a helper that logs is no stop.
      code: `import session from 'express-session';
const warn = (name: string) => { console.warn(name); return undefined; };
app.use(session({ secret: process.env.SESSION_SECRET ?? (process.env.NODE_ENV === 'production' ? warn('SESSION_SECRET') : 'dev-secret') }));`,
      errors: [
        { messageId: 'hardcodedFallback', data: { what: 'express-session `secret`', source: '`process.env.SESSION_SECRET`' }, line: 3, column: 123, endLine: 3, endColumn: 135, suggestions: [
          { messageId: 'removeFallback', data: { source: '`process.env.SESSION_SECRET`' }, output: `import session from 'express-session';
const warn = (name: string) => { console.warn(name); return undefined; };
app.use(session({ secret: process.env.SESSION_SECRET }));` },
        ] },
      ],
    },
    {
      // A private key file's fallback is a signing secret.
      code: `import { existsSync, readFileSync } from 'node:fs';
import jwt from 'jsonwebtoken';
const signingKey = existsSync('keys/jwt.key') ? readFileSync('keys/jwt.key') : 'dev-signing-key';
export const issue = (sub: string) => jwt.sign({ sub }, signingKey, { algorithm: 'RS256' });`,
      errors: [
        { messageId: 'hardcodedSecret', data: { what: 'jwt.sign key' }, line: 3, column: 80, endLine: 3, endColumn: 97, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'JWT_SECRET' }, output: `import { existsSync, readFileSync } from 'node:fs';
import jwt from 'jsonwebtoken';
const signingKey = existsSync('keys/jwt.key') ? readFileSync('keys/jwt.key') : process.env.JWT_SECRET;
export const issue = (sub: string) => jwt.sign({ sub }, signingKey, { algorithm: 'RS256' });` },
        ] },
      ],
    },
    {
      code: `import session from 'express-session';
app.use(session({ secret: 'keyboard cat', resave: false }));`,
      errors: [
        { messageId: 'hardcodedSecret', data: { what: 'express-session `secret`' }, line: 2, column: 27, endLine: 2, endColumn: 41, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'SESSION_SECRET' }, output: `import session from 'express-session';
app.use(session({ secret: process.env.SESSION_SECRET, resave: false }));` },
        ] },
      ],
    },
    {
      code: `const session = require('express-session');
app.use(session({ secret: ['new-secret', process.env.OLD_SESSION_SECRET] }));`,
      errors: [
        { messageId: 'hardcodedSecret', data: { what: 'express-session `secret`' }, line: 2, column: 28, endLine: 2, endColumn: 40, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'SESSION_SECRET' }, output: `const session = require('express-session');
app.use(session({ secret: [process.env.SESSION_SECRET, process.env.OLD_SESSION_SECRET] }));` },
        ] },
      ],
    },
    {
      code: `import session from 'express-session';
const s = session;
app.use(s({ secret: 'aliased' }));`,
      errors: [
        { messageId: 'hardcodedSecret', data: { what: 'express-session `secret`' }, line: 3, column: 21, endLine: 3, endColumn: 30, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'SESSION_SECRET' }, output: `import session from 'express-session';
const s = session;
app.use(s({ secret: process.env.SESSION_SECRET }));` },
        ] },
      ],
    },
    {
      code: `import session from 'express-session';
const options = { secret: 'from-a-const', resave: false };
app.use(session(options));`,
      errors: [
        { messageId: 'hardcodedSecret', data: { what: 'express-session `secret`' }, line: 2, column: 27, endLine: 2, endColumn: 41, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'SESSION_SECRET' }, output: `import session from 'express-session';
const options = { secret: process.env.SESSION_SECRET, resave: false };
app.use(session(options));` },
        ] },
      ],
    },
    {
      code: `import session from 'express-session';
const base = { secret: 'spread-in' };
app.use(session({ ...base, saveUninitialized: false }));`,
      errors: [
        { messageId: 'hardcodedSecret', data: { what: 'express-session `secret`' }, line: 2, column: 24, endLine: 2, endColumn: 35, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'SESSION_SECRET' }, output: `import session from 'express-session';
const base = { secret: process.env.SESSION_SECRET };
app.use(session({ ...base, saveUninitialized: false }));` },
        ] },
      ],
    },
    {
      code: `import session from 'express-session';
const options = {};
options.secret = 'written-later';
app.use(session(options));`,
      errors: [
        { messageId: 'hardcodedSecret', data: { what: 'express-session `secret`' }, line: 3, column: 18, endLine: 3, endColumn: 33, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'SESSION_SECRET' }, output: `import session from 'express-session';
const options = {};
options.secret = process.env.SESSION_SECRET;
app.use(session(options));` },
        ] },
      ],
    },
    {
      code: `import session, { type SessionOptions } from 'express-session';
app.use(session({ secret: 'typed' as string } satisfies SessionOptions));`,
      errors: [
        { messageId: 'hardcodedSecret', data: { what: 'express-session `secret`' }, line: 2, column: 27, endLine: 2, endColumn: 34, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'SESSION_SECRET' }, output: `import session, { type SessionOptions } from 'express-session';
app.use(session({ secret: process.env.SESSION_SECRET as string } satisfies SessionOptions));` },
        ] },
      ],
    },
    {
      code: `import session from 'express-session';
app.use(session({ secret: process.env.SESSION_SECRET || 'dev-secret' }));`,
      errors: [
        { messageId: 'hardcodedFallback', data: { what: 'express-session `secret`', source: '`process.env.SESSION_SECRET`' }, line: 2, column: 57, endLine: 2, endColumn: 69, suggestions: [
          { messageId: 'removeFallback', data: { source: '`process.env.SESSION_SECRET`' }, output: `import session from 'express-session';
app.use(session({ secret: process.env.SESSION_SECRET }));` },
        ] },
      ],
    },
    {
      code: `import session from 'express-session';
app.use(session({ secret: process.env.SESSION_SECRET ?? \`fallback\` }));`,
      errors: [
        { messageId: 'hardcodedFallback', data: { what: 'express-session `secret`', source: '`process.env.SESSION_SECRET`' }, line: 2, column: 57, endLine: 2, endColumn: 67, suggestions: [
          { messageId: 'removeFallback', data: { source: '`process.env.SESSION_SECRET`' }, output: `import session from 'express-session';
app.use(session({ secret: process.env.SESSION_SECRET }));` },
        ] },
      ],
    },
    {
      code: `import session from 'express-session';
const { SESSION_SECRET = 'dev' } = process.env;
app.use(session({ secret: SESSION_SECRET }));`,
      errors: [
        { messageId: 'hardcodedFallback', data: { what: '`SESSION_SECRET`', source: '`SESSION_SECRET`' }, line: 2, column: 26, endLine: 2, endColumn: 31, suggestions: [
          { messageId: 'removeFallback', data: { source: '`SESSION_SECRET`' }, output: `import session from 'express-session';
const { SESSION_SECRET } = process.env;
app.use(session({ secret: SESSION_SECRET }));` },
        ] },
      ],
    },
    {
      code: `import session from 'express-session';
export function createApp(secret = 'dev-secret') {
  app.use(session({ secret }));
}`,
      errors: [
        { messageId: 'hardcodedFallback', data: { what: 'express-session `secret`', source: '`secret`' }, line: 2, column: 36, endLine: 2, endColumn: 48, suggestions: [
          { messageId: 'removeFallback', data: { source: '`secret`' }, output: `import session from 'express-session';
export function createApp(secret) {
  app.use(session({ secret }));
}` },
        ] },
      ],
    },
    {
      code: `import session from 'express-session';
app.use(session({ secret: isProduction ? process.env.SESSION_SECRET : 'local-secret' }));`,
      errors: [
        { messageId: 'hardcodedSecret', data: { what: 'express-session `secret`' }, line: 2, column: 71, endLine: 2, endColumn: 85, suggestions: [
          { messageId: 'removeFallback', data: { source: '`process.env.SESSION_SECRET`' }, output: `import session from 'express-session';
app.use(session({ secret: process.env.SESSION_SECRET }));` },
        ] },
      ],
    },
    {
      code: `import session from 'express-session';
app.use(session({ secret: isProduction ? loadSecret() : 'local-secret' }));`,
      errors: [
        { messageId: 'hardcodedSecret', data: { what: 'express-session `secret`' }, line: 2, column: 57, endLine: 2, endColumn: 71, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'SESSION_SECRET' }, output: `import session from 'express-session';
app.use(session({ secret: isProduction ? loadSecret() : process.env.SESSION_SECRET }));` },
        ] },
      ],
    },
    {
      code: `import cookieSession from 'cookie-session';
app.use(cookieSession({ name: 'session', keys: ['key1', 'key2'] }));`,
      errors: [
        { messageId: 'hardcodedSecret', data: { what: 'cookie-session `keys`' }, line: 2, column: 49, endLine: 2, endColumn: 55, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'SESSION_SECRET' }, output: `import cookieSession from 'cookie-session';
app.use(cookieSession({ name: 'session', keys: [process.env.SESSION_SECRET, 'key2'] }));` },
        ] },
        { messageId: 'hardcodedSecret', data: { what: 'cookie-session `keys`' }, line: 2, column: 57, endLine: 2, endColumn: 63, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'SESSION_SECRET_2' }, output: `import cookieSession from 'cookie-session';
app.use(cookieSession({ name: 'session', keys: ['key1', process.env.SESSION_SECRET_2] }));` },
        ] },
      ],
    },
    {
      code: `import cookieParser from 'cookie-parser';
app.use(cookieParser('cookie' + '-secret'));`,
      errors: [
        { messageId: 'hardcodedSecret', data: { what: 'cookie-parser `secret`' }, line: 2, column: 22, endLine: 2, endColumn: 42, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'COOKIE_SECRET' }, output: `import cookieParser from 'cookie-parser';
app.use(cookieParser(process.env.COOKIE_SECRET));` },
        ] },
      ],
    },
    {
      code: `import Koa from 'koa';
const app = new Koa();
app.keys = ['im a newer secret'];`,
      errors: [
        { messageId: 'hardcodedSecret', data: { what: 'Koa `app.keys`' }, line: 3, column: 13, endLine: 3, endColumn: 32, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'COOKIE_SECRET' }, output: `import Koa from 'koa';
const app = new Koa();
app.keys = [process.env.COOKIE_SECRET];` },
        ] },
      ],
    },
    {
      code: `import fastifySession from '@fastify/session';
fastify.register(fastifySession, { secret: 'a secret with minimum length of 32 characters' });`,
      errors: [
        { messageId: 'hardcodedSecret', data: { what: '@fastify/session `secret`' }, line: 2, column: 44, endLine: 2, endColumn: 91, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'SESSION_SECRET' }, output: `import fastifySession from '@fastify/session';
fastify.register(fastifySession, { secret: process.env.SESSION_SECRET });` },
        ] },
      ],
    },
    {
      code: `fastify.register(require('@fastify/cookie'), { secret: 'my-secret' });
fastify.register(require('@fastify/secure-session'), { key: Buffer.from('4fe91796c30bd989d95b62dc46c7c3ba0b6aa2df2187400586a4121c54c53b85', 'hex') });`,
      errors: [
        { messageId: 'hardcodedSecret', data: { what: '@fastify/cookie `secret`' }, line: 1, column: 56, endLine: 1, endColumn: 67, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'COOKIE_SECRET' }, output: `fastify.register(require('@fastify/cookie'), { secret: process.env.COOKIE_SECRET });
fastify.register(require('@fastify/secure-session'), { key: Buffer.from('4fe91796c30bd989d95b62dc46c7c3ba0b6aa2df2187400586a4121c54c53b85', 'hex') });` },
        ] },
        { messageId: 'hardcodedSecret', data: { what: '@fastify/secure-session `key`' }, line: 2, column: 73, endLine: 2, endColumn: 139, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'SESSION_SECRET' }, output: `fastify.register(require('@fastify/cookie'), { secret: 'my-secret' });
fastify.register(require('@fastify/secure-session'), { key: Buffer.from(process.env.SESSION_SECRET, 'hex') });` },
        ] },
      ],
    },
    {
      code: `import { getIronSession } from 'iron-session';
export const getSession = () => getIronSession(cookies(), { password: 'complex_password_at_least_32_characters_long', cookieName: 'app' });`,
      errors: [
        { messageId: 'hardcodedSecret', data: { what: 'iron-session `password`' }, line: 2, column: 71, endLine: 2, endColumn: 117, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'SESSION_PASSWORD' }, output: `import { getIronSession } from 'iron-session';
export const getSession = () => getIronSession(cookies(), { password: process.env.SESSION_PASSWORD, cookieName: 'app' });` },
        ] },
      ],
    },
    {
      code: `import type { SessionOptions } from 'iron-session';
export const sessionOptions: SessionOptions = { password: 'complex_password_at_least_32_characters_long', cookieName: 'app' };`,
      errors: [
        { messageId: 'hardcodedSecret', data: { what: 'iron-session `password`' }, line: 2, column: 59, endLine: 2, endColumn: 105, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'SESSION_PASSWORD' }, output: `import type { SessionOptions } from 'iron-session';
export const sessionOptions: SessionOptions = { password: process.env.SESSION_PASSWORD, cookieName: 'app' };` },
        ] },
      ],
    },
    {
      code: `import { sealData } from 'iron-session';
const seal = await sealData({ userId }, { password: 'seal-password-that-is-long-enough-000' });`,
      errors: [
        { messageId: 'hardcodedSecret', data: { what: 'iron-session `password`' }, line: 2, column: 53, endLine: 2, endColumn: 92, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'SESSION_PASSWORD' }, output: `import { sealData } from 'iron-session';
const seal = await sealData({ userId }, { password: process.env.SESSION_PASSWORD });` },
        ] },
      ],
    },
    {
      code: `export default defineEventHandler(async (event) => {
  const session = await useSession(event, { password: '80d42cfb-1cd2-462c-8f17-e3237d9027e9' });
  return session.data;
});`,
      errors: [
        { messageId: 'hardcodedSecret', data: { what: 'h3 `password`' }, line: 2, column: 55, endLine: 2, endColumn: 93, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'SESSION_PASSWORD' }, output: `export default defineEventHandler(async (event) => {
  const session = await useSession(event, { password: process.env.SESSION_PASSWORD });
  return session.data;
});` },
        ] },
      ],
    },
    {
      code: 'await server.register({ plugin: require(\'@hapi/yar\'), options: { cookieOptions: { password: \'the-password-must-be-at-least-32-characters-long\', isSecure: true } } });',
      errors: [
        { messageId: 'hardcodedSecret', data: { what: '@hapi/yar `cookieOptions.password`' }, line: 1, column: 93, endLine: 1, endColumn: 143, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'SESSION_PASSWORD' }, output: 'await server.register({ plugin: require(\'@hapi/yar\'), options: { cookieOptions: { password: process.env.SESSION_PASSWORD, isSecure: true } } });' },
        ] },
      ],
    },
    {
      code: `import Cookie from '@hapi/cookie';
await server.register(Cookie);
server.auth.strategy('session', 'cookie', { cookie: { name: 'sid', password: '!wsYhFA*C2U6nz=Bu^%A@^F#SF3&kSR6', isSecure: true }, redirectTo: '/login' });`,
      errors: [
        { messageId: 'hardcodedSecret', data: { what: '@hapi/cookie `cookie.password`' }, line: 3, column: 78, endLine: 3, endColumn: 112, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'COOKIE_PASSWORD' }, output: `import Cookie from '@hapi/cookie';
await server.register(Cookie);
server.auth.strategy('session', 'cookie', { cookie: { name: 'sid', password: process.env.COOKIE_PASSWORD, isSecure: true }, redirectTo: '/login' });` },
        ] },
      ],
    },
    {
      code: `import NextAuth from 'next-auth';
export default NextAuth({ providers: [], secret: 'next-auth-secret' });`,
      errors: [
        { messageId: 'hardcodedSecret', data: { what: 'next-auth `secret`' }, line: 2, column: 50, endLine: 2, endColumn: 68, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'NEXTAUTH_SECRET' }, output: `import NextAuth from 'next-auth';
export default NextAuth({ providers: [], secret: process.env.NEXTAUTH_SECRET });` },
        ] },
      ],
    },
    {
      code: `import type { NextAuthOptions } from 'next-auth';
export const authOptions: NextAuthOptions = { providers: [], secret: 'next-auth-secret' };`,
      errors: [
        { messageId: 'hardcodedSecret', data: { what: 'next-auth `secret`' }, line: 2, column: 70, endLine: 2, endColumn: 88, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'NEXTAUTH_SECRET' }, output: `import type { NextAuthOptions } from 'next-auth';
export const authOptions: NextAuthOptions = { providers: [], secret: process.env.NEXTAUTH_SECRET };` },
        ] },
      ],
    },
    {
      code: `import { createCookieSessionStorage } from 'react-router';
export const storage = createCookieSessionStorage({ cookie: { name: '__session', secrets: ['s3cr3t'], secure: true } });`,
      errors: [
        { messageId: 'hardcodedSecret', data: { what: 'React Router `cookie.secrets`' }, line: 2, column: 92, endLine: 2, endColumn: 100, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'SESSION_SECRET' }, output: `import { createCookieSessionStorage } from 'react-router';
export const storage = createCookieSessionStorage({ cookie: { name: '__session', secrets: [process.env.SESSION_SECRET], secure: true } });` },
        ] },
      ],
    },
    {
      code: `import { jwt } from 'hono/jwt';
import { setSignedCookie } from 'hono/cookie';
app.use('/auth/*', jwt({ secret: 'it-is-very-secret', alg: 'HS256' }));
app.get('/login', async (c) => { await setSignedCookie(c, 'sid', id, 'cookie-signing-secret'); });`,
      errors: [
        { messageId: 'hardcodedSecret', data: { what: 'hono/jwt `secret`' }, line: 3, column: 34, endLine: 3, endColumn: 53, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'JWT_SECRET' }, output: `import { jwt } from 'hono/jwt';
import { setSignedCookie } from 'hono/cookie';
app.use('/auth/*', jwt({ secret: process.env.JWT_SECRET, alg: 'HS256' }));
app.get('/login', async (c) => { await setSignedCookie(c, 'sid', id, 'cookie-signing-secret'); });` },
        ] },
        { messageId: 'hardcodedSecret', data: { what: 'hono/cookie `secret`' }, line: 4, column: 70, endLine: 4, endColumn: 93, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'COOKIE_SECRET' }, output: `import { jwt } from 'hono/jwt';
import { setSignedCookie } from 'hono/cookie';
app.use('/auth/*', jwt({ secret: 'it-is-very-secret', alg: 'HS256' }));
app.get('/login', async (c) => { await setSignedCookie(c, 'sid', id, process.env.COOKIE_SECRET); });` },
        ] },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
export const issue = (user) => jwt.sign({ sub: user.id }, 'super-secret', { expiresIn: '15m' });
export const check = (token) => jwt.verify(token, Buffer.from('another-secret'), { algorithms: ['HS256'] });`,
      errors: [
        { messageId: 'hardcodedSecret', data: { what: 'jwt.sign key' }, line: 2, column: 59, endLine: 2, endColumn: 73, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'JWT_SECRET' }, output: `import jwt from 'jsonwebtoken';
export const issue = (user) => jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '15m' });
export const check = (token) => jwt.verify(token, Buffer.from('another-secret'), { algorithms: ['HS256'] });` },
        ] },
        { messageId: 'hardcodedSecret', data: { what: 'jwt.verify key' }, line: 3, column: 63, endLine: 3, endColumn: 79, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'JWT_SECRET' }, output: `import jwt from 'jsonwebtoken';
export const issue = (user) => jwt.sign({ sub: user.id }, 'super-secret', { expiresIn: '15m' });
export const check = (token) => jwt.verify(token, Buffer.from(process.env.JWT_SECRET), { algorithms: ['HS256'] });` },
        ] },
      ],
    },
    {
      code: `import { sign } from 'jsonwebtoken';
const PRIVATE_KEY = '-----BEGIN PRIVATE KEY-----\\nMIIEvQ\\n-----END PRIVATE KEY-----';
export const issue = (user) => sign({ sub: user.id }, PRIVATE_KEY, { algorithm: 'RS256' });`,
      errors: [
        { messageId: 'hardcodedSecret', data: { what: 'jwt.sign key' }, line: 2, column: 21, endLine: 2, endColumn: 85, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'JWT_PRIVATE_KEY' }, output: `import { sign } from 'jsonwebtoken';
const PRIVATE_KEY = process.env.JWT_PRIVATE_KEY;
export const issue = (user) => sign({ sub: user.id }, PRIVATE_KEY, { algorithm: 'RS256' });` },
        ] },
      ],
    },
    {
      code: `import { SignJWT, jwtVerify } from 'jose';
const secret = new TextEncoder().encode('my-signing-key');
export const issue = (sub: string) => new SignJWT({ sub }).setProtectedHeader({ alg: 'HS256' }).sign(secret);
export const check = (token: string) => jwtVerify(token, secret);`,
      errors: [
        { messageId: 'hardcodedSecret', data: { what: 'SignJWT#sign key' }, line: 2, column: 41, endLine: 2, endColumn: 57, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'JWT_SECRET' }, output: `import { SignJWT, jwtVerify } from 'jose';
const secret = new TextEncoder().encode(process.env.JWT_SECRET);
export const issue = (sub: string) => new SignJWT({ sub }).setProtectedHeader({ alg: 'HS256' }).sign(secret);
export const check = (token: string) => jwtVerify(token, secret);` },
        ] },
      ],
    },
    {
      code: `import { jwtVerify, importJWK } from 'jose';
import { createSecretKey } from 'node:crypto';
await jwtVerify(token, createSecretKey('node-crypto-secret', 'utf8'));
await jwtVerify(token, await importJWK({ kty: 'oct', k: 'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow' }));`,
      errors: [
        { messageId: 'hardcodedSecret', data: { what: 'jwtVerify key' }, line: 3, column: 40, endLine: 3, endColumn: 60, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'JWT_SECRET' }, output: `import { jwtVerify, importJWK } from 'jose';
import { createSecretKey } from 'node:crypto';
await jwtVerify(token, createSecretKey(process.env.JWT_SECRET, 'utf8'));
await jwtVerify(token, await importJWK({ kty: 'oct', k: 'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow' }));` },
        ] },
        { messageId: 'hardcodedSecret', data: { what: 'jwtVerify key' }, line: 4, column: 57, endLine: 4, endColumn: 145, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'JWT_SECRET' }, output: `import { jwtVerify, importJWK } from 'jose';
import { createSecretKey } from 'node:crypto';
await jwtVerify(token, createSecretKey('node-crypto-secret', 'utf8'));
await jwtVerify(token, await importJWK({ kty: 'oct', k: process.env.JWT_SECRET }));` },
        ] },
      ],
    },
    {
      code: `import { expressjwt } from 'express-jwt';
app.use(expressjwt({ secret: 'shhhhhhared-secret', algorithms: ['HS256'] }));`,
      errors: [
        { messageId: 'hardcodedSecret', data: { what: 'express-jwt `secret`' }, line: 2, column: 30, endLine: 2, endColumn: 50, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'JWT_SECRET' }, output: `import { expressjwt } from 'express-jwt';
app.use(expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }));` },
        ] },
      ],
    },
    {
      code: `import { Strategy as JwtStrategy, ExtractJwt } from 'passport-jwt';
const opts = {};
opts.jwtFromRequest = ExtractJwt.fromAuthHeaderAsBearerToken();
opts.secretOrKey = 'secret';
passport.use(new JwtStrategy(opts, (payload, done) => done(null, payload)));`,
      errors: [
        { messageId: 'hardcodedSecret', data: { what: 'passport-jwt `secretOrKey`' }, line: 4, column: 20, endLine: 4, endColumn: 28, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'JWT_SECRET' }, output: `import { Strategy as JwtStrategy, ExtractJwt } from 'passport-jwt';
const opts = {};
opts.jwtFromRequest = ExtractJwt.fromAuthHeaderAsBearerToken();
opts.secretOrKey = process.env.JWT_SECRET;
passport.use(new JwtStrategy(opts, (payload, done) => done(null, payload)));` },
        ] },
      ],
    },
    {
      code: `import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor() {
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), ignoreExpiration: false, secretOrKey: 'nest-secret' });
  }
}`,
      errors: [
        { messageId: 'hardcodedSecret', data: { what: 'passport-jwt `secretOrKey`' }, line: 5, column: 109, endLine: 5, endColumn: 122, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'JWT_SECRET' }, output: `import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor() {
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), ignoreExpiration: false, secretOrKey: process.env.JWT_SECRET });
  }
}` },
        ] },
      ],
    },
    {
      code: `import { JwtModule } from '@nestjs/jwt';
export const modules = [
  JwtModule.register({ global: true, secret: 'module-secret', signOptions: { expiresIn: '60s' } }),
  JwtModule.registerAsync({ useFactory: () => ({ secret: 'factory-secret' }) }),
];`,
      errors: [
        { messageId: 'hardcodedSecret', data: { what: '@nestjs/jwt `secret`' }, line: 3, column: 46, endLine: 3, endColumn: 61, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'JWT_SECRET' }, output: `import { JwtModule } from '@nestjs/jwt';
export const modules = [
  JwtModule.register({ global: true, secret: process.env.JWT_SECRET, signOptions: { expiresIn: '60s' } }),
  JwtModule.registerAsync({ useFactory: () => ({ secret: 'factory-secret' }) }),
];` },
        ] },
        { messageId: 'hardcodedSecret', data: { what: '@nestjs/jwt `secret`' }, line: 4, column: 58, endLine: 4, endColumn: 74, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'JWT_SECRET' }, output: `import { JwtModule } from '@nestjs/jwt';
export const modules = [
  JwtModule.register({ global: true, secret: 'module-secret', signOptions: { expiresIn: '60s' } }),
  JwtModule.registerAsync({ useFactory: () => ({ secret: process.env.JWT_SECRET }) }),
];` },
        ] },
      ],
    },
    {
      code: `import { JwtService } from '@nestjs/jwt';
export class AuthService {
  constructor(private readonly jwtService: JwtService) {}
  issue(user: User) {
    return this.jwtService.signAsync({ sub: user.id }, { secret: 'service-secret' });
  }
}`,
      errors: [
        { messageId: 'hardcodedSecret', data: { what: '@nestjs/jwt `secret`' }, line: 5, column: 66, endLine: 5, endColumn: 82, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'JWT_SECRET' }, output: `import { JwtService } from '@nestjs/jwt';
export class AuthService {
  constructor(private readonly jwtService: JwtService) {}
  issue(user: User) {
    return this.jwtService.signAsync({ sub: user.id }, { secret: process.env.JWT_SECRET });
  }
}` },
        ] },
      ],
    },
    {
      code: `export const jwtConstants = {
  secret: 'DO NOT USE THIS VALUE. INSTEAD, CREATE A COMPLEX SECRET AND KEEP IT SAFE OUTSIDE OF THE SOURCE CODE.',
};`,
      errors: [
        { messageId: 'hardcodedSecret', data: { what: '`jwtConstants.secret`' }, line: 2, column: 11, endLine: 2, endColumn: 113, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'JWT_SECRET' }, output: `export const jwtConstants = {
  secret: process.env.JWT_SECRET,
};` },
        ] },
      ],
    },
    {
      code: 'export const config = { port: 3000, jwt: { accessSecret: \'access\', refreshSecret: \'refresh\' } };',
      errors: [
        { messageId: 'hardcodedSecret', data: { what: '`config.jwt.accessSecret`' }, line: 1, column: 58, endLine: 1, endColumn: 66, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'JWT_ACCESS_SECRET' }, output: 'export const config = { port: 3000, jwt: { accessSecret: process.env.JWT_ACCESS_SECRET, refreshSecret: \'refresh\' } };' },
        ] },
        { messageId: 'hardcodedSecret', data: { what: '`config.jwt.refreshSecret`' }, line: 1, column: 83, endLine: 1, endColumn: 92, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'JWT_REFRESH_SECRET' }, output: 'export const config = { port: 3000, jwt: { accessSecret: \'access\', refreshSecret: process.env.JWT_REFRESH_SECRET } };' },
        ] },
      ],
    },
    {
      code: `export class TokenService {
  private readonly jwtSecret = 'class-field-secret';
}`,
      errors: [
        { messageId: 'hardcodedSecret', data: { what: '`jwtSecret`' }, line: 2, column: 32, endLine: 2, endColumn: 52, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'JWT_SECRET' }, output: `export class TokenService {
  private readonly jwtSecret = process.env.JWT_SECRET;
}` },
        ] },
      ],
    },
    {
      code: 'export const JWT_SECRET = process.env.JWT_SECRET || \'secret\';',
      errors: [
        { messageId: 'hardcodedFallback', data: { what: '`JWT_SECRET`', source: '`process.env.JWT_SECRET`' }, line: 1, column: 53, endLine: 1, endColumn: 61, suggestions: [
          { messageId: 'removeFallback', data: { source: '`process.env.JWT_SECRET`' }, output: 'export const JWT_SECRET = process.env.JWT_SECRET;' },
        ] },
      ],
    },
    {
      code: 'const { JWT_SECRET = \'fallback-secret\' } = process.env;',
      errors: [
        { messageId: 'hardcodedFallback', data: { what: '`JWT_SECRET`', source: '`JWT_SECRET`' }, line: 1, column: 22, endLine: 1, endColumn: 39, suggestions: [
          { messageId: 'removeFallback', data: { source: '`JWT_SECRET`' }, output: 'const { JWT_SECRET } = process.env;' },
        ] },
      ],
    },
    {
      code: `import jwt from 'jwt-simple';
const token = jwt.encode({ sub: 1 }, 'jwt-simple-secret');`,
      errors: [
        { messageId: 'hardcodedSecret', data: { what: 'jwt.encode key' }, line: 2, column: 38, endLine: 2, endColumn: 57, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'JWT_SECRET' }, output: `import jwt from 'jwt-simple';
const token = jwt.encode({ sub: 1 }, process.env.JWT_SECRET);` },
        ] },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
export function issue(user) {
  return jwt.sign({ sub: user.id }, signingSecret);
}
const signingSecret = 'declared-after-use';`,
      errors: [
        { messageId: 'hardcodedSecret', data: { what: 'jwt.sign key' }, line: 5, column: 23, endLine: 5, endColumn: 43, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'SIGNING_SECRET' }, output: `import jwt from 'jsonwebtoken';
export function issue(user) {
  return jwt.sign({ sub: user.id }, signingSecret);
}
const signingSecret = process.env.SIGNING_SECRET;` },
        ] },
      ],
    },
    {
      code: 'const [JWT_SECRET = \'array-default\'] = loadSecrets();',
      errors: [
        { messageId: 'hardcodedFallback', data: { what: '`JWT_SECRET`', source: '`JWT_SECRET`' }, line: 1, column: 21, endLine: 1, endColumn: 36, suggestions: [
          { messageId: 'removeFallback', data: { source: '`JWT_SECRET`' }, output: 'const [JWT_SECRET] = loadSecrets();' },
        ] },
      ],
    },
    {
      code: `import session from 'express-session';
app.use(session({ secret: configuration.sessions.primarySecretValueFromVault || 'fallback-secret' }));`,
      errors: [
        { messageId: 'hardcodedFallback', data: { what: 'express-session `secret`', source: 'the configured value' }, line: 2, column: 81, endLine: 2, endColumn: 98, suggestions: [
          { messageId: 'removeFallback', data: { source: 'the configured value' }, output: `import session from 'express-session';
app.use(session({ secret: configuration.sessions.primarySecretValueFromVault }));` },
        ] },
      ],
    },
    {
      code: `import session from 'express-session';
app.use(session({ secret: process.env['session-secret'] || 'dev' }));`,
      errors: [
        { messageId: 'hardcodedFallback', data: { what: 'express-session `secret`', source: '`process.env[\'session-secret\']`' }, line: 2, column: 60, endLine: 2, endColumn: 65, suggestions: [
          { messageId: 'removeFallback', data: { source: '`process.env[\'session-secret\']`' }, output: `import session from 'express-session';
app.use(session({ secret: process.env['session-secret'] }));` },
        ] },
      ],
    },
    {
      code: `import { jwt } from 'hono/jwt';
app.use('/api/*', (c, next) => jwt({ secret: c.env.JWT_SECRET ?? 'dev-secret', alg: 'HS256' })(c, next));`,
      errors: [
        { messageId: 'hardcodedFallback', data: { what: 'hono/jwt `secret`', source: '`c.env.JWT_SECRET`' }, line: 2, column: 66, endLine: 2, endColumn: 78, suggestions: [
          { messageId: 'removeFallback', data: { source: '`c.env.JWT_SECRET`' }, output: `import { jwt } from 'hono/jwt';
app.use('/api/*', (c, next) => jwt({ secret: c.env.JWT_SECRET, alg: 'HS256' })(c, next));` },
        ] },
      ],
    },
    {
      code: `import { SignJWT } from 'jose';
const key = new TextEncoder().encode(import.meta.env.JWT_SECRET || 'dev');
export const issue = (sub) => new SignJWT({ sub }).setProtectedHeader({ alg: 'HS256' }).sign(key);`,
      errors: [
        { messageId: 'hardcodedFallback', data: { what: 'SignJWT#sign key', source: '`import.meta.env.JWT_SECRET`' }, line: 2, column: 68, endLine: 2, endColumn: 73, suggestions: [
          { messageId: 'removeFallback', data: { source: '`import.meta.env.JWT_SECRET`' }, output: `import { SignJWT } from 'jose';
const key = new TextEncoder().encode(import.meta.env.JWT_SECRET);
export const issue = (sub) => new SignJWT({ sub }).setProtectedHeader({ alg: 'HS256' }).sign(key);` },
        ] },
      ],
    },
    {
      code: `config.jwtSecret = 'assigned-later';
process.env.SESSION_SECRET = 'set-in-code';
this.cookieSecret = 'field';`,
      errors: [
        { messageId: 'hardcodedSecret', data: { what: '`config.jwtSecret`' }, line: 1, column: 20, endLine: 1, endColumn: 36, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'JWT_SECRET' }, output: `config.jwtSecret = process.env.JWT_SECRET;
process.env.SESSION_SECRET = 'set-in-code';
this.cookieSecret = 'field';` },
        ] },
        { messageId: 'hardcodedSecret', data: { what: '`process.env.SESSION_SECRET`' }, line: 2, column: 30, endLine: 2, endColumn: 43, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'SESSION_SECRET' }, output: `config.jwtSecret = 'assigned-later';
process.env.SESSION_SECRET = process.env.SESSION_SECRET;
this.cookieSecret = 'field';` },
        ] },
        { messageId: 'hardcodedSecret', data: { what: '`cookieSecret`' }, line: 3, column: 21, endLine: 3, endColumn: 28, suggestions: [
          { messageId: 'useEnvironment', data: { name: 'COOKIE_SECRET' }, output: `config.jwtSecret = 'assigned-later';
process.env.SESSION_SECRET = 'set-in-code';
this.cookieSecret = process.env.COOKIE_SECRET;` },
        ] },
      ],
    },
    {
      code: "import jwt from 'jsonwebtoken';\njwt.sign({ sub: 1 }, 'test-secret');",
      filename: 'src/auth/token.test.ts',
      options: [{ checkTestFiles: true }],
      errors: [
        {
          messageId: 'hardcodedSecret',
          data: { what: 'jwt.sign key' },
          line: 2,
          column: 22,
          endLine: 2,
          endColumn: 35,
          suggestions: [{ messageId: 'useEnvironment', data: { name: 'JWT_SECRET' }, output: "import jwt from 'jsonwebtoken';\njwt.sign({ sub: 1 }, process.env.JWT_SECRET);" }],
        },
      ],
    },
    // better-auth: the secret of betterAuth() and of options typed BetterAuthOptions.
    {
      code: `import { betterAuth } from 'better-auth';
export const auth = betterAuth({ database, secret: 'better-auth-secret-value' });`,
      output: null,
      errors: [
        { messageId: 'hardcodedSecret', data: {"what":"better-auth `secret`"}, line: 2, column: 52, endLine: 2, endColumn: 78, suggestions: [{ messageId: 'useEnvironment', data: {"name":"BETTER_AUTH_SECRET"}, output: `import { betterAuth } from 'better-auth';
export const auth = betterAuth({ database, secret: process.env.BETTER_AUTH_SECRET });` }] },
      ],
    },
    {
      code: `import type { BetterAuthOptions } from 'better-auth';
const SECRET = 'better-auth-secret-value';
export const options: BetterAuthOptions = { secret: SECRET };`,
      output: null,
      errors: [
        { messageId: 'hardcodedSecret', data: {"what":"better-auth `secret`"}, line: 2, column: 16, endLine: 2, endColumn: 42, suggestions: [{ messageId: 'useEnvironment', data: {"name":"BETTER_AUTH_SECRET"}, output: `import type { BetterAuthOptions } from 'better-auth';
const SECRET = process.env.BETTER_AUTH_SECRET;
export const options: BetterAuthOptions = { secret: SECRET };` }] },
      ],
    },
  ],
});
