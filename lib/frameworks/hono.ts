import { STANDARD_KEYS, type CookieApi } from './cookie-api.ts';

// Hono 4.13.3 `hono/cookie`: only Path=/ is added. `prefix: 'secure'` names the cookie `__Secure-…`
// and forces Secure; `prefix: 'host'` names it `__Host-…` and forces Secure, Path=/ and no Domain.

const honoCookie = {
  side: 'server',
  session: false,
  name: { argument: 1 },
  value: { argument: 2 },
  attributes: [[]],
  keys: STANDARD_KEYS,
  defaults: { secure: false, httpOnly: false, sameSite: false, path: '/' },
  sameSiteCase: 'lower',
  secureAuto: false,
  secureOnHttp: 'sent',
  prefixOption: 'prefix',
} as const;

export const honoSetCookie: CookieApi = {
  ...honoCookie,
  id: 'hono.setCookie',
  label: 'Hono setCookie',
  match: { kind: 'call', modules: ['hono/cookie'], path: ['setCookie'] },
  config: { argument: 3 },
};

export const honoSetSignedCookie: CookieApi = {
  ...honoCookie,
  id: 'hono.setSignedCookie',
  label: 'Hono setSignedCookie',
  match: { kind: 'call', modules: ['hono/cookie'], path: ['setSignedCookie'] },
  config: { argument: 4 },
};

/** `deleteCookie(c, name, options)`: `setCookie(c, name, '', { ...options, maxAge: 0 })`, so only the prefix rules apply. */
export const honoDeleteCookie: CookieApi = {
  ...honoCookie,
  id: 'hono.deleteCookie',
  label: 'Hono deleteCookie',
  match: { kind: 'call', modules: ['hono/cookie'], path: ['deleteCookie'] },
  config: { argument: 2 },
  value: undefined,
  clears: true,
};
