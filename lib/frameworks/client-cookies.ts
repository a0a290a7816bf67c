import { STANDARD_KEYS, type CookieApi } from './cookie-api.ts';

// Cookie libraries that write `document.cookie` from browser script, so none can be HttpOnly. Each
// leaves out what its source leaves out; an option they accept but the browser ignores from script
// (`httpOnly`) changes nothing.

const browserCookie = {
  side: 'browser',
  session: false,
  name: { argument: 0 },
  value: { argument: 1 },
  attributes: [[]],
  keys: STANDARD_KEYS,
  secureAuto: false,
  secureOnHttp: 'sent',
} as const;

/**
 * ngx-cookie-service 22 (projects/ngx-cookie-service/src/lib/cookie.service.ts): `set(name, value,
 * options)` or `set(name, value, expires, path, domain, secure, sameSite)`; no Path unless given,
 * SameSite=Lax when left out, values written `'Lax' | 'Strict' | 'None'`.
 */
export const ngxCookieService: CookieApi = {
  ...browserCookie,
  id: 'ngx-cookie-service',
  label: 'ngx-cookie-service CookieService.set',
  match: { kind: 'instance', modules: ['ngx-cookie-service', 'ngx-cookie-service-ssr'], path: ['CookieService'], methods: ['set'] },
  config: { argument: 2 },
  positional: { path: 3, domain: 4, secure: 5, sameSite: 6 },
  defaults: { secure: false, httpOnly: false, sameSite: 'lax', path: undefined },
  sameSiteCase: 'capitalised',
};

/**
 * ngx-cookie 6 (projects/ngx-cookie/src/lib/cookie-options.provider.ts): `put(key, value, options)`;
 * Path is the app's base href, else '/'; no SameSite. ngy-cookie, the fork OWASP Juice Shop uses for
 * Angular 20, keeps the same service.
 */
export const ngxCookie: CookieApi = {
  ...browserCookie,
  id: 'ngx-cookie',
  label: 'ngx-cookie CookieService.put',
  match: { kind: 'instance', modules: ['ngx-cookie', 'ngy-cookie'], path: ['CookieService'], methods: ['put', 'putObject'] },
  config: { argument: 2 },
  defaults: { secure: false, httpOnly: false, sameSite: false, path: '/' },
  sameSiteCase: 'lower',
};

/**
 * universal-cookie 8 (packages/universal-cookie/src/Cookies.ts): `new Cookies(header, defaults)`, then
 * `set(name, value, options)` through `cookie.serialize`, which adds nothing. react-cookie re-exports
 * the class.
 */
export const universalCookies: readonly CookieApi[] = [
  { modules: ['universal-cookie'], path: [] },
  { modules: ['react-cookie'], path: ['Cookies'] },
].map(({ modules, path }) => ({
  ...browserCookie,
  id: `${modules[0]}.set`,
  label: `${modules[0]} Cookies.set`,
  match: { kind: 'instance', modules, path, methods: ['set'], defaultsArgument: 1 },
  config: { argument: 2 },
  defaults: { secure: false, httpOnly: false, sameSite: false, path: undefined },
  sameSiteCase: 'lower',
}));

/** react-cookie 8 (packages/react-cookie/src/useCookies.tsx): `useCookies()` returns `[cookies, setCookie, removeCookie]`, `setCookie` being universal-cookie's `set`. */
export const reactCookieHook: CookieApi = {
  ...universalCookies[0]!,
  id: 'react-cookie.useCookies',
  label: 'react-cookie setCookie',
  match: { kind: 'returned', modules: ['react-cookie'], path: ['useCookies'], index: 1 },
};

/**
 * cookies-next 6 (src/index.ts, src/client/cookie-functions.ts, src/server/index.ts): `setCookie(key,
 * value, options)` writes `document.cookie` unless the options carry `req`, `res` or `cookies`, when
 * the server sends it; Path=/ either way, nothing else added.
 */
export const cookiesNext: CookieApi = {
  ...browserCookie,
  id: 'cookies-next',
  label: 'cookies-next setCookie',
  match: { kind: 'call', modules: ['cookies-next', 'cookies-next/client', 'cookies-next/server'], path: ['setCookie'] },
  config: { argument: 2 },
  serverOptions: ['req', 'res', 'cookies'],
  defaults: { secure: false, httpOnly: false, sameSite: false, path: '/' },
  sameSiteCase: 'lower',
};
