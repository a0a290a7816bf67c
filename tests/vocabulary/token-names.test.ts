import { describe, expect, it } from 'vitest';
import { isCredentialTokenName, isDomainSessionName, isOneTimeTokenName, isSignedFileTokenName, isSingleUseName, isTokenName, isTokenProducerName, isTokenValueName, words } from '../../lib/vocabulary/token-names.ts';

describe('words', () => {
  it.for([
    ['accessToken', ['access', 'token']],
    ['access_token', ['access', 'token']],
    ['ACCESS-TOKEN', ['access', 'token']],
    ['__Host-sid', ['host', 'sid']],
    ['connect.sid', ['connect', 'sid']],
    ['sessionID', ['session', 'id']],
    ['XMLHttpRequest', ['xml', 'http', 'request']],
    ['', []],
  ] as const)('%s', ([name, expected]) => {
    expect(words(name)).toEqual(expected);
  });
});

describe('isTokenName', () => {
  it.for(['sid', 'connect.sid', 'koa.sess', '__session', 'session', 'sessionId', 'session_id', 'SESSIONID', 'token', 'accessToken', 'refresh_token', 'id_token', 'jwt', 'authToken', 'auth', 'Authorization', 'apiKey', 'x-api-key', '__Host-sid', 'generateToken', 'createSessionId', 'sessionCookie', 'bearer', 'next-auth.session-token', '__Secure-authjs.session-token', 'deviceSessionId', 'nextAuthToken', 'invalidToken', 'expiredSessionToken'])(
    '%s names a token',
    (name) => expect(isTokenName(name)).toBe(true),
  );
  it.for(['theme', 'tokenCount', 'csrfTokenSeen', 'sessionStore', 'XSRF-TOKEN', '_csrf', 'csrfToken', 'accessTokenExpiry', 'isAuth', 'hasToken', 'useSession', 'userId', 'key', 'id', 'cookie', 'tokens_used', 'locale', '', 'pageToken', 'nextPageToken', 'nextToken', 'continuationToken', 'cancelToken', 'recaptchaToken', 'pushToken', 'deviceToken', 'fcmToken', 'designTokens', 'getFirstToken', 'getLastToken', 'getTokenAfter', 'syncToken', 'INVALID_SESSION_TOKEN', 'MISSING_TOKEN', 'ERR_BAD_TOKEN', 'EXPIRED_SESSION', 'lastSignificantToken', 'locateNextMeaningfulToken', 'lookaheadToken'])(
    '%s does not',
    (name) => expect(isTokenName(name)).toBe(false),
  );
});

describe('isTokenValueName', () => {
  it.for(['token', 'sessionId', 'sid', 'authToken', 'authorization', 'jwt', 'apiKey'])('%s holds a token', (name) => expect(isTokenValueName(name)).toBe(true));
  it.for(['session', 'userSession', 'auth', 'sess', 'tokenCount', 'csrfToken'])('%s does not', (name) => expect(isTokenValueName(name)).toBe(false));
});

describe('isSingleUseName', () => {
  it.for(['resetToken', 'password_reset_token', '/verify-email', 'confirmationToken', 'inviteToken', 'magicLinkToken', '/auth/forgot'])('%s is a single-use link', (name) =>
    expect(isSingleUseName(name)).toBe(true),
  );
  it.for(['token', 'accessToken', '/dashboard', 'sessionId'])('%s is not', (name) => expect(isSingleUseName(name)).toBe(false));
});

describe('isTokenProducerName', () => {
  it.for(['generateToken', 'getAccessToken', 'createSessionId', 'issueJwt', 'signToken', 'refreshToken'])('%s returns a token', (name) => expect(isTokenProducerName(name)).toBe(true));
  it.for(['verifyToken', 'decodeToken', 'hashToken', 'token', 'createSession', 'getTokenCount', 'getCsrfToken', 'getAccountabilityForToken', 'getUserFromJwt', 'loadProfileByToken'])('%s does not', (name) => expect(isTokenProducerName(name)).toBe(false));
});

describe('isOneTimeTokenName', () => {
  it.for(['resetToken', '/api/teams/1/invitations/accept', 'getTransferToken', 'exchangeToken', 'pixelToken', 'pages/api/unsubscribe/index.ts'])('%s is spent once', (name) =>
    expect(isOneTimeTokenName(name)).toBe(true),
  );
  it.for(['token', 'accessToken', '/api/files', 'sessions', 'uploadToken'])('%s is not', (name) => expect(isOneTimeTokenName(name)).toBe(false));
});

describe('isSignedFileTokenName', () => {
  it.for(['signUploadKey', 'verifyUploadToken'])('%s names a signed file URL', (name) => expect(isSignedFileTokenName(name)).toBe(true));
  it.for(['verifyToken', 'resolveUserId'])('%s does not', (name) => expect(isSignedFileTokenName(name)).toBe(false));
});

describe('isDomainSessionName', () => {
  it.for(['checkoutSessionId', 'checkoutSession', 'Stripe.Checkout.Session', 'loadCscSession', 'chatSessionId'])('%s is a business session', (name) =>
    expect(isDomainSessionName(name)).toBe(true),
  );
  it.for(['sessionId', 'session', 'userSession', 'next-auth.session-token', 'getSession', 'saveUserSession'])('%s is not', (name) => expect(isDomainSessionName(name)).toBe(false));
});

describe('isCredentialTokenName', () => {
  it.for(['access_token', 'accessToken', 'auth_token', 'jwt', 'sid', 'sessionId', 'session', 'auth', 'bearer', 'Authorization', 'sessionToken'])('%s means the credential', (name) =>
    expect(isCredentialTokenName(name)).toBe(true),
  );
  it.for(['token', 'refreshToken', 'previewToken', 'apiKey', 'csrfToken', 'resetToken', 'userSession'])('%s does not', (name) => expect(isCredentialTokenName(name)).toBe(false));
});
