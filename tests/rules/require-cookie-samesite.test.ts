import rule from '../../lib/rules/require-cookie-samesite.ts';
import { runRuleTests } from '../helpers/rule-tester.ts';

runRuleTests('require-cookie-samesite', rule, {
  valid: [
    "app.post('/login', (req, res) => { res.cookie('sid', id, { sameSite: 'lax' }); res.cookie('token', t, { sameSite: 'Strict' }); res.cookie('jwt', t, { sameSite: true }); });",
    "app.post('/login', (req, res) => { res.cookie('sid', id, { sameSite: process.env.SAME_SITE }); res.cookie('sid', id, opts); });",
    { code: "app.post('/login', (req, res) => { res.cookie('sid', id, { sameSite: 'none', secure: true }); });", options: [{"allowNone":true}] },
    "app.post('/login', (req, res) => { res.cookie('theme', 'dark'); });",
    `import session from 'express-session';
app.use(session({ secret: 's', cookie: { sameSite: 'strict' } }));`,
    `import Fastify from 'fastify';
fastify.get('/', (request, reply) => { reply.setCookie('sid', id); });`,
    "server.route({ handler: (request, h) => h.state('session', id) });",
    `import { createCookieSessionStorage } from 'react-router';
export const storage = createCookieSessionStorage({ cookie: { name: '__session', secrets } });`,
    `import { getIronSession } from 'iron-session';
const s = await getIronSession(req, res, { password, cookieName: 'sid' });`,
    `import type { Actions } from './$types';
export const actions: Actions = { login: async ({ cookies }) => { cookies.set('session', id, { path: '/' }); } };`,
    "app.get('/', (req, res) => { res.setHeader('Set-Cookie', `sid=${id}; SameSite=Lax`); res.setHeader('Set-Cookie', `sid=${id}; SameSite=${mode}`); });",
    "app.post('/login', (req, res) => { res.cookie('sid', id, { sameSite: 'bogus' }); });",
    `import session from 'koa-session';
app.use(session(app));`,
    // Browser cookie libraries: ngx-cookie-service sends SameSite=Lax when it is left out; constructor defaults of universal-cookie.
    `import { CookieService } from 'ngx-cookie-service';
export class Auth {
  constructor(private cookies: CookieService) {}
  save(token: string) {
    this.cookies.set('sid', token);
    this.cookies.set('sid', token, 7, '/', undefined, true);
    this.cookies.set('sid', token, { secure: true, sameSite: 'Strict' });
  }
}`,
    // next-auth and better-auth: SameSite=Lax unless their configuration says None.
    `import NextAuth from 'next-auth';
export default NextAuth({ providers });`,
    // SameSite=None only where development runs (a cross-origin dev server).
    "app.post('/login', (req, res) => { res.cookie('sid', id, { secure: true, sameSite: process.env.NODE_ENV === 'development' ? 'none' : 'lax' }); });",
  ],
  invalid: [
    {
      code: "app.post('/login', (req, res) => { res.cookie('sid', req.sessionID, { secure: true, httpOnly: true }); });",
      output: "app.post('/login', (req, res) => { res.cookie('sid', req.sessionID, { secure: true, httpOnly: true, sameSite: 'lax' }); });",
      errors: [
        { messageId: 'missingSameSite', data: {"kind":"Session cookie","name":"'sid'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, line: 1, column: 69, endLine: 1, endColumn: 101, suggestions: [{ messageId: 'setStrict', data: {"kind":"Session cookie","name":"'sid'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, output: "app.post('/login', (req, res) => { res.cookie('sid', req.sessionID, { secure: true, httpOnly: true, sameSite: 'strict' }); });" }] },
      ],
    },
    {
      code: "app.post('/login', (req, res) => { res.cookie('sid', req.sessionID); });",
      output: "app.post('/login', (req, res) => { res.cookie('sid', req.sessionID, { sameSite: 'lax' }); });",
      errors: [
        { messageId: 'missingSameSite', data: {"kind":"Session cookie","name":"'sid'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, line: 1, column: 36, endLine: 1, endColumn: 68, suggestions: [{ messageId: 'setStrict', data: {"kind":"Session cookie","name":"'sid'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, output: "app.post('/login', (req, res) => { res.cookie('sid', req.sessionID, { sameSite: 'strict' }); });" }] },
      ],
    },
    {
      code: "app.post('/login', (req, res) => { res.cookie('sid', id, { sameSite: 'none', secure: true }); });",
      output: null,
      errors: [
        { messageId: 'sameSiteNone', data: {"kind":"Session cookie","name":"'sid'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, line: 1, column: 60, endLine: 1, endColumn: 76, suggestions: [{ messageId: 'setLax', data: {"kind":"Session cookie","name":"'sid'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, output: "app.post('/login', (req, res) => { res.cookie('sid', id, { sameSite: 'lax', secure: true }); });" }, { messageId: 'setStrict', data: {"kind":"Session cookie","name":"'sid'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, output: "app.post('/login', (req, res) => { res.cookie('sid', id, { sameSite: 'strict', secure: true }); });" }] },
      ],
    },
    {
      code: "app.post('/login', (req, res) => { res.cookie('sid', id, { sameSite: 'None', secure: true }); });",
      options: [{"autofix":false}], output: null,
      errors: [
        { messageId: 'sameSiteNone', data: {"kind":"Session cookie","name":"'sid'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, line: 1, column: 60, endLine: 1, endColumn: 76, suggestions: [{ messageId: 'setLax', data: {"kind":"Session cookie","name":"'sid'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, output: "app.post('/login', (req, res) => { res.cookie('sid', id, { sameSite: 'lax', secure: true }); });" }, { messageId: 'setStrict', data: {"kind":"Session cookie","name":"'sid'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, output: "app.post('/login', (req, res) => { res.cookie('sid', id, { sameSite: 'strict', secure: true }); });" }] },
      ],
    },
    {
      code: "app.post('/login', (req, res) => { res.cookie('sid', id, { sameSite: false }); });",
      output: "app.post('/login', (req, res) => { res.cookie('sid', id, { sameSite: 'lax' }); });",
      errors: [
        { messageId: 'sameSiteDisabled', data: {"kind":"Session cookie","name":"'sid'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`","action":"set `sameSite: 'lax'`"}, line: 1, column: 60, endLine: 1, endColumn: 75, suggestions: [{ messageId: 'setStrict', data: {"kind":"Session cookie","name":"'sid'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`","action":"set `sameSite: 'lax'`"}, output: "app.post('/login', (req, res) => { res.cookie('sid', id, { sameSite: 'strict' }); });" }] },
      ],
    },
    {
      code: `const sameSite = 'none';
app.post('/login', (req, res) => { res.cookie('sid', id, { secure: true, sameSite }); });`,
      output: null,
      errors: [
        { messageId: 'sameSiteNone', data: {"kind":"Session cookie","name":"'sid'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, line: 2, column: 74, endLine: 2, endColumn: 82, suggestions: [{ messageId: 'setLax', data: {"kind":"Session cookie","name":"'sid'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, output: `const sameSite = 'none';
app.post('/login', (req, res) => { res.cookie('sid', id, { secure: true, sameSite: 'lax' }); });` }, { messageId: 'setStrict', data: {"kind":"Session cookie","name":"'sid'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, output: `const sameSite = 'none';
app.post('/login', (req, res) => { res.cookie('sid', id, { secure: true, sameSite: 'strict' }); });` }] },
      ],
    },
    {
      code: `const opts = { httpOnly: true };
app.post('/login', (req, res) => { res.cookie('token', t, { ...opts, sameSite: undefined }); });`,
      output: `const opts = { httpOnly: true };
app.post('/login', (req, res) => { res.cookie('token', t, { ...opts, sameSite: 'lax' }); });`,
      errors: [
        { messageId: 'missingSameSite', data: {"kind":"Session cookie","name":"'token'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, line: 2, column: 59, endLine: 2, endColumn: 91, suggestions: [{ messageId: 'setStrict', data: {"kind":"Session cookie","name":"'token'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, output: `const opts = { httpOnly: true };
app.post('/login', (req, res) => { res.cookie('token', t, { ...opts, sameSite: 'strict' }); });` }] },
      ],
    },
    {
      code: "app.post('/login', (req, res) => { res.cookie('sid', id, { secure: true }); });",
      options: [{"autofix":false}], output: null,
      errors: [
        { messageId: 'missingSameSite', data: {"kind":"Session cookie","name":"'sid'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, line: 1, column: 58, endLine: 1, endColumn: 74, suggestions: [{ messageId: 'setLax', data: {"kind":"Session cookie","name":"'sid'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, output: "app.post('/login', (req, res) => { res.cookie('sid', id, { secure: true, sameSite: 'lax' }); });" }, { messageId: 'setStrict', data: {"kind":"Session cookie","name":"'sid'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, output: "app.post('/login', (req, res) => { res.cookie('sid', id, { secure: true, sameSite: 'strict' }); });" }] },
      ],
    },
    {
      code: `import session from 'express-session';
app.use(session({ secret: 's', cookie: { secure: true, sameSite: 'auto' } }));`,
      output: null,
      errors: [
        { messageId: 'sameSiteAuto', data: {"kind":"Session cookie","name":"'connect.sid'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, line: 2, column: 56, endLine: 2, endColumn: 72, suggestions: [{ messageId: 'setLax', data: {"kind":"Session cookie","name":"'connect.sid'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, output: `import session from 'express-session';
app.use(session({ secret: 's', cookie: { secure: true, sameSite: 'lax' } }));` }, { messageId: 'setStrict', data: {"kind":"Session cookie","name":"'connect.sid'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, output: `import session from 'express-session';
app.use(session({ secret: 's', cookie: { secure: true, sameSite: 'strict' } }));` }] },
      ],
    },
    {
      code: `import session from 'express-session';
app.use(session({
  secret: 's',
  cookie: {
    secure: true,
  },
}));`,
      output: `import session from 'express-session';
app.use(session({
  secret: 's',
  cookie: {
    secure: true,
    sameSite: 'lax',
  },
}));`,
      errors: [
        { messageId: 'missingSameSite', data: {"kind":"Session cookie","name":"'connect.sid'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, line: 4, column: 11, endLine: 6, endColumn: 4, suggestions: [{ messageId: 'setStrict', data: {"kind":"Session cookie","name":"'connect.sid'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, output: `import session from 'express-session';
app.use(session({
  secret: 's',
  cookie: {
    secure: true,
    sameSite: 'strict',
  },
}));` }] },
      ],
    },
    {
      code: `import session from 'express-session';
app.use(session({ secret: 's' }));`,
      output: `import session from 'express-session';
app.use(session({ secret: 's', cookie: { sameSite: 'lax' } }));`,
      errors: [
        { messageId: 'missingSameSite', data: {"kind":"Session cookie","name":"'connect.sid'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, line: 2, column: 17, endLine: 2, endColumn: 32, suggestions: [{ messageId: 'setStrict', data: {"kind":"Session cookie","name":"'connect.sid'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, output: `import session from 'express-session';
app.use(session({ secret: 's', cookie: { sameSite: 'strict' } }));` }] },
      ],
    },
    {
      code: `import cookieSession from 'cookie-session';
app.use(cookieSession({ name: 'session', keys }));`,
      output: `import cookieSession from 'cookie-session';
app.use(cookieSession({ name: 'session', keys, sameSite: 'lax' }));`,
      errors: [
        { messageId: 'missingSameSite', data: {"kind":"Session cookie","name":"'session'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, line: 2, column: 23, endLine: 2, endColumn: 48, suggestions: [{ messageId: 'setStrict', data: {"kind":"Session cookie","name":"'session'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, output: `import cookieSession from 'cookie-session';
app.use(cookieSession({ name: 'session', keys, sameSite: 'strict' }));` }] },
      ],
    },
    {
      code: `import Koa from 'koa';
app.use(async (ctx) => { ctx.cookies.set('sid', id, { httpOnly: true }); });`,
      output: `import Koa from 'koa';
app.use(async (ctx) => { ctx.cookies.set('sid', id, { httpOnly: true, sameSite: 'lax' }); });`,
      errors: [
        { messageId: 'missingSameSite', data: {"kind":"Session cookie","name":"'sid'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, line: 2, column: 53, endLine: 2, endColumn: 71, suggestions: [{ messageId: 'setStrict', data: {"kind":"Session cookie","name":"'sid'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, output: `import Koa from 'koa';
app.use(async (ctx) => { ctx.cookies.set('sid', id, { httpOnly: true, sameSite: 'strict' }); });` }] },
      ],
    },
    {
      code: `import Fastify from 'fastify';
fastify.get('/', (request, reply) => { reply.setCookie('sid', id, { sameSite: false }); reply.setCookie('token', t, { sameSite: null }); });`,
      output: `import Fastify from 'fastify';
fastify.get('/', (request, reply) => { reply.setCookie('sid', id); reply.setCookie('token', t); });`,
      errors: [
        { messageId: 'sameSiteDisabled', data: {"kind":"Session cookie","name":"'sid'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`","action":"remove the override so the library's SameSite default applies"}, line: 2, column: 69, endLine: 2, endColumn: 84, suggestions: [{ messageId: 'setStrict', data: {"kind":"Session cookie","name":"'sid'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`","action":"remove the override so the library's SameSite default applies"}, output: `import Fastify from 'fastify';
fastify.get('/', (request, reply) => { reply.setCookie('sid', id, { sameSite: 'strict' }); reply.setCookie('token', t, { sameSite: null }); });` }] },
        { messageId: 'sameSiteDisabled', data: {"kind":"Session cookie","name":"'token'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`","action":"remove the override so the library's SameSite default applies"}, line: 2, column: 119, endLine: 2, endColumn: 133, suggestions: [{ messageId: 'setStrict', data: {"kind":"Session cookie","name":"'token'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`","action":"remove the override so the library's SameSite default applies"}, output: `import Fastify from 'fastify';
fastify.get('/', (request, reply) => { reply.setCookie('sid', id, { sameSite: false }); reply.setCookie('token', t, { sameSite: 'strict' }); });` }] },
      ],
    },
    {
      code: `import fastifySession from '@fastify/session';
fastify.register(fastifySession, { secret });`,
      output: `import fastifySession from '@fastify/session';
fastify.register(fastifySession, { secret, cookie: { sameSite: 'lax' } });`,
      errors: [
        { messageId: 'missingSameSite', data: {"kind":"Session cookie","name":"'sessionId'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, line: 2, column: 34, endLine: 2, endColumn: 44, suggestions: [{ messageId: 'setStrict', data: {"kind":"Session cookie","name":"'sessionId'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, output: `import fastifySession from '@fastify/session';
fastify.register(fastifySession, { secret, cookie: { sameSite: 'strict' } });` }] },
      ],
    },
    {
      code: `import Hapi from '@hapi/hapi';
const server = Hapi.server();
server.state('session', { isSameSite: false });
server.state('sid', { isSameSite: 'None' });`,
      output: `import Hapi from '@hapi/hapi';
const server = Hapi.server();
server.state('session');
server.state('sid', { isSameSite: 'None' });`,
      errors: [
        { messageId: 'sameSiteDisabled', data: {"kind":"Session cookie","name":"'session'","attribute":"`isSameSite: 'Lax'`","strict":"`isSameSite: 'Strict'`","action":"remove the override so the library's SameSite default applies"}, line: 3, column: 27, endLine: 3, endColumn: 44, suggestions: [{ messageId: 'setStrict', data: {"kind":"Session cookie","name":"'session'","attribute":"`isSameSite: 'Lax'`","strict":"`isSameSite: 'Strict'`","action":"remove the override so the library's SameSite default applies"}, output: `import Hapi from '@hapi/hapi';
const server = Hapi.server();
server.state('session', { isSameSite: 'Strict' });
server.state('sid', { isSameSite: 'None' });` }] },
        { messageId: 'sameSiteNone', data: {"kind":"Session cookie","name":"'sid'","attribute":"`isSameSite: 'Lax'`","strict":"`isSameSite: 'Strict'`"}, line: 4, column: 23, endLine: 4, endColumn: 41, suggestions: [{ messageId: 'setLax', data: {"kind":"Session cookie","name":"'sid'","attribute":"`isSameSite: 'Lax'`","strict":"`isSameSite: 'Strict'`"}, output: `import Hapi from '@hapi/hapi';
const server = Hapi.server();
server.state('session', { isSameSite: false });
server.state('sid', { isSameSite: 'Lax' });` }, { messageId: 'setStrict', data: {"kind":"Session cookie","name":"'sid'","attribute":"`isSameSite: 'Lax'`","strict":"`isSameSite: 'Strict'`"}, output: `import Hapi from '@hapi/hapi';
const server = Hapi.server();
server.state('session', { isSameSite: false });
server.state('sid', { isSameSite: 'Strict' });` }] },
      ],
    },
    {
      code: `import { cookies } from 'next/headers';
export async function POST() { cookies().set('session', id, { httpOnly: true, secure: true }); }`,
      output: `import { cookies } from 'next/headers';
export async function POST() { cookies().set('session', id, { httpOnly: true, secure: true, sameSite: 'lax' }); }`,
      errors: [
        { messageId: 'missingSameSite', data: {"kind":"Session cookie","name":"'session'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, line: 2, column: 61, endLine: 2, endColumn: 93, suggestions: [{ messageId: 'setStrict', data: {"kind":"Session cookie","name":"'session'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, output: `import { cookies } from 'next/headers';
export async function POST() { cookies().set('session', id, { httpOnly: true, secure: true, sameSite: 'strict' }); }` }] },
      ],
    },
    {
      code: `import { setCookie } from 'hono/cookie';
app.post('/login', (c) => { setCookie(c, 'session', id, { secure: true, sameSite: 'None' }); });`,
      output: null,
      errors: [
        { messageId: 'sameSiteNone', data: {"kind":"Session cookie","name":"'session'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, line: 2, column: 73, endLine: 2, endColumn: 89, suggestions: [{ messageId: 'setLax', data: {"kind":"Session cookie","name":"'session'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, output: `import { setCookie } from 'hono/cookie';
app.post('/login', (c) => { setCookie(c, 'session', id, { secure: true, sameSite: 'lax' }); });` }, { messageId: 'setStrict', data: {"kind":"Session cookie","name":"'session'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, output: `import { setCookie } from 'hono/cookie';
app.post('/login', (c) => { setCookie(c, 'session', id, { secure: true, sameSite: 'strict' }); });` }] },
      ],
    },
    {
      code: `import { useSession } from 'h3';
export default eventHandler(async (event) => { await useSession(event, { password }); });`,
      output: `import { useSession } from 'h3';
export default eventHandler(async (event) => { await useSession(event, { password, cookie: { sameSite: 'lax' } }); });`,
      errors: [
        { messageId: 'missingSameSite', data: {"kind":"Session cookie","name":"'h3'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, line: 2, column: 72, endLine: 2, endColumn: 84, suggestions: [{ messageId: 'setStrict', data: {"kind":"Session cookie","name":"'h3'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, output: `import { useSession } from 'h3';
export default eventHandler(async (event) => { await useSession(event, { password, cookie: { sameSite: 'strict' } }); });` }] },
      ],
    },
    {
      code: `import type { Actions } from './$types';
export const actions: Actions = { login: async ({ cookies }) => { cookies.set('session', id, { path: '/', sameSite: 'none' }); } };`,
      output: null,
      errors: [
        { messageId: 'sameSiteNone', data: {"kind":"Session cookie","name":"'session'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, line: 2, column: 107, endLine: 2, endColumn: 123, suggestions: [{ messageId: 'setLax', data: {"kind":"Session cookie","name":"'session'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, output: `import type { Actions } from './$types';
export const actions: Actions = { login: async ({ cookies }) => { cookies.set('session', id, { path: '/', sameSite: 'lax' }); } };` }, { messageId: 'setStrict', data: {"kind":"Session cookie","name":"'session'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, output: `import type { Actions } from './$types';
export const actions: Actions = { login: async ({ cookies }) => { cookies.set('session', id, { path: '/', sameSite: 'strict' }); } };` }] },
      ],
    },
    {
      code: `import { createCookie } from 'react-router';
export const auth = createCookie('auth', { sameSite: false });`,
      output: `import { createCookie } from 'react-router';
export const auth = createCookie('auth');`,
      errors: [
        { messageId: 'sameSiteDisabled', data: {"kind":"Session cookie","name":"'auth'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`","action":"remove the override so the library's SameSite default applies"}, line: 2, column: 44, endLine: 2, endColumn: 59, suggestions: [{ messageId: 'setStrict', data: {"kind":"Session cookie","name":"'auth'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`","action":"remove the override so the library's SameSite default applies"}, output: `import { createCookie } from 'react-router';
export const auth = createCookie('auth', { sameSite: 'strict' });` }] },
      ],
    },
    {
      code: "app.get('/', (req, res) => { res.setHeader('Set-Cookie', `sid=${id}; HttpOnly; Secure; SameSite=None`); });",
      output: null,
      errors: [
        { messageId: 'sameSiteNone', data: {"kind":"Session cookie","name":"'sid'","attribute":"`SameSite=Lax`","strict":"`SameSite=Strict`"}, line: 1, column: 58, endLine: 1, endColumn: 102, suggestions: [{ messageId: 'setLax', data: {"kind":"Session cookie","name":"'sid'","attribute":"`SameSite=Lax`","strict":"`SameSite=Strict`"}, output: "app.get('/', (req, res) => { res.setHeader('Set-Cookie', `sid=${id}; HttpOnly; Secure; SameSite=Lax`); });" }, { messageId: 'setStrict', data: {"kind":"Session cookie","name":"'sid'","attribute":"`SameSite=Lax`","strict":"`SameSite=Strict`"}, output: "app.get('/', (req, res) => { res.setHeader('Set-Cookie', `sid=${id}; HttpOnly; Secure; SameSite=Strict`); });" }] },
      ],
    },
    {
      code: "app.get('/', (req, res) => { res.setHeader('Set-Cookie', 'sid=' + id + '; HttpOnly; Secure'); });",
      output: "app.get('/', (req, res) => { res.setHeader('Set-Cookie', 'sid=' + id + '; HttpOnly; Secure; SameSite=Lax'); });",
      errors: [
        { messageId: 'missingSameSite', data: {"kind":"Session cookie","name":"'sid'","attribute":"`SameSite=Lax`","strict":"`SameSite=Strict`"}, line: 1, column: 58, endLine: 1, endColumn: 92, suggestions: [{ messageId: 'setStrict', data: {"kind":"Session cookie","name":"'sid'","attribute":"`SameSite=Lax`","strict":"`SameSite=Strict`"}, output: "app.get('/', (req, res) => { res.setHeader('Set-Cookie', 'sid=' + id + '; HttpOnly; Secure; SameSite=Strict'); });" }] },
      ],
    },
    {
      code: "document.cookie = `token=${token}; Secure`;",
      output: null,
      errors: [
        { messageId: 'missingSameSite', data: {"kind":"Session cookie","name":"'token'","attribute":"`SameSite=Lax`","strict":"`SameSite=Strict`"}, line: 1, column: 19, endLine: 1, endColumn: 43, suggestions: [{ messageId: 'setLax', data: {"kind":"Session cookie","name":"'token'","attribute":"`SameSite=Lax`","strict":"`SameSite=Strict`"}, output: "document.cookie = `token=${token}; Secure; SameSite=Lax`;" }, { messageId: 'setStrict', data: {"kind":"Session cookie","name":"'token'","attribute":"`SameSite=Lax`","strict":"`SameSite=Strict`"}, output: "document.cookie = `token=${token}; Secure; SameSite=Strict`;" }] },
      ],
    },
    {
      code: `import Cookies from 'js-cookie';
Cookies.set('session', id, { secure: true, sameSite: 'none' });`,
      output: null,
      errors: [
        { messageId: 'sameSiteNone', data: {"kind":"Session cookie","name":"'session'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, line: 2, column: 44, endLine: 2, endColumn: 60, suggestions: [{ messageId: 'setLax', data: {"kind":"Session cookie","name":"'session'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, output: `import Cookies from 'js-cookie';
Cookies.set('session', id, { secure: true, sameSite: 'lax' });` }, { messageId: 'setStrict', data: {"kind":"Session cookie","name":"'session'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, output: `import Cookies from 'js-cookie';
Cookies.set('session', id, { secure: true, sameSite: 'strict' });` }] },
      ],
    },
    {
      code: `const off = false;
app.post('/login', (req, res) => { res.cookie('sid', id, { sameSite: off }); });`,
      output: null,
      errors: [
        { messageId: 'sameSiteDisabled', data: {"kind":"Session cookie","name":"'sid'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`","action":"set `sameSite: 'lax'`"}, line: 2, column: 60, endLine: 2, endColumn: 73, suggestions: [{ messageId: 'setLax', data: {"kind":"Session cookie","name":"'sid'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`","action":"set `sameSite: 'lax'`"}, output: `const off = false;
app.post('/login', (req, res) => { res.cookie('sid', id, { sameSite: 'lax' }); });` }, { messageId: 'setStrict', data: {"kind":"Session cookie","name":"'sid'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`","action":"set `sameSite: 'lax'`"}, output: `const off = false;
app.post('/login', (req, res) => { res.cookie('sid', id, { sameSite: 'strict' }); });` }] },
      ],
    },
    {
      code: "app.post('/login', (req, res) => { res.cookie('sid', id, undefined); });",
      output: null,
      errors: [
        { messageId: 'missingSameSite', data: {"kind":"Session cookie","name":"'sid'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, line: 1, column: 58, endLine: 1, endColumn: 67 },
      ],
    },
    // Browser cookie libraries: ngx-cookie-service sends SameSite=Lax when it is left out; constructor defaults of universal-cookie.
    {
      code: `import { CookieService } from 'ngx-cookie-service';
export class Auth {
  constructor(private cookies: CookieService) {}
  save(token: string) {
    this.cookies.set('sid', token, { secure: true, sameSite: 'None' });
    this.cookies.set('sid', token, 7, '/', undefined, true, 'None');
  }
}`,
      output: null,
      errors: [
        { messageId: 'sameSiteNone', data: {"kind":"Session cookie","name":"'sid'","attribute":"`sameSite: 'Lax'`","strict":"`sameSite: 'Strict'`"}, line: 5, column: 52, endLine: 5, endColumn: 68, suggestions: [{ messageId: 'setLax', data: {"kind":"Session cookie","name":"'sid'","attribute":"`sameSite: 'Lax'`","strict":"`sameSite: 'Strict'`"}, output: `import { CookieService } from 'ngx-cookie-service';
export class Auth {
  constructor(private cookies: CookieService) {}
  save(token: string) {
    this.cookies.set('sid', token, { secure: true, sameSite: 'Lax' });
    this.cookies.set('sid', token, 7, '/', undefined, true, 'None');
  }
}` }, { messageId: 'setStrict', data: {"kind":"Session cookie","name":"'sid'","attribute":"`sameSite: 'Lax'`","strict":"`sameSite: 'Strict'`"}, output: `import { CookieService } from 'ngx-cookie-service';
export class Auth {
  constructor(private cookies: CookieService) {}
  save(token: string) {
    this.cookies.set('sid', token, { secure: true, sameSite: 'Strict' });
    this.cookies.set('sid', token, 7, '/', undefined, true, 'None');
  }
}` }] },
        { messageId: 'sameSiteNone', data: {"kind":"Session cookie","name":"'sid'","attribute":"`sameSite: 'Lax'`","strict":"`sameSite: 'Strict'`"}, line: 6, column: 61, endLine: 6, endColumn: 67 },
      ],
    },
    {
      code: `import { inject } from '@angular/core';
import { CookieService } from 'ngy-cookie';
export class LoginComponent {
  private readonly cookieService = inject(CookieService);
  login(authentication: { token: string }) {
    this.cookieService.put('token', authentication.token, { expires: new Date(), secure: true });
  }
}`,
      output: null,
      errors: [
        { messageId: 'missingSameSite', data: {"kind":"Session cookie","name":"'token'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, line: 6, column: 59, endLine: 6, endColumn: 96, suggestions: [{ messageId: 'setLax', data: {"kind":"Session cookie","name":"'token'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, output: `import { inject } from '@angular/core';
import { CookieService } from 'ngy-cookie';
export class LoginComponent {
  private readonly cookieService = inject(CookieService);
  login(authentication: { token: string }) {
    this.cookieService.put('token', authentication.token, { expires: new Date(), secure: true, sameSite: 'lax' });
  }
}` }, { messageId: 'setStrict', data: {"kind":"Session cookie","name":"'token'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, output: `import { inject } from '@angular/core';
import { CookieService } from 'ngy-cookie';
export class LoginComponent {
  private readonly cookieService = inject(CookieService);
  login(authentication: { token: string }) {
    this.cookieService.put('token', authentication.token, { expires: new Date(), secure: true, sameSite: 'strict' });
  }
}` }] },
      ],
    },
    {
      code: `import Cookies from 'universal-cookie';
const jar = new Cookies(undefined, { sameSite: 'strict' });
jar.set('session', token, { secure: true });
new Cookies().set('session', token, { secure: true });`,
      output: null,
      errors: [
        { messageId: 'missingSameSite', data: {"kind":"Session cookie","name":"'session'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, line: 4, column: 37, endLine: 4, endColumn: 53, suggestions: [{ messageId: 'setLax', data: {"kind":"Session cookie","name":"'session'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, output: `import Cookies from 'universal-cookie';
const jar = new Cookies(undefined, { sameSite: 'strict' });
jar.set('session', token, { secure: true });
new Cookies().set('session', token, { secure: true, sameSite: 'lax' });` }, { messageId: 'setStrict', data: {"kind":"Session cookie","name":"'session'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, output: `import Cookies from 'universal-cookie';
const jar = new Cookies(undefined, { sameSite: 'strict' });
jar.set('session', token, { secure: true });
new Cookies().set('session', token, { secure: true, sameSite: 'strict' });` }] },
      ],
    },
    // next-auth and better-auth: SameSite=Lax unless their configuration says None.
    {
      code: `import { betterAuth } from 'better-auth';
export const auth = betterAuth({ advanced: { defaultCookieAttributes: { sameSite: 'none', secure: true } } });`,
      output: null,
      errors: [
        { messageId: 'sameSiteNone', data: {"kind":"Session cookie","name":"set by better-auth","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, line: 2, column: 73, endLine: 2, endColumn: 89, suggestions: [{ messageId: 'setLax', data: {"kind":"Session cookie","name":"set by better-auth","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, output: `import { betterAuth } from 'better-auth';
export const auth = betterAuth({ advanced: { defaultCookieAttributes: { sameSite: 'lax', secure: true } } });` }, { messageId: 'setStrict', data: {"kind":"Session cookie","name":"set by better-auth","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, output: `import { betterAuth } from 'better-auth';
export const auth = betterAuth({ advanced: { defaultCookieAttributes: { sameSite: 'strict', secure: true } } });` }] },
      ],
    },
    {
      code: `import NextAuth from 'next-auth';
export default NextAuth({ providers, cookies: { sessionToken: { name: 'next-auth.session-token', options: { sameSite: 'none', secure: true, httpOnly: true, path: '/' } } } });`,
      output: null,
      errors: [
        { messageId: 'sameSiteNone', data: {"kind":"Session cookie","name":"'next-auth.session-token'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, line: 2, column: 109, endLine: 2, endColumn: 125, suggestions: [{ messageId: 'setLax', data: {"kind":"Session cookie","name":"'next-auth.session-token'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, output: `import NextAuth from 'next-auth';
export default NextAuth({ providers, cookies: { sessionToken: { name: 'next-auth.session-token', options: { sameSite: 'lax', secure: true, httpOnly: true, path: '/' } } } });` }, { messageId: 'setStrict', data: {"kind":"Session cookie","name":"'next-auth.session-token'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, output: `import NextAuth from 'next-auth';
export default NextAuth({ providers, cookies: { sessionToken: { name: 'next-auth.session-token', options: { sameSite: 'strict', secure: true, httpOnly: true, path: '/' } } } });` }] },
      ],
    },
    {
      // What production gets is what is deployed: SameSite=None in the production branch.
      code: "app.post('/login', (req, res) => { res.cookie('sid', id, { secure: true, sameSite: isProduction ? 'none' : 'lax' }); });",
      errors: [
        { messageId: 'sameSiteNone', data: {"kind":"Session cookie","name":"'sid'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, line: 1, column: 74, endLine: 1, endColumn: 113, suggestions: [{ messageId: 'setLax', data: {"kind":"Session cookie","name":"'sid'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, output: "app.post('/login', (req, res) => { res.cookie('sid', id, { secure: true, sameSite: 'lax' }); });" }, { messageId: 'setStrict', data: {"kind":"Session cookie","name":"'sid'","attribute":"`sameSite: 'lax'`","strict":"`sameSite: 'strict'`"}, output: "app.post('/login', (req, res) => { res.cookie('sid', id, { secure: true, sameSite: 'strict' }); });" }] },
      ],
    },
  ],
});
