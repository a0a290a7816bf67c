import { STANDARD_KEYS, type CookieApi } from './cookie-api.ts';

// SvelteKit 2.70.2 `cookies.set` (RequestEvent): Secure (except on http://localhost), HttpOnly and
// SameSite=Lax by default. SvelteKit 2 throws without a `path`; 3 defaults it to '/'.

/** Modules whose import shows that a file is SvelteKit code (`./$types` is the route's generated types). */
export const SVELTEKIT_MODULES = ['@sveltejs/kit', '$app/environment', '$app/server', './$types'];

export const svelteKitCookies: CookieApi = {
  id: 'sveltekit.cookies.set',
  label: 'SvelteKit cookies.set',
  side: 'server',
  session: false,
  match: { kind: 'method', receiver: 'sveltekit-cookies', methods: ['set'] },
  config: { argument: 2 },
  name: { argument: 0 },
  value: { argument: 1 },
  attributes: [[]],
  keys: STANDARD_KEYS,
  defaults: { secure: true, httpOnly: true, sameSite: 'lax', path: '/' },
  sameSiteCase: 'lower',
  secureAuto: false,
  secureOnHttp: 'sent',
};
