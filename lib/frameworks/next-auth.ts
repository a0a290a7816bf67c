import { AUTH_LIBRARY_COOKIE, type CookieApi } from './cookie-api.ts';
import { DAY, type SessionLifetime } from './session-lifetime.ts';

// next-auth 4 and Auth.js 5 (@auth/*): the session cookie and the session lifetime.

/**
 * next-auth 4 (packages/next-auth/src/core/init.ts on the v4 branch) and Auth.js 5
 * (packages/core/src/lib/init.ts, utils/cookie.ts): the session cookie is HttpOnly, SameSite=Lax,
 * Path=/, Secure when `useSecureCookies` (default: the URL is https). `cookies.sessionToken.options`
 * replaces those options in 4 and is merged into them in 5.
 */
export const nextAuthCookie: CookieApi = {
  ...AUTH_LIBRARY_COOKIE,
  id: 'next-auth',
  label: 'next-auth',
  match: { kind: 'call', modules: ['next-auth', 'next-auth/next'], path: [] },
  config: { last: true },
  name: { config: ['cookies', 'sessionToken', 'name'] },
  attributes: [['cookies', 'sessionToken', 'options']],
  fallbacks: [{ attribute: 'secure', path: ['useSecureCookies'] }],
  partialObject: 'unknown',
};

/** Auth.js: `session.maxAge` in seconds, 30 days by default. */
export const nextAuthLifetime: SessionLifetime = {
  // Every visit re-issues the session (JWT) or moves its expiry (database, after updateAge).
  library: 'Auth.js',
  subject: 'sessions',
  sites: [
    { kind: 'call', modules: ['next-auth'], paths: [[]], options: 'last' },
    { kind: 'call', modules: ['@auth/core'], paths: [['Auth']], options: 1 },
    { kind: 'call', modules: ['@auth/sveltekit'], paths: [['SvelteKitAuth']], options: 0 },
    { kind: 'call', modules: ['@auth/express'], paths: [['ExpressAuth']], options: 0 },
    { kind: 'call', modules: ['@auth/solid-start'], paths: [['SolidAuth']], options: 0 },
    { kind: 'call', modules: ['@auth/qwik'], paths: [['QwikAuth$']], options: 0 },
    { kind: 'typed', modules: ['next-auth'], types: ['NextAuthOptions', 'AuthOptions', 'NextAuthConfig'] },
    { kind: 'typed', modules: ['@auth/core', '@auth/core/types'], types: ['AuthConfig'] },
    { kind: 'typed', modules: ['@auth/sveltekit'], types: ['SvelteKitAuthConfig'] },
    { kind: 'typed', modules: ['@auth/express'], types: ['ExpressAuthConfig'] },
  ],
  lifetime: [{ path: ['session', 'maxAge'], format: 's' }],
  defaultSeconds: 30 * DAY,
  sliding: true,
};
