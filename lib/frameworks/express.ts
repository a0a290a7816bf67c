import { STANDARD_KEYS, type CookieApi } from './cookie-api.ts';

// Express 5.2.1 `res.cookie`, express-session 1.19.0, cookie-session 2.1.1, cookies 0.9.1 and
// cookie 2.0.1 (research/asvs.md §5.1, read in their sources).

export const expressResponseCookie: CookieApi = {
  id: 'express.res.cookie',
  label: 'Express res.cookie',
  side: 'server',
  session: false,
  match: { kind: 'method', receiver: 'express-response', methods: ['cookie'] },
  config: { argument: 2 },
  name: { argument: 0 },
  value: { argument: 1 },
  attributes: [[]],
  keys: STANDARD_KEYS,
  // Express only adds Path=/; every other attribute is sent only when asked for.
  defaults: { secure: false, httpOnly: false, sameSite: false, path: '/' },
  sameSiteCase: 'lower',
  // Any truthy `secure`, even 'auto', is written as Secure.
  secureAuto: false,
  secureOnHttp: 'sent',
};

/** `res.clearCookie(name, options)`: a `__Host-` cookie cleared without Secure stays in the browser. */
export const expressClearCookie: CookieApi = {
  ...expressResponseCookie,
  id: 'express.res.clearCookie',
  label: 'Express res.clearCookie',
  match: { kind: 'method', receiver: 'express-response', methods: ['clearCookie'] },
  config: { argument: 1 },
  value: undefined,
  clears: true,
};

export const expressSession: CookieApi = {
  id: 'express-session',
  label: 'express-session',
  side: 'server',
  session: true,
  match: { kind: 'call', modules: ['express-session'], path: [] },
  config: { argument: 0 },
  name: { config: ['name'], default: 'connect.sid' },
  attributes: [['cookie']],
  keys: STANDARD_KEYS,
  defaults: { secure: false, httpOnly: true, sameSite: false, path: '/' },
  sameSiteCase: 'lower',
  secureAuto: true,
  // With `secure: true` on a plain-HTTP request (or behind a proxy without `trust proxy`) it sets no cookie.
  secureOnHttp: 'dropped',
};

/** pillarjs/cookies, which Koa and cookie-session use: Secure follows the request, and HTTP + Secure throws. */
const COOKIES_DEFAULTS = { secure: 'request', httpOnly: true, sameSite: false, path: '/' } as const;

export const cookieSession: CookieApi = {
  id: 'cookie-session',
  label: 'cookie-session',
  side: 'server',
  session: true,
  match: { kind: 'call', modules: ['cookie-session'], path: [] },
  config: { argument: 0 },
  name: { config: ['name'], default: 'session' },
  attributes: [[]],
  keys: STANDARD_KEYS,
  defaults: COOKIES_DEFAULTS,
  sameSiteCase: 'lower',
  secureAuto: false,
  secureOnHttp: 'throws',
};

export const cookiesInstance: CookieApi = {
  id: 'cookies.Cookies.set',
  label: 'cookies (new Cookies(req, res).set)',
  side: 'server',
  session: false,
  match: { kind: 'method', receiver: 'cookies-instance', methods: ['set'] },
  config: { argument: 2 },
  name: { argument: 0 },
  value: { argument: 1 },
  attributes: [[]],
  keys: STANDARD_KEYS,
  defaults: COOKIES_DEFAULTS,
  sameSiteCase: 'lower',
  secureAuto: false,
  secureOnHttp: 'throws',
};

const serializeShape = {
  side: 'server',
  session: false,
  config: { argument: 2 },
  name: { argument: 0 },
  value: { argument: 1 },
  attributes: [[]],
  keys: STANDARD_KEYS,
  // Not even Path: the browser scopes such a cookie to the request's directory.
  defaults: { secure: false, httpOnly: false, sameSite: false, path: undefined },
  sameSiteCase: 'lower',
  secureAuto: false,
  secureOnHttp: 'sent',
} as const;

export const cookieSerialize: CookieApi = {
  ...serializeShape,
  id: 'cookie.serialize',
  label: 'cookie serialize',
  match: { kind: 'call', modules: ['cookie'], path: ['serialize'] },
};

/** cookie 1.1+: `stringifySetCookie(name, value, options)` and `stringifySetCookie({ name, value, ...attributes })`. */
export const cookieStringifySetCookie: CookieApi = {
  ...serializeShape,
  id: 'cookie.stringifySetCookie',
  label: 'cookie stringifySetCookie',
  match: { kind: 'call', modules: ['cookie'], path: ['stringifySetCookie'] },
  objectForm: true,
};
