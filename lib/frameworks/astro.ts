import { BARE_DEFAULTS, STANDARD_KEYS, type CookieApi } from './cookie-api.ts';

// Astro 7.2 (packages/astro/src/core/cookies/cookies.ts): `cookies.set(key, value, options)` on an
// endpoint's or middleware's context (or `Astro.cookies` in a page) serialises exactly the options
// given, with no Path, HttpOnly, Secure or SameSite of its own.

export const ASTRO_MODULES = ['astro', 'astro:middleware', 'astro:actions'];

export const astroCookies: CookieApi = {
  id: 'astro.cookies.set',
  label: 'Astro cookies.set',
  side: 'server',
  session: false,
  match: { kind: 'method', receiver: 'astro-cookies', methods: ['set'] },
  config: { argument: 2 },
  name: { argument: 0 },
  value: { argument: 1 },
  attributes: [[]],
  keys: STANDARD_KEYS,
  defaults: BARE_DEFAULTS,
  sameSiteCase: 'lower',
  secureAuto: false,
  secureOnHttp: 'sent',
};
