import { STANDARD_KEYS, type CookieApi } from './cookie-api.ts';

// React Router 7/8 and Remix 2 (`@remix-run/server-runtime` 2.17): `createCookie` adds SameSite=Lax
// and Path=/ only. Session storages take `cookie` as options or as a `createCookie` result; their
// default cookie name `__session` is not a `__Host-` prefix.

export const REACT_ROUTER_MODULES = [
  'react-router',
  '@react-router/node',
  '@react-router/cloudflare',
  '@react-router/architect',
  '@remix-run/node',
  '@remix-run/cloudflare',
  '@remix-run/deno',
  '@remix-run/server-runtime',
  '@remix-run/architect',
];

const DEFAULTS = { secure: false, httpOnly: false, sameSite: 'lax', path: '/' } as const;

export const createCookie: CookieApi = {
  id: 'react-router.createCookie',
  label: 'React Router createCookie',
  side: 'server',
  session: false,
  match: { kind: 'call', modules: REACT_ROUTER_MODULES, path: ['createCookie'] },
  config: { argument: 1 },
  name: { argument: 0 },
  attributes: [[]],
  keys: STANDARD_KEYS,
  defaults: DEFAULTS,
  sameSiteCase: 'lower',
  secureAuto: false,
  secureOnHttp: 'sent',
};

export const SESSION_STORAGES = [
  'createCookieSessionStorage',
  'createSessionStorage',
  'createMemorySessionStorage',
  'createFileSessionStorage',
  'createWorkersKVSessionStorage',
  'createArcTableSessionStorage',
];

export const sessionStorages: readonly CookieApi[] = SESSION_STORAGES.map((name) => ({
  id: `react-router.${name}`,
  label: `React Router ${name}`,
  side: 'server',
  session: true,
  match: { kind: 'call', modules: REACT_ROUTER_MODULES, path: [name] },
  config: { argument: 0 },
  name: { config: ['cookie', 'name'], default: '__session' },
  attributes: [['cookie']],
  keys: STANDARD_KEYS,
  defaults: DEFAULTS,
  sameSiteCase: 'lower',
  secureAuto: false,
  secureOnHttp: 'sent',
}));
