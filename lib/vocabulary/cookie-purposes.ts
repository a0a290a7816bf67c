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
