// The vocabulary the handler heuristics read in names, route paths and session keys. Decisions rest on
// whole words (see token-names.ts#words), so `userAgent`, `loginAttempts` and `catalog` say nothing.
import { isTokenName, words } from './token-names.ts';

/** The words of a name or a route path: `/api/auth/sign-in` gives api, auth, sign, in. */
export function nameWords(text: string): readonly string[] {
  return words(text);
}

/** Joins words with `-` so multi-word phrases match one regular expression. */
function phrase(parts: readonly string[]): string {
  return `-${parts.join('-')}-`;
}

const LOGIN = /-(log-?in|sign-?in|log-?on|authenticate|callback|verify-(otp|totp|mfa|2fa|code)|(otp|totp|mfa|2fa)-(verify|challenge))-/;
const REGISTRATION = /-(register|registration|sign-?up|join|create-account|accept-invite|invitation)-/;
const LOGOUT = /-(log-?out|sign-?out|log-?off|sign-?off|end-session)-/;
const PASSWORD = /-(password|passwd|pwd|passphrase|reset|forgot|recover|recovery)-/;
// Flows that carry their own proof (a mailed token, a fresh code) or create the account.
const PROOF_FLOWS = /-(reset|forgot|recover|recovery(?!-codes?-)|verify|verification|confirm|confirmation|activate|activation|invite|invitation|register|registration|sign-?up|magic)-/;

export const isLoginPhrase = (parts: readonly string[]): boolean => LOGIN.test(phrase(parts)) || REGISTRATION.test(phrase(parts));
export const isLogoutPhrase = (parts: readonly string[]): boolean => LOGOUT.test(phrase(parts));
export const isPasswordPhrase = (parts: readonly string[]): boolean => PASSWORD.test(phrase(parts));
export const isRegistrationPhrase = (parts: readonly string[]): boolean => REGISTRATION.test(phrase(parts));
export const isProofFlowPhrase = (parts: readonly string[]): boolean => PROOF_FLOWS.test(phrase(parts));

// Session keys that name who is logged in: `user`, `userId`, `currentUser`, `accountId`, `passport`.
const IDENTITY_NOUNS = new Set(['user', 'users', 'account', 'principal', 'identity', 'member', 'customer', 'admin', 'administrator', 'profile', 'owner', 'employee', 'staff', 'person', 'passport']);
const IDENTITY_HEADS = new Set(['id', 'ids', 'uid', 'name', 'email', 'data', 'info', 'object', 'obj', 'record', 'role', 'roles', 'key', 'ref']);
const IDENTITY_WORDS = new Set(['uid', 'userid', 'username', 'sub', 'authenticated', 'auth', 'role', 'roles', 'login']);
// Keys written before authentication: where to go back, flash messages, CSRF and OAuth state, MFA in progress.
const PRE_AUTH = new Set([
  'return',
  'redirect',
  'next',
  'flash',
  'csrf',
  'xsrf',
  'state',
  'nonce',
  'verifier',
  'challenge',
  'pending',
  'tmp',
  'temp',
  'partial',
  'unverified',
  'attempt',
  'attempts',
  'reset',
  'invite',
  'oauth',
  'referrer',
  'referer',
  'origin',
  'captcha',
  'mfa',
  'otp',
  'code',
  'locale',
  'lang',
  'language',
  'theme',
  'cart',
  'views',
  'message',
  'messages',
  'error',
  'errors',
  'form',
  'input',
  'old',
  'previous',
  'agent',
  'prefs',
  'preferences',
]);

/** A session key for state kept before or outside a login: `returnTo`, `flash`, `csrfSecret`, `pendingUserId`. */
export function isPreAuthKey(key: string): boolean {
  return words(key).some((part) => PRE_AUTH.has(part));
}

/** True when a session key holds the authenticated identity, not pre-login state. */
export function isIdentityKey(key: string): boolean {
  const parts = words(key);
  const head = parts.at(-1);
  if (head === undefined || parts.some((part) => PRE_AUTH.has(part))) return false;
  if (parts.length === 1) return IDENTITY_NOUNS.has(head) || IDENTITY_WORDS.has(head);
  const joined = phrase(parts);
  if (/-(logged-in|is-authenticated|is-auth|authenticated)-$/.test(joined)) return true;
  if (IDENTITY_NOUNS.has(head) || head === 'role' || head === 'roles') return true;
  return IDENTITY_HEADS.has(head) && parts.slice(0, -1).some((part) => IDENTITY_NOUNS.has(part));
}

const PASSWORD_WORDS = new Set(['password', 'passwd', 'pwd', 'passphrase']);
const PASSWORD_HEADS = new Set(['password', 'passwd', 'pwd', 'passphrase', 'hash', 'hashed', 'digest']);
// Also the flags and form fields around a password: `invalidPassword`, `showPassword`, `repeatPassword`.
const NOT_PASSWORD_VALUE = new Set([
  'reset', 'token', 'changed', 'updated', 'at', 'expires', 'expiry', 'hint', 'attempts', 'confirm', 'confirmation', 'old', 'current', 'length', 'policy',
  'strength', 'required', 'set', 'invalid', 'valid', 'show', 'visible', 'hidden', 'repeat', 'error', 'errors', 'mismatch', 'is', 'has',
]);

/** A field that stores the password or its hash: `password`, `passwordHash`, `hashed_password`. */
export function isPasswordField(key: string): boolean {
  const parts = words(key);
  const head = parts.at(-1);
  if (head === undefined || parts.some((part) => NOT_PASSWORD_VALUE.has(part))) return false;
  if (PASSWORD_WORDS.has(head)) return true;
  return PASSWORD_HEADS.has(head) && parts.some((part) => PASSWORD_WORDS.has(part));
}

const SENSITIVE_WORDS = new Set(['email', 'mail', 'phone', 'mobile', 'password', 'passwd', 'pwd', 'passphrase', 'mfa', 'totp', 'otp', '2fa', 'tfa', 'passkey', 'passkeys', 'authenticator', 'webauthn']);
// `pendingEmail`, `emailVerified`, `passwordResetToken`: part of a verification flow, not the change itself.
const NOT_SENSITIVE = new Set(['pending', 'new', 'unverified', 'verification', 'verified', 'token', 'code', 'reset', 'changed', 'updated', 'at', 'expires', 'attempts', 'hint', 'sent', 'confirmation', 'confirmed', 'notifications', 'notification', 'opt', 'marketing', 'subscribed', 'visible', 'public']);

/**
 * A field whose change affects how the user authenticates or recovers the account (ASVS 3.7.1, 5.0
 * 7.5.1): the email, phone, password, MFA settings and recovery codes. Returns the field's kind.
 */
export function sensitiveFieldKind(key: string): 'email' | 'phone' | 'password' | 'MFA settings' | undefined {
  const parts = words(key);
  if (parts.some((part) => NOT_SENSITIVE.has(part))) return undefined;
  const joined = phrase(parts);
  if (/-(two-factor|2-factor|second-factor|recovery-codes?|backup-codes?)-/.test(joined)) return 'MFA settings';
  const found = parts.find((part) => SENSITIVE_WORDS.has(part));
  if (found === undefined) return undefined;
  if (found === 'email' || found === 'mail') return parts.at(-1) === found || parts.at(-1) === 'address' ? 'email' : undefined;
  if (found === 'phone' || found === 'mobile') return 'phone';
  if (PASSWORD_WORDS.has(found)) return isPasswordField(key) ? 'password' : undefined;
  return 'MFA settings';
}

// Fields whose change makes earlier tokens or sessions invalid: a token version, a security stamp, a
// "tokens valid after" time, `passwordChangedAt`.
const VERSION_SUBJECTS = new Set(['token', 'tokens', 'session', 'sessions', 'jwt', 'auth', 'security', 'credential', 'credentials', 'refresh', 'login', 'logout', 'password', 'key']);
const VERSION_HEADS = new Set(['version', 'ver', 'generation', 'gen', 'stamp', 'epoch', 'counter', 'nonce', 'secret', 'salt', 'serial']);

export function isTokenVersionField(key: string): boolean {
  const parts = words(key);
  const head = parts.at(-1);
  if (head === undefined) return false;
  if (VERSION_HEADS.has(head)) return parts.slice(0, -1).some((part) => VERSION_SUBJECTS.has(part)) && !(head === 'secret' && parts.includes('reset'));
  const joined = phrase(parts);
  if (/-(valid|issued)-(after|since|from)-$/.test(joined) || joined === '-not-before-') return true;
  return /-(password|passwords|token|tokens|session|sessions|credentials?)-(changed|updated|reset|revoked|invalidated)(-at|-on|-time|-date)?-$/.test(joined);
}

/** A stored list or copy of tokens or sessions (`tokens`, `refreshToken`, `sessions`): clearing it revokes them. */
export function isTokenStoreField(key: string): boolean {
  const parts = words(key);
  // A password-reset or verification token is a single-use link, not a session.
  if (parts.some((part) => SINGLE_USE.has(part))) return false;
  const head = parts.at(-1);
  return isTokenName(key) || head === 'sessions' || head === 'devices';
}

const SINGLE_USE = new Set(['reset', 'verify', 'verification', 'confirm', 'confirmation', 'invite', 'invitation', 'magic', 'activation', 'activate', 'otp', 'csrf', 'xsrf', 'unsubscribe']);

const STORE_VERBS = new Set(['set', 'setex', 'add', 'sadd', 'del', 'delete', 'remove', 'insert', 'create', 'put', 'save', 'push', 'destroy', 'expire', 'hset', 'zadd', 'lpush', 'rpush', 'unlink', 'invalidate', 'revoke']);
const TOKEN_ARGUMENT = /\b(jti|token|tokens|refresh\w*|sid|session_?id|sessionID)\b/i;
const NOT_A_STORE = /^(res|reply|response|ctx|c|h|headers)$|cookies|localStorage|sessionStorage|document|console|logger|^log$/;

/**
 * A call that records or deletes a token or session on the server, by its shape: a storage verb on a
 * store (`redis.setex(\`bl:${jti}\`, …)`, `Token.deleteOne({ token })`, `BlockedToken.create({ jti })`)
 * with the token among its arguments. `argumentsText` is the source of the arguments.
 */
export function isTokenStoreCall(name: string, receiver: string | undefined, argumentsText: string): boolean {
  if (receiver === undefined || NOT_A_STORE.test(receiver)) return false;
  const verb = words(name)[0] ?? '';
  if (STORE_VERBS.has(verb) && TOKEN_ARGUMENT.test(argumentsText)) return true;
  // Deleting a record of the session class: `rest.del(config, auth, '_Session', id)` (Parse Server).
  return DELETE_VERBS.has(verb) && SESSION_CLASS_ARGUMENT.test(argumentsText);
}

const DELETE_VERBS = new Set(['del', 'delete', 'remove', 'destroy', 'unlink', 'invalidate', 'revoke', 'expire']);
const SESSION_CLASS_ARGUMENT = /['"`]_?sessions?['"`]/i;

const REVOKE_VERBS = new Set(['revoke', 'invalidate', 'destroy', 'terminate', 'end', 'kill', 'clear', 'delete', 'remove', 'expire', 'purge', 'flush', 'drop', 'logout', 'signout', 'logoff', 'signoff', 'evict', 'del', 'wipe']);
const REVOKE_NOUNS = new Set(['session', 'sessions', 'token', 'tokens', 'device', 'devices', 'other', 'others', 'all', 'everywhere', 'global', 'refresh', 'jwt', 'jwts', 'logins']);
const DENYLIST = /-((deny|block|black)-?list(ed)?|revoked|revocation|revocations)-/;
const READ_METHODS = /^(has|get|includes|exists|find|find-one|is|check|contains|count|lookup)$/;

/** `log out` and `sign out` as one word, as in `logout`. */
function merged(parts: readonly string[]): string[] {
  const result: string[] = [];
  for (const part of parts) {
    const previous = result.at(-1);
    if ((part === 'out' || part === 'off') && (previous === 'log' || previous === 'sign')) result[result.length - 1] = `${previous}${part}`;
    else result.push(part);
  }
  return result;
}

/**
 * A call whose name says it ends sessions or revokes tokens: `invalidateUserSessions`,
 * `revokeAllTokens`, `logoutEverywhere`, `db.sessions.deleteMany`, `sessionStore.destroy`,
 * `revokedTokens.add(jti)`. `receiver` is the text of the object the method is called on, if any.
 */
export function isRevocationCall(name: string, receiver: string | undefined): boolean {
  const parts = merged(words(name));
  const receiverParts = receiver === undefined ? [] : merged(words(receiver));
  if (DENYLIST.test(phrase(receiverParts)) && !READ_METHODS.test(parts.join('-'))) return true;
  if (!parts.some((part) => REVOKE_VERBS.has(part)) && !DENYLIST.test(phrase(parts))) return false;
  if (parts.some((part) => REVOKE_NOUNS.has(part)) || DENYLIST.test(phrase(parts))) return true;
  return receiverParts.some((part) => part === 'session' || part === 'sessions' || part === 'token' || part === 'tokens' || part === 'refresh');
}

const SESSION_TABLE_WORDS = new Set(['session', 'sessions']);

/** A table of sessions (`sessions`, `userSession`, `'auth_session'`), not of one-time tokens (`passwordResetTokens`). */
export function isSessionTableName(name: string): boolean {
  return words(name).some((word) => SESSION_TABLE_WORDS.has(word));
}

/** Calls that end the current session or revoke the current token, by name: `logout`, `destroySession`, `revokeToken`. */
export function isLogoutCall(name: string): boolean {
  const parts = words(name);
  return isLogoutPhrase(parts) || isRevocationCall(name, undefined);
}

/** A name that says the function regenerates or rotates the session: `regenerateSession`, `rotateSessionId`. */
export function isRegenerateName(name: string): boolean {
  const parts = words(name);
  return parts.includes('regenerate') || (parts.some((part) => part === 'rotate' || part === 'renew') && parts.some((part) => part === 'session' || part === 'sid'));
}

const PROOF_VERBS = new Set(['verify', 'check', 'compare', 'validate', 'match', 'matches', 'valid', 'authenticate', 'confirm', 'is']);
const PROOF_NOUNS = new Set(['password', 'passwd', 'pwd', 'passphrase', 'credential', 'credentials', 'otp', 'totp', 'hotp', 'mfa', '2fa', 'tfa', 'pin', 'authentication', 'assertion', 'passkey', 'webauthn', 'factor']);
const CREDENTIAL_LIBRARIES = new Set(['bcrypt', 'bcryptjs', 'argon2', 'argon', 'scrypt', 'authenticator', 'totp', 'hotp', 'speakeasy', 'otplib', 'webauthn', 'passkey', 'passkeys']);
const LIBRARY_VERBS = new Set(['compare', 'compare-sync', 'verify', 'check', 'validate']);

/**
 * A call that checks a credential: `bcrypt.compare`, `argon2.verify`, `verifyPassword`,
 * `user.comparePassword`, `authenticator.verify`, `verifyAuthenticationResponse`, `timingSafeEqual`,
 * and `authenticate` / `login` given two or more arguments (`authService.login(email, password)`).
 */
export function isCredentialCheckName(name: string, receiver: string | undefined, argumentCount = 0): boolean {
  const parts = words(name);
  if (name === 'timingSafeEqual') return true;
  if (receiver !== undefined && words(receiver).some((part) => CREDENTIAL_LIBRARIES.has(part)) && LIBRARY_VERBS.has(parts.join('-'))) return true;
  // `authenticate(email, password)` checks credentials; `authenticate(req)` or an `authenticate`
  // middleware only checks that a session or token exists.
  if (/^-(authenticate|login|log-in|sign-in|signin)(-(user|account|credentials|with-password|local))?-$/.test(phrase(parts))) return argumentCount >= 2;
  return parts.some((part) => PROOF_VERBS.has(part)) && parts.some((part) => PROOF_NOUNS.has(part));
}

// Recent-authentication markers read before a sensitive change: `req.session.reauthenticatedAt`,
// `authTime`, `auth_time`, a `requireRecentAuth` middleware, a `sudo` mode.
const RECENT_WORDS = new Set(['reauth', 'reauthenticated', 'reauthenticate', 'reauthentication', 'recent', 'recently', 'fresh', 'sudo', 'elevated', 'stepup']);

export function isRecentAuthName(name: string): boolean {
  const parts = words(name);
  const joined = phrase(parts);
  if (parts.some((part) => RECENT_WORDS.has(part))) return true;
  if (/-(step-up|re-auth|re-authenticate|re-authenticated|confirm-password|require-password|password-confirm|password-confirmed|verify-password)-/.test(joined)) return true;
  return /-(auth|authenticated|login|verified|mfa|otp)-(time|at)-$/.test(joined) || /^-last-(auth|authenticated|authentication|login|verified)/.test(joined);
}
