import { STANDARD_KEYS, type Attribute, type CookieApi } from './cookie-api.ts';

// Cookies written by browser script. None can be HttpOnly: the browser refuses HttpOnly from script.

/** Set-Cookie attribute names, as written in a header or `document.cookie` string. */
export const STRING_KEYS: Readonly<Record<Attribute, string>> = {
  secure: 'Secure',
  httpOnly: 'HttpOnly',
  sameSite: 'SameSite',
  path: 'Path',
  domain: 'Domain',
};

export const documentCookie: CookieApi = {
  id: 'document.cookie',
  label: 'document.cookie',
  side: 'browser',
  session: false,
  match: { kind: 'document-cookie' },
  attributes: [],
  keys: STRING_KEYS,
  defaults: { secure: false, httpOnly: false, sameSite: false, path: undefined },
  sameSiteCase: 'capitalised',
  secureAuto: false,
  secureOnHttp: 'sent',
};

/** js-cookie 3: `Cookies.set(name, value, attributes)`; Path defaults to '/'. */
export const jsCookie: CookieApi = {
  id: 'js-cookie',
  label: 'js-cookie Cookies.set',
  side: 'browser',
  session: false,
  match: { kind: 'call', modules: ['js-cookie'], path: ['set'] },
  config: { argument: 2 },
  name: { argument: 0 },
  value: { argument: 1 },
  attributes: [[]],
  keys: STANDARD_KEYS,
  defaults: { secure: false, httpOnly: false, sameSite: false, path: '/' },
  sameSiteCase: 'lower',
  secureAuto: false,
  secureOnHttp: 'sent',
};
