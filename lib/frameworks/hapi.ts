import { HAPI_KEYS, type CookieApi } from './cookie-api.ts';

// @hapi/statehood 8.2.1 (server.state, h.state), @hapi/yar 11.0.3 and @hapi/cookie 12.0.1: every
// attribute is secure unless turned off, and hapi calls them isSecure, isHttpOnly and isSameSite.

/** Packages whose import shows that a file is hapi code. */
export const HAPI_MODULES = ['@hapi/hapi', 'hapi', '@hapi/yar', '@hapi/cookie', '@hapi/boom'];

const STATEHOOD_DEFAULTS = { secure: true, httpOnly: true, sameSite: 'strict', path: undefined } as const;

const statehood = {
  side: 'server',
  session: false,
  attributes: [[]],
  keys: HAPI_KEYS,
  defaults: STATEHOOD_DEFAULTS,
  sameSiteCase: 'capitalised',
  secureAuto: false,
  secureOnHttp: 'sent',
} as const;

export const hapiResponseState: CookieApi = {
  ...statehood,
  id: 'hapi.h.state',
  label: 'hapi h.state',
  match: { kind: 'method', receiver: 'hapi-toolkit', methods: ['state'] },
  config: { argument: 2 },
  name: { argument: 0 },
  value: { argument: 1 },
};

export const hapiServerState: CookieApi = {
  ...statehood,
  id: 'hapi.server.state',
  label: 'hapi server.state',
  match: { kind: 'method', receiver: 'hapi-server', methods: ['state'] },
  config: { argument: 1 },
  name: { argument: 0 },
};

export const hapiYar: CookieApi = {
  ...statehood,
  id: '@hapi/yar',
  label: '@hapi/yar',
  session: true,
  // The registration's `options`: `server.register({ plugin: Yar, options })`.
  match: { kind: 'plugin', host: 'hapi', modules: ['@hapi/yar', 'yar'] },
  name: { config: ['name'], default: 'session' },
  attributes: [['cookieOptions']],
  defaults: { secure: true, httpOnly: true, sameSite: 'lax', path: '/' },
};

export const hapiCookieAuth: CookieApi = {
  ...statehood,
  id: '@hapi/cookie',
  label: '@hapi/cookie',
  session: true,
  match: { kind: 'auth-strategy', scheme: 'cookie' },
  config: { argument: 2 },
  name: { config: ['cookie', 'name'], default: 'sid' },
  attributes: [['cookie']],
};
