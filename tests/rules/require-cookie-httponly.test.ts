import rule from '../../lib/rules/require-cookie-httponly.ts';
import { runRuleTests } from '../helpers/rule-tester.ts';
import { inProject } from '../helpers/project-fixtures.ts';

runRuleTests('require-cookie-httponly', rule, {
  valid: [
    // An anti-CSRF cookie that script must read, its name computed, set by the CSRF middleware.
    `import type { Context } from 'koa';
export function attachCSRFToken() {
  return async function attachCSRFTokenMiddleware(ctx: Context, next) {
    ctx.cookies.set(cookieNameFor(ctx), bundleToken(generateRawToken(16), secret), { httpOnly: false, sameSite: 'lax' });
    await next();
  };
}`,
    // A theme preference storage holds no session.
    `import { createCookieSessionStorage } from 'react-router';
export const themeStorage = createCookieSessionStorage({ cookie: { name: 'theme', httpOnly: false, secrets: [process.env.SECRET] } });`,
    "app.get('/', (req, res) => { res.cookie('sid', token, { httpOnly: true }); });",
    "app.get('/', (req, res) => { res.cookie('theme', 'dark'); res.cookie('tokenCount', '1'); });",
    "app.get('/', (req, res) => { res.cookie('sid', token, options); res.cookie('sid', token, { ...defaults }); });",
    "app.get('/', (req, res) => { res.cookie(name, value); res.cookie('sid', token, { httpOnly: isProd }); });",
    "res.cookie('sid', token); $.cookie('session', token);",
    "app.get('/', (req, res) => { res.cookie('XSRF-TOKEN', req.csrfToken(), { secure: true }); res.cookie('csrf_token', t); });",
    `import session from 'express-session';
app.use(session({ secret: 's' }));`,
    `import cookieSession from 'cookie-session';
app.use(cookieSession({ keys }));`,
    `import Koa from 'koa';
app.use(async (ctx) => { ctx.cookies.set('sid', id); });`,
    `import fastifySession from '@fastify/session';
fastify.register(fastifySession, { secret });`,
    `import cookie from '@fastify/cookie';
fastify.register(cookie, { parseOptions: { httpOnly: true } });
fastify.get('/', (request, reply) => { reply.setCookie('sid', id); });`,
    "server.state('session', { isSecure: true });",
    { code: "export const actions = { default: async ({ cookies }) => { cookies.set('session', id, { path: '/' }); } };", filename: "src/routes/login/+page.server.js" },
    `import { getIronSession } from 'iron-session';
const s = await getIronSession(req, res, { password, cookieName: 'sid' });`,
    "app.get('/', (req, res) => { res.setHeader('Set-Cookie', `token=${token}; HttpOnly; Secure`); res.setHeader('Set-Cookie', 'sid=; Max-Age=0'); });",
    "document.cookie = 'theme=dark'; document.cookie = 'sid=; expires=Thu, 01 Jan 1970 00:00:00 GMT';",
    `import Cookies from 'js-cookie';
Cookies.set('consent', 'yes');`,
    // Browser cookie libraries: Angular services (injected, typed, inject()), universal-cookie, react-cookie, cookies-next.
    `import { inject } from '@angular/core';
import { CookieService } from 'ngy-cookie';
export class NavbarComponent {
  private readonly cookieService = inject(CookieService);
  changeLanguage(langKey: string) {
    this.cookieService.put('language', langKey, { expires: new Date() });
  }
}`,
    `import { CookieService } from './cookie.service';
export class Auth {
  constructor(private cookies: CookieService) {}
  save(token: string) { this.cookies.set('sid', token); }
}`,
    `import { CookieService } from 'ngx-cookie-service';
const inject = (type: unknown) => type;
export class Auth {
  cookies = inject(CookieService);
  save(token: string) { this.cookies.set('sid', token); }
}`,
    `import { setCookie } from 'cookies-next';
setCookie('token', '');
export async function action(context) {
  setCookie('token', token, { ...context });
}`,
    // next-auth and better-auth: HttpOnly by default; an attribute left out of next-auth's cookie options depends on its version, so only an explicit false counts.
    `import NextAuth from 'next-auth';
export default NextAuth({ providers, cookies: { sessionToken: { name: 'sid', options: { path: '/' } } } });`,
    `import { betterAuth } from 'better-auth';
export const auth = betterAuth({ advanced: { defaultCookieAttributes: { httpOnly: false }, cookies: { session_token: { attributes: { httpOnly: true } } } } });`,
    // react-cookie: the setCookie that useCookies() returns, by its destructured name.
    `import { useCookies } from 'react-cookie';
export function Login() {
  const [, setAuth, removeAuth] = useCookies();
  removeAuth('token');
  setAuth('theme', 'dark');
  const setCookie = (n, v) => v;
  setCookie('token', token);
}`,
    // Cross-file: a safe helper, an async helper (a Promise, not options), a helper that does not parse, a missing
    // module, and a re-export chain past the two-hop budget give no finding.
    inProject('basic/src/routes.ts', `import { safeCookieOptions, asyncOptions } from './cookie-options.js';
import { cookieOptions } from './broken.js';
import { options } from './chain/a.js';
import { nothing } from './missing.js';
app.get('/', async (req, res) => {
  res.cookie('sid', token, safeCookieOptions());
  res.cookie('sid', token, await asyncOptions());
  res.cookie('sid', token, cookieOptions);
  res.cookie('sid', token, options);
  res.cookie('sid', token, nothing);
});`),
    // A type-only import holds no value; a global that no auto-import folder defines stays unknown.
    inProject('nuxt/server/api/logout.post.ts', `import type { sharedOptions } from '../../../basic/src/cookie-options';
export default defineEventHandler((event) => { setCookie(event, 'sid', token, sharedOptions); setCookie(event, 'sid', token, otherOptions); });`),
    // A wrapper that forces HttpOnly over the caller's options is no pass-through: the call is not its cookie call.
    inProject('basic/src/wrapped.ts', `import { setSafeCookie } from './auth-cookies.js';
app.post('/login', (req, res) => { setSafeCookie(res, 'sid', token, { httpOnly: false }); });`),
    // Header pairs: new Headers([['Set-Cookie', …]]) and a response's headers list.
    `export async function POST(request: Request) {
  return new Response(null, { status: 302, headers: [['Location', '/'], ['Set-Cookie', \`session=\${sessionId}; Path=/; HttpOnly; Secure; SameSite=Lax\`]] });
}`,
    `const pairs = [['Set-Cookie', 'session=abc']];
const tuple = ['Set-Cookie', \`session=\${sessionId}\`];`,
    // Koa is imported: the app's own type named APIContext does not make ctx.cookies Astro's (HttpOnly by default).
    `import Router from 'koa-router';
import type { APIContext } from '@server/types';
const router = new Router();
router.post('/auth/redirect', async (ctx: APIContext) => {
  ctx.cookies.set('accessToken', jwtToken, { sameSite: 'lax', expires });
});`,
    // Astro: endpoint and middleware cookies add no HttpOnly of their own.
    `import type { APIContext } from 'astro';
export function setSessionTokenCookie(context: APIContext, token: string, expiresAt: Date): void {
  context.cookies.set('session', token, { httpOnly: true, sameSite: 'lax', secure: import.meta.env.PROD, expires: expiresAt, path: '/' });
}`,
    `import { defineMiddleware } from 'astro:middleware';
export const onRequest = defineMiddleware((context, next) => {
  context.cookies.set('theme', 'dark');
  return next();
});`,
  ],
  invalid: [
    {
      // Not CSRF code: the signed token in a cookie with a computed name is the session.
      code: `import jwt from 'jsonwebtoken';
export async function loginMiddleware(ctx, next) {
  ctx.cookies.set(cookieNameFor(ctx), jwt.sign({ sub: ctx.state.user.id }, key), { httpOnly: false });
}`,
      output: `import jwt from 'jsonwebtoken';
export async function loginMiddleware(ctx, next) {
  ctx.cookies.set(cookieNameFor(ctx), jwt.sign({ sub: ctx.state.user.id }, key));
}`,
      errors: [
        { messageId: 'httpOnlyDisabled', data: { kind: 'Session cookie', name: 'set by Koa ctx.cookies.set', attribute: '`httpOnly: true`', action: "remove the override so the library's HttpOnly default applies" }, line: 3, column: 84, endLine: 3, endColumn: 99 },
      ],
    },
    {
      code: "app.get('/', (req, res) => { res.cookie('sid', token); });",
      output: "app.get('/', (req, res) => { res.cookie('sid', token, { httpOnly: true }); });",
      errors: [
        { messageId: 'missingHttpOnly', data: {"kind":"Session cookie","name":"'sid'","attribute":"`httpOnly: true`"}, line: 1, column: 30, endLine: 1, endColumn: 54 },
      ],
    },
    {
      code: "app.get('/', (req, res) => { res.cookie('session', token, { secure: true }); });",
      output: "app.get('/', (req, res) => { res.cookie('session', token, { secure: true, httpOnly: true }); });",
      errors: [
        { messageId: 'missingHttpOnly', data: {"kind":"Session cookie","name":"'session'","attribute":"`httpOnly: true`"}, line: 1, column: 59, endLine: 1, endColumn: 75 },
      ],
    },
    {
      code: "app.get('/', (req, res) => { res.cookie('session', token, {}); });",
      output: "app.get('/', (req, res) => { res.cookie('session', token, { httpOnly: true }); });",
      errors: [
        { messageId: 'missingHttpOnly', data: {"kind":"Session cookie","name":"'session'","attribute":"`httpOnly: true`"}, line: 1, column: 59, endLine: 1, endColumn: 61 },
      ],
    },
    {
      code: `app.get('/', (req, res) => {
  res.cookie('auth-token', token, {
    secure: true,
    sameSite: 'lax',
  });
});`,
      output: `app.get('/', (req, res) => {
  res.cookie('auth-token', token, {
    secure: true,
    sameSite: 'lax',
    httpOnly: true,
  });
});`,
      errors: [
        { messageId: 'missingHttpOnly', data: {"kind":"Session cookie","name":"'auth-token'","attribute":"`httpOnly: true`"}, line: 2, column: 35, endLine: 5, endColumn: 4 },
      ],
    },
    {
      code: "app.get('/', (req, res) => { res.cookie('jwt', token, { httpOnly: false, secure: true }); });",
      output: "app.get('/', (req, res) => { res.cookie('jwt', token, { httpOnly: true, secure: true }); });",
      errors: [
        { messageId: 'httpOnlyDisabled', data: {"kind":"Session cookie","name":"'jwt'","attribute":"`httpOnly: true`","action":"set `httpOnly: true`"}, line: 1, column: 57, endLine: 1, endColumn: 72 },
      ],
    },
    {
      code: "export function login(req: Request, res: Response): void { res.cookie('sid', token as string, { 'httpOnly': 0 }); }",
      output: "export function login(req: Request, res: Response): void { res.cookie('sid', token as string, { 'httpOnly': true }); }",
      errors: [
        { messageId: 'httpOnlyDisabled', data: {"kind":"Session cookie","name":"'sid'","attribute":"`httpOnly: true`","action":"set `httpOnly: true`"}, line: 1, column: 97, endLine: 1, endColumn: 110 },
      ],
    },
    {
      code: `const cookieOptions = { secure: true };
export function login(req, res) { res.cookie('refresh_token', refreshToken, cookieOptions); }`,
      output: `const cookieOptions = { secure: true, httpOnly: true };
export function login(req, res) { res.cookie('refresh_token', refreshToken, cookieOptions); }`,
      errors: [
        { messageId: 'missingHttpOnly', data: {"kind":"Session cookie","name":"'refresh_token'","attribute":"`httpOnly: true`"}, line: 2, column: 77, endLine: 2, endColumn: 90 },
      ],
    },
    {
      code: `const flag = false;
app.get('/', (req, res) => { res.cookie('sid', token, { httpOnly: flag }); });`,
      output: null,
      errors: [
        { messageId: 'httpOnlyDisabled', data: {"kind":"Session cookie","name":"'sid'","attribute":"`httpOnly: true`","action":"set `httpOnly: true`"}, line: 2, column: 57, endLine: 2, endColumn: 71, suggestions: [{ messageId: 'addHttpOnly', data: {"kind":"Session cookie","name":"'sid'","attribute":"`httpOnly: true`","action":"set `httpOnly: true`"}, output: `const flag = false;
app.get('/', (req, res) => { res.cookie('sid', token, { httpOnly: true }); });` }] },
      ],
    },
    {
      code: "app.get('/', (req, res) => { res.cookie('sid', token, { secure: true }); });",
      options: [{"autofix":false}], output: null,
      errors: [
        { messageId: 'missingHttpOnly', data: {"kind":"Session cookie","name":"'sid'","attribute":"`httpOnly: true`"}, line: 1, column: 55, endLine: 1, endColumn: 71, suggestions: [{ messageId: 'addHttpOnly', data: {"kind":"Session cookie","name":"'sid'","attribute":"`httpOnly: true`"}, output: "app.get('/', (req, res) => { res.cookie('sid', token, { secure: true, httpOnly: true }); });" }] },
      ],
    },
    {
      code: "app.get('/', (req, res) => { res.cookie(name, token); });",
      output: "app.get('/', (req, res) => { res.cookie(name, token, { httpOnly: true }); });",
      errors: [
        { messageId: 'missingHttpOnly', data: {"kind":"Session cookie","name":"set by Express res.cookie","attribute":"`httpOnly: true`"}, line: 1, column: 30, endLine: 1, endColumn: 53 },
      ],
    },
    {
      code: "app.get('/', (req, res) => { res.cookie('lang', 'en'); });",
      options: [{"checkAllCookies":true}], output: "app.get('/', (req, res) => { res.cookie('lang', 'en', { httpOnly: true }); });",
      errors: [
        { messageId: 'missingHttpOnly', data: {"kind":"Cookie","name":"'lang'","attribute":"`httpOnly: true`"}, line: 1, column: 30, endLine: 1, endColumn: 54 },
      ],
    },
    {
      code: `import session from 'express-session';
app.use(session({ secret: 's', cookie: { secure: true, httpOnly: false } }));`,
      output: `import session from 'express-session';
app.use(session({ secret: 's', cookie: { secure: true } }));`,
      errors: [
        { messageId: 'httpOnlyDisabled', data: {"kind":"Session cookie","name":"'connect.sid'","attribute":"`httpOnly: true`","action":"remove the override so the library's HttpOnly default applies"}, line: 2, column: 56, endLine: 2, endColumn: 71 },
      ],
    },
    {
      code: `import session from 'express-session';
const options = { secret: 's', cookie: { secure: true } };
options.cookie.httpOnly = false;
app.use(session(options));`,
      output: `import session from 'express-session';
const options = { secret: 's', cookie: { secure: true } };
app.use(session(options));`,
      errors: [
        { messageId: 'httpOnlyDisabled', data: {"kind":"Session cookie","name":"'connect.sid'","attribute":"`httpOnly: true`","action":"remove the override so the library's HttpOnly default applies"}, line: 3, column: 1, endLine: 3, endColumn: 32 },
      ],
    },
    {
      code: `import cookieSession from 'cookie-session';
app.use(cookieSession({ keys, httpOnly: false }));`,
      output: `import cookieSession from 'cookie-session';
app.use(cookieSession({ keys }));`,
      errors: [
        { messageId: 'httpOnlyDisabled', data: {"kind":"Session cookie","name":"'session'","attribute":"`httpOnly: true`","action":"remove the override so the library's HttpOnly default applies"}, line: 2, column: 31, endLine: 2, endColumn: 46 },
      ],
    },
    {
      code: `import Koa from 'koa';
app.use(async (ctx) => { ctx.cookies.set('sid', id, { httpOnly: false }); });`,
      output: `import Koa from 'koa';
app.use(async (ctx) => { ctx.cookies.set('sid', id); });`,
      errors: [
        { messageId: 'httpOnlyDisabled', data: {"kind":"Session cookie","name":"'sid'","attribute":"`httpOnly: true`","action":"remove the override so the library's HttpOnly default applies"}, line: 2, column: 55, endLine: 2, endColumn: 70 },
      ],
    },
    {
      code: `import session from 'koa-session';
app.use(session({ httpOnly: false, sameSite: 'lax' }, app));`,
      output: `import session from 'koa-session';
app.use(session({ sameSite: 'lax' }, app));`,
      errors: [
        { messageId: 'httpOnlyDisabled', data: {"kind":"Session cookie","name":"'koa.sess'","attribute":"`httpOnly: true`","action":"remove the override so the library's HttpOnly default applies"}, line: 2, column: 19, endLine: 2, endColumn: 34 },
      ],
    },
    {
      code: `import { serialize } from 'cookie';
export default function handler(req, res) { res.setHeader('Set-Cookie', serialize('token', token, { secure: true, path: '/' })); }`,
      output: `import { serialize } from 'cookie';
export default function handler(req, res) { res.setHeader('Set-Cookie', serialize('token', token, { secure: true, path: '/', httpOnly: true })); }`,
      errors: [
        { messageId: 'missingHttpOnly', data: {"kind":"Session cookie","name":"'token'","attribute":"`httpOnly: true`"}, line: 2, column: 99, endLine: 2, endColumn: 126 },
      ],
    },
    {
      code: `import Fastify from 'fastify';
fastify.post('/login', async (request, reply) => { reply.setCookie('session', id, { secure: true }).send(); });`,
      output: `import Fastify from 'fastify';
fastify.post('/login', async (request, reply) => { reply.setCookie('session', id, { secure: true, httpOnly: true }).send(); });`,
      errors: [
        { messageId: 'missingHttpOnly', data: {"kind":"Session cookie","name":"'session'","attribute":"`httpOnly: true`"}, line: 2, column: 83, endLine: 2, endColumn: 99 },
      ],
    },
    {
      code: `import fastifySession from '@fastify/session';
fastify.register(fastifySession, { secret, cookie: { httpOnly: false } });`,
      output: `import fastifySession from '@fastify/session';
fastify.register(fastifySession, { secret, cookie: {} });`,
      errors: [
        { messageId: 'httpOnlyDisabled', data: {"kind":"Session cookie","name":"'sessionId'","attribute":"`httpOnly: true`","action":"remove the override so the library's HttpOnly default applies"}, line: 2, column: 54, endLine: 2, endColumn: 69 },
      ],
    },
    {
      code: `server.state('session', { isHttpOnly: false });
const handler = (request, h) => h.state('token', t, { isHttpOnly: false, isSecure: true });`,
      filename: "server.ts", output: `server.state('session', { isHttpOnly: false });
const handler = (request, h) => h.state('token', t, { isSecure: true });`,
      errors: [
        { messageId: 'httpOnlyDisabled', data: {"kind":"Session cookie","name":"'token'","attribute":"`isHttpOnly: true`","action":"remove the override so the library's HttpOnly default applies"}, line: 2, column: 55, endLine: 2, endColumn: 72 },
      ],
    },
    {
      code: `import { cookies } from 'next/headers';
export async function login() { 'use server'; (await cookies()).set('session', id, { secure: true, sameSite: 'lax' }); }`,
      output: `import { cookies } from 'next/headers';
export async function login() { 'use server'; (await cookies()).set('session', id, { secure: true, sameSite: 'lax', httpOnly: true }); }`,
      errors: [
        { messageId: 'missingHttpOnly', data: {"kind":"Session cookie","name":"'session'","attribute":"`httpOnly: true`"}, line: 2, column: 84, endLine: 2, endColumn: 117 },
      ],
    },
    {
      code: `import { NextResponse } from 'next/server';
export async function POST() { const res = NextResponse.json({ ok: true }); res.cookies.set({ name: 'token', value: t, secure: true }); return res; }`,
      output: `import { NextResponse } from 'next/server';
export async function POST() { const res = NextResponse.json({ ok: true }); res.cookies.set({ name: 'token', value: t, secure: true, httpOnly: true }); return res; }`,
      errors: [
        { messageId: 'missingHttpOnly', data: {"kind":"Session cookie","name":"'token'","attribute":"`httpOnly: true`"}, line: 2, column: 93, endLine: 2, endColumn: 134 },
      ],
    },
    {
      code: `import { setCookie } from 'hono/cookie';
app.post('/login', (c) => { setCookie(c, 'session', id, { secure: true }); return c.text('ok'); });`,
      output: `import { setCookie } from 'hono/cookie';
app.post('/login', (c) => { setCookie(c, 'session', id, { secure: true, httpOnly: true }); return c.text('ok'); });`,
      errors: [
        { messageId: 'missingHttpOnly', data: {"kind":"Session cookie","name":"'session'","attribute":"`httpOnly: true`"}, line: 2, column: 57, endLine: 2, endColumn: 73 },
      ],
    },
    {
      code: `import { setCookie } from 'h3';
export default eventHandler((event) => { setCookie(event, 'session', id, { secure: true }); });`,
      output: `import { setCookie } from 'h3';
export default eventHandler((event) => { setCookie(event, 'session', id, { secure: true, httpOnly: true }); });`,
      errors: [
        { messageId: 'missingHttpOnly', data: {"kind":"Session cookie","name":"'session'","attribute":"`httpOnly: true`"}, line: 2, column: 74, endLine: 2, endColumn: 90 },
      ],
    },
    {
      code: "export const actions = { default: async ({ cookies }) => { cookies.set('session', id, { path: '/', httpOnly: false }); } };",
      filename: "src/routes/login/+page.server.js", output: "export const actions = { default: async ({ cookies }) => { cookies.set('session', id, { path: '/' }); } };",
      errors: [
        { messageId: 'httpOnlyDisabled', data: {"kind":"Session cookie","name":"'session'","attribute":"`httpOnly: true`","action":"remove the override so the library's HttpOnly default applies"}, line: 1, column: 100, endLine: 1, endColumn: 115 },
      ],
    },
    {
      code: `import { createCookie } from '@remix-run/node';
export const userSession = createCookie('user_session', { secure: true });`,
      output: `import { createCookie } from '@remix-run/node';
export const userSession = createCookie('user_session', { secure: true, httpOnly: true });`,
      errors: [
        { messageId: 'missingHttpOnly', data: {"kind":"Session cookie","name":"'user_session'","attribute":"`httpOnly: true`"}, line: 2, column: 57, endLine: 2, endColumn: 73 },
      ],
    },
    {
      code: `import { getIronSession } from 'iron-session';
export const getSession = () => getIronSession(cookies(), { password, cookieName: 'sid', cookieOptions: { httpOnly: false } });`,
      output: `import { getIronSession } from 'iron-session';
export const getSession = () => getIronSession(cookies(), { password, cookieName: 'sid', cookieOptions: {} });`,
      errors: [
        { messageId: 'httpOnlyDisabled', data: {"kind":"Session cookie","name":"'sid'","attribute":"`httpOnly: true`","action":"remove the override so the library's HttpOnly default applies"}, line: 2, column: 107, endLine: 2, endColumn: 122 },
      ],
    },
    {
      code: "app.get('/', (req, res) => { res.setHeader('Set-Cookie', `token=${token}; Path=/; Secure`); });",
      output: "app.get('/', (req, res) => { res.setHeader('Set-Cookie', `token=${token}; Path=/; Secure; HttpOnly`); });",
      errors: [
        { messageId: 'missingHttpOnly', data: {"kind":"Session cookie","name":"'token'","attribute":"`HttpOnly`"}, line: 1, column: 58, endLine: 1, endColumn: 90 },
      ],
    },
    {
      code: "app.get('/', (req, res) => { res.set('Set-Cookie', ['theme=dark', 'sid=' + req.sessionID + '; Secure']); });",
      output: "app.get('/', (req, res) => { res.set('Set-Cookie', ['theme=dark', 'sid=' + req.sessionID + '; Secure; HttpOnly']); });",
      errors: [
        { messageId: 'missingHttpOnly', data: {"kind":"Session cookie","name":"'sid'","attribute":"`HttpOnly`"}, line: 1, column: 67, endLine: 1, endColumn: 102 },
      ],
    },
    {
      code: "document.cookie = `session=${token}; Secure; SameSite=Lax`;",
      output: null,
      errors: [
        { messageId: 'writtenByScript', data: {"kind":"Session cookie","name":"'session'","attribute":"`HttpOnly`"}, line: 1, column: 19, endLine: 1, endColumn: 59 },
      ],
    },
    {
      code: `import Cookies from 'js-cookie';
Cookies.set('access_token', accessToken, { secure: true });`,
      output: null,
      errors: [
        { messageId: 'writtenByScript', data: {"kind":"Session cookie","name":"'access_token'","attribute":"`httpOnly: true`"}, line: 2, column: 1, endLine: 2, endColumn: 59 },
      ],
    },
    {
      code: `import { serialize } from 'cookie';
document.cookie = serialize('jwt', token, { secure: true });`,
      output: null,
      errors: [
        { messageId: 'writtenByScript', data: {"kind":"Session cookie","name":"'jwt'","attribute":"`httpOnly: true`"}, line: 2, column: 19, endLine: 2, endColumn: 60 },
      ],
    },
    {
      code: `import { cookies } from 'next/headers';
export default function Page() {
  async function login(form: FormData) {
    'use server';
    (await cookies()).set('session', await createSession(form), { secure: true, sameSite: 'lax' });
  }
  return <form action={login}><button>Sign in</button></form>;
}`,
      filename: "app/login/page.tsx", output: `import { cookies } from 'next/headers';
export default function Page() {
  async function login(form: FormData) {
    'use server';
    (await cookies()).set('session', await createSession(form), { secure: true, sameSite: 'lax', httpOnly: true });
  }
  return <form action={login}><button>Sign in</button></form>;
}`,
      errors: [
        { messageId: 'missingHttpOnly', data: {"kind":"Session cookie","name":"'session'","attribute":"`httpOnly: true`"}, line: 5, column: 65, endLine: 5, endColumn: 98 },
      ],
    },
    {
      code: `export function RememberMe({ token }) {
  return <button onClick={() => { document.cookie = \`auth=\${token}; Secure; SameSite=Strict\`; }}>Remember me</button>;
}`,
      filename: "remember.jsx", output: null,
      errors: [
        { messageId: 'writtenByScript', data: {"kind":"Session cookie","name":"'auth'","attribute":"`HttpOnly`"}, line: 2, column: 53, endLine: 2, endColumn: 93 },
      ],
    },
    // Browser cookie libraries: Angular services (injected, typed, inject()), universal-cookie, react-cookie, cookies-next.
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
        { messageId: 'writtenByScript', data: {"kind":"Session cookie","name":"'token'","attribute":"`httpOnly: true`"}, line: 7, column: 5, endLine: 7, endColumn: 71 },
      ],
    },
    {
      code: `import { Injectable } from '@angular/core';
import { CookieService } from 'ngx-cookie-service';
@Injectable({ providedIn: 'root' })
export class AuthService {
  constructor(private readonly cookies: CookieService) {}
  save(token: string) {
    this.cookies.set('sid', token, 7, '/', undefined, true, 'Strict');
  }
}`,
      output: null,
      errors: [
        { messageId: 'writtenByScript', data: {"kind":"Session cookie","name":"'sid'","attribute":"`httpOnly: true`"}, line: 7, column: 5, endLine: 7, endColumn: 70 },
      ],
    },
    {
      code: `import type { CookieService } from 'ngx-cookie-service';
export function remember(cookies: CookieService, auth: { accessToken: string }) {
  cookies.set('access_token', auth.accessToken, { secure: true });
}`,
      output: null,
      errors: [
        { messageId: 'writtenByScript', data: {"kind":"Session cookie","name":"'access_token'","attribute":"`httpOnly: true`"}, line: 3, column: 3, endLine: 3, endColumn: 66 },
      ],
    },
    {
      code: `import Cookies from 'universal-cookie';
const cookies = new Cookies(null, { path: '/' });
cookies.set('session', sessionId, { secure: true, sameSite: 'strict' });`,
      output: null,
      errors: [
        { messageId: 'writtenByScript', data: {"kind":"Session cookie","name":"'session'","attribute":"`httpOnly: true`"}, line: 3, column: 1, endLine: 3, endColumn: 72 },
      ],
    },
    {
      code: `import { Cookies } from 'react-cookie';
new Cookies().set('jwt', token);`,
      output: null,
      errors: [
        { messageId: 'writtenByScript', data: {"kind":"Session cookie","name":"'jwt'","attribute":"`httpOnly: true`"}, line: 2, column: 1, endLine: 2, endColumn: 32 },
      ],
    },
    {
      code: `import { setCookie } from 'cookies-next/client';
setCookie('token', token);`,
      output: null,
      errors: [
        { messageId: 'writtenByScript', data: {"kind":"Session cookie","name":"'token'","attribute":"`httpOnly: true`"}, line: 2, column: 1, endLine: 2, endColumn: 26 },
      ],
    },
    {
      code: `import { setCookie } from 'cookies-next';
export default function handler(req, res) {
  setCookie('token', token, { req, res, secure: true });
}`,
      output: `import { setCookie } from 'cookies-next';
export default function handler(req, res) {
  setCookie('token', token, { req, res, secure: true, httpOnly: true });
}`,
      errors: [
        { messageId: 'missingHttpOnly', data: {"kind":"Session cookie","name":"'token'","attribute":"`httpOnly: true`"}, line: 3, column: 29, endLine: 3, endColumn: 55 },
      ],
    },
    {
      code: `import { setCookie } from 'cookies-next';
export default function handler(req, res) {
  const options = { req, res, maxAge: 3600 };
  setCookie('session', id, options);
}`,
      output: `import { setCookie } from 'cookies-next';
export default function handler(req, res) {
  const options = { req, res, maxAge: 3600, httpOnly: true };
  setCookie('session', id, options);
}`,
      errors: [
        { messageId: 'missingHttpOnly', data: {"kind":"Session cookie","name":"'session'","attribute":"`httpOnly: true`"}, line: 4, column: 28, endLine: 4, endColumn: 35 },
      ],
    },
    // next-auth and better-auth: HttpOnly by default; an attribute left out of next-auth's cookie options depends on its version, so only an explicit false counts.
    {
      code: `import NextAuth from 'next-auth';
export default NextAuth({ providers, cookies: { sessionToken: { name: 'sid', options: { httpOnly: false, sameSite: 'lax', path: '/', secure: true } } } });`,
      output: `import NextAuth from 'next-auth';
export default NextAuth({ providers, cookies: { sessionToken: { name: 'sid', options: { httpOnly: true, sameSite: 'lax', path: '/', secure: true } } } });`,
      errors: [
        { messageId: 'httpOnlyDisabled', data: {"kind":"Session cookie","name":"'sid'","attribute":"`httpOnly: true`","action":"set `httpOnly: true`"}, line: 2, column: 89, endLine: 2, endColumn: 104 },
      ],
    },
    {
      code: `import { betterAuth } from 'better-auth';
export const auth = betterAuth({ advanced: { defaultCookieAttributes: { httpOnly: false } } });`,
      output: null,
      errors: [
        { messageId: 'httpOnlyDisabled', data: {"kind":"Session cookie","name":"set by better-auth","attribute":"`httpOnly: true`","action":"remove the override so the library's HttpOnly default applies"}, line: 2, column: 73, endLine: 2, endColumn: 88, suggestions: [{ messageId: 'removeOverride', data: {"kind":"Session cookie","name":"set by better-auth","attribute":"`httpOnly: true`","action":"remove the override so the library's HttpOnly default applies"}, output: `import { betterAuth } from 'better-auth';
export const auth = betterAuth({ advanced: { defaultCookieAttributes: {} } });` }] },
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
        { messageId: 'writtenByScript', data: {"kind":"Session cookie","name":"'token'","attribute":"`httpOnly: true`"}, line: 6, column: 5, endLine: 6, endColumn: 45 },
      ],
    },
    {
      // A helper in another module returns the options: reported at the call, with no fix (the helper is not in this file).
      ...inProject('basic/src/login.ts', `import { cookieOptions, sharedOptions } from './cookie-options.js';
app.post('/login', (req, res) => {
  res.cookie('sid', token, cookieOptions());
  res.cookie('sid', token, { ...sharedOptions, secure: true });
});`),
      output: null,
      errors: [
        { messageId: 'httpOnlyDisabled', data: { kind: 'Session cookie', name: "'sid'", attribute: '`httpOnly: true`', action: 'set `httpOnly: true`' }, line: 3, column: 28, endLine: 3, endColumn: 43 },
        { messageId: 'httpOnlyDisabled', data: { kind: 'Session cookie', name: "'sid'", attribute: '`httpOnly: true`', action: 'set `httpOnly: true`' }, line: 4, column: 33, endLine: 4, endColumn: 46 },
      ],
    },
    {
      // A namespace member, a default-exported object's method, tsconfig paths through extends, package.json #imports,
      // a renaming re-export, and CommonJS module.exports through require().
      ...inProject('basic/src/admin.ts', `import * as helpers from '@/cookie-options';
import defaults from './cookie-options';
import { SESSION_COOKIE } from '#config/cookie';
import { renamedOptions } from './reexports.js';
const legacy = require('./legacy.cjs');
app.post('/login', (req, res) => {
  res.cookie('a', token, helpers.cookieOptions());
  res.cookie('b', token, defaults.cookieOptions());
  res.cookie('c', token, SESSION_COOKIE);
  res.cookie('d', token, renamedOptions);
  res.cookie('e', token, legacy.cookieOptions);
});`),
      output: null,
      errors: [
        { messageId: 'httpOnlyDisabled', data: { kind: 'Session cookie', name: "'e'", attribute: '`httpOnly: true`', action: 'set `httpOnly: true`' }, line: 5, column: 16, endLine: 5, endColumn: 39 },
        { messageId: 'httpOnlyDisabled', data: { kind: 'Session cookie', name: "'a'", attribute: '`httpOnly: true`', action: 'set `httpOnly: true`' }, line: 7, column: 26, endLine: 7, endColumn: 49 },
        { messageId: 'httpOnlyDisabled', data: { kind: 'Session cookie', name: "'b'", attribute: '`httpOnly: true`', action: 'set `httpOnly: true`' }, line: 8, column: 26, endLine: 8, endColumn: 50 },
        { messageId: 'httpOnlyDisabled', data: { kind: 'Session cookie', name: "'c'", attribute: '`httpOnly: true`', action: 'set `httpOnly: true`' }, line: 9, column: 26, endLine: 9, endColumn: 40 },
        { messageId: 'httpOnlyDisabled', data: { kind: 'Session cookie', name: "'d'", attribute: '`httpOnly: true`', action: 'set `httpOnly: true`' }, line: 10, column: 26, endLine: 10, endColumn: 40 },
      ],
    },
    {
      // A workspace package read from its source, a Nuxt server/utils auto-import, SvelteKit's $lib.
      ...inProject('workspace/packages/api/src/server.ts', `import { cookieDefaults } from '@acme/shared';
app.post('/login', (req, res) => { res.cookie('sid', token, cookieDefaults); });`),
      output: null,
      errors: [
        { messageId: 'httpOnlyDisabled', data: { kind: 'Session cookie', name: "'sid'", attribute: '`httpOnly: true`', action: 'set `httpOnly: true`' }, line: 2, column: 61, endLine: 2, endColumn: 75 },
      ],
    },
    {
      ...inProject('nuxt/server/api/login.post.ts', `export default defineEventHandler((event) => { setCookie(event, 'sid', token, sessionCookieOptions); });`),
      output: null,
      errors: [
        { messageId: 'httpOnlyDisabled', data: { kind: 'Session cookie', name: "'sid'", attribute: '`httpOnly: true`', action: 'set `httpOnly: true`' }, line: 1, column: 79, endLine: 1, endColumn: 99 },
      ],
    },
    {
      ...inProject('sveltekit/src/routes/login/+page.server.ts', `import { cookieOptions } from '$lib/cookies';
export const actions = { default: async ({ cookies }) => { cookies.set('sid', token, cookieOptions); } };`),
      output: null,
      errors: [
        { messageId: 'httpOnlyDisabled', data: { kind: 'Session cookie', name: "'sid'", attribute: '`httpOnly: true`', action: 'set `httpOnly: true`' }, line: 2, column: 86, endLine: 2, endColumn: 99 },
      ],
    },
    {
      // A helper in the same file: reported at the call, not in the helper that other calls may share.
      code: `function cookieOptions() { return { httpOnly: false }; }
app.post('/login', (req, res) => { res.cookie('sid', token, cookieOptions()); });`,
      output: null,
      errors: [
        { messageId: 'httpOnlyDisabled', data: { kind: 'Session cookie', name: "'sid'", attribute: '`httpOnly: true`', action: 'set `httpOnly: true`' }, line: 2, column: 61, endLine: 2, endColumn: 76 },
      ],
    },
    {
      // The app's own cookie wrapper in another module passes the options through: the call is the cookie call, and
      // the fix edits the caller's options (or adds them as the argument the wrapper forwards).
      ...inProject('basic/src/wrapped.ts', `import { setAuthCookie } from './auth-cookies.js';
app.post('/login', (req, res) => { setAuthCookie(res, token, { httpOnly: false }); setAuthCookie(res, token); });`),
      output: `import { setAuthCookie } from './auth-cookies.js';
app.post('/login', (req, res) => { setAuthCookie(res, token, { httpOnly: true }); setAuthCookie(res, token, { httpOnly: true }); });`,
      errors: [
        { messageId: 'httpOnlyDisabled', data: { kind: 'Session cookie', name: 'set by Express res.cookie', attribute: '`httpOnly: true`', action: 'set `httpOnly: true`' }, line: 2, column: 64, endLine: 2, endColumn: 79 },
        { messageId: 'missingHttpOnly', data: { kind: 'Session cookie', name: 'set by Express res.cookie', attribute: '`httpOnly: true`' }, line: 2, column: 84, endLine: 2, endColumn: 109 },
      ],
    },
    {
      // A local wrapper that forwards name, value and options.
      code: `function setCookie(res, name, value, options) { res.cookie(name, value, options); }
app.post('/login', (req, res) => { setCookie(res, 'sid', token, { secure: true }); });`,
      output: `function setCookie(res, name, value, options) { res.cookie(name, value, options); }
app.post('/login', (req, res) => { setCookie(res, 'sid', token, { secure: true, httpOnly: true }); });`,
      errors: [
        { messageId: 'missingHttpOnly', data: { kind: 'Session cookie', name: "'sid'", attribute: '`httpOnly: true`' }, line: 2, column: 65, endLine: 2, endColumn: 81 },
      ],
    },
    // Header pairs: new Headers([['Set-Cookie', …]]) and a response's headers list.
    {
      code: `export async function POST(request: Request) {
  const headers = new Headers([['Set-Cookie', \`session=\${sessionId}; Path=/\`], ['Content-Type', 'text/html']]);
  return new Response(null, { status: 302, headers });
}`,
      output: `export async function POST(request: Request) {
  const headers = new Headers([['Set-Cookie', \`session=\${sessionId}; Path=/; HttpOnly\`], ['Content-Type', 'text/html']]);
  return new Response(null, { status: 302, headers });
}`,
      errors: [
        { messageId: 'missingHttpOnly', data: {"kind":"Session cookie","name":"'session'","attribute":"`HttpOnly`"}, line: 2, column: 47, endLine: 2, endColumn: 77 },
      ],
    },
    // Astro: endpoint and middleware cookies add no HttpOnly of their own.
    {
      code: `import type { APIRoute } from 'astro';
export const POST: APIRoute = async ({ cookies, redirect }) => {
  cookies.set('session', sessionId, { path: '/', secure: true, sameSite: 'lax' });
  return redirect('/');
};`,
      output: `import type { APIRoute } from 'astro';
export const POST: APIRoute = async ({ cookies, redirect }) => {
  cookies.set('session', sessionId, { path: '/', secure: true, sameSite: 'lax', httpOnly: true });
  return redirect('/');
};`,
      errors: [
        { messageId: 'missingHttpOnly', data: {"kind":"Session cookie","name":"'session'","attribute":"`httpOnly: true`"}, line: 3, column: 37, endLine: 3, endColumn: 81 },
      ],
    },
    {
      // The cookie's name from an enum in another module.
      ...inProject('basic/src/enum-name.ts', `import { CookieName } from './cookie-options.js';
app.post('/login', (req, res) => { res.cookie(CookieName.Session, token, { httpOnly: false }); });`),
      output: `import { CookieName } from './cookie-options.js';
app.post('/login', (req, res) => { res.cookie(CookieName.Session, token, { httpOnly: true }); });`,
      errors: [
        { messageId: 'httpOnlyDisabled', data: { kind: 'Session cookie', name: "'sid'", attribute: '`httpOnly: true`', action: 'set `httpOnly: true`' }, line: 2, column: 76, endLine: 2, endColumn: 91 },
      ],
    },
  ],
});
