import { STANDARD_KEYS, type CookieApi } from './cookie-api.ts';

// @fastify/cookie 11.0.2, @fastify/session 11.1.2 and @fastify/secure-session 8.3.0.

/** Packages whose import shows that a file is Fastify code (a `reply` is Fastify's there). */
export const FASTIFY_MODULES = ['fastify', 'fastify-plugin', '@fastify/cookie', 'fastify-cookie', '@fastify/session', '@fastify/secure-session', '@fastify/passport'];

export const FASTIFY_COOKIE_MODULES = ['@fastify/cookie', 'fastify-cookie'];

export const fastifyReplyCookie: CookieApi = {
  id: 'fastify.reply.setCookie',
  label: '@fastify/cookie reply.setCookie',
  side: 'server',
  session: false,
  match: { kind: 'method', receiver: 'fastify-reply', methods: ['setCookie', 'cookie'] },
  config: { argument: 2 },
  name: { argument: 0 },
  value: { argument: 1 },
  attributes: [[]],
  keys: STANDARD_KEYS,
  // SameSite=Lax by default since v10; the `parseOptions` of the plugin's registration replace these.
  defaults: { secure: false, httpOnly: false, sameSite: 'lax', path: undefined },
  registeredDefaults: { modules: FASTIFY_COOKIE_MODULES, option: 'parseOptions' },
  sameSiteCase: 'lower',
  secureAuto: true,
  secureOnHttp: 'sent',
};

/** `reply.clearCookie(name, options)`, which alone adds Path=/. */
export const fastifyClearCookie: CookieApi = {
  ...fastifyReplyCookie,
  id: 'fastify.reply.clearCookie',
  label: '@fastify/cookie reply.clearCookie',
  match: { kind: 'method', receiver: 'fastify-reply', methods: ['clearCookie'] },
  config: { argument: 1 },
  value: undefined,
  defaults: { ...fastifyReplyCookie.defaults, path: '/' },
  registeredDefaults: undefined,
  clears: true,
};

export const fastifySession: CookieApi = {
  id: '@fastify/session',
  label: '@fastify/session',
  side: 'server',
  session: true,
  // `fastify.register(fastifySession, options)`.
  match: { kind: 'plugin', host: 'fastify', modules: ['@fastify/session', 'fastify-session'] },
  name: { config: ['cookieName'], default: 'sessionId' },
  attributes: [['cookie']],
  keys: STANDARD_KEYS,
  // It passes `sameSite: null`, which cancels @fastify/cookie's Lax default.
  defaults: { secure: true, httpOnly: true, sameSite: false, path: '/' },
  sameSiteCase: 'lower',
  secureAuto: true,
  // A Secure session on a plain-HTTP request is never saved (shouldSaveSession).
  secureOnHttp: 'dropped',
};

export const fastifySecureSession: CookieApi = {
  id: '@fastify/secure-session',
  label: '@fastify/secure-session',
  side: 'server',
  session: true,
  // One options object, or an array of them for several named sessions.
  match: { kind: 'plugin', host: 'fastify', modules: ['@fastify/secure-session', 'fastify-secure-session'] },
  name: { config: ['cookieName'], default: 'session' },
  // `cookieOptions || cookie`.
  attributes: [['cookieOptions'], ['cookie']],
  keys: STANDARD_KEYS,
  defaults: { secure: false, httpOnly: true, sameSite: 'lax', path: undefined },
  sameSiteCase: 'lower',
  secureAuto: true,
  secureOnHttp: 'sent',
};
