import { describe, expect, it } from 'vitest';
import { getHandlerAnalysis } from '../../lib/models/handlers/handlers.ts';
import { accountMethodCalls, accountWrites } from '../../lib/models/handlers/account-writes.ts';
import { describeHandler, hasCredentialCheck, isLoginRoute, isLogoutRoute, passportAuthenticates } from '../../lib/models/handlers/evidence.ts';
import {
  isCredentialCheckName,
  isIdentityKey,
  isLoginPhrase,
  isLogoutCall,
  isLogoutPhrase,
  isPasswordField,
  isPasswordPhrase,
  isPreAuthKey,
  isProofFlowPhrase,
  isRecentAuthName,
  isRegenerateName,
  isRegistrationPhrase,
  isRevocationCall,
  isTokenStoreCall,
  isTokenStoreField,
  isTokenVersionField,
  nameWords,
  sensitiveFieldKind,
} from '../../lib/vocabulary/auth-words.ts';
import { analyze } from '../helpers/analyze.ts';

describe('session keys', () => {
  it.for([
    ['user', true],
    ['userId', true],
    ['user_id', true],
    ['currentUser', true],
    ['accountId', true],
    ['passport', true],
    ['uid', true],
    ['auth', true],
    ['authenticated', true],
    ['isAuthenticated', true],
    ['loggedIn', true],
    ['isLoggedIn', true],
    ['role', true],
    ['userRoles', true],
    ['adminUser', true],
    ['memberEmail', true],
    ['returnTo', false],
    ['redirectUrl', false],
    ['flash', false],
    ['csrfSecret', false],
    ['oauthState', false],
    ['pendingUserId', false],
    ['mfaUser', false],
    ['loginAttempts', false],
    ['userAgent', false],
    ['cart', false],
    ['views', false],
    ['lastSeen', false],
    ['', false],
  ] as const)('%s is an identity: %s', ([key, expected]) => {
    expect(isIdentityKey(key)).toBe(expected);
  });

  it('knows pre-login keys', () => {
    expect(isPreAuthKey('returnTo')).toBe(true);
    expect(isPreAuthKey('userId')).toBe(false);
  });
});

describe('account fields', () => {
  it.for([
    ['password', true],
    ['passwordHash', true],
    ['hashedPassword', true],
    ['password_hash', true],
    ['encryptedPassword', true],
    ['passwd', true],
    ['passwordResetToken', false],
    ['passwordChangedAt', false],
    ['newPassword', true],
    ['currentPassword', false],
    ['hash', false],
    ['', false],
  ] as const)('%s stores a password: %s', ([key, expected]) => {
    expect(isPasswordField(key)).toBe(expected);
  });

  it.for([
    ['email', 'email'],
    ['emailAddress', 'email'],
    ['email_address', 'email'],
    ['phone', 'phone'],
    ['phoneNumber', 'phone'],
    ['mobile', 'phone'],
    ['passwordHash', 'password'],
    ['passwordHint', undefined],
    ['mfaEnabled', 'MFA settings'],
    ['totpSecret', 'MFA settings'],
    ['twoFactorEnabled', 'MFA settings'],
    ['recoveryCodes', 'MFA settings'],
    ['backup_codes', 'MFA settings'],
    ['passkeys', 'MFA settings'],
    ['pendingEmail', undefined],
    ['emailVerified', undefined],
    ['emailNotifications', undefined],
    ['marketingEmails', undefined],
    ['emailDomain', undefined],
    ['name', undefined],
  ] as const)('%s is a sensitive field: %s', ([key, expected]) => {
    expect(sensitiveFieldKind(key)).toBe(expected);
  });

  it.for([
    ['tokenVersion', true],
    ['token_version', true],
    ['sessionVersion', true],
    ['securityStamp', true],
    ['jwtSecret', true],
    ['authGeneration', true],
    ['passwordChangedAt', true],
    ['password_changed_at', true],
    ['tokensRevokedAt', true],
    ['sessionsInvalidatedAt', true],
    ['tokensValidAfter', true],
    ['validSince', true],
    ['notBefore', true],
    ['passwordResetSecret', false],
    ['version', false],
    ['apiVersion', false],
    ['', false],
  ] as const)('%s bumps a token version: %s', ([key, expected]) => {
    expect(isTokenVersionField(key)).toBe(expected);
  });
});

describe('token stores', () => {
  it.for([
    ['tokens', true],
    ['refreshToken', true],
    ['refreshTokens', true],
    ['activeSessions', true],
    ['trustedDevices', true],
    ['passwordResetToken', false],
    ['verificationToken', false],
    ['csrfToken', false],
    ['name', false],
  ] as const)('%s holds tokens or sessions: %s', ([key, expected]) => {
    expect(isTokenStoreField(key)).toBe(expected);
  });

  it.for([
    ['setex', 'redis', '`bl:${jti}`, 3600, 1', true],
    ['deleteOne', 'Token', '{ token: req.token }', true],
    ['create', 'BlockedToken', '{ jti }', true],
    ['del', 'redisClient', '`sess:${req.sessionID}`', true],
    ['create', 'audit', "{ event: 'logout' }", false],
    ['find', 'Token', '{ token }', false],
    ['clearCookie', 'res', "'token'", false],
    ['delete', 'cookies', "'session'", false],
    ['removeItem', 'localStorage', "'token'", false],
    ['set', undefined, 'token', false],
  ] as const)('%s on %s with (%s) records or deletes a token: %s', ([name, receiver, args, expected]) => {
    expect(isTokenStoreCall(name, receiver, args)).toBe(expected);
  });
});

describe('call names', () => {
  it.for([
    ['invalidateUserSessions', undefined, true],
    ['revokeAllTokens', undefined, true],
    ['logoutAllDevices', undefined, true],
    ['logOutEverywhere', undefined, true],
    ['signOutOtherSessions', undefined, true],
    ['deleteMany', 'db.sessions', true],
    ['destroy', 'sessionStore', true],
    ['deleteMany', 'RefreshToken', true],
    ['add', 'revokedTokens', true],
    ['set', 'tokenBlacklist', true],
    ['has', 'revokedTokens', false],
    ['blacklistToken', undefined, true],
    ['denyList', undefined, true],
    ['deleteMany', 'db.users', false],
    ['clearCookie', 'res', false],
    ['removeItem', 'localStorage', false],
    ['destroy', undefined, false],
    ['update', undefined, false],
  ] as const)('%s on %s revokes: %s', ([name, receiver, expected]) => {
    expect(isRevocationCall(name, receiver)).toBe(expected);
  });

  it('knows logout calls and regenerate helpers by name', () => {
    expect(isLogoutCall('logoutUser')).toBe(true);
    expect(isLogoutCall('destroySession')).toBe(true);
    expect(isLogoutCall('render')).toBe(false);
    expect(isRegenerateName('regenerateSession')).toBe(true);
    expect(isRegenerateName('rotateSessionId')).toBe(true);
    expect(isRegenerateName('renewSid')).toBe(true);
    expect(isRegenerateName('rotateKeys')).toBe(false);
  });

  it.for([
    ['compare', 'bcrypt', true],
    ['compareSync', 'bcryptjs', true],
    ['verify', 'argon2', true],
    ['check', 'authenticator', true],
    ['verify', 'speakeasy.totp', true],
    ['hash', 'bcrypt', false],
    ['verifyPassword', undefined, true],
    ['comparePassword', 'user', true],
    ['validPassword', 'user', true],
    ['isValidPassword', undefined, true],
    ['verifyCredentials', undefined, true],
    ['verifyTotp', undefined, true],
    ['verifyAuthenticationResponse', undefined, true],
    ['timingSafeEqual', 'crypto', true],
    ['authenticate', undefined, false],
    ['login', 'authService', false],
    ['authenticateUser', undefined, false],
    ['verifyToken', undefined, false],
    ['validateEmail', undefined, false],
    ['findUser', undefined, false],
  ] as const)('%s on %s checks a credential: %s', ([name, receiver, expected]) => {
    expect(isCredentialCheckName(name, receiver)).toBe(expected);
  });

  it('takes authenticate and login as credential checks only with credentials to check', () => {
    expect(isCredentialCheckName('authenticate', undefined, 2)).toBe(true);
    expect(isCredentialCheckName('login', 'authService', 2)).toBe(true);
    expect(isCredentialCheckName('authenticateUser', undefined, 3)).toBe(true);
    expect(isCredentialCheckName('authenticate', undefined, 1)).toBe(false);
  });

  it.for([
    ['requireRecentAuth', true],
    ['reauthenticate', true],
    ['reauthenticatedAt', true],
    ['ensureFreshLogin', true],
    ['requireSudo', true],
    ['stepUp', true],
    ['confirmPassword', true],
    ['lastAuthAt', true],
    ['authTime', true],
    ['auth_time', true],
    ['lastLoginAt', true],
    ['mfaVerifiedAt', true],
    ['requireAuth', false],
    ['lastSeen', false],
  ] as const)('%s proves a recent login: %s', ([name, expected]) => {
    expect(isRecentAuthName(name)).toBe(expected);
  });
});

describe('phrases', () => {
  it('reads routes and names', () => {
    const phrase = (text: string) => nameWords(text);
    expect(isLoginPhrase(phrase('/auth/sign-in'))).toBe(true);
    expect(isLoginPhrase(phrase('logIn'))).toBe(true);
    expect(isLoginPhrase(phrase('/oauth/callback'))).toBe(true);
    expect(isLoginPhrase(phrase('/mfa/verify'))).toBe(true);
    expect(isLoginPhrase(phrase('/verify-otp'))).toBe(true);
    expect(isLoginPhrase(phrase('/signup'))).toBe(true);
    expect(isLoginPhrase(phrase('/catalog'))).toBe(false);
    expect(isLogoutPhrase(phrase('/sign-out'))).toBe(true);
    expect(isLogoutPhrase(phrase('logOff'))).toBe(true);
    expect(isLogoutPhrase(phrase('/logo'))).toBe(false);
    expect(isPasswordPhrase(phrase('/forgot'))).toBe(true);
    expect(isRegistrationPhrase(phrase('createAccount'))).toBe(true);
    expect(isProofFlowPhrase(phrase('/reset-password/:token'))).toBe(true);
    expect(isProofFlowPhrase(phrase('/account/recovery'))).toBe(true);
    expect(isProofFlowPhrase(phrase('/account/recovery-codes'))).toBe(false);
  });
});

const FILE = '/project/src/server.ts';

describe('evidence', () => {
  const evidence = (code: string, options = {}) =>
    analyze(code, ({ sourceCode }) => {
      const analysis = getHandlerAnalysis(sourceCode, FILE);
      return analysis.handlers.map((handler) => ({
        name: describeHandler(handler),
        login: isLoginRoute(handler),
        logout: isLogoutRoute(handler),
        credential: hasCredentialCheck(handler, analysis, sourceCode),
        passport: passportAuthenticates(handler, analysis, sourceCode).map((call) => `${call.checksCredentials ? 'checks' : '-'} ${call.logsIn ? 'logs-in' : '-'}`),
      }));
    }, options);

  it('recognises logins, logouts and credential checks', () => {
    expect(
      evidence(`
        import { compare } from 'bcryptjs';
        import * as crypto from 'node:crypto';
        app.post('/session', async (req, res) => { await compare(a, b); });
        app.delete('/session', (req, res) => {});
        app.all('/auth', (req, res) => { crypto.timingSafeEqual(a, b); });
        app.post('/api/login', passport.authenticate('local', { session: false }), (req, res) => {});
        app.post('/x', passport.authenticate(['jwt', 'bearer']), verifyCredentials, (req, res) => {});
        app.get('/google', passport.authenticate('google', { scope: ['email'] }));
        app.post('/y', (req, res, next) => { passport.authenticate('local', (err, user) => {})(req, res, next); });
        app.post('/z', (req, res) => { thing(); this.go(); (() => {})(); });
        @Controller('auth')
        export class A {
          @UseGuards(LocalAuthGuard) @Post('in') a() {}
          @UseGuards(JwtGuard) @Post('out') b() {}
          @UseGuards @Post('c') c() {}
          @Post('d') d() {}
        }
        export function handler(req, res) {}
      `, { parser: 'ts' }),
    ).toEqual([
      { name: 'POST /session', login: true, logout: false, credential: true, passport: [] },
      { name: 'DELETE /session', login: false, logout: true, credential: false, passport: [] },
      { name: '/auth', login: false, logout: false, credential: true, passport: [] },
      { name: 'POST /api/login', login: true, logout: false, credential: true, passport: ['checks -'] },
      { name: 'POST /x', login: false, logout: false, credential: true, passport: ['- -'] },
      { name: 'GET /google', login: false, logout: false, credential: false, passport: ['- -'] },
      { name: 'POST /y', login: false, logout: false, credential: true, passport: ['checks -'] },
      { name: 'POST /z', login: false, logout: false, credential: false, passport: [] },
      { name: 'POST /auth/in', login: false, logout: false, credential: true, passport: [] },
      { name: 'POST /auth/out', login: false, logout: false, credential: false, passport: [] },
      { name: 'POST /auth/c', login: false, logout: false, credential: false, passport: [] },
      { name: 'POST /auth/d', login: false, logout: false, credential: false, passport: [] },
      { name: 'handler', login: false, logout: false, credential: false, passport: [] },
    ]);
  });

  it('counts extra credential-check names', () => {
    expect(
      analyze(`app.post('/x', (req, res) => { sudoCheck(); });`, ({ sourceCode }) => {
        const analysis = getHandlerAnalysis(sourceCode, FILE);
        return hasCredentialCheck(analysis.handlers[0]!, analysis, sourceCode, new Set(['sudoCheck']));
      }),
    ).toBe(true);
  });
});

describe('account writes', () => {
  const writes = (code: string) =>
    analyze(code, ({ sourceCode }) => {
      const analysis = getHandlerAnalysis(sourceCode, FILE);
      return analysis.handlers.map((handler) => [
        ...accountWrites(handler, analysis, sourceCode, (key) => sensitiveFieldKind(key) !== undefined).map((write) => write.key),
        ...accountMethodCalls(handler, analysis, new Set(['setPassword'])).map((call) => `${call.name}()`),
      ]);
    }, { parser: 'ts' });

  it('finds assignments, update calls, SQL and account methods, not request data or new records', () => {
    expect(
      writes(`
        app.post('/a', async (req, res) => {
          const user = await User.findById(id);
          user.email = req.body.email;
          req.user.phone = req.body.phone;
          this.password = hash;
          user.email = null;
          user[field] = value;
          req.body.email = 'x';
          body.phone = 'y';
          req.session.email = 'z';
          const fresh = new User();
          fresh.email = 'a';
          const made = await User.create({});
          made.email = 'b';
          const literal = { email: 'c' };
          literal.phone = 'd';
        });
        app.post('/b', async (req, res) => {
          await db.users.update(id, { email: a });
          await prisma.user.update({ where: { id }, data: { mfaEnabled: false } });
          await User.updateOne({ _id: id }, { $set: { phoneNumber: p } });
          await User.findByIdAndUpdate(id, [{ email: e }] as any);
          await db.users.create({ email: a });
          await db.users.insert({ phone: b });
          user.set({ email: c });
          cache.set({ email: d });
          await db.users.save({ email: e });
          await db.users.update(id, { email: null });
          await db.users.update(id, { [key]: 1 });
          notACall({ email: f });
        });
        app.post('/c', async (req, res) => {
          await pool.query('UPDATE users SET email = $1, name = $2 WHERE id = $3');
          await sql\`update "users" set phone = \${phone} where id = \${id}\`;
          await pool.query('SELECT email FROM users');
          await pool.query('UPDATE users SET name = $1');
          await req.user.setPassword(p);
          await authService.setPassword(p);
          await setPassword(p);
        });
        export function handler(req, res, user = req.user) {
          user.email = 'x';
        }
      `),
    ).toEqual([
      ['email', 'phone', 'password'],
      ['email', 'mfaEnabled', 'phoneNumber', 'email', 'email'],
      ['email', 'phone', 'setPassword()'],
      ['email'],
    ]);
  });
});
