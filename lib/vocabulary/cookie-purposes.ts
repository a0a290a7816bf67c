import { words } from './token-names.ts';

// Cookies and cookie storages that by their name hold a preference, not a session.
const PREFERENCE_WORDS = new Set(['theme', 'themes', 'color', 'colour', 'scheme', 'locale', 'lang', 'language', 'i18n', 'consent', 'sidebar', 'timezone', 'tz', 'currency']);
const ANTI_CSRF_WORDS = new Set(['csrf', 'xsrf', 'csrftoken']);

/** `theme`, `NEXT_LOCALE`, `cookie-consent`: a cookie that stores a preference. */
export function isPreferenceName(name: string): boolean {
  return words(name).some((word) => PREFERENCE_WORDS.has(word));
}

/** `XSRF-TOKEN`, `csrfToken`, `attachCSRFTokenMiddleware`: an anti-CSRF cookie or the code that sets one. */
export function isAntiCsrfName(name: string): boolean {
  return words(name).some((word) => ANTI_CSRF_WORDS.has(word));
}

// Keys of a session's data that make it a login or auth-flow session: who the user is, what they may do,
// or a credential. Anything else (`clientId`, `theme`, `flash`) is data a visitor's browser may keep.
const SESSION_DATA_WORDS = new Set([
  'user', 'users', 'uid', 'sub', 'account', 'email', 'login', 'username', 'password', 'credential', 'credentials',
  'auth', 'authenticated', 'identity', 'principal', 'member', 'tenant', 'role', 'roles', 'admin', 'permission',
  'permissions', 'scope', 'scopes', 'token', 'jwt', 'session', 'sid', 'secret', 'key', 'csrf', 'xsrf', 'state',
  'nonce', 'verifier', 'code', 'otp', 'mfa', 'totp', 'factor', 'challenge', 'oauth', 'impersonate', 'impersonator',
]);

/** `userId`, `accessToken`, `oauthState`: a key of session data that makes the session an authenticated one. */
export function isSessionDataKey(name: string): boolean {
  return words(name).some((word) => SESSION_DATA_WORDS.has(word));
}
