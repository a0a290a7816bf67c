// Whether a name (a cookie, variable, property, parameter or function) says it holds a session or auth
// token. The decision rests on the name's last word, its head noun: `accessToken` and `sessionId` are
// tokens, `tokenCount`, `csrfTokenSeen` and `sessionStore` are not.

const TOKEN_HEADS = new Set(['token', 'tokens', 'jwt', 'jwts', 'sid', 'sess', 'session', 'sessionid', 'sessid', 'auth', 'authorization', 'bearer', 'apikey']);
// Heads that only name a token after a session or auth qualifier: `sessionId`, `authKey`, `apiKey`.
const QUALIFIED_HEADS = new Set(['id', 'key', 'secret', 'ticket', 'cookie']);
const QUALIFIERS = new Set(['session', 'sess', 'auth', 'api', 'access', 'refresh', 'bearer', 'login', 'remember']);
// Anti-CSRF tokens must stay readable by script (double-submit cookies), so they are not session tokens.
const NOT_SESSION = new Set(['csrf', 'xsrf']);
// `isAuth`, `hasToken`, `useSession`: a question or a hook about a token, not the token.
const PREDICATE_VERBS = new Set(['is', 'has', 'should', 'use', 'with', 'require', 'requires', 'needs', 'can']);

/** Splits `accessToken`, `access_token`, `ACCESS-TOKEN`, `__Host-sid` and `connect.sid` into lower-case words. */
export function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
}

export function isTokenName(name: string): boolean {
  const parts = words(name);
  const head = parts.at(-1);
  if (head === undefined || parts.some((word) => NOT_SESSION.has(word)) || PREDICATE_VERBS.has(parts[0]!)) return false;
  if (TOKEN_HEADS.has(head)) return true;
  const qualifier = parts.at(-2);
  return QUALIFIED_HEADS.has(head) && qualifier !== undefined && QUALIFIERS.has(qualifier);
}
