// Whether a name (a cookie, variable, property, parameter or function) says it holds a session or auth
// token. The decision rests on the name's last word, its head noun: `accessToken` and `sessionId` are
// tokens, `tokenCount`, `csrfTokenSeen` and `sessionStore` are not.

const TOKEN_HEADS = new Set(['token', 'tokens', 'jwt', 'jwts', 'sid', 'sess', 'session', 'sessionid', 'sessid', 'auth', 'authorization', 'bearer', 'apikey']);
// Heads that only name a token after a session or auth qualifier: `sessionId`, `authKey`, `apiKey`.
const QUALIFIED_HEADS = new Set(['id', 'key', 'secret', 'ticket', 'cookie']);
const QUALIFIERS = new Set(['session', 'sess', 'auth', 'api', 'access', 'refresh', 'bearer', 'login', 'remember']);
// Anti-CSRF tokens must stay readable by script (double-submit cookies), so they are not session tokens.
const NOT_SESSION = new Set(['csrf', 'xsrf']);
// Qualifiers of tokens that grant nothing: pagination, cancellation, captcha, push-notification, lexer
// (ESLint's `getFirstToken`) and design tokens. Only the word right before the head counts, so
// `next-auth.session-token` stays a session token.
const NOT_CREDENTIAL = new Set([
  'page',
  'pagination',
  'next',
  'continuation',
  'cursor',
  'sync',
  'cancel',
  'cancellation',
  'captcha',
  'recaptcha',
  'hcaptcha',
  'turnstile',
  'push',
  'device',
  'fcm',
  'apns',
  'lexer',
  'syntax',
  'design',
  'first',
  'last',
  'prev',
  'previous',
  // Parsers' tokens: `lastSignificantToken`, `nextMeaningfulToken` (Vite, Vitest).
  'significant',
  'meaningful',
  'whitespace',
  'punctuator',
  'keyword',
  'lookahead',
]);
// `isAuth`, `hasToken`, `useSession`: a question or a hook about a token, not the token.
const PREDICATE_VERBS = new Set(['is', 'has', 'should', 'use', 'with', 'require', 'requires', 'needs', 'can']);
// `session`, `userSession` and `auth` alone usually name the session object or auth state, whose
// printed form carries no token; `sessionId` and `authToken` are the token.
const OBJECT_HEADS = new Set(['session', 'sess', 'auth']);
// Links mailed to a user once (password reset, email verification, invitations, magic links) must carry
// their one-time token in the URL.
const SINGLE_USE_WORDS = new Set([
  'reset',
  'forgot',
  'recover',
  'recovery',
  'verify',
  'verification',
  'confirm',
  'confirmation',
  'activate',
  'activation',
  'invite',
  'invitation',
  // Strapi mails an invited admin a `registrationToken` link.
  'registration',
  'magic',
  'unsubscribe',
  'onetime',
  'passwordless',
  // Signed and presigned file URLs carry their signature in the query by design (`?sig=`, `X-Amz-Signature`).
  'sig',
  'signature',
  'presigned',
]);

// Names repeat across a code base; the answer for each is remembered, within a bound.
const wordLists = new Map<string, readonly string[]>();
const CACHE_LIMIT = 20_000;

/** Splits `accessToken`, `access_token`, `ACCESS-TOKEN`, `__Host-sid` and `connect.sid` into lower-case words. */
export function words(name: string): readonly string[] {
  let list = wordLists.get(name);
  if (list === undefined) {
    if (wordLists.size >= CACHE_LIMIT) wordLists.clear();
    list = Object.freeze(
      name
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((word) => word.toLowerCase()),
    );
    wordLists.set(name, list);
  }
  return list;
}

const tokenNames = new Map<string, boolean>();
const valueNames = new Map<string, boolean>();

// A token name contains one of its possible heads: most names are settled without being split into words.
const HEAD_HINT = new RegExp([...TOKEN_HEADS, ...QUALIFIED_HEADS].join('|'), 'i');

export function isTokenName(name: string): boolean {
  if (!HEAD_HINT.test(name)) return false;
  let answer = tokenNames.get(name);
  if (answer === undefined) {
    if (tokenNames.size >= CACHE_LIMIT) tokenNames.clear();
    answer = decideTokenName(name);
    tokenNames.set(name, answer);
  }
  return answer;
}

// `Parse.Error.INVALID_SESSION_TOKEN`, `MISSING_TOKEN`: a constant naming an error, not a token.
const ERROR_WORDS = new Set(['invalid', 'missing', 'expired', 'bad', 'wrong', 'unknown', 'no', 'err', 'error', 'revoked', 'malformed', 'unauthorized']);

function decideTokenName(name: string): boolean {
  const parts = words(name);
  const head = parts.at(-1);
  if (head === undefined || PREDICATE_VERBS.has(parts[0]!)) return false;
  if (!/[a-z]/.test(name) && ERROR_WORDS.has(parts[0]!)) return false;
  const qualifier = parts.at(-2);
  if (parts.some((word) => NOT_SESSION.has(word)) || (qualifier !== undefined && NOT_CREDENTIAL.has(qualifier))) return false;
  if (TOKEN_HEADS.has(head)) return true;
  return QUALIFIED_HEADS.has(head) && qualifier !== undefined && QUALIFIERS.has(qualifier);
}

/**
 * Whether a variable, property, parameter or function result named `name` holds a token value: a token
 * name, but not `session`, `currentSession` or `auth`, which name the session object.
 */
export function isTokenValueName(name: string): boolean {
  let answer = valueNames.get(name);
  if (answer === undefined) {
    if (valueNames.size >= CACHE_LIMIT) valueNames.clear();
    answer = isTokenName(name) && !OBJECT_HEADS.has(words(name).at(-1)!);
    valueNames.set(name, answer);
  }
  return answer;
}

/** Whether a name or URL says it belongs to a single-use emailed link: `resetToken`, `/verify-email?token=`. */
export function isSingleUseName(name: string): boolean {
  return words(name).some((word) => SINGLE_USE_WORDS.has(word));
}

// Verbs of functions that hand out a token: `generateToken()`, `getAccessToken()`, `issueJwt()`.
// `verifyToken`, `decodeToken` and `hashToken` return something else.
const PRODUCER_VERBS = new Set(['generate', 'gen', 'create', 'make', 'new', 'issue', 'sign', 'get', 'fetch', 'obtain', 'request', 'refresh', 'mint', 'build', 'random', 'acquire', 'read', 'load', 'retrieve', 'rotate']);

// `getAccountabilityForToken(token)` (Directus), `getUserFromJwt(jwt)`: the token is what the function takes.
const PREPOSITIONS = new Set(['for', 'from', 'by', 'of', 'with', 'to', 'via', 'in', 'on']);

/** Whether a function named `name` returns a token: a producing verb before a token name. */
export function isTokenProducerName(name: string): boolean {
  const parts = words(name);
  return parts.length > 1 && PRODUCER_VERBS.has(parts[0]!) && !PREPOSITIONS.has(parts.at(-2)!) && isTokenValueName(name);
}

// Tokens that are spent once rather than carrying a signed-in user: the emailed links above, plus tracking
// pixels and transfer or exchange tokens that a handler swaps for the session cookie once
// (`getTransferToken()`, `?exchangeToken=`).
// Preview and draft links carry their token in the URL by design (Next.js draft mode's `?secret=`, a CMS's
// `previewToken`): a capability for one view, not the sign-in.
const ONE_TIME_WORDS = new Set(['pixel', 'transfer', 'exchange', 'handoff', 'preview']);
// Signed upload URLs carry a token for one file (`signUploadKey(key)`, `verifyUploadToken(key, t)`); only the
// token's own maker or checker says so, since an upload route also serves signed-in users.
const SIGNED_FILE_WORDS = new Set(['upload']);

/** Whether a function that makes or checks a token is named for one file's signed URL: `signUploadKey`, `verifyUploadToken`. */
export function isSignedFileTokenName(name: string): boolean {
  return words(name).some((word) => SIGNED_FILE_WORDS.has(word));
}

/** Whether a name, URL or route says its token is spent once: `isSingleUseName`, plurals (`/invitations/accept`) and one-time exchanges. */
export function isOneTimeTokenName(name: string): boolean {
  return words(name).some((word) => {
    const singular = word.endsWith('s') ? word.slice(0, -1) : word;
    return SINGLE_USE_WORDS.has(word) || SINGLE_USE_WORDS.has(singular) || ONE_TIME_WORDS.has(word) || ONE_TIME_WORDS.has(singular);
  });
}

// A session of the app's business rather than the sign-in: Stripe's `checkoutSession`, a signing
// service's `cscSession`, a `chatSession`. Only the word right before `session` counts.
const DOMAIN_SESSIONS = new Set(['checkout', 'payment', 'billing', 'portal', 'subscription', 'stripe', 'csc', 'signing', 'chat', 'conversation', 'terminal', 'upload', 'recording', 'meeting', 'game', 'quiz', 'cart']);

/** Whether a name or type (`checkoutSessionId`, `Stripe.Checkout.Session`, `loadCscSession`) names a business session, not the sign-in. */
export function isDomainSessionName(name: string): boolean {
  const parts = words(name);
  return parts.some((word, index) => (word === 'session' || word === 'sessions') && index > 0 && DOMAIN_SESSIONS.has(parts[index - 1]!));
}

// Names that mean the sign-in credential itself, whatever carries them: `access_token`, `jwt`, `sid`.
const CREDENTIAL_HEADS = new Set(['jwt', 'sid', 'sessid', 'sessionid', 'bearer', 'authorization']);
const CREDENTIAL_TOKEN_QUALIFIERS = new Set(['access', 'auth', 'session', 'bearer', 'login', 'jwt']);

/** Whether a name says the session credential by itself, not only "a token": `accessToken`, `auth_token`, `jwt`, `sid`, `sessionId`, `auth`. */
export function isCredentialTokenName(name: string): boolean {
  if (!isTokenName(name)) return false;
  const parts = words(name);
  const head = parts.at(-1)!;
  if (parts.length === 1 && (head === 'auth' || head === 'session')) return true;
  if (head === 'id' && parts.at(-2) === 'session') return true;
  return CREDENTIAL_HEADS.has(head) || (head === 'token' && CREDENTIAL_TOKEN_QUALIFIERS.has(parts.at(-2) ?? ''));
}
