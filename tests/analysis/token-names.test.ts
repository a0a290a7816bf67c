import { describe, expect, it } from 'vitest';
import { isTokenName, words } from '../../lib/analysis/token-names.ts';

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
  it.for(['sid', 'connect.sid', 'koa.sess', '__session', 'session', 'sessionId', 'session_id', 'SESSIONID', 'token', 'accessToken', 'refresh_token', 'id_token', 'jwt', 'authToken', 'auth', 'Authorization', 'apiKey', 'x-api-key', '__Host-sid', 'generateToken', 'createSessionId', 'sessionCookie', 'bearer'])(
    '%s names a token',
    (name) => expect(isTokenName(name)).toBe(true),
  );
  it.for(['theme', 'tokenCount', 'csrfTokenSeen', 'sessionStore', 'XSRF-TOKEN', '_csrf', 'csrfToken', 'accessTokenExpiry', 'isAuth', 'hasToken', 'useSession', 'userId', 'key', 'id', 'cookie', 'tokens_used', 'locale', ''])(
    '%s does not',
    (name) => expect(isTokenName(name)).toBe(false),
  );
});
