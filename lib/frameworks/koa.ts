import { STANDARD_KEYS, type CookieApi } from './cookie-api.ts';

// Koa 3.2.0 `ctx.cookies` (pillarjs/cookies 0.9.1) and koa-session 7.0.2: Secure follows
// `ctx.request.secure`, and an explicit `secure: true` over plain HTTP throws
// "Cannot send secure cookie over unencrypted connection".

/** Packages whose import shows that a file is Koa code (a `ctx` is Koa's context there). */
export const KOA_MODULES = ['koa', '@koa/router', 'koa-router', 'koa-session', 'koa-body', 'koa-bodyparser', '@koa/cors', 'koa-compose', 'koa-passport'];

const KOA_DEFAULTS = { secure: 'request', httpOnly: true, sameSite: false, path: '/' } as const;

export const koaCookies: CookieApi = {
  id: 'koa.cookies.set',
  label: 'Koa ctx.cookies.set',
  side: 'server',
  session: false,
  match: { kind: 'method', receiver: 'koa-cookies', methods: ['set'] },
  config: { argument: 2 },
  name: { argument: 0 },
  value: { argument: 1 },
  attributes: [[]],
  keys: STANDARD_KEYS,
  defaults: KOA_DEFAULTS,
  sameSiteCase: 'lower',
  secureAuto: false,
  secureOnHttp: 'throws',
};

export const koaSession: CookieApi = {
  id: 'koa-session',
  label: 'koa-session',
  side: 'server',
  session: true,
  match: { kind: 'call', modules: ['koa-session'], path: [] },
  // `session(options, app)` and the older `session(app, options)`.
  config: { object: true },
  name: { config: ['key'], default: 'koa.sess' },
  attributes: [[]],
  keys: STANDARD_KEYS,
  defaults: KOA_DEFAULTS,
  sameSiteCase: 'lower',
  secureAuto: false,
  secureOnHttp: 'throws',
};

/**
 * `ctx.cookies.set` or a destructured `cookies.set` in a file that shows neither Koa nor SvelteKit.
 * Both default to Secure (or Secure over HTTPS) and HttpOnly, and only their SameSite defaults
 * differ, so only what the call itself turns off is reported.
 */
export const requestCookieJar: CookieApi = {
  ...koaCookies,
  id: 'request.cookies.set',
  label: 'ctx.cookies.set (Koa or SvelteKit)',
  match: { kind: 'method', receiver: 'cookie-jar', methods: ['set'] },
  defaults: { secure: 'request', httpOnly: true, sameSite: 'lax', path: '/' },
};
