import { AUTH_LIBRARY_COOKIE, STANDARD_KEYS, type Attribute, type CookieApi } from './cookie-api.ts';
import { DAY, type SessionLifetime } from './session-lifetime.ts';

// better-auth: the session cookie and the session lifetime.

const ATTRIBUTES: readonly Attribute[] = ['secure', 'httpOnly', 'sameSite', 'path', 'domain'];

/**
 * better-auth 1.7 (packages/better-auth/src/cookies/index.ts, `createCookieGetter`): each cookie is
 * `{ secure, sameSite: 'lax', path: '/', httpOnly: true, ...advanced.defaultCookieAttributes,
 * ...advanced.cookies[name].attributes }`, with Secure from `advanced.useSecureCookies`, else an https
 * `baseURL`, else NODE_ENV === 'production'.
 */
export const betterAuthCookie: CookieApi = {
  ...AUTH_LIBRARY_COOKIE,
  id: 'better-auth',
  label: 'better-auth',
  match: { kind: 'call', modules: ['better-auth', 'better-auth/minimal'], path: ['betterAuth'] },
  config: { argument: 0 },
  attributes: [['advanced', 'cookies', 'session_token', 'attributes']],
  fallbacks: [
    ...ATTRIBUTES.map((attribute) => ({ attribute, path: ['advanced', 'defaultCookieAttributes', STANDARD_KEYS[attribute]] })),
    { attribute: 'secure', path: ['advanced', 'useSecureCookies'] },
  ],
};

/**
 * better-auth 1.7 (packages/better-auth/src/context/create-context.ts): `session.expiresIn` in seconds,
 * 7 days by default; once `session.updateAge` (1 day) has passed, a request moves the expiry on.
 */
export const betterAuthLifetime: SessionLifetime = {
  library: 'better-auth',
  subject: 'sessions',
  sites: [
    { kind: 'call', modules: ['better-auth', 'better-auth/minimal'], paths: [['betterAuth']], options: 0 },
    { kind: 'typed', modules: ['better-auth', 'better-auth/types'], types: ['BetterAuthOptions'] },
  ],
  lifetime: [{ path: ['session', 'expiresIn'], format: 's' }],
  defaultSeconds: 7 * DAY,
  sliding: true,
};
