import rule from '../../lib/rules/require-cookie-host-prefix.ts';
import { runRuleTests } from '../helpers/rule-tester.ts';

runRuleTests('require-cookie-host-prefix', rule, {
  valid: [
    // A storage whose data type names no user or credential keeps an anonymous visitor's data, not a login.
    `import { createCookieSessionStorage } from 'react-router';
type ClientSessionData = { clientId: string };
export const storage = createCookieSessionStorage<ClientSessionData>({ cookie: { name: 'KCD_client_id', secure: true, httpOnly: true, path: '/', secrets: [process.env.SESSION_SECRET!] } });`,
    `import { createCookieSessionStorage } from 'react-router';
export const storage = createCookieSessionStorage<{ readPosts: string[] } & { lastVisit: number }>({ cookie: { name: 'reader', secure: true, secrets } });`,
    "app.post('/login', (req, res) => { res.cookie('__Host-sid', id, { secure: true, httpOnly: true, path: '/' }); });",
    "app.post('/login', (req, res) => { res.cookie('__Host-sid', id, { secure: true }); });",
    "app.post('/login', (req, res) => { res.cookie('__Host-sid', id, { secure: 'auto' }); });",
    "app.post('/login', (req, res) => { res.cookie('__Host-sid', id, opts); res.cookie(name, id); });",
    "app.post('/login', (req, res) => { res.cookie('theme', 'dark'); });",
    { code: "app.post('/login', (req, res) => { res.cookie('__Secure-sid', id, { secure: true }); });", options: [{"allowSecurePrefix":true}] },
    { code: "app.post('/login', (req, res) => { res.cookie('sid', id, { secure: true }); });", options: [{"requirePrefix":false}] },
    `import session from 'express-session';
app.use(session({ secret: 's', name: '__Host-sid', cookie: { secure: true } }));`,
    `import { setCookie } from 'hono/cookie';
app.post('/', (c) => { setCookie(c, 'sid', id, { prefix: 'host' }); });`,
    `import { cookies } from 'next/headers';
export async function POST() { (await cookies()).set('__Host-session', id, { secure: true, httpOnly: true }); }`,
    "app.get('/', (req, res) => { res.setHeader('Set-Cookie', `__Host-sid=${id}; Secure; Path=/`); });",
    `import Koa from 'koa';
app.use(async (ctx) => { ctx.cookies.set('__Host-sid', id); });`,
    "app.post('/logout', (req, res) => { res.clearCookie('__Host-sid', { secure: true, httpOnly: true }); res.clearCookie('sid'); });",
    // Hono deleteCookie: only the prefix rules apply; Hono throws on a __Host- cookie without Secure, so the logout's clear fails.
    `import { Hono } from 'hono';
import { deleteCookie } from 'hono/cookie';
const app = new Hono();
app.post('/logout', (c) => {
  deleteCookie(c, 'session', { path: '/' });
  deleteCookie(c, 'session', { prefix: 'host' });
  deleteCookie(c, '__Host-session', { path: '/', secure: true });
  return c.redirect('/');
});`,
  ],
  invalid: [
    {
      code: "app.post('/login', (req, res) => { res.cookie('sid', id, { secure: true, httpOnly: true }); });",
      output: null,
      errors: [
        { messageId: 'missingHostPrefix', data: {"kind":"Session cookie","name":"'sid'","suggested":"'__Host-sid'"}, line: 1, column: 47, endLine: 1, endColumn: 52, suggestions: [{ messageId: 'renameToHost', data: {"kind":"Session cookie","name":"'sid'","suggested":"'__Host-sid'"}, output: "app.post('/login', (req, res) => { res.cookie('__Host-sid', id, { secure: true, httpOnly: true }); });" }] },
      ],
    },
    {
      code: "app.post('/login', (req, res) => { res.cookie('sid', id, { httpOnly: true }); });",
      output: null,
      errors: [
        { messageId: 'missingHostPrefix', data: {"kind":"Session cookie","name":"'sid'","suggested":"'__Host-sid'"}, line: 1, column: 47, endLine: 1, endColumn: 52 },
      ],
    },
    {
      code: "app.post('/login', (req, res) => { res.cookie(\"session\", id, { secure: true, path: '/' }); });",
      output: null,
      errors: [
        { messageId: 'missingHostPrefix', data: {"kind":"Session cookie","name":"'session'","suggested":"'__Host-session'"}, line: 1, column: 47, endLine: 1, endColumn: 56, suggestions: [{ messageId: 'renameToHost', data: {"kind":"Session cookie","name":"'session'","suggested":"'__Host-session'"}, output: "app.post('/login', (req, res) => { res.cookie(\"__Host-session\", id, { secure: true, path: '/' }); });" }] },
      ],
    },
    {
      code: `import session from 'express-session';
app.use(session({ secret: 's', cookie: { secure: true } }));`,
      output: null,
      errors: [
        { messageId: 'missingHostPrefix', data: {"kind":"Session cookie","name":"'connect.sid'","suggested":"'__Host-connect.sid'"}, line: 2, column: 9, endLine: 2, endColumn: 59, suggestions: [{ messageId: 'renameToHost', data: {"kind":"Session cookie","name":"'connect.sid'","suggested":"'__Host-connect.sid'"}, output: `import session from 'express-session';
app.use(session({ secret: 's', cookie: { secure: true }, name: '__Host-connect.sid' }));` }] },
      ],
    },
    {
      code: `import session from 'express-session';
app.use(session({ secret: 's', name: 'app.sid', cookie: { secure: true } }));`,
      output: null,
      errors: [
        { messageId: 'missingHostPrefix', data: {"kind":"Session cookie","name":"'app.sid'","suggested":"'__Host-app.sid'"}, line: 2, column: 38, endLine: 2, endColumn: 47, suggestions: [{ messageId: 'renameToHost', data: {"kind":"Session cookie","name":"'app.sid'","suggested":"'__Host-app.sid'"}, output: `import session from 'express-session';
app.use(session({ secret: 's', name: '__Host-app.sid', cookie: { secure: true } }));` }] },
      ],
    },
    {
      code: `import cookieSession from 'cookie-session';
app.use(cookieSession({ keys }));`,
      output: null,
      errors: [
        { messageId: 'missingHostPrefix', data: {"kind":"Session cookie","name":"'session'","suggested":"'__Host-session'"}, line: 2, column: 9, endLine: 2, endColumn: 32, suggestions: [{ messageId: 'renameToHost', data: {"kind":"Session cookie","name":"'session'","suggested":"'__Host-session'"}, output: `import cookieSession from 'cookie-session';
app.use(cookieSession({ keys, name: '__Host-session' }));` }] },
      ],
    },
    {
      code: `import session from 'koa-session';
app.use(session({ key: 'koa:sess' }, app));`,
      output: null,
      errors: [
        { messageId: 'missingHostPrefix', data: {"kind":"Session cookie","name":"'koa:sess'","suggested":"'__Host-koa:sess'"}, line: 2, column: 24, endLine: 2, endColumn: 34, suggestions: [{ messageId: 'renameToHost', data: {"kind":"Session cookie","name":"'koa:sess'","suggested":"'__Host-koa:sess'"}, output: `import session from 'koa-session';
app.use(session({ key: '__Host-koa:sess' }, app));` }] },
      ],
    },
    {
      code: `import fastifySession from '@fastify/session';
fastify.register(fastifySession, { secret, cookieName: 'sid' });`,
      output: null,
      errors: [
        { messageId: 'missingHostPrefix', data: {"kind":"Session cookie","name":"'sid'","suggested":"'__Host-sid'"}, line: 2, column: 56, endLine: 2, endColumn: 61, suggestions: [{ messageId: 'renameToHost', data: {"kind":"Session cookie","name":"'sid'","suggested":"'__Host-sid'"}, output: `import fastifySession from '@fastify/session';
fastify.register(fastifySession, { secret, cookieName: '__Host-sid' });` }] },
      ],
    },
    {
      code: "await server.register({ plugin: require('@hapi/yar'), options: { cookieOptions: { password } } });",
      output: null,
      errors: [
        { messageId: 'missingHostPrefix', data: {"kind":"Session cookie","name":"'session'","suggested":"'__Host-session'"}, line: 1, column: 23, endLine: 1, endColumn: 97, suggestions: [{ messageId: 'renameToHost', data: {"kind":"Session cookie","name":"'session'","suggested":"'__Host-session'"}, output: "await server.register({ plugin: require('@hapi/yar'), options: { cookieOptions: { password }, name: '__Host-session' } });" }] },
      ],
    },
    {
      code: "server.auth.strategy('session', 'cookie', { cookie: { password, path: '/' } });",
      output: null,
      errors: [
        { messageId: 'missingHostPrefix', data: {"kind":"Session cookie","name":"'sid'","suggested":"'__Host-sid'"}, line: 1, column: 1, endLine: 1, endColumn: 79, suggestions: [{ messageId: 'renameToHost', data: {"kind":"Session cookie","name":"'sid'","suggested":"'__Host-sid'"}, output: "server.auth.strategy('session', 'cookie', { cookie: { password, path: '/', name: '__Host-sid' } });" }] },
      ],
    },
    {
      code: `import { useSession } from 'h3';
export default eventHandler(async (event) => { await useSession(event, { password, name: 'app-session' }); });`,
      output: null,
      errors: [
        { messageId: 'missingHostPrefix', data: {"kind":"Session cookie","name":"'app-session'","suggested":"'__Host-app-session'"}, line: 2, column: 90, endLine: 2, endColumn: 103, suggestions: [{ messageId: 'renameToHost', data: {"kind":"Session cookie","name":"'app-session'","suggested":"'__Host-app-session'"}, output: `import { useSession } from 'h3';
export default eventHandler(async (event) => { await useSession(event, { password, name: '__Host-app-session' }); });` }] },
      ],
    },
    {
      // One key that names the user makes it a login session.
      code: `import { createCookieSessionStorage } from 'react-router';
interface SessionData { userId: string; clientId: string }
export const storage = createCookieSessionStorage<SessionData>({ cookie: { name: 'app_session', secure: true, httpOnly: true, sameSite: 'lax', path: '/', secrets: [process.env.SESSION_SECRET!] } });`,
      output: null,
      errors: [
        { messageId: 'missingHostPrefix', data: {"kind":"Session cookie","name":"'app_session'","suggested":"'__Host-app_session'"}, line: 3, column: 82, endLine: 3, endColumn: 95, suggestions: [{ messageId: 'renameToHost', data: {"kind":"Session cookie","name":"'app_session'","suggested":"'__Host-app_session'"}, output: `import { createCookieSessionStorage } from 'react-router';
interface SessionData { userId: string; clientId: string }
export const storage = createCookieSessionStorage<SessionData>({ cookie: { name: '__Host-app_session', secure: true, httpOnly: true, sameSite: 'lax', path: '/', secrets: [process.env.SESSION_SECRET!] } });` }] },
      ],
    },
    {
      code: `import { createCookieSessionStorage } from 'react-router';
export const storage = createCookieSessionStorage({ cookie: { secrets, secure: true } });`,
      output: null,
      errors: [
        { messageId: 'missingHostPrefix', data: {"kind":"Session cookie","name":"'__session'","suggested":"'__Host-session'"}, line: 2, column: 24, endLine: 2, endColumn: 89, suggestions: [{ messageId: 'renameToHost', data: {"kind":"Session cookie","name":"'__session'","suggested":"'__Host-session'"}, output: `import { createCookieSessionStorage } from 'react-router';
export const storage = createCookieSessionStorage({ cookie: { secrets, secure: true, name: '__Host-session' } });` }] },
      ],
    },
    {
      code: `import { getIronSession } from 'iron-session';
const s = await getIronSession(req, res, { password, cookieName: 'iron' });`,
      output: null,
      errors: [
        { messageId: 'missingHostPrefix', data: {"kind":"Session cookie","name":"'iron'","suggested":"'__Host-iron'"}, line: 2, column: 66, endLine: 2, endColumn: 72, suggestions: [{ messageId: 'renameToHost', data: {"kind":"Session cookie","name":"'iron'","suggested":"'__Host-iron'"}, output: `import { getIronSession } from 'iron-session';
const s = await getIronSession(req, res, { password, cookieName: '__Host-iron' });` }] },
      ],
    },
    {
      code: "app.post('/login', (req, res) => { res.cookie('__Host-sid', id, { httpOnly: true, path: '/' }); });",
      output: "app.post('/login', (req, res) => { res.cookie('__Host-sid', id, { httpOnly: true, path: '/', secure: true }); });",
      errors: [
        { messageId: 'hostPrefixNotSecure', data: {"kind":"Session cookie","name":"'__Host-sid'","attribute":"`secure: true`"}, line: 1, column: 65, endLine: 1, endColumn: 94 },
      ],
    },
    {
      code: "app.post('/login', (req, res) => { res.cookie('__Host-sid', id, { secure: false, path: '/' }); });",
      output: "app.post('/login', (req, res) => { res.cookie('__Host-sid', id, { secure: true, path: '/' }); });",
      errors: [
        { messageId: 'hostPrefixNotSecure', data: {"kind":"Session cookie","name":"'__Host-sid'","attribute":"`secure: true`"}, line: 1, column: 67, endLine: 1, endColumn: 80 },
      ],
    },
    {
      code: "app.post('/login', (req, res) => { res.cookie('__Host-sid', id, { secure: true, path: '/app', domain: 'example.com' }); });",
      output: ["app.post('/login', (req, res) => { res.cookie('__Host-sid', id, { secure: true, path: '/', domain: 'example.com' }); });", "app.post('/login', (req, res) => { res.cookie('__Host-sid', id, { secure: true, path: '/' }); });"],
      errors: [
        { messageId: 'hostPrefixPath', data: {"kind":"Session cookie","name":"'__Host-sid'","attribute":"`path: '/'`"}, line: 1, column: 81, endLine: 1, endColumn: 93 },
        { messageId: 'hostPrefixDomain', data: {"kind":"Session cookie","name":"'__Host-sid'","attribute":"`secure: true`"}, line: 1, column: 95, endLine: 1, endColumn: 116 },
      ],
    },
    {
      code: `import { serialize } from 'cookie';
res.setHeader('Set-Cookie', serialize('__Host-token', token, { secure: true, httpOnly: true }));`,
      output: `import { serialize } from 'cookie';
res.setHeader('Set-Cookie', serialize('__Host-token', token, { secure: true, httpOnly: true, path: '/' }));`,
      errors: [
        { messageId: 'hostPrefixPath', data: {"kind":"Session cookie","name":"'__Host-token'","attribute":"`path: '/'`"}, line: 2, column: 62, endLine: 2, endColumn: 94 },
      ],
    },
    {
      code: "fastify.get('/', (request, reply) => { reply.setCookie('__Host-sid', id, { secure: true }); });",
      output: "fastify.get('/', (request, reply) => { reply.setCookie('__Host-sid', id, { secure: true, path: '/' }); });",
      errors: [
        { messageId: 'hostPrefixPath', data: {"kind":"Session cookie","name":"'__Host-sid'","attribute":"`path: '/'`"}, line: 1, column: 74, endLine: 1, endColumn: 90 },
      ],
    },
    {
      code: "app.post('/login', (req, res) => { res.cookie('__Secure-sid', id, { httpOnly: true }); });",
      output: "app.post('/login', (req, res) => { res.cookie('__Secure-sid', id, { httpOnly: true, secure: true }); });",
      errors: [
        { messageId: 'missingHostPrefix', data: {"kind":"Session cookie","name":"'__Secure-sid'","suggested":"'__Host-sid'"}, line: 1, column: 47, endLine: 1, endColumn: 61 },
        { messageId: 'securePrefixNotSecure', data: {"kind":"Session cookie","name":"'__Secure-sid'","attribute":"`secure: true`"}, line: 1, column: 67, endLine: 1, endColumn: 85 },
      ],
    },
    {
      code: "app.get('/', (req, res) => { res.setHeader('Set-Cookie', `__Host-sid=${id}; Secure; HttpOnly`); });",
      output: "app.get('/', (req, res) => { res.setHeader('Set-Cookie', `__Host-sid=${id}; Secure; HttpOnly; Path=/`); });",
      errors: [
        { messageId: 'hostPrefixPath', data: {"kind":"Session cookie","name":"'__Host-sid'","attribute":"`Path=/`"}, line: 1, column: 58, endLine: 1, endColumn: 94 },
      ],
    },
    {
      code: "app.get('/', (req, res) => { res.setHeader('Set-Cookie', `__Host-sid=${id}; Secure; Path=/; Domain=example.com`); });",
      output: "app.get('/', (req, res) => { res.setHeader('Set-Cookie', `__Host-sid=${id}; Secure; Path=/`); });",
      errors: [
        { messageId: 'hostPrefixDomain', data: {"kind":"Session cookie","name":"'__Host-sid'","attribute":"`Secure`"}, line: 1, column: 58, endLine: 1, endColumn: 112 },
      ],
    },
    {
      code: `import session from 'express-session';
app.use(session({ secret: 's', name: '__Host-sid', cookie: { domain: '.example.com', secure: true } }));`,
      output: `import session from 'express-session';
app.use(session({ secret: 's', name: '__Host-sid', cookie: { secure: true } }));`,
      errors: [
        { messageId: 'hostPrefixDomain', data: {"kind":"Session cookie","name":"'__Host-sid'","attribute":"`secure: true`"}, line: 2, column: 62, endLine: 2, endColumn: 84 },
      ],
    },
    {
      code: "app.post('/logout', (req, res) => { res.cookie('__Host-sid', '', { maxAge: 0 }); });",
      output: "app.post('/logout', (req, res) => { res.cookie('__Host-sid', '', { maxAge: 0, secure: true }); });",
      errors: [
        { messageId: 'hostPrefixNotSecure', data: {"kind":"Session cookie","name":"'__Host-sid'","attribute":"`secure: true`"}, line: 1, column: 66, endLine: 1, endColumn: 79 },
      ],
    },
    {
      code: "app.post('/login', (req, res) => { res.cookie('__Secure-sid', id, { secure: true }); });",
      output: null,
      errors: [
        { messageId: 'missingHostPrefix', data: {"kind":"Session cookie","name":"'__Secure-sid'","suggested":"'__Host-sid'"}, line: 1, column: 47, endLine: 1, endColumn: 61, suggestions: [{ messageId: 'renameToHost', data: {"kind":"Session cookie","name":"'__Secure-sid'","suggested":"'__Host-sid'"}, output: "app.post('/login', (req, res) => { res.cookie('__Host-sid', id, { secure: true }); });" }] },
      ],
    },
    {
      code: "app.post('/login', (req, res) => { res.cookie('__Secure-sid', id, { secure: true }); });",
      options: [{"checkAllCookies":true}], output: null,
      errors: [
        { messageId: 'missingHostPrefix', data: {"kind":"Session cookie","name":"'__Secure-sid'","suggested":"'__Host-sid'"}, line: 1, column: 47, endLine: 1, endColumn: 61, suggestions: [{ messageId: 'renameToHost', data: {"kind":"Session cookie","name":"'__Secure-sid'","suggested":"'__Host-sid'"}, output: "app.post('/login', (req, res) => { res.cookie('__Host-sid', id, { secure: true }); });" }] },
      ],
    },
    {
      code: "app.post('/login', (req, res) => { res.cookie('theme', 'dark', { secure: true }); });",
      options: [{"checkAllCookies":true}], output: null,
      errors: [
        { messageId: 'missingHostPrefix', data: {"kind":"Cookie","name":"'theme'","suggested":"'__Host-theme'"}, line: 1, column: 47, endLine: 1, endColumn: 54, suggestions: [{ messageId: 'renameToHost', data: {"kind":"Cookie","name":"'theme'","suggested":"'__Host-theme'"}, output: "app.post('/login', (req, res) => { res.cookie('__Host-theme', 'dark', { secure: true }); });" }] },
      ],
    },
    {
      code: "app.post('/login', (req, res) => { res.cookie('__Host-sid', id, { path: '/' }); });",
      options: [{"autofix":false}], output: null,
      errors: [
        { messageId: 'hostPrefixNotSecure', data: {"kind":"Session cookie","name":"'__Host-sid'","attribute":"`secure: true`"}, line: 1, column: 65, endLine: 1, endColumn: 78, suggestions: [{ messageId: 'fixPrefix', data: {"kind":"Session cookie","name":"'__Host-sid'","attribute":"`secure: true`"}, output: "app.post('/login', (req, res) => { res.cookie('__Host-sid', id, { path: '/', secure: true }); });" }] },
      ],
    },
    {
      code: "app.post('/logout', (req, res) => { req.session.destroy(() => { res.clearCookie('__Host-sid'); res.redirect('/'); }); });",
      output: "app.post('/logout', (req, res) => { req.session.destroy(() => { res.clearCookie('__Host-sid', { secure: true }); res.redirect('/'); }); });",
      errors: [
        { messageId: 'hostPrefixNotSecure', data: {"kind":"Session cookie","name":"'__Host-sid'","attribute":"`secure: true`"}, line: 1, column: 65, endLine: 1, endColumn: 94 },
      ],
    },
    {
      code: `import Fastify from 'fastify';
fastify.post('/logout', (request, reply) => { reply.clearCookie('__Host-sid').send(); });`,
      output: `import Fastify from 'fastify';
fastify.post('/logout', (request, reply) => { reply.clearCookie('__Host-sid', { secure: true }).send(); });`,
      errors: [
        { messageId: 'hostPrefixNotSecure', data: {"kind":"Session cookie","name":"'__Host-sid'","attribute":"`secure: true`"}, line: 2, column: 47, endLine: 2, endColumn: 78 },
      ],
    },
    // Hono deleteCookie: only the prefix rules apply; Hono throws on a __Host- cookie without Secure, so the logout's clear fails.
    {
      code: `import { Hono } from 'hono';
import { deleteCookie } from 'hono/cookie';
const app = new Hono();
app.post('/logout', (c) => {
  deleteCookie(c, '__Host-session', { path: '/' });
  return c.redirect('/');
});`,
      output: `import { Hono } from 'hono';
import { deleteCookie } from 'hono/cookie';
const app = new Hono();
app.post('/logout', (c) => {
  deleteCookie(c, '__Host-session', { path: '/', secure: true });
  return c.redirect('/');
});`,
      errors: [
        { messageId: 'hostPrefixNotSecure', data: {"kind":"Session cookie","name":"'__Host-session'","attribute":"`secure: true`"}, line: 5, column: 37, endLine: 5, endColumn: 50 },
      ],
    },
  ],
});
