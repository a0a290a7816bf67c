import { STANDARD_KEYS, type CookieApi } from './cookie-api.ts';

// h3 1.15.1 and 2.0.0-beta.0; Nuxt server routes get the same functions as auto-imports.

/** h3's helpers, and the modules Nuxt, Nitro and Vinxi re-export them from. */
export const H3_MODULES = ['h3', 'nuxt/app', '#imports', 'vinxi/http'];

export const h3SetCookie: CookieApi = {
  id: 'h3.setCookie',
  label: 'h3 setCookie',
  side: 'server',
  session: false,
  match: { kind: 'call', modules: H3_MODULES, path: ['setCookie'], nuxtGlobal: true },
  config: { argument: 3 },
  name: { argument: 1 },
  value: { argument: 2 },
  attributes: [[]],
  keys: STANDARD_KEYS,
  defaults: { secure: false, httpOnly: false, sameSite: false, path: '/' },
  sameSiteCase: 'lower',
  secureAuto: false,
  secureOnHttp: 'sent',
};

const h3Session = {
  side: 'server',
  session: true,
  config: { argument: 1 },
  name: { config: ['name'], default: 'h3' },
  attributes: [['cookie']],
  keys: STANDARD_KEYS,
  defaults: { secure: true, httpOnly: true, sameSite: false, path: '/' },
  sameSiteCase: 'lower',
  secureAuto: false,
  secureOnHttp: 'sent',
} as const;

/** `useSession(event, config)` and the helpers that take the same config. */
export const h3Sessions: readonly CookieApi[] = ['useSession', 'getSession', 'updateSession'].map((name) => ({
  ...h3Session,
  id: `h3.${name}`,
  label: `h3 ${name}`,
  match: { kind: 'call', modules: H3_MODULES, path: [name], nuxtGlobal: true },
}));
