import rule from '../../lib/rules/require-cookie-secure.ts';
import { runRuleTests } from '../helpers/rule-tester.ts';

runRuleTests('require-cookie-secure', rule, {
  valid: [
    "app.post('/login', (req, res) => { res.cookie('sid', id, { secure: true }); });",
    "app.post('/login', (req, res) => { res.cookie('sid', id, { secure: process.env.NODE_ENV === 'production' }); });",
    "app.post('/login', (req, res) => { res.cookie('sid', id, options); });",
    "app.post('/login', (req, res) => { res.cookie('sid', id, { ...defaults, httpOnly: true }); });",
    "app.post('/login', (req, res) => { res.cookie('sid', id, { secure: false, ...overrides }); });",
    "app.post('/login', (req, res) => { res.cookie('sid', id, { secure: 'auto' }); });",
    "app.post('/login', (req, res) => { res.cookie('theme', 'dark'); res.cookie('tokenCount', '3'); });",
    "app.post('/login', (req, res) => { res.cookie(name, value); });",
    "app.post('/login', (req, res) => { res.cookie('XSRF-TOKEN', req.csrfToken()); res.cookie('_csrf', secret); });",
    "app.post('/logout', (req, res) => { res.cookie('sid', '', { maxAge: 0 }); res.cookie('token', 'x', { expires: new Date(0) }); });",
    "res.cookie('sid', id);",
    `import res from './response';
res.cookie('sid', id);`,
    "$.cookie('session', token); jQuery.cookie('sid', id);",
    "test('x', async ({ page }) => { await page.setCookie({ name: 'sid', value: 'x' }); await page.context().addCookies([{ name: 'session', value: 'y' }]); });",
    `const res = { cookie() {} };
res.cookie('sid', id);`,
    `import session from 'express-session';
app.use(session({ secret: 's', cookie: { secure: true } }));`,
    `import session from 'express-session';
app.use(session({ secret: 's', cookie: { secure: 'auto' } }));`,
    `import session from 'express-session';
app.use(session({ secret: 's', cookie: config.cookie }));`,
    `import session from 'express-session';
app.use(session({ secret: 's', cookie: (req) => ({ secure: req.secure }) }));`,
    `import session from 'express-session';
app.use(session(sessionOptions));`,
    `const session = (options) => options;
app.use(session({ cookie: { secure: false } }));`,
    `import session from 'other-session';
app.use(session({ cookie: { secure: false } }));`,
    `import cookieSession from 'cookie-session';
app.use(cookieSession({ keys }));`,
    `import Koa from 'koa';
app.use(async (ctx) => { ctx.cookies.set('sid', id); ctx.cookies.set('token', t, { httpOnly: true }); });`,
    `import { serialize } from 'cookie';
res.setHeader('Set-Cookie', serialize('sid', id, { secure: true, httpOnly: true }));`,
    "fastify.get('/', (request, reply) => { reply.setCookie('sid', id, { secure: 'auto' }); });",
    `import fastifySession from '@fastify/session';
fastify.register(fastifySession, { secret });`,
    "server.route({ handler: (request, h) => h.state('session', id) });",
    "server.auth.strategy('session', 'cookie', { cookie: { name: 'sid', password } });",
    `import { setCookie } from 'hono/cookie';
app.post('/', (c) => { setCookie(c, 'session', id, { prefix: 'secure' }); });`,
    `import { useSession } from 'h3';
export default eventHandler(async (event) => { await useSession(event, { password }); });`,
    `import type { Actions } from './$types';
export const actions: Actions = { login: async ({ cookies }) => { cookies.set('session', id, { path: '/' }); } };`,
    "export default { async fetch() { ctx.cookies.set('session', id, { httpOnly: true }); } };",
    "async function handler(context) { context.cookies.set('session', id, { httpOnly: true }); }",
    `import { getIronSession } from 'iron-session';
const session = await getIronSession(req, res, { password, cookieName: 'app' });`,
    "app.get('/', (req, res) => { res.setHeader('Set-Cookie', serialize('sid', id, opts)); res.setHeader('Set-Cookie', cookies); res.setHeader('Content-Type', 'sid=1'); });",
    "app.get('/', (req, res) => { res.setHeader('Set-Cookie', `sid=${id}${flags}`); res.setHeader('Set-Cookie', `sid=${id}; ${attributes}`); });",
    "app.get('/', (req, res) => { res.setHeader('Set-Cookie', `sid=${id}; Secure; HttpOnly`); res.setHeader('Set-Cookie', 'theme=dark'); });",
    `const init = { headers: { 'Set-Cookie': 'sid=abc' } };
fetchMock.mockResponse(init);`,
    "document.cookie = 'session=; Max-Age=0'; document.cookie = 'theme=dark'; document.cookie = `${name}=${value}`;",
    `let document = { cookie: '' };
document.cookie = 'sid=abc';`,
    `import Fastify from 'fastify';
import cookie from '@fastify/cookie';
fastify.register(cookie, { parseOptions: { secure: true } });
fastify.get('/', (request, reply) => { reply.setCookie('sid', id); });`,
    "app.post('/logout', (req, res) => { res.clearCookie('sid'); res.clearCookie('token', { secure: false }); });",
    // Browser cookie libraries: positional and object forms, constructor defaults, options in variables; universal-cookie is now understood (it was a valid case while unsupported).
    `import { Injectable } from '@angular/core';
import { CookieService } from 'ngx-cookie-service';
@Injectable()
export class AuthService {
  constructor(private cookies: CookieService) {}
  save(token: string) {
    this.cookies.set('sid', token, 7, '/', undefined, true, 'Strict');
    this.cookies.set('sid', token, { secure: true });
  }
}`,
    `import Cookies from 'universal-cookie';
const jar = new Cookies(null, { path: '/', secure: true });
jar.set('session', token);`,
    `import { setCookie } from 'cookies-next';
const options = { secure: process.env.NODE_ENV === 'production' };
setCookie('token', token, options);`,
    // next-auth and better-auth: Secure follows the app's URL unless useSecureCookies or defaultCookieAttributes turn it off; a configuration-wide switch is only a suggestion.
    `import NextAuth from 'next-auth';
export default NextAuth({ providers, session: { strategy: 'jwt' } });`,
    `import NextAuth from 'next-auth';
const useSecureCookies = process.env.NEXTAUTH_URL.startsWith('https://');
export default NextAuth({ providers, useSecureCookies });`,
    `import NextAuth from 'next-auth';
export default NextAuth({ providers, cookies: { sessionToken: { name: 'sid', options: { httpOnly: true, path: '/' } } }, useSecureCookies: false });`,
    `import { betterAuth } from 'better-auth';
export const auth = betterAuth({ session: { expiresIn: 60 * 60 * 24 } });`,
    `import { betterAuth } from 'better-auth';
export const auth = betterAuth({ advanced: { useSecureCookies: process.env.NODE_ENV === 'production', defaultCookieAttributes: { sameSite: 'lax', path: '/' } } });`,
    `import { betterAuth } from 'better-auth';
export const auth = betterAuth({ advanced: { useSecureCookies: false, cookies: { session_token: { attributes: { secure: true } } } } });`,
    // react-cookie: the setCookie that useCookies() returns, by its destructured name.
    `import { useCookies } from 'react-cookie';
export function Login() {
  const [, setAuth, removeAuth] = useCookies();
  removeAuth('token');
  setAuth('theme', 'dark');
  const setCookie = (n, v) => v;
  setCookie('token', token);
}`,
    // Header pairs: new Headers([['Set-Cookie', …]]) and a response's headers list.
    `export async function POST(request: Request) {
  return new Response(null, { status: 302, headers: [['Location', '/'], ['Set-Cookie', \`session=\${sessionId}; Path=/; HttpOnly; Secure; SameSite=Lax\`]] });
}`,
    `const pairs = [['Set-Cookie', 'session=abc']];
const tuple = ['Set-Cookie', \`session=\${sessionId}\`];`,
    // Astro: endpoint cookies add no Secure of their own.
  ],
  invalid: [
    {
      code: "app.post('/login', (req, res) => { res.cookie('sid', req.sessionID); });",
      output: "app.post('/login', (req, res) => { res.cookie('sid', req.sessionID, { secure: true }); });",
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'sid'","attribute":"`secure: true`"}, line: 1, column: 36, endLine: 1, endColumn: 68 },
      ],
    },
    {
      code: "app.post('/login', (req, res) => { res.cookie('sid', token, { httpOnly: true }); });",
      output: "app.post('/login', (req, res) => { res.cookie('sid', token, { httpOnly: true, secure: true }); });",
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'sid'","attribute":"`secure: true`"}, line: 1, column: 61, endLine: 1, endColumn: 79 },
      ],
    },
    {
      code: `app.post('/login', (req, res) => {
  res.cookie('session', token, {
    httpOnly: true,
    sameSite: 'lax',
  });
});`,
      output: `app.post('/login', (req, res) => {
  res.cookie('session', token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: true,
  });
});`,
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'session'","attribute":"`secure: true`"}, line: 2, column: 32, endLine: 5, endColumn: 4 },
      ],
    },
    {
      code: `const options = { httpOnly: true, maxAge: 3600000 };
app.post('/login', (req, res) => {
  res.cookie('sid', req.sessionID, options);
});`,
      output: `const options = { httpOnly: true, maxAge: 3600000, secure: true };
app.post('/login', (req, res) => {
  res.cookie('sid', req.sessionID, options);
});`,
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'sid'","attribute":"`secure: true`"}, line: 3, column: 36, endLine: 3, endColumn: 43 },
      ],
    },
    {
      code: "app.post('/login', (req, res) => { res.cookie('sid', id, { secure: false }); });",
      output: "app.post('/login', (req, res) => { res.cookie('sid', id, { secure: true }); });",
      errors: [
        { messageId: 'secureDisabled', data: {"kind":"Session cookie","name":"'sid'","attribute":"`secure: true`","action":"set it to true"}, line: 1, column: 60, endLine: 1, endColumn: 73 },
      ],
    },
    {
      code: "app.post('/login', (req, res) => { res.cookie('sid', id, { secure: 0, httpOnly: true }); });",
      output: "app.post('/login', (req, res) => { res.cookie('sid', id, { secure: true, httpOnly: true }); });",
      errors: [
        { messageId: 'secureDisabled', data: {"kind":"Session cookie","name":"'sid'","attribute":"`secure: true`","action":"set it to true"}, line: 1, column: 60, endLine: 1, endColumn: 69 },
      ],
    },
    {
      code: "app.post('/login', (req, res) => { res.cookie('sid', id, { secure: null }); });",
      output: "app.post('/login', (req, res) => { res.cookie('sid', id, { secure: true }); });",
      errors: [
        { messageId: 'secureDisabled', data: {"kind":"Session cookie","name":"'sid'","attribute":"`secure: true`","action":"set it to true"}, line: 1, column: 60, endLine: 1, endColumn: 72 },
      ],
    },
    {
      code: "app.post('/login', (req, res) => { res.cookie('sid', id, { 'secure': '' }); });",
      output: "app.post('/login', (req, res) => { res.cookie('sid', id, { 'secure': true }); });",
      errors: [
        { messageId: 'secureDisabled', data: {"kind":"Session cookie","name":"'sid'","attribute":"`secure: true`","action":"set it to true"}, line: 1, column: 60, endLine: 1, endColumn: 72 },
      ],
    },
    {
      code: "app.post('/login', (req, res) => { res.cookie('sid', id, { ['secure']: false }); });",
      output: "app.post('/login', (req, res) => { res.cookie('sid', id, { ['secure']: true }); });",
      errors: [
        { messageId: 'secureDisabled', data: {"kind":"Session cookie","name":"'sid'","attribute":"`secure: true`","action":"set it to true"}, line: 1, column: 60, endLine: 1, endColumn: 77 },
      ],
    },
    {
      code: `const secure = false;
app.post('/login', (req, res) => { res.cookie('sid', id, { secure }); });`,
      output: null,
      errors: [
        { messageId: 'secureDisabled', data: {"kind":"Session cookie","name":"'sid'","attribute":"`secure: true`","action":"set it to true"}, line: 2, column: 60, endLine: 2, endColumn: 66, suggestions: [{ messageId: 'addSecure', data: {"kind":"Session cookie","name":"'sid'","attribute":"`secure: true`","action":"set it to true"}, output: `const secure = false;
app.post('/login', (req, res) => { res.cookie('sid', id, { secure: true }); });` }] },
      ],
    },
    {
      code: `const isDev = true;
app.post('/login', (req, res) => { res.cookie('sid', id, { secure: !isDev }); });`,
      output: null,
      errors: [
        { messageId: 'secureDisabled', data: {"kind":"Session cookie","name":"'sid'","attribute":"`secure: true`","action":"set it to true"}, line: 2, column: 60, endLine: 2, endColumn: 74, suggestions: [{ messageId: 'addSecure', data: {"kind":"Session cookie","name":"'sid'","attribute":"`secure: true`","action":"set it to true"}, output: `const isDev = true;
app.post('/login', (req, res) => { res.cookie('sid', id, { secure: true }); });` }] },
      ],
    },
    {
      code: `const base = { httpOnly: true };
app.post('/login', (req, res) => { res.cookie('sid', id, { ...base, maxAge: 1000 }); });`,
      output: `const base = { httpOnly: true };
app.post('/login', (req, res) => { res.cookie('sid', id, { ...base, maxAge: 1000, secure: true }); });`,
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'sid'","attribute":"`secure: true`"}, line: 2, column: 58, endLine: 2, endColumn: 83 },
      ],
    },
    {
      code: `const opts = { secure: true };
opts.secure = false;
app.post('/login', (req, res) => { res.cookie('sid', id, opts); });`,
      output: `const opts = { secure: true };
opts.secure = true;
app.post('/login', (req, res) => { res.cookie('sid', id, opts); });`,
      errors: [
        { messageId: 'secureDisabled', data: {"kind":"Session cookie","name":"'sid'","attribute":"`secure: true`","action":"set it to true"}, line: 2, column: 1, endLine: 2, endColumn: 20 },
      ],
    },
    {
      code: "app.post('/login', (req, res) => { res.status(200).cookie('token', token).json({ ok: true }); });",
      output: "app.post('/login', (req, res) => { res.status(200).cookie('token', token, { secure: true }).json({ ok: true }); });",
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'token'","attribute":"`secure: true`"}, line: 1, column: 36, endLine: 1, endColumn: 74 },
      ],
    },
    {
      code: "app.post('/login', (req, res) => { res?.cookie('jwt', token, { httpOnly: true } as const); });",
      output: "app.post('/login', (req, res) => { res?.cookie('jwt', token, { httpOnly: true, secure: true } as const); });",
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'jwt'","attribute":"`secure: true`"}, line: 1, column: 62, endLine: 1, endColumn: 80 },
      ],
    },
    {
      code: `import type { Response } from 'express';
export class AuthController { login(@Res({ passthrough: true }) res: Response) { res.cookie('access_token', token, { secure: false as boolean }); } }`,
      output: `import type { Response } from 'express';
export class AuthController { login(@Res({ passthrough: true }) res: Response) { res.cookie('access_token', token, { secure: true }); } }`,
      errors: [
        { messageId: 'secureDisabled', data: {"kind":"Session cookie","name":"'access_token'","attribute":"`secure: true`","action":"set it to true"}, line: 2, column: 118, endLine: 2, endColumn: 142 },
      ],
    },
    {
      code: "app.post('/login', (req, res) => { res.cookie('SID', id, { SECURE: true }); });",
      output: "app.post('/login', (req, res) => { res.cookie('SID', id, { SECURE: true, secure: true }); });",
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'SID'","attribute":"`secure: true`"}, line: 1, column: 58, endLine: 1, endColumn: 74 },
      ],
    },
    {
      code: "app.post('/login', (req, res) => { res.cookie('prefs', req.sessionID); });",
      output: "app.post('/login', (req, res) => { res.cookie('prefs', req.sessionID, { secure: true }); });",
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'prefs'","attribute":"`secure: true`"}, line: 1, column: 36, endLine: 1, endColumn: 70 },
      ],
    },
    {
      code: "app.post('/login', (req, res) => { res.cookie('user', jwt.sign({ sub: user.id }, key)); });",
      output: "app.post('/login', (req, res) => { res.cookie('user', jwt.sign({ sub: user.id }, key), { secure: true }); });",
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'user'","attribute":"`secure: true`"}, line: 1, column: 36, endLine: 1, endColumn: 87 },
      ],
    },
    {
      code: "app.post('/login', (req, res) => { res.cookie('theme', 'dark'); });",
      options: [{"checkAllCookies":true}], output: "app.post('/login', (req, res) => { res.cookie('theme', 'dark', { secure: true }); });",
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Cookie","name":"'theme'","attribute":"`secure: true`"}, line: 1, column: 36, endLine: 1, endColumn: 63 },
      ],
    },
    {
      code: "app.post('/login', (req, res) => { res.cookie('app_state', id); });",
      settings: {"asvs":{"sessionCookieNames":["app_state"]}}, output: "app.post('/login', (req, res) => { res.cookie('app_state', id, { secure: true }); });",
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'app_state'","attribute":"`secure: true`"}, line: 1, column: 36, endLine: 1, endColumn: 63 },
      ],
    },
    {
      code: "app.post('/login', (req, res) => { res.cookie('sid', id, { httpOnly: true }); });",
      options: [{"autofix":false}], output: null,
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'sid'","attribute":"`secure: true`"}, line: 1, column: 58, endLine: 1, endColumn: 76, suggestions: [{ messageId: 'addSecure', data: {"kind":"Session cookie","name":"'sid'","attribute":"`secure: true`"}, output: "app.post('/login', (req, res) => { res.cookie('sid', id, { httpOnly: true, secure: true }); });" }] },
      ],
    },
    {
      code: `import session from 'express-session';
app.use(session());`,
      output: null,
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'connect.sid'","attribute":"`secure: true`"}, line: 2, column: 9, endLine: 2, endColumn: 18, suggestions: [{ messageId: 'addSecure', data: {"kind":"Session cookie","name":"'connect.sid'","attribute":"`secure: true`"}, output: `import session from 'express-session';
app.use(session({ cookie: { secure: true } }));` }, { messageId: 'addSecureAuto', data: {"kind":"Session cookie","name":"'connect.sid'","attribute":"`secure: true`"}, output: `import session from 'express-session';
app.use(session({ cookie: { secure: 'auto' } }));` }] },
      ],
    },
    {
      code: `import session from 'express-session';
app.use(session({ secret: 's' }));`,
      output: null,
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'connect.sid'","attribute":"`secure: true`"}, line: 2, column: 17, endLine: 2, endColumn: 32, suggestions: [{ messageId: 'addSecure', data: {"kind":"Session cookie","name":"'connect.sid'","attribute":"`secure: true`"}, output: `import session from 'express-session';
app.use(session({ secret: 's', cookie: { secure: true } }));` }, { messageId: 'addSecureAuto', data: {"kind":"Session cookie","name":"'connect.sid'","attribute":"`secure: true`"}, output: `import session from 'express-session';
app.use(session({ secret: 's', cookie: { secure: 'auto' } }));` }] },
      ],
    },
    {
      code: `import session from 'express-session';
app.use(session({ secret: 's', cookie: { httpOnly: true } }));`,
      output: null,
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'connect.sid'","attribute":"`secure: true`"}, line: 2, column: 40, endLine: 2, endColumn: 58, suggestions: [{ messageId: 'addSecure', data: {"kind":"Session cookie","name":"'connect.sid'","attribute":"`secure: true`"}, output: `import session from 'express-session';
app.use(session({ secret: 's', cookie: { httpOnly: true, secure: true } }));` }, { messageId: 'addSecureAuto', data: {"kind":"Session cookie","name":"'connect.sid'","attribute":"`secure: true`"}, output: `import session from 'express-session';
app.use(session({ secret: 's', cookie: { httpOnly: true, secure: 'auto' } }));` }] },
      ],
    },
    {
      code: `import session from 'express-session';
app.use(session({ secret: 's', cookie: { secure: false } }));`,
      output: null,
      errors: [
        { messageId: 'secureDisabled', data: {"kind":"Session cookie","name":"'connect.sid'","attribute":"`secure: true`","action":"set it to true"}, line: 2, column: 42, endLine: 2, endColumn: 55, suggestions: [{ messageId: 'addSecure', data: {"kind":"Session cookie","name":"'connect.sid'","attribute":"`secure: true`","action":"set it to true"}, output: `import session from 'express-session';
app.use(session({ secret: 's', cookie: { secure: true } }));` }, { messageId: 'addSecureAuto', data: {"kind":"Session cookie","name":"'connect.sid'","attribute":"`secure: true`","action":"set it to true"}, output: `import session from 'express-session';
app.use(session({ secret: 's', cookie: { secure: 'auto' } }));` }] },
      ],
    },
    {
      code: `const session = require('express-session');
const opts = { secret: 's', cookie: { secure: true } };
opts.cookie.secure = false;
app.use(session(opts));`,
      output: null,
      errors: [
        { messageId: 'secureDisabled', data: {"kind":"Session cookie","name":"'connect.sid'","attribute":"`secure: true`","action":"set it to true"}, line: 3, column: 1, endLine: 3, endColumn: 27, suggestions: [{ messageId: 'addSecure', data: {"kind":"Session cookie","name":"'connect.sid'","attribute":"`secure: true`","action":"set it to true"}, output: `const session = require('express-session');
const opts = { secret: 's', cookie: { secure: true } };
opts.cookie.secure = true;
app.use(session(opts));` }, { messageId: 'addSecureAuto', data: {"kind":"Session cookie","name":"'connect.sid'","attribute":"`secure: true`","action":"set it to true"}, output: `const session = require('express-session');
const opts = { secret: 's', cookie: { secure: true } };
opts.cookie.secure = 'auto';
app.use(session(opts));` }] },
      ],
    },
    {
      code: `import session = require('express-session');
app.use(session({ secret: 's', cookie: { maxAge: 1000 } } as session.SessionOptions));`,
      output: null,
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'connect.sid'","attribute":"`secure: true`"}, line: 2, column: 40, endLine: 2, endColumn: 56, suggestions: [{ messageId: 'addSecure', data: {"kind":"Session cookie","name":"'connect.sid'","attribute":"`secure: true`"}, output: `import session = require('express-session');
app.use(session({ secret: 's', cookie: { maxAge: 1000, secure: true } } as session.SessionOptions));` }, { messageId: 'addSecureAuto', data: {"kind":"Session cookie","name":"'connect.sid'","attribute":"`secure: true`"}, output: `import session = require('express-session');
app.use(session({ secret: 's', cookie: { maxAge: 1000, secure: 'auto' } } as session.SessionOptions));` }] },
      ],
    },
    {
      code: `import { default as expressSession } from 'express-session';
const mw = expressSession;
app.use(mw({ secret: 's', cookie: { secure: 'auto' } }));`,
      options: [{"allowAuto":false}], output: null,
      errors: [
        { messageId: 'secureOnlyOverHttps', data: {"kind":"Session cookie","name":"'connect.sid'","attribute":"`secure: true`"}, line: 3, column: 37, endLine: 3, endColumn: 51, suggestions: [{ messageId: 'addSecure', data: {"kind":"Session cookie","name":"'connect.sid'","attribute":"`secure: true`"}, output: `import { default as expressSession } from 'express-session';
const mw = expressSession;
app.use(mw({ secret: 's', cookie: { secure: true } }));` }] },
      ],
    },
    {
      code: `import session from 'express-session';
app.use(session({ secret: 's', cookie: (req) => ({ httpOnly: true }) }));`,
      output: null,
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'connect.sid'","attribute":"`secure: true`"}, line: 2, column: 50, endLine: 2, endColumn: 68, suggestions: [{ messageId: 'addSecure', data: {"kind":"Session cookie","name":"'connect.sid'","attribute":"`secure: true`"}, output: `import session from 'express-session';
app.use(session({ secret: 's', cookie: (req) => ({ httpOnly: true, secure: true }) }));` }, { messageId: 'addSecureAuto', data: {"kind":"Session cookie","name":"'connect.sid'","attribute":"`secure: true`"}, output: `import session from 'express-session';
app.use(session({ secret: 's', cookie: (req) => ({ httpOnly: true, secure: 'auto' }) }));` }] },
      ],
    },
    {
      code: `import cookieSession from 'cookie-session';
app.use(cookieSession({ keys, secure: false }));`,
      output: `import cookieSession from 'cookie-session';
app.use(cookieSession({ keys }));`,
      errors: [
        { messageId: 'secureDisabled', data: {"kind":"Session cookie","name":"'session'","attribute":"`secure: true`","action":"remove the override so the library's secure default applies"}, line: 2, column: 31, endLine: 2, endColumn: 44 },
      ],
    },
    {
      code: `import cookieSession from 'cookie-session';
app.use(cookieSession({ keys }));`,
      options: [{"allowAuto":false}], output: null,
      errors: [
        { messageId: 'secureOnlyOverHttps', data: {"kind":"Session cookie","name":"'session'","attribute":"`secure: true`"}, line: 2, column: 23, endLine: 2, endColumn: 31, suggestions: [{ messageId: 'addSecure', data: {"kind":"Session cookie","name":"'session'","attribute":"`secure: true`"}, output: `import cookieSession from 'cookie-session';
app.use(cookieSession({ keys, secure: true }));` }] },
      ],
    },
    {
      code: `import Router from '@koa/router';
router.post('/login', async (ctx) => { ctx.cookies.set('sid', id, { secure: false }); });`,
      output: `import Router from '@koa/router';
router.post('/login', async (ctx) => { ctx.cookies.set('sid', id); });`,
      errors: [
        { messageId: 'secureDisabled', data: {"kind":"Session cookie","name":"'sid'","attribute":"`secure: true`","action":"remove the override so the library's secure default applies"}, line: 2, column: 69, endLine: 2, endColumn: 82 },
      ],
    },
    {
      code: `import Koa from 'koa';
app.use(async ({ cookies }) => { cookies.set('sid', id, { secure: false, httpOnly: true }); });`,
      output: `import Koa from 'koa';
app.use(async ({ cookies }) => { cookies.set('sid', id, { httpOnly: true }); });`,
      errors: [
        { messageId: 'secureDisabled', data: {"kind":"Session cookie","name":"'sid'","attribute":"`secure: true`","action":"remove the override so the library's secure default applies"}, line: 2, column: 59, endLine: 2, endColumn: 72 },
      ],
    },
    {
      code: "router.post('/login', async (ctx) => { const { cookies } = ctx; cookies.set('token', t, { secure: 0 }); });",
      output: "router.post('/login', async (ctx) => { const { cookies } = ctx; cookies.set('token', t); });",
      errors: [
        { messageId: 'secureDisabled', data: {"kind":"Session cookie","name":"'token'","attribute":"`secure: true`","action":"remove the override so the library's secure default applies"}, line: 1, column: 91, endLine: 1, endColumn: 100 },
      ],
    },
    {
      code: `import session from 'koa-session';
app.use(session(app, { secure: false }));`,
      output: `import session from 'koa-session';
app.use(session(app));`,
      errors: [
        { messageId: 'secureDisabled', data: {"kind":"Session cookie","name":"'koa.sess'","attribute":"`secure: true`","action":"remove the override so the library's secure default applies"}, line: 2, column: 24, endLine: 2, endColumn: 37 },
      ],
    },
    {
      code: `import Cookies from 'cookies';
http.createServer((req, res) => { new Cookies(req, res).set('sid', id, { secure: false }); });`,
      output: `import Cookies from 'cookies';
http.createServer((req, res) => { new Cookies(req, res).set('sid', id); });`,
      errors: [
        { messageId: 'secureDisabled', data: {"kind":"Session cookie","name":"'sid'","attribute":"`secure: true`","action":"remove the override so the library's secure default applies"}, line: 2, column: 74, endLine: 2, endColumn: 87 },
      ],
    },
    {
      code: `import { serialize } from 'cookie';
res.setHeader('Set-Cookie', serialize('session', id));`,
      output: `import { serialize } from 'cookie';
res.setHeader('Set-Cookie', serialize('session', id, { secure: true }));`,
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'session'","attribute":"`secure: true`"}, line: 2, column: 29, endLine: 2, endColumn: 53 },
      ],
    },
    {
      code: `import * as cookie from 'cookie';
res.setHeader('Set-Cookie', cookie.serialize('session', id, { httpOnly: true, path: '/' }));`,
      output: `import * as cookie from 'cookie';
res.setHeader('Set-Cookie', cookie.serialize('session', id, { httpOnly: true, path: '/', secure: true }));`,
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'session'","attribute":"`secure: true`"}, line: 2, column: 61, endLine: 2, endColumn: 90 },
      ],
    },
    {
      code: `import { stringifySetCookie } from 'cookie';
const header = stringifySetCookie({ name: 'sid', value: id, httpOnly: true });`,
      output: `import { stringifySetCookie } from 'cookie';
const header = stringifySetCookie({ name: 'sid', value: id, httpOnly: true, secure: true });`,
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'sid'","attribute":"`secure: true`"}, line: 2, column: 35, endLine: 2, endColumn: 77 },
      ],
    },
    {
      code: `import Fastify from 'fastify';
fastify.get('/', (request, reply) => { reply.setCookie('sid', id, { httpOnly: true }); });`,
      output: `import Fastify from 'fastify';
fastify.get('/', (request, reply) => { reply.setCookie('sid', id, { httpOnly: true, secure: true }); });`,
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'sid'","attribute":"`secure: true`"}, line: 2, column: 67, endLine: 2, endColumn: 85, suggestions: [{ messageId: 'addSecureAuto', data: {"kind":"Session cookie","name":"'sid'","attribute":"`secure: true`"}, output: `import Fastify from 'fastify';
fastify.get('/', (request, reply) => { reply.setCookie('sid', id, { httpOnly: true, secure: 'auto' }); });` }] },
      ],
    },
    {
      code: `fastify.register(require('@fastify/cookie'), { parseOptions: { secure: false } });
fastify.get('/', (request, reply) => { reply.cookie('sid', id); });`,
      output: `fastify.register(require('@fastify/cookie'), { parseOptions: { secure: false } });
fastify.get('/', (request, reply) => { reply.cookie('sid', id, { secure: true }); });`,
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'sid'","attribute":"`secure: true`"}, line: 2, column: 40, endLine: 2, endColumn: 63, suggestions: [{ messageId: 'addSecureAuto', data: {"kind":"Session cookie","name":"'sid'","attribute":"`secure: true`"}, output: `fastify.register(require('@fastify/cookie'), { parseOptions: { secure: false } });
fastify.get('/', (request, reply) => { reply.cookie('sid', id, { secure: 'auto' }); });` }] },
      ],
    },
    {
      code: `import fastifySession from '@fastify/session';
fastify.register(fastifySession, { secret, cookie: { secure: false } });`,
      output: null,
      errors: [
        { messageId: 'secureDisabled', data: {"kind":"Session cookie","name":"'sessionId'","attribute":"`secure: true`","action":"remove the override so the library's secure default applies"}, line: 2, column: 54, endLine: 2, endColumn: 67, suggestions: [{ messageId: 'removeOverride', data: {"kind":"Session cookie","name":"'sessionId'","attribute":"`secure: true`","action":"remove the override so the library's secure default applies"}, output: `import fastifySession from '@fastify/session';
fastify.register(fastifySession, { secret, cookie: {} });` }, { messageId: 'addSecureAuto', data: {"kind":"Session cookie","name":"'sessionId'","attribute":"`secure: true`","action":"remove the override so the library's secure default applies"}, output: `import fastifySession from '@fastify/session';
fastify.register(fastifySession, { secret, cookie: { secure: 'auto' } });` }] },
      ],
    },
    {
      code: `import secureSession from '@fastify/secure-session';
fastify.register(secureSession, { key, cookie: { path: '/' } });`,
      output: `import secureSession from '@fastify/secure-session';
fastify.register(secureSession, { key, cookie: { path: '/', secure: true } });`,
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'session'","attribute":"`secure: true`"}, line: 2, column: 48, endLine: 2, endColumn: 61, suggestions: [{ messageId: 'addSecureAuto', data: {"kind":"Session cookie","name":"'session'","attribute":"`secure: true`"}, output: `import secureSession from '@fastify/secure-session';
fastify.register(secureSession, { key, cookie: { path: '/', secure: 'auto' } });` }] },
      ],
    },
    {
      code: "server.route({ method: 'POST', path: '/login', handler: (request, h) => { h.state('session', id, { isSecure: false }); return h.response('ok'); } });",
      output: "server.route({ method: 'POST', path: '/login', handler: (request, h) => { h.state('session', id); return h.response('ok'); } });",
      errors: [
        { messageId: 'secureDisabled', data: {"kind":"Session cookie","name":"'session'","attribute":"`isSecure: true`","action":"remove the override so the library's secure default applies"}, line: 1, column: 100, endLine: 1, endColumn: 115 },
      ],
    },
    {
      code: `import Hapi from '@hapi/hapi';
const server = Hapi.server();
server.state('sid', { isSecure: false, path: '/' });`,
      output: `import Hapi from '@hapi/hapi';
const server = Hapi.server();
server.state('sid', { path: '/' });`,
      errors: [
        { messageId: 'secureDisabled', data: {"kind":"Session cookie","name":"'sid'","attribute":"`isSecure: true`","action":"remove the override so the library's secure default applies"}, line: 3, column: 23, endLine: 3, endColumn: 38 },
      ],
    },
    {
      code: "await server.register({ plugin: require('@hapi/yar'), options: { cookieOptions: { password, isSecure: false } } });",
      output: "await server.register({ plugin: require('@hapi/yar'), options: { cookieOptions: { password } } });",
      errors: [
        { messageId: 'secureDisabled', data: {"kind":"Session cookie","name":"'session'","attribute":"`isSecure: true`","action":"remove the override so the library's secure default applies"}, line: 1, column: 93, endLine: 1, endColumn: 108 },
      ],
    },
    {
      code: "server.auth.strategy('session', 'cookie', { cookie: { name: 'sid', password, isSecure: false } });",
      output: "server.auth.strategy('session', 'cookie', { cookie: { name: 'sid', password } });",
      errors: [
        { messageId: 'secureDisabled', data: {"kind":"Session cookie","name":"'sid'","attribute":"`isSecure: true`","action":"remove the override so the library's secure default applies"}, line: 1, column: 78, endLine: 1, endColumn: 93 },
      ],
    },
    {
      code: `import { cookies } from 'next/headers';
export async function POST() { (await cookies()).set('session', id, { httpOnly: true }); }`,
      output: `import { cookies } from 'next/headers';
export async function POST() { (await cookies()).set('session', id, { httpOnly: true, secure: true }); }`,
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'session'","attribute":"`secure: true`"}, line: 2, column: 69, endLine: 2, endColumn: 87 },
      ],
    },
    {
      code: `import { cookies } from 'next/headers';
export async function POST() { const store = await cookies(); store.set({ name: 'session', value: id }); }`,
      output: `import { cookies } from 'next/headers';
export async function POST() { const store = await cookies(); store.set({ name: 'session', value: id, secure: true }); }`,
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'session'","attribute":"`secure: true`"}, line: 2, column: 73, endLine: 2, endColumn: 103 },
      ],
    },
    {
      code: `import { NextResponse } from 'next/server';
export function middleware() { const response = NextResponse.redirect(url); response.cookies.set('token', t, { secure: false }); return response; }`,
      output: `import { NextResponse } from 'next/server';
export function middleware() { const response = NextResponse.redirect(url); response.cookies.set('token', t, { secure: true }); return response; }`,
      errors: [
        { messageId: 'secureDisabled', data: {"kind":"Session cookie","name":"'token'","attribute":"`secure: true`","action":"set it to true"}, line: 2, column: 112, endLine: 2, endColumn: 125 },
      ],
    },
    {
      code: `import { setCookie, setSignedCookie } from 'hono/cookie';
app.post('/login', async (c) => { setCookie(c, 'session', id); await setSignedCookie(c, 'token', t, secret, { httpOnly: true }); });`,
      output: `import { setCookie, setSignedCookie } from 'hono/cookie';
app.post('/login', async (c) => { setCookie(c, 'session', id, { secure: true }); await setSignedCookie(c, 'token', t, secret, { httpOnly: true, secure: true }); });`,
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'session'","attribute":"`secure: true`"}, line: 2, column: 35, endLine: 2, endColumn: 62 },
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'token'","attribute":"`secure: true`"}, line: 2, column: 109, endLine: 2, endColumn: 127 },
      ],
    },
    {
      code: `import { setCookie, useSession } from 'h3';
export default eventHandler(async (event) => { setCookie(event, 'auth_token', t, { httpOnly: true }); await useSession(event, { password, cookie: { secure: false } }); });`,
      output: `import { setCookie, useSession } from 'h3';
export default eventHandler(async (event) => { setCookie(event, 'auth_token', t, { httpOnly: true, secure: true }); await useSession(event, { password, cookie: {} }); });`,
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'auth_token'","attribute":"`secure: true`"}, line: 2, column: 82, endLine: 2, endColumn: 100 },
        { messageId: 'secureDisabled', data: {"kind":"Session cookie","name":"'h3'","attribute":"`secure: true`","action":"remove the override so the library's secure default applies"}, line: 2, column: 149, endLine: 2, endColumn: 162 },
      ],
    },
    {
      code: "export default defineEventHandler((event) => { setCookie(event, 'sid', id); });",
      output: "export default defineEventHandler((event) => { setCookie(event, 'sid', id, { secure: true }); });",
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'sid'","attribute":"`secure: true`"}, line: 1, column: 48, endLine: 1, endColumn: 75 },
      ],
    },
    {
      code: `import type { Actions } from './$types';
export const actions: Actions = { login: async ({ cookies }) => { cookies.set('session', id, { path: '/', secure: false }); } };`,
      output: `import type { Actions } from './$types';
export const actions: Actions = { login: async ({ cookies }) => { cookies.set('session', id, { path: '/' }); } };`,
      errors: [
        { messageId: 'secureDisabled', data: {"kind":"Session cookie","name":"'session'","attribute":"`secure: true`","action":"remove the override so the library's secure default applies"}, line: 2, column: 107, endLine: 2, endColumn: 120 },
      ],
    },
    {
      code: "export const load = async (event) => { event.cookies.set('session', id, { path: '/', secure: false }); };",
      filename: "src/routes/+page.server.ts", output: "export const load = async (event) => { event.cookies.set('session', id, { path: '/' }); };",
      errors: [
        { messageId: 'secureDisabled', data: {"kind":"Session cookie","name":"'session'","attribute":"`secure: true`","action":"remove the override so the library's secure default applies"}, line: 1, column: 86, endLine: 1, endColumn: 99 },
      ],
    },
    {
      code: `import { createCookie, createCookieSessionStorage } from 'react-router';
export const sessionCookie = createCookie('__session', { httpOnly: true, secrets });
export const storage = createCookieSessionStorage({ cookie: sessionCookie });`,
      output: `import { createCookie, createCookieSessionStorage } from 'react-router';
export const sessionCookie = createCookie('__session', { httpOnly: true, secrets, secure: true });
export const storage = createCookieSessionStorage({ cookie: sessionCookie });`,
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'__session'","attribute":"`secure: true`"}, line: 2, column: 56, endLine: 2, endColumn: 83 },
      ],
    },
    {
      code: `import { createCookieSessionStorage } from '@remix-run/node';
export const storage = createCookieSessionStorage({ cookie: { name: 'app_session', secure: false, secrets } });`,
      output: `import { createCookieSessionStorage } from '@remix-run/node';
export const storage = createCookieSessionStorage({ cookie: { name: 'app_session', secure: true, secrets } });`,
      errors: [
        { messageId: 'secureDisabled', data: {"kind":"Session cookie","name":"'app_session'","attribute":"`secure: true`","action":"set it to true"}, line: 2, column: 84, endLine: 2, endColumn: 97 },
      ],
    },
    {
      code: `import { getIronSession } from 'iron-session';
const session = await getIronSession(cookies(), { password, cookieName: 'app', cookieOptions: { secure: false } });`,
      output: `import { getIronSession } from 'iron-session';
const session = await getIronSession(cookies(), { password, cookieName: 'app', cookieOptions: {} });`,
      errors: [
        { messageId: 'secureDisabled', data: {"kind":"Session cookie","name":"'app'","attribute":"`secure: true`","action":"remove the override so the library's secure default applies"}, line: 2, column: 97, endLine: 2, endColumn: 110 },
      ],
    },
    {
      code: "app.get('/', (req, res) => { res.setHeader('Set-Cookie', 'sid=' + id); });",
      output: "app.get('/', (req, res) => { res.setHeader('Set-Cookie', 'sid=' + id + '; Secure'); });",
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'sid'","attribute":"`Secure`"}, line: 1, column: 58, endLine: 1, endColumn: 69 },
      ],
    },
    {
      code: "app.get('/', (req, res) => { res.setHeader('Set-Cookie', `session=${id}; Path=/; HttpOnly`); });",
      output: "app.get('/', (req, res) => { res.setHeader('Set-Cookie', `session=${id}; Path=/; HttpOnly; Secure`); });",
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'session'","attribute":"`Secure`"}, line: 1, column: 58, endLine: 1, endColumn: 91 },
      ],
    },
    {
      code: "app.get('/', (req, res) => { res.append('Set-Cookie', 'token=abc; HttpOnly;'); });",
      output: "app.get('/', (req, res) => { res.append('Set-Cookie', 'token=abc; HttpOnly; Secure'); });",
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'token'","attribute":"`Secure`"}, line: 1, column: 55, endLine: 1, endColumn: 77 },
      ],
    },
    {
      code: "app.get('/', (req, res) => { res.setHeader('Set-Cookie', ['sid=a; Secure; HttpOnly', \"auth=\" + token]); });",
      output: "app.get('/', (req, res) => { res.setHeader('Set-Cookie', ['sid=a; Secure; HttpOnly', \"auth=\" + token + \"; Secure\"]); });",
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'auth'","attribute":"`Secure`"}, line: 1, column: 86, endLine: 1, endColumn: 101 },
      ],
    },
    {
      code: "export function handler(req, res) { res.writeHead(302, { Location: '/', 'Set-Cookie': `sid=${id}; HttpOnly` }); }",
      output: "export function handler(req, res) { res.writeHead(302, { Location: '/', 'Set-Cookie': `sid=${id}; HttpOnly; Secure` }); }",
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'sid'","attribute":"`Secure`"}, line: 1, column: 87, endLine: 1, endColumn: 108 },
      ],
    },
    {
      code: "export async function GET() { return new Response(null, { headers: { 'set-cookie': `session=${id}; HttpOnly; SameSite=Lax` } }); }",
      output: "export async function GET() { return new Response(null, { headers: { 'set-cookie': `session=${id}; HttpOnly; SameSite=Lax; Secure` } }); }",
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'session'","attribute":"`Secure`"}, line: 1, column: 84, endLine: 1, endColumn: 123 },
      ],
    },
    {
      code: `const header = \`sid=\${id}; HttpOnly\`;
export const handler = async () => ({ statusCode: 302, headers: { 'Set-Cookie': header } });`,
      output: `const header = \`sid=\${id}; HttpOnly; Secure\`;
export const handler = async () => ({ statusCode: 302, headers: { 'Set-Cookie': header } });`,
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'sid'","attribute":"`Secure`"}, line: 2, column: 81, endLine: 2, endColumn: 87 },
      ],
    },
    {
      code: `import { setHeader } from 'h3';
export default eventHandler((event) => { setHeader(event, 'set-cookie', \`token=\${t}\`); });`,
      output: `import { setHeader } from 'h3';
export default eventHandler((event) => { setHeader(event, 'set-cookie', \`token=\${t}; Secure\`); });`,
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'token'","attribute":"`Secure`"}, line: 2, column: 73, endLine: 2, endColumn: 85 },
      ],
    },
    {
      code: "app.get('/', (c) => { c.header('Set-Cookie', `session=${id}; HttpOnly`, { append: true }); return c.text('ok'); });",
      output: "app.get('/', (c) => { c.header('Set-Cookie', `session=${id}; HttpOnly; Secure`, { append: true }); return c.text('ok'); });",
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'session'","attribute":"`Secure`"}, line: 1, column: 46, endLine: 1, endColumn: 71 },
      ],
    },
    {
      code: "document.cookie = 'session=' + token + '; path=/';",
      output: null,
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'session'","attribute":"`Secure`"}, line: 1, column: 19, endLine: 1, endColumn: 50, suggestions: [{ messageId: 'addSecure', data: {"kind":"Session cookie","name":"'session'","attribute":"`Secure`"}, output: "document.cookie = 'session=' + token + '; path=/; Secure';" }] },
      ],
    },
    {
      code: "window.document.cookie = `auth_token=${token}; SameSite=Strict`;",
      output: null,
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'auth_token'","attribute":"`Secure`"}, line: 1, column: 26, endLine: 1, endColumn: 64, suggestions: [{ messageId: 'addSecure', data: {"kind":"Session cookie","name":"'auth_token'","attribute":"`Secure`"}, output: "window.document.cookie = `auth_token=${token}; SameSite=Strict; Secure`;" }] },
      ],
    },
    {
      code: `import Cookies from 'js-cookie';
Cookies.set('token', token, { sameSite: 'strict' });`,
      output: null,
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'token'","attribute":"`secure: true`"}, line: 2, column: 29, endLine: 2, endColumn: 51, suggestions: [{ messageId: 'addSecure', data: {"kind":"Session cookie","name":"'token'","attribute":"`secure: true`"}, output: `import Cookies from 'js-cookie';
Cookies.set('token', token, { sameSite: 'strict', secure: true });` }] },
      ],
    },
    {
      code: "app.post('/login', (req, res) => { res.cookie('sid', id, undefined); });",
      output: null,
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'sid'","attribute":"`secure: true`"}, line: 1, column: 58, endLine: 1, endColumn: 67 },
      ],
    },
    {
      code: `import Koa from 'koa';
const o = {};
foo(), o.secure = false;
app.use(async (ctx) => { ctx.cookies.set('sid', id, o); });`,
      output: null,
      errors: [
        { messageId: 'secureDisabled', data: {"kind":"Session cookie","name":"'sid'","attribute":"`secure: true`","action":"remove the override so the library's secure default applies"}, line: 3, column: 8, endLine: 3, endColumn: 24 },
      ],
    },
    {
      code: `import Koa from 'koa';
const o = { maxAge: 1 };
prepare(); o.secure = false;
app.use(async (ctx) => { ctx.cookies.set('sid', id, o); ctx.cookies.set('token', t, { secure: false },); });`,
      output: `import Koa from 'koa';
const o = { maxAge: 1 };
prepare();
app.use(async (ctx) => { ctx.cookies.set('sid', id, o); ctx.cookies.set('token', t); });`,
      errors: [
        { messageId: 'secureDisabled', data: {"kind":"Session cookie","name":"'sid'","attribute":"`secure: true`","action":"remove the override so the library's secure default applies"}, line: 3, column: 12, endLine: 3, endColumn: 28 },
        { messageId: 'secureDisabled', data: {"kind":"Session cookie","name":"'token'","attribute":"`secure: true`","action":"remove the override so the library's secure default applies"}, line: 4, column: 87, endLine: 4, endColumn: 100 },
      ],
    },
    // Browser cookie libraries: positional and object forms, constructor defaults, options in variables; universal-cookie is now understood (it was a valid case while unsupported).
    {
      code: `import Cookies from 'universal-cookie';
new Cookies().set('token', t);`,
      output: null,
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'token'","attribute":"`secure: true`"}, line: 2, column: 1, endLine: 2, endColumn: 30, suggestions: [{ messageId: 'addSecure', data: {"kind":"Session cookie","name":"'token'","attribute":"`secure: true`"}, output: `import Cookies from 'universal-cookie';
new Cookies().set('token', t, { secure: true });` }] },
      ],
    },
    {
      code: `import { Injectable } from '@angular/core';
import { CookieService } from 'ngx-cookie-service';
@Injectable()
export class AuthService {
  constructor(private cookies: CookieService) {}
  save(token: string) {
    this.cookies.set('sid', token, 7);
    this.cookies.set('sid', token, 7, '/', '', false);
  }
}`,
      output: null,
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'sid'","attribute":"`secure: true`"}, line: 7, column: 5, endLine: 7, endColumn: 38 },
        { messageId: 'secureDisabled', data: {"kind":"Session cookie","name":"'sid'","attribute":"`secure: true`","action":"set it to true"}, line: 8, column: 48, endLine: 8, endColumn: 53 },
      ],
    },
    {
      code: `import { inject } from '@angular/core';
import { CookieService } from 'ngy-cookie';
export class LoginComponent {
  private readonly cookieService = inject(CookieService);
  login(authentication: { token: string }) {
    const expires = new Date();
    this.cookieService.put('token', authentication.token, { expires });
  }
}`,
      output: null,
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'token'","attribute":"`secure: true`"}, line: 7, column: 59, endLine: 7, endColumn: 70, suggestions: [{ messageId: 'addSecure', data: {"kind":"Session cookie","name":"'token'","attribute":"`secure: true`"}, output: `import { inject } from '@angular/core';
import { CookieService } from 'ngy-cookie';
export class LoginComponent {
  private readonly cookieService = inject(CookieService);
  login(authentication: { token: string }) {
    const expires = new Date();
    this.cookieService.put('token', authentication.token, { expires, secure: true });
  }
}` }] },
      ],
    },
    {
      code: `import { setCookie } from 'cookies-next';
export default function handler(req, res) {
  setCookie('token', token, { req, res, httpOnly: true });
}`,
      output: `import { setCookie } from 'cookies-next';
export default function handler(req, res) {
  setCookie('token', token, { req, res, httpOnly: true, secure: true });
}`,
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'token'","attribute":"`secure: true`"}, line: 3, column: 29, endLine: 3, endColumn: 57 },
      ],
    },
    {
      code: `import { setCookie } from 'cookies-next/client';
setCookie('token', token);`,
      output: null,
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'token'","attribute":"`secure: true`"}, line: 2, column: 1, endLine: 2, endColumn: 26, suggestions: [{ messageId: 'addSecure', data: {"kind":"Session cookie","name":"'token'","attribute":"`secure: true`"}, output: `import { setCookie } from 'cookies-next/client';
setCookie('token', token, { secure: true });` }] },
      ],
    },
    // next-auth and better-auth: Secure follows the app's URL unless useSecureCookies or defaultCookieAttributes turn it off; a configuration-wide switch is only a suggestion.
    {
      code: `import NextAuth from 'next-auth';
export default function auth(req, res) {
  return NextAuth(req, res, { providers, useSecureCookies: false });
}`,
      output: null,
      errors: [
        { messageId: 'secureDisabled', data: {"kind":"Session cookie","name":"set by next-auth","attribute":"`secure: true`","action":"remove the override so the library's secure default applies"}, line: 3, column: 42, endLine: 3, endColumn: 65, suggestions: [{ messageId: 'removeOverride', data: {"kind":"Session cookie","name":"set by next-auth","attribute":"`secure: true`","action":"remove the override so the library's secure default applies"}, output: `import NextAuth from 'next-auth';
export default function auth(req, res) {
  return NextAuth(req, res, { providers });
}` }] },
      ],
    },
    {
      code: `import { betterAuth } from 'better-auth';
const advanced = { useSecureCookies: false };
export const auth = betterAuth({ database, advanced });`,
      output: null,
      errors: [
        { messageId: 'secureDisabled', data: {"kind":"Session cookie","name":"set by better-auth","attribute":"`secure: true`","action":"remove the override so the library's secure default applies"}, line: 2, column: 20, endLine: 2, endColumn: 43, suggestions: [{ messageId: 'removeOverride', data: {"kind":"Session cookie","name":"set by better-auth","attribute":"`secure: true`","action":"remove the override so the library's secure default applies"}, output: `import { betterAuth } from 'better-auth';
const advanced = {};
export const auth = betterAuth({ database, advanced });` }] },
      ],
    },
    {
      code: `import { betterAuth } from 'better-auth';
export const auth = betterAuth({ advanced: { defaultCookieAttributes: { secure: false, httpOnly: true } } });`,
      output: null,
      errors: [
        { messageId: 'secureDisabled', data: {"kind":"Session cookie","name":"set by better-auth","attribute":"`secure: true`","action":"remove the override so the library's secure default applies"}, line: 2, column: 73, endLine: 2, endColumn: 86, suggestions: [{ messageId: 'removeOverride', data: {"kind":"Session cookie","name":"set by better-auth","attribute":"`secure: true`","action":"remove the override so the library's secure default applies"}, output: `import { betterAuth } from 'better-auth';
export const auth = betterAuth({ advanced: { defaultCookieAttributes: { httpOnly: true } } });` }] },
      ],
    },
    // react-cookie: the setCookie that useCookies() returns, by its destructured name.
    {
      code: `import { useCookies } from 'react-cookie';
export function Login() {
  const [cookies, setCookie] = useCookies(['token']);
  const onLogin = async () => {
    const { token } = await api.login();
    setCookie('token', token, { path: '/' });
  };
  return null;
}`,
      output: null,
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'token'","attribute":"`secure: true`"}, line: 6, column: 31, endLine: 6, endColumn: 44, suggestions: [{ messageId: 'addSecure', data: {"kind":"Session cookie","name":"'token'","attribute":"`secure: true`"}, output: `import { useCookies } from 'react-cookie';
export function Login() {
  const [cookies, setCookie] = useCookies(['token']);
  const onLogin = async () => {
    const { token } = await api.login();
    setCookie('token', token, { path: '/', secure: true });
  };
  return null;
}` }] },
      ],
    },
    // Header pairs: new Headers([['Set-Cookie', …]]) and a response's headers list.
    {
      code: `export async function POST(request: Request) {
  const headers = new Headers([['Set-Cookie', \`session=\${sessionId}; Path=/\`], ['Content-Type', 'text/html']]);
  return new Response(null, { status: 302, headers });
}`,
      output: `export async function POST(request: Request) {
  const headers = new Headers([['Set-Cookie', \`session=\${sessionId}; Path=/; Secure\`], ['Content-Type', 'text/html']]);
  return new Response(null, { status: 302, headers });
}`,
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'session'","attribute":"`Secure`"}, line: 2, column: 47, endLine: 2, endColumn: 77 },
      ],
    },
    // Astro: endpoint cookies add no Secure of their own.
    {
      code: `import type { APIRoute } from 'astro';
export const POST: APIRoute = async (context) => {
  context.cookies.set('session', sessionId, { httpOnly: true, path: '/' });
  return context.redirect('/');
};`,
      output: `import type { APIRoute } from 'astro';
export const POST: APIRoute = async (context) => {
  context.cookies.set('session', sessionId, { httpOnly: true, path: '/', secure: true });
  return context.redirect('/');
};`,
      errors: [
        { messageId: 'missingSecure', data: {"kind":"Session cookie","name":"'session'","attribute":"`secure: true`"}, line: 3, column: 45, endLine: 3, endColumn: 74 },
      ],
    },
  ],
});
