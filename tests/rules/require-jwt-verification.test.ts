import type { RunTests } from '@typescript-eslint/rule-tester';
import rule, { type MessageIds, type Options } from '../../lib/rules/require-jwt-verification.ts';
import type { WithSharedOptions } from '../../lib/utils/create-rule.ts';
import { runRuleTests, withOptions } from '../helpers/rule-tester.ts';

const forged = "import jwt from 'jsonwebtoken';\nexport const check = (token) => jwt.verify(token, key, { algorithms: ['RS256', 'none'] });";

// A public key and no allow-list: reported with and without requireAllowListForAnyKey.
const publicKeyWithoutAllowList = {
  code: `import jwt from 'jsonwebtoken';
import { readFileSync } from 'node:fs';
const publicKey = readFileSync('keys/public.pem');
export const check = (token) => jwt.verify(token, publicKey);`,
  errors: [
    { messageId: 'missingAlgorithms' as const, data: { call: 'jwt.verify', option: 'algorithms' }, line: 4, column: 33, endLine: 4, endColumn: 61, suggestions: [
      { messageId: 'addAlgorithms' as const, data: { algorithms: `['RS256']` }, output: `import jwt from 'jsonwebtoken';
import { readFileSync } from 'node:fs';
const publicKey = readFileSync('keys/public.pem');
export const check = (token) => jwt.verify(token, publicKey, { algorithms: ['RS256'] });` },
      { messageId: 'addAlgorithms' as const, data: { algorithms: `['ES256']` }, output: `import jwt from 'jsonwebtoken';
import { readFileSync } from 'node:fs';
const publicKey = readFileSync('keys/public.pem');
export const check = (token) => jwt.verify(token, publicKey, { algorithms: ['ES256'] });` },
    ] },
  ],
};

// Every case below runs with requireAllowListForAnyKey, which strict and the Level 2 and 3 configs set.
const anyKeyCases: Omit<RunTests<MessageIds, WithSharedOptions<Options>>, 'assertionOptions'> = {
  valid: [
    `import jwt from 'jsonwebtoken';
export const check = (token) => jwt.verify(token, process.env.JWT_SECRET);`,
    // A getter named for a secret returns an HMAC secret (jsonwebtoken 9 then accepts only HS*).
    `import jwt from 'jsonwebtoken';
export const check = (token) => jwt.verify(token, getJwtSecret());`,
    `import { JwtService } from '@nestjs/jwt';
export class TokenService {
  constructor(private jwtService: JwtService, private env: EnvironmentService) {}
  verifyJwt(token: string) {
    return this.jwtService.verifyAsync(token, { secret: this.env.getAppSecret() });
  }
}`,
    `import { JwtModule } from '@nestjs/jwt';
export const tokens = JwtModule.registerAsync({
  useFactory: async (env: EnvironmentService) => ({ secret: env.getAppSecret(), signOptions: { expiresIn: '1h' } }),
  inject: [EnvironmentService],
});`,
    `import jwt from 'jsonwebtoken';
export const check = (token) => jwt.verify(token, config.jwt.secret, (error, payload) => payload);`,
    `import jwt from 'jsonwebtoken';
export const check = (token) => jwt.verify(token, process.env.JWT_PUBLIC_KEY, { algorithms: ['RS256'], issuer: 'https://auth.example.com', audience: 'api' });`,
    `import jwt from 'jsonwebtoken';
app.use(async (req, res, next) => {
  const token = req.headers.authorization?.slice(7);
  const { header } = jwt.decode(token, { complete: true });
  req.user = jwt.verify(token, await keys.get(header.kid), { algorithms: ['RS256'] });
  next();
});`,
    `import jwt from 'jsonwebtoken';
app.use((req, res, next) => {
  jwt.verify(req.cookies.token, process.env.JWT_SECRET);
  const claims = jwt.decode(req.cookies.token);
  if (claims.role !== 'admin') return res.sendStatus(403);
  next();
});`,
    `import jwt from 'jsonwebtoken';
app.post('/login', (req, res) => {
  const token = jwt.sign({ sub: req.user.id }, process.env.JWT_SECRET, { expiresIn: '15m' });
  const { exp } = jwt.decode(token);
  res.cookie('token', token, { maxAge: exp * 1000 - Date.now(), httpOnly: true });
  console.log(jwt.decode(token));
});`,
    `import { jwtDecode } from 'jwt-decode';
export function scheduleRefresh(token) {
  const { exp } = jwtDecode(token);
  if (exp * 1000 - Date.now() < 60_000) refresh();
  localStorage.setItem('expiresAt', String(exp));
}`,
    `import { jwtDecode } from 'jwt-decode';
import { useMemo } from 'react';
export function useUser(token) {
  return useMemo(() => { const user = jwtDecode(token); if (!user) return null; return user; }, [token]);
}`,
    `import { jwtVerify, createRemoteJWKSet } from 'jose';
const jwks = createRemoteJWKSet(new URL('https://auth.example.com/.well-known/jwks.json'));
export const check = (token) => jwtVerify(token, jwks, { issuer: 'https://auth.example.com' });`,
    `import { jwtVerify, EmbeddedJWK, calculateJwkThumbprint } from 'jose';
export async function check(token) {
  const { payload, key, protectedHeader } = await jwtVerify(token, EmbeddedJWK, { algorithms: ['ES256'] });
  if (!trusted.has(await calculateJwkThumbprint(protectedHeader.jwk))) throw new Error('untrusted key');
  return payload;
}`,
    `import { expressjwt } from 'express-jwt';
app.use(expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }));`,
    `import { jwt, verify, sign } from 'hono/jwt';
app.use('/api/*', jwt({ secret: process.env.JWT_SECRET!, alg: 'HS256' }));
export const check = (token: string) => verify(token, process.env.JWT_SECRET!, 'HS256');
export const check2 = (token: string) => verify(token, process.env.JWT_SECRET!, { alg: 'HS256', exp: true });
export const issue = (sub: string) => sign({ sub }, process.env.JWT_SECRET!);`,
    `import { Strategy, ExtractJwt } from 'passport-jwt';
passport.use(new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: process.env.JWT_SECRET, ignoreExpiration: false }, verify));
passport.use(new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: process.env.JWT_PUBLIC_KEY, algorithms: ['RS256'] }, verify));`,
    `import { JwtModule, JwtService } from '@nestjs/jwt';
JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: '60s' } });
export class AuthService {
  constructor(private readonly jwtService: JwtService) {}
  check(token: string) {
    return this.jwtService.verifyAsync(token);
  }
}`,
    `import jwt from 'jsonwebtoken';
import { verifyOptions } from './jwt-options';
export const check = (token) => jwt.verify(token, key, verifyOptions);
export const check2 = (token) => jwt.verify(token, key, { ...verifyOptions });`,
    `import jwt from 'jsonwebtoken';
app.get('/me', async (req, res) => {
  const payload = await req.jwtVerify();
  const decoded = fastify.jwt.decode(req.headers.authorization);
  res.send(payload);
});`,
    `import jwt from 'jsonwebtoken';
export async function handler(req, res) {
  const idToken = req.body.idToken;
  const decoded = jwt.decode(idToken);
  const verified = await admin.auth().verifyIdToken(idToken);
  if (decoded.email_verified) return res.json(verified);
}`,
    `import jwt from 'jwt-simple';
export const check = (token) => jwt.decode(token, process.env.JWT_SECRET, false, 'HS256');`,
    `import { decodeProtectedHeader } from 'jose';
export const kid = (token) => decodeProtectedHeader(token).kid;`,
    `import { UnsecuredJWT } from 'somewhere-else';
const t = new UnsecuredJWT({}).encode();`,
    `import jwt from 'jsonwebtoken';
export function readToken(token) {
  const decoded = jwt.decode(token);
  return decoded;
}`,
    `import jwt from 'jsonwebtoken';
const claims = jwt.decode();`,
    `import jwt from 'jsonwebtoken';
import { ALGORITHMS } from './config';
export const check = (token) => jwt.verify(token, key, { algorithms: ALGORITHMS });
export const check2 = (token) => jwt.verify(token, key, { algorithms: ['RS256', 42] });`,
    `import { verify } from 'hono/jwt';
export const a = (token: string) => verify(token, key, options);
export const b = (token: string) => verify(token, key, { alg: 'RS256' });
export const c = (token: string) => verify(...args);
export const d = (token: string) => verify(token, key, { ...defaults });`,
    `import jwt from 'jsonwebtoken';
export async function handler(req, res) {
  const idToken = req.body.idToken;
  const claims = jwt.decode(idToken);
  await client.verifyIdToken({ idToken, audience: 'app' });
  req.user = claims;
}`,
    `import { createRemoteJWKSet, importJWK } from 'jose';
export const jwks = createRemoteJWKSet(new URL('https://auth.example.com/.well-known/jwks.json'));
export const more = createRemoteJWKSet(...urls);
export const key = importJWK(trusted[kid]);`,
    `import { jwtVerify, EmbeddedJWK, calculateJwkThumbprint } from 'jose';
export const check = async (token) => {
  const result = await jwtVerify(token, EmbeddedJWK);
  await Promise.all([1].map(async () => { if (!allowed.has(await calculateJwkThumbprint(result.protectedHeader.jwk))) throw new Error('no'); }));
  return result.payload;
};`,
    `export function handler(req, res) {
  const token = req.cookies.token;
  const claims = JSON.parse(new TextDecoder().decode(base64url.decode(token.split('.')[1])));
  jwt.verify(token, process.env.JWT_SECRET);
  if (claims.admin) return res.send('admin');
}`,
    // Tests forge unsigned tokens on purpose.
    { code: forged, filename: 'src/auth/verify.spec.ts' },
    {
      code: "import { expressjwt } from 'express-jwt';\napp.use(expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'], isRevoked: isRevokedCallback }));",
      options: [{ requireRevocationCheck: true }],
    },
  ],
  invalid: [
    {
      // A getter named for a public key: the asymmetric case a token could turn against itself.
      code: `import jwt from 'jsonwebtoken';
export const check = (token) => jwt.verify(token, keys.getPublicKey());`,
      errors: [
        { messageId: 'missingAlgorithms', data: { call: 'jwt.verify', option: 'algorithms' }, line: 2, column: 33, endLine: 2, endColumn: 71, suggestions: [
          { messageId: 'addAlgorithms', data: { algorithms: `['RS256']` }, output: `import jwt from 'jsonwebtoken';
export const check = (token) => jwt.verify(token, keys.getPublicKey(), { algorithms: ['RS256'] });` },
          { messageId: 'addAlgorithms', data: { algorithms: `['ES256']` }, output: `import jwt from 'jsonwebtoken';
export const check = (token) => jwt.verify(token, keys.getPublicKey(), { algorithms: ['ES256'] });` },
        ] },
      ],
    },
    {
      // An ES module that loads jsonwebtoken through createRequire.
      code: `import { createRequire } from 'node:module';
const load = createRequire(import.meta.url);
const jwt = load('jsonwebtoken');
export const check = (token) => jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'], ignoreExpiration: true });`,
      output: `import { createRequire } from 'node:module';
const load = createRequire(import.meta.url);
const jwt = load('jsonwebtoken');
export const check = (token) => jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });`,
      errors: [
        { messageId: 'ignoreExpiration', data: { call: 'jwt.verify', option: 'ignoreExpiration: true' }, line: 4, column: 100, endLine: 4, endColumn: 122 },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
export const check = (token) => jwt.verify(token, publicKey, { algorithms: ['RS256', 'none'] });`,
      output: `import jwt from 'jsonwebtoken';
export const check = (token) => jwt.verify(token, publicKey, { algorithms: ['RS256'] });`,
      errors: [
        { messageId: 'noneAllowed', data: { call: 'jwt.verify', option: 'algorithms' }, line: 2, column: 86, endLine: 2, endColumn: 92 },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
const ALGORITHMS = ['HS256', 'NONE'];
export const check = (token) => jwt.verify(token, process.env.JWT_SECRET, {
  algorithms: ALGORITHMS,
});`,
      output: `import jwt from 'jsonwebtoken';
const ALGORITHMS = ['HS256'];
export const check = (token) => jwt.verify(token, process.env.JWT_SECRET, {
  algorithms: ALGORITHMS,
});`,
      errors: [
        { messageId: 'noneAllowed', data: { call: 'jwt.verify', option: 'algorithms' }, line: 2, column: 30, endLine: 2, endColumn: 36 },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
export const check = (token) => jwt.verify(token, '', { algorithms: ['none'] });`,
      errors: [
        { messageId: 'emptyKey', data: { call: 'jwt.verify' }, line: 2, column: 51, endLine: 2, endColumn: 53 },
        { messageId: 'noneAllowed', data: { call: 'jwt.verify', option: 'algorithms' }, line: 2, column: 70, endLine: 2, endColumn: 76 },
      ],
    },
    {
      code: `import { sign } from 'jsonwebtoken';
const ALG = 'none';
export const forge = (claims) => sign(claims, null, { algorithm: ALG });`,
      errors: [
        { messageId: 'signNone', data: { call: 'jwt.sign', option: 'algorithm' }, line: 3, column: 66, endLine: 3, endColumn: 69 },
      ],
    },
    publicKeyWithoutAllowList,
    {
      code: `import jwt from 'jsonwebtoken';
export function check(token, done) {
  jwt.verify(token, process.env.JWT_KEY, done);
}`,
      errors: [
        { messageId: 'missingAlgorithms', data: { call: 'jwt.verify', option: 'algorithms' }, line: 3, column: 3, endLine: 3, endColumn: 47, suggestions: [
          { messageId: 'addAlgorithms', data: { algorithms: `['HS256']` }, output: `import jwt from 'jsonwebtoken';
export function check(token, done) {
  jwt.verify(token, process.env.JWT_KEY, { algorithms: ['HS256'] }, done);
}` },
          { messageId: 'addAlgorithms', data: { algorithms: `['RS256']` }, output: `import jwt from 'jsonwebtoken';
export function check(token, done) {
  jwt.verify(token, process.env.JWT_KEY, { algorithms: ['RS256'] }, done);
}` },
        ] },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
export const check = (token) => jwt.verify(token, process.env.JWT_KEY, { issuer: 'https://auth.example.com' });`,
      errors: [
        { messageId: 'missingAlgorithms', data: { call: 'jwt.verify', option: 'algorithms' }, line: 2, column: 72, endLine: 2, endColumn: 110, suggestions: [
          { messageId: 'addAlgorithms', data: { algorithms: `['HS256']` }, output: `import jwt from 'jsonwebtoken';
export const check = (token) => jwt.verify(token, process.env.JWT_KEY, { issuer: 'https://auth.example.com', algorithms: ['HS256'] });` },
          { messageId: 'addAlgorithms', data: { algorithms: `['RS256']` }, output: `import jwt from 'jsonwebtoken';
export const check = (token) => jwt.verify(token, process.env.JWT_KEY, { issuer: 'https://auth.example.com', algorithms: ['RS256'] });` },
        ] },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
const client = jwksClient({ jwksUri: 'https://auth.example.com/.well-known/jwks.json' });
export const check = (token) => jwt.verify(token, (header, callback) => client.getSigningKey(header.kid, callback), {
  audience: 'api',
});`,
      errors: [
        { messageId: 'missingAlgorithms', data: { call: 'jwt.verify', option: 'algorithms' }, line: 3, column: 117, endLine: 5, endColumn: 2, suggestions: [
          { messageId: 'addAlgorithms', data: { algorithms: `['HS256']` }, output: `import jwt from 'jsonwebtoken';
const client = jwksClient({ jwksUri: 'https://auth.example.com/.well-known/jwks.json' });
export const check = (token) => jwt.verify(token, (header, callback) => client.getSigningKey(header.kid, callback), {
  audience: 'api',
  algorithms: ['HS256'],
});` },
          { messageId: 'addAlgorithms', data: { algorithms: `['RS256']` }, output: `import jwt from 'jsonwebtoken';
const client = jwksClient({ jwksUri: 'https://auth.example.com/.well-known/jwks.json' });
export const check = (token) => jwt.verify(token, (header, callback) => client.getSigningKey(header.kid, callback), {
  audience: 'api',
  algorithms: ['RS256'],
});` },
        ] },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
export const check = (token: string) => jwt.verify(token, process.env.JWT_SECRET!, { algorithms: ['HS256', 'RS256'], ignoreExpiration: true });`,
      output: `import jwt from 'jsonwebtoken';
export const check = (token: string) => jwt.verify(token, process.env.JWT_SECRET!, { algorithms: ['HS256', 'RS256'] });`,
      errors: [
        { messageId: 'mixedAlgorithms', data: { call: 'jwt.verify' }, line: 2, column: 98, endLine: 2, endColumn: 116 },
        { messageId: 'ignoreExpiration', data: { call: 'jwt.verify', option: 'ignoreExpiration: true' }, line: 2, column: 118, endLine: 2, endColumn: 140 },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
app.use((req, res, next) => {
  req.user = jwt.decode(req.headers.authorization.slice(7));
  next();
});`,
      errors: [
        { messageId: 'decodeWithoutVerify', data: { call: 'jwt.decode', verify: '`jwt.verify`' }, line: 3, column: 14, endLine: 3, endColumn: 60 },
      ],
    },
    {
      code: `const { decode } = require('jsonwebtoken');
module.exports = function requireAdmin(req, res, next) {
  const claims = decode(req.cookies.token);
  if (!claims || claims.role !== 'admin') return res.sendStatus(403);
  next();
};`,
      errors: [
        { messageId: 'decodeWithoutVerify', data: { call: 'jwt.decode', verify: '`jwt.verify`' }, line: 3, column: 18, endLine: 3, endColumn: 43 },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
export function verifyToken(token) {
  return jwt.decode(token);
}`,
      errors: [
        { messageId: 'decodeWithoutVerify', data: { call: 'jwt.decode', verify: '`jwt.verify`' }, line: 3, column: 10, endLine: 3, endColumn: 27 },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
function userFrom(token) {
  const { sub } = jwt.decode(token);
  return users.findById(sub);
}
app.get('/me', async (req, res) => {
  res.locals.user = await userFrom(req.cookies.session);
  res.render('me');
});`,
      errors: [
        { messageId: 'decodeWithoutVerify', data: { call: 'jwt.decode', verify: '`jwt.verify`' }, line: 3, column: 19, endLine: 3, endColumn: 36 },
      ],
    },
    {
      code: `import { decodeJwt } from 'jose';
export async function GET(request: Request) {
  const claims = decodeJwt(request.headers.get('authorization')!.slice(7));
  if (claims.role !== 'admin') return new Response(null, { status: 403 });
  return Response.json({ ok: true });
}`,
      errors: [
        { messageId: 'decodeWithoutVerify', data: { call: 'decodeJwt', verify: '`jwtVerify`' }, line: 3, column: 18, endLine: 3, endColumn: 75 },
      ],
    },
    {
      code: `import { jwtDecode } from 'jwt-decode';
import express from 'express';
export const auth: express.RequestHandler = (req, res, next) => {
  const payload = jwtDecode<{ sub: string }>(String(req.headers.authorization));
  req.auth = payload;
  next();
};`,
      errors: [
        { messageId: 'decodeWithoutVerify', data: { call: 'jwtDecode', verify: 'a server-side `jwtVerify` or `jwt.verify`' }, line: 4, column: 19, endLine: 4, endColumn: 80 },
      ],
    },
    {
      code: `import { Strategy } from 'passport-custom';
import jwt from 'jsonwebtoken';
passport.use('token', new Strategy((req, done) => {
  const payload = jwt.decode(req.query.token);
  done(null, payload);
}));`,
      errors: [
        { messageId: 'decodeWithoutVerify', data: { call: 'jwt.decode', verify: '`jwt.verify`' }, line: 4, column: 19, endLine: 4, endColumn: 46 },
      ],
    },
    {
      code: `import { Hono } from 'hono';
import { decode } from 'hono/jwt';
const app = new Hono();
app.use('/api/*', async (c, next) => {
  const { payload } = decode(c.req.header('authorization')!.slice(7));
  c.set('jwtPayload', payload);
  await next();
});`,
      errors: [
        { messageId: 'decodeWithoutVerify', data: { call: 'decode', verify: '`verify`' }, line: 5, column: 23, endLine: 5, endColumn: 70 },
      ],
    },
    {
      code: `import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
@Injectable()
export class AuthGuard {
  constructor(private readonly jwtService: JwtService) {}
  canActivate(context) {
    const request = context.switchToHttp().getRequest();
    const payload = this.jwtService.decode(request.headers.authorization);
    return payload?.role === 'admin';
  }
}`,
      errors: [
        { messageId: 'decodeWithoutVerify', data: { call: 'jwtService.decode', verify: '`jwtService.verify`' }, line: 8, column: 21, endLine: 8, endColumn: 74 },
      ],
    },
    {
      code: `import jwt from 'jwt-simple';
app.use((req, res, next) => {
  req.user = jwt.decode(req.headers['x-access-token'], process.env.JWT_SECRET, true);
  next();
});`,
      errors: [
        { messageId: 'decodeWithoutVerify', data: { call: 'jwt.decode', verify: '`jwt.decode` without `noVerify`' }, line: 3, column: 14, endLine: 3, endColumn: 85 },
      ],
    },
    {
      code: `import jwt from 'jwt-simple';
export const check = (token) => jwt.decode(token, process.env.JWT_PUBLIC_KEY);`,
      errors: [
        { messageId: 'missingAlgorithms', data: { call: 'jwt.decode', option: 'alg' }, line: 2, column: 33, endLine: 2, endColumn: 78, suggestions: [
          { messageId: 'addAlgorithms', data: { algorithms: `'RS256'` }, output: `import jwt from 'jwt-simple';
export const check = (token) => jwt.decode(token, process.env.JWT_PUBLIC_KEY, false, 'RS256');` },
          { messageId: 'addAlgorithms', data: { algorithms: `'ES256'` }, output: `import jwt from 'jwt-simple';
export const check = (token) => jwt.decode(token, process.env.JWT_PUBLIC_KEY, false, 'ES256');` },
        ] },
      ],
    },
    {
      code: `import { UnsecuredJWT } from 'jose';
export const issue = (sub) => new UnsecuredJWT({ sub }).setExpirationTime('2h').encode();
export const read = (token) => UnsecuredJWT.decode(token).payload;`,
      errors: [
        { messageId: 'unsecuredJwt', data: { action: 'creates' }, line: 2, column: 31, endLine: 2, endColumn: 56 },
        { messageId: 'unsecuredJwt', data: { action: 'accepts' }, line: 3, column: 32, endLine: 3, endColumn: 58 },
      ],
    },
    {
      code: `import { jwtVerify, EmbeddedJWK } from 'jose';
export async function check(token) {
  const { payload } = await jwtVerify(token, EmbeddedJWK, { algorithms: ['ES256'] });
  return payload;
}`,
      errors: [
        { messageId: 'embeddedJwk', data: {}, line: 3, column: 46, endLine: 3, endColumn: 57 },
      ],
    },
    {
      code: `import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify, importJWK } from 'jose';
export async function check(token) {
  const header = decodeProtectedHeader(token);
  const jwks = createRemoteJWKSet(new URL(header.jku));
  await importJWK(header.jwk);
  return jwtVerify(token, jwks, { algorithms: ['RS256'] });
}`,
      errors: [
        { messageId: 'keyFromToken', data: { header: 'jku' }, line: 4, column: 43, endLine: 4, endColumn: 53 },
        { messageId: 'keyFromToken', data: { header: 'jwk' }, line: 5, column: 19, endLine: 5, endColumn: 29 },
      ],
    },
    {
      code: `import { expressjwt } from 'express-jwt';
app.use(expressjwt({ secret: process.env.JWT_SECRET }));`,
      errors: [
        { messageId: 'missingAlgorithms', data: { call: 'expressjwt', option: 'algorithms' }, line: 2, column: 20, endLine: 2, endColumn: 54, suggestions: [
          { messageId: 'addAlgorithms', data: { algorithms: `['HS256']` }, output: `import { expressjwt } from 'express-jwt';
app.use(expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }));` },
        ] },
      ],
    },
    {
      code: `const { expressjwt: jwt } = require('express-jwt');
app.use(jwt({ secret: jwksRsa.expressJwtSecret({ jwksUri: 'https://auth.example.com/jwks' }), ignoreExpiration: true, algorithms: ['RS256'] }));`,
      output: `const { expressjwt: jwt } = require('express-jwt');
app.use(jwt({ secret: jwksRsa.expressJwtSecret({ jwksUri: 'https://auth.example.com/jwks' }), algorithms: ['RS256'] }));`,
      errors: [
        { messageId: 'ignoreExpiration', data: { call: 'expressjwt', option: 'ignoreExpiration: true' }, line: 2, column: 95, endLine: 2, endColumn: 117 },
      ],
    },
    {
      code: `import { Strategy as JwtStrategy, ExtractJwt } from 'passport-jwt';
passport.use(new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKey: process.env.JWT_PUBLIC_KEY,
  ignoreExpiration: true,
}, verify));`,
      output: `import { Strategy as JwtStrategy, ExtractJwt } from 'passport-jwt';
passport.use(new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKey: process.env.JWT_PUBLIC_KEY,
}, verify));`,
      errors: [
        { messageId: 'missingAlgorithms', data: { call: 'JwtStrategy', option: 'algorithms' }, line: 2, column: 30, endLine: 6, endColumn: 2, suggestions: [
          { messageId: 'addAlgorithms', data: { algorithms: `['RS256']` }, output: `import { Strategy as JwtStrategy, ExtractJwt } from 'passport-jwt';
passport.use(new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKey: process.env.JWT_PUBLIC_KEY,
  ignoreExpiration: true,
  algorithms: ['RS256'],
}, verify));` },
          { messageId: 'addAlgorithms', data: { algorithms: `['ES256']` }, output: `import { Strategy as JwtStrategy, ExtractJwt } from 'passport-jwt';
passport.use(new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKey: process.env.JWT_PUBLIC_KEY,
  ignoreExpiration: true,
  algorithms: ['ES256'],
}, verify));` },
        ] },
        { messageId: 'ignoreExpiration', data: { call: 'JwtStrategy', option: 'ignoreExpiration: true' }, line: 5, column: 3, endLine: 5, endColumn: 25 },
      ],
    },
    {
      code: `import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { passportJwtSecret } from 'jwks-rsa';
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor() {
    super({
      secretOrKeyProvider: passportJwtSecret({ jwksUri: 'https://auth.example.com/jwks' }),
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
    });
  }
}`,
      errors: [
        { messageId: 'missingAlgorithms', data: { call: 'PassportStrategy(Strategy)', option: 'algorithms' }, line: 6, column: 11, endLine: 9, endColumn: 6, suggestions: [
          { messageId: 'addAlgorithms', data: { algorithms: `['RS256']` }, output: `import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { passportJwtSecret } from 'jwks-rsa';
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor() {
    super({
      secretOrKeyProvider: passportJwtSecret({ jwksUri: 'https://auth.example.com/jwks' }),
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      algorithms: ['RS256'],
    });
  }
}` },
          { messageId: 'addAlgorithms', data: { algorithms: `['ES256']` }, output: `import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { passportJwtSecret } from 'jwks-rsa';
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor() {
    super({
      secretOrKeyProvider: passportJwtSecret({ jwksUri: 'https://auth.example.com/jwks' }),
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      algorithms: ['ES256'],
    });
  }
}` },
        ] },
      ],
    },
    {
      code: `import { jwt } from 'hono/jwt';
app.use('/api/*', jwt({ secret: process.env.JWT_SECRET! }));`,
      errors: [
        { messageId: 'missingAlgorithms', data: { call: 'jwt', option: 'alg' }, line: 2, column: 23, endLine: 2, endColumn: 58, suggestions: [
          { messageId: 'addAlgorithms', data: { algorithms: `'HS256'` }, output: `import { jwt } from 'hono/jwt';
app.use('/api/*', jwt({ secret: process.env.JWT_SECRET!, alg: 'HS256' }));` },
        ] },
      ],
    },
    {
      code: `import { verify } from 'hono/jwt';
export const check = (token: string, key: string) => verify(token, key);
export const check2 = (token: string) => verify(token, process.env.JWT_SECRET!, { exp: false, alg: 'HS256' });`,
      output: `import { verify } from 'hono/jwt';
export const check = (token: string, key: string) => verify(token, key);
export const check2 = (token: string) => verify(token, process.env.JWT_SECRET!, { alg: 'HS256' });`,
      errors: [
        { messageId: 'missingAlgorithms', data: { call: 'verify', option: 'alg' }, line: 2, column: 54, endLine: 2, endColumn: 72, suggestions: [
          { messageId: 'addAlgorithms', data: { algorithms: `'HS256'` }, output: `import { verify } from 'hono/jwt';
export const check = (token: string, key: string) => verify(token, key, 'HS256');
export const check2 = (token: string) => verify(token, process.env.JWT_SECRET!, { exp: false, alg: 'HS256' });` },
          { messageId: 'addAlgorithms', data: { algorithms: `'RS256'` }, output: `import { verify } from 'hono/jwt';
export const check = (token: string, key: string) => verify(token, key, 'RS256');
export const check2 = (token: string) => verify(token, process.env.JWT_SECRET!, { exp: false, alg: 'HS256' });` },
        ] },
        { messageId: 'ignoreExpiration', data: { call: 'verify', option: 'exp: false' }, line: 3, column: 83, endLine: 3, endColumn: 93 },
      ],
    },
    {
      code: `import { JwtModule } from '@nestjs/jwt';
export const jwtModule = JwtModule.register({
  publicKey: process.env.JWT_PUBLIC_KEY,
  privateKey: process.env.JWT_PRIVATE_KEY,
  signOptions: { algorithm: 'RS256' },
});`,
      errors: [
        { messageId: 'missingAlgorithms', data: { call: 'JwtModule.register', option: 'verifyOptions.algorithms' }, line: 2, column: 45, endLine: 6, endColumn: 2, suggestions: [
          { messageId: 'addAlgorithms', data: { algorithms: `['RS256']` }, output: `import { JwtModule } from '@nestjs/jwt';
export const jwtModule = JwtModule.register({
  publicKey: process.env.JWT_PUBLIC_KEY,
  privateKey: process.env.JWT_PRIVATE_KEY,
  signOptions: { algorithm: 'RS256' },
  verifyOptions: { algorithms: ['RS256'] },
});` },
          { messageId: 'addAlgorithms', data: { algorithms: `['ES256']` }, output: `import { JwtModule } from '@nestjs/jwt';
export const jwtModule = JwtModule.register({
  publicKey: process.env.JWT_PUBLIC_KEY,
  privateKey: process.env.JWT_PRIVATE_KEY,
  signOptions: { algorithm: 'RS256' },
  verifyOptions: { algorithms: ['ES256'] },
});` },
        ] },
      ],
    },
    {
      code: `import { JwtModule } from '@nestjs/jwt';
export const jwtModule = JwtModule.registerAsync({
  useFactory: () => ({
    secret: process.env.JWT_SECRET,
    signOptions: { algorithm: 'none' },
    verifyOptions: { ignoreExpiration: true },
  }),
});`,
      output: `import { JwtModule } from '@nestjs/jwt';
export const jwtModule = JwtModule.registerAsync({
  useFactory: () => ({
    secret: process.env.JWT_SECRET,
    signOptions: { algorithm: 'none' },
    verifyOptions: {},
  }),
});`,
      errors: [
        { messageId: 'signNone', data: { call: 'JwtModule.registerAsync', option: 'algorithm' }, line: 5, column: 31, endLine: 5, endColumn: 37 },
        { messageId: 'ignoreExpiration', data: { call: 'JwtModule.registerAsync', option: 'ignoreExpiration: true' }, line: 6, column: 22, endLine: 6, endColumn: 44 },
      ],
    },
    {
      code: `import { JwtModule } from '@nestjs/jwt';
JwtModule.register({ publicKey: process.env.PUB, verifyOptions: { issuer: 'x' } });`,
      errors: [
        { messageId: 'missingAlgorithms', data: { call: 'JwtModule.register', option: 'verifyOptions.algorithms' }, line: 2, column: 65, endLine: 2, endColumn: 80, suggestions: [
          { messageId: 'addAlgorithms', data: { algorithms: `['RS256']` }, output: `import { JwtModule } from '@nestjs/jwt';
JwtModule.register({ publicKey: process.env.PUB, verifyOptions: { issuer: 'x', algorithms: ['RS256'] } });` },
          { messageId: 'addAlgorithms', data: { algorithms: `['ES256']` }, output: `import { JwtModule } from '@nestjs/jwt';
JwtModule.register({ publicKey: process.env.PUB, verifyOptions: { issuer: 'x', algorithms: ['ES256'] } });` },
        ] },
      ],
    },
    {
      code: `import { JwtService } from '@nestjs/jwt';
export class TokenService {
  constructor(private jwt: JwtService) {}
  check(token: string) {
    return this.jwt.verifyAsync(token, { publicKey: process.env.JWT_PUBLIC_KEY });
  }
}`,
      errors: [
        { messageId: 'missingAlgorithms', data: { call: 'jwtService.verifyAsync', option: 'algorithms' }, line: 5, column: 40, endLine: 5, endColumn: 81, suggestions: [
          { messageId: 'addAlgorithms', data: { algorithms: `['RS256']` }, output: `import { JwtService } from '@nestjs/jwt';
export class TokenService {
  constructor(private jwt: JwtService) {}
  check(token: string) {
    return this.jwt.verifyAsync(token, { publicKey: process.env.JWT_PUBLIC_KEY, algorithms: ['RS256'] });
  }
}` },
          { messageId: 'addAlgorithms', data: { algorithms: `['ES256']` }, output: `import { JwtService } from '@nestjs/jwt';
export class TokenService {
  constructor(private jwt: JwtService) {}
  check(token: string) {
    return this.jwt.verifyAsync(token, { publicKey: process.env.JWT_PUBLIC_KEY, algorithms: ['ES256'] });
  }
}` },
        ] },
      ],
    },
    {
      code: `import fastifyJwt from '@fastify/jwt';
fastify.register(fastifyJwt, { secret: process.env.JWT_SECRET, sign: { algorithm: 'none' }, verify: { algorithms: ['HS256', 'none'], ignoreExpiration: true } });`,
      output: `import fastifyJwt from '@fastify/jwt';
fastify.register(fastifyJwt, { secret: process.env.JWT_SECRET, sign: { algorithm: 'none' }, verify: { algorithms: ['HS256'] } });`,
      errors: [
        { messageId: 'signNone', data: { call: '@fastify/jwt', option: 'algorithm' }, line: 2, column: 83, endLine: 2, endColumn: 89 },
        { messageId: 'noneAllowed', data: { call: '@fastify/jwt', option: 'verify.algorithms' }, line: 2, column: 125, endLine: 2, endColumn: 131 },
        { messageId: 'ignoreExpiration', data: { call: '@fastify/jwt', option: 'ignoreExpiration: true' }, line: 2, column: 134, endLine: 2, endColumn: 156 },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
export const checkAccess = (accessToken) => jwt.verify(accessToken, process.env.JWT_SECRET);
app.post('/refresh', (req, res) => {
  const refreshToken = req.cookies.refresh;
  req.user = jwt.decode(refreshToken);
  res.sendStatus(204);
});`,
      errors: [
        { messageId: 'decodeWithoutVerify', data: { call: 'jwt.decode', verify: '`jwt.verify`' }, line: 5, column: 14, endLine: 5, endColumn: 38 },
      ],
    },
    {
      code: `import { jwt } from 'hono/jwt';
app.use('/api/*', jwt({ secret: process.env.JWT_SECRET!, alg: 'none' }));`,
      errors: [
        { messageId: 'noneAllowed', data: { call: 'jwt', option: 'alg' }, line: 2, column: 63, endLine: 2, endColumn: 69 },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
const ALG = 'none';
export const check = (token) => jwt.verify(token, '', { algorithms: [ALG] });`,
      errors: [
        { messageId: 'emptyKey', data: { call: 'jwt.verify' }, line: 3, column: 51, endLine: 3, endColumn: 53 },
        { messageId: 'noneAllowed', data: { call: 'jwt.verify', option: 'algorithms' }, line: 3, column: 69, endLine: 3, endColumn: 74 },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
const BASE = ['RS256'];
export const check = (token) => jwt.verify(token, publicKey, { algorithms: [...BASE, 'none'] });`,
      errors: [
        { messageId: 'noneAllowed', data: { call: 'jwt.verify', option: 'algorithms' }, line: 3, column: 86, endLine: 3, endColumn: 92 },
      ],
    },
    {
      code: `import { expressjwt } from 'express-jwt';
app.use(expressjwt({ getToken: (req) => req.cookies.token }));
app.use(expressjwt());`,
      errors: [
        { messageId: 'missingAlgorithms', data: { call: 'expressjwt', option: 'algorithms' }, line: 2, column: 20, endLine: 2, endColumn: 60, suggestions: [
          { messageId: 'addAlgorithms', data: { algorithms: `['HS256']` }, output: `import { expressjwt } from 'express-jwt';
app.use(expressjwt({ getToken: (req) => req.cookies.token, algorithms: ['HS256'] }));
app.use(expressjwt());` },
          { messageId: 'addAlgorithms', data: { algorithms: `['RS256']` }, output: `import { expressjwt } from 'express-jwt';
app.use(expressjwt({ getToken: (req) => req.cookies.token, algorithms: ['RS256'] }));
app.use(expressjwt());` },
        ] },
        { messageId: 'missingAlgorithms', data: { call: 'expressjwt', option: 'algorithms' }, line: 3, column: 9, endLine: 3, endColumn: 21, suggestions: [
          { messageId: 'addAlgorithms', data: { algorithms: `['HS256']` }, output: `import { expressjwt } from 'express-jwt';
app.use(expressjwt({ getToken: (req) => req.cookies.token }));
app.use(expressjwt({ algorithms: ['HS256'] }));` },
          { messageId: 'addAlgorithms', data: { algorithms: `['RS256']` }, output: `import { expressjwt } from 'express-jwt';
app.use(expressjwt({ getToken: (req) => req.cookies.token }));
app.use(expressjwt({ algorithms: ['RS256'] }));` },
        ] },
      ],
    },
    {
      code: `import { verify } from 'hono/jwt';
export const check = (token: string) => verify(token, process.env.JWT_PUBLIC_KEY!, { exp: true });`,
      errors: [
        { messageId: 'missingAlgorithms', data: { call: 'verify', option: 'alg' }, line: 2, column: 84, endLine: 2, endColumn: 97, suggestions: [
          { messageId: 'addAlgorithms', data: { algorithms: `'RS256'` }, output: `import { verify } from 'hono/jwt';
export const check = (token: string) => verify(token, process.env.JWT_PUBLIC_KEY!, { exp: true, alg: 'RS256' });` },
          { messageId: 'addAlgorithms', data: { algorithms: `'ES256'` }, output: `import { verify } from 'hono/jwt';
export const check = (token: string) => verify(token, process.env.JWT_PUBLIC_KEY!, { exp: true, alg: 'ES256' });` },
        ] },
      ],
    },
    {
      code: `import { Strategy } from 'passport-jwt';
const opts = { secretOrKey: process.env.JWT_SECRET };
opts.ignoreExpiration = true;
passport.use(new Strategy(opts, verify));`,
      errors: [
        { messageId: 'ignoreExpiration', data: { call: 'JwtStrategy', option: 'ignoreExpiration: true' }, line: 3, column: 1, endLine: 3, endColumn: 29 },
      ],
    },
    {
      code: `import { decodeProtectedHeader, importJWK, createRemoteJWKSet } from 'jose';
export async function keyFor(token) {
  const { jwk } = decodeProtectedHeader(token);
  const header = decodeProtectedHeader(token);
  const url = header.jku;
  createRemoteJWKSet(new URL(\`\${header.x5u}\`));
  createRemoteJWKSet(new URL(url));
  return importJWK(jwk);
}`,
      errors: [
        { messageId: 'keyFromToken', data: { header: 'jku' }, line: 5, column: 15, endLine: 5, endColumn: 25 },
        { messageId: 'keyFromToken', data: { header: 'x5u' }, line: 6, column: 33, endLine: 6, endColumn: 43 },
        { messageId: 'keyFromToken', data: { header: 'jwk' }, line: 8, column: 20, endLine: 8, endColumn: 23 },
      ],
    },
    {
      code: `import { jwtVerify, EmbeddedJWK } from 'jose';
const { payload } = await jwtVerify(token, EmbeddedJWK);`,
      errors: [
        { messageId: 'embeddedJwk', data: {}, line: 2, column: 44, endLine: 2, endColumn: 55 },
      ],
    },
    {
      code: `import jwt from 'jwt-simple';
export const check = (token) => jwt.decode(token, process.env.JWT_PUBLIC_KEY, false);`,
      errors: [
        { messageId: 'missingAlgorithms', data: { call: 'jwt.decode', option: 'alg' }, line: 2, column: 33, endLine: 2, endColumn: 85, suggestions: [
          { messageId: 'addAlgorithms', data: { algorithms: `'RS256'` }, output: `import jwt from 'jwt-simple';
export const check = (token) => jwt.decode(token, process.env.JWT_PUBLIC_KEY, false, 'RS256');` },
          { messageId: 'addAlgorithms', data: { algorithms: `'ES256'` }, output: `import jwt from 'jwt-simple';
export const check = (token) => jwt.decode(token, process.env.JWT_PUBLIC_KEY, false, 'ES256');` },
        ] },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
const ALGORITHMS = ['HS512', 'ES256'];
export const check = (token) => jwt.verify(token, key, { algorithms: ALGORITHMS });`,
      errors: [
        { messageId: 'mixedAlgorithms', data: { call: 'jwt.verify' }, line: 3, column: 70, endLine: 3, endColumn: 80 },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
export const check = (token) => jwt.verify(token, key, {
  algorithms: [
    'RS256',
    'none',
  ],
});`,
      output: `import jwt from 'jsonwebtoken';
export const check = (token) => jwt.verify(token, key, {
  algorithms: [
    'RS256',
  ],
});`,
      errors: [
        { messageId: 'noneAllowed', data: { call: 'jwt.verify', option: 'algorithms' }, line: 5, column: 5, endLine: 5, endColumn: 11 },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
export const check = (token) => jwt.verify(token, key, { algorithms: ['none', /* legacy */ 'RS256'] });`,
      errors: [
        { messageId: 'noneAllowed', data: { call: 'jwt.verify', option: 'algorithms' }, line: 2, column: 71, endLine: 2, endColumn: 77 },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
export function handler(req, res) {
  const claims = jwt.decode(req.body.t);
  (0, verifyToken)(req.body.t);
  check(...tokens);
  req.user = claims;
  verifyAll(...tokens);
}`,
      errors: [
        { messageId: 'decodeWithoutVerify', data: { call: 'jwt.decode', verify: '`jwt.verify`' }, line: 3, column: 18, endLine: 3, endColumn: 40 },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
import { promisify } from 'node:util';
const verifyAsync = promisify(jwt.verify);
export const check = (token) => verifyAsync(token, publicKey);
export const check2 = (token) => promisify(jwt.verify)(token, publicKey, { algorithms: ['RS256', 'none'] });`,
      output: `import jwt from 'jsonwebtoken';
import { promisify } from 'node:util';
const verifyAsync = promisify(jwt.verify);
export const check = (token) => verifyAsync(token, publicKey);
export const check2 = (token) => promisify(jwt.verify)(token, publicKey, { algorithms: ['RS256'] });`,
      errors: [
        { messageId: 'missingAlgorithms', data: { call: 'jwt.verify', option: 'algorithms' }, line: 4, column: 33, endLine: 4, endColumn: 62, suggestions: [
          { messageId: 'addAlgorithms', data: { algorithms: `['RS256']` }, output: `import jwt from 'jsonwebtoken';
import { promisify } from 'node:util';
const verifyAsync = promisify(jwt.verify);
export const check = (token) => verifyAsync(token, publicKey, { algorithms: ['RS256'] });
export const check2 = (token) => promisify(jwt.verify)(token, publicKey, { algorithms: ['RS256', 'none'] });` },
          { messageId: 'addAlgorithms', data: { algorithms: `['ES256']` }, output: `import jwt from 'jsonwebtoken';
import { promisify } from 'node:util';
const verifyAsync = promisify(jwt.verify);
export const check = (token) => verifyAsync(token, publicKey, { algorithms: ['ES256'] });
export const check2 = (token) => promisify(jwt.verify)(token, publicKey, { algorithms: ['RS256', 'none'] });` },
        ] },
        { messageId: 'noneAllowed', data: { call: 'jwt.verify', option: 'algorithms' }, line: 5, column: 98, endLine: 5, endColumn: 104 },
      ],
    },
    {
      code: `import { JWT, JWK } from 'jose';
export const check = (token) => JWT.verify(token, JWK.None);
export const read = (req) => { req.user = JWT.decode(req.headers.authorization); };`,
      errors: [
        { messageId: 'emptyKey', data: { call: 'JWT.verify' }, line: 2, column: 51, endLine: 2, endColumn: 59 },
        { messageId: 'decodeWithoutVerify', data: { call: 'JWT.decode', verify: '`JWT.verify`' }, line: 3, column: 43, endLine: 3, endColumn: 80 },
      ],
    },
    {
      code: `app.use((req, res, next) => {
  const token = req.headers.authorization.split(' ')[1];
  req.user = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
  next();
});`,
      errors: [
        { messageId: 'decodeWithoutVerify', data: { call: 'JSON.parse', verify: 'a verify call (`jwt.verify`, `jwtVerify`)' }, line: 3, column: 14, endLine: 3, endColumn: 88 },
      ],
    },
    {
      code: `export function handler(req, res) {
  const [, payload] = req.cookies.token.split('.');
  const claims = JSON.parse(atob(payload));
  if (claims.admin) return res.send('admin');
}`,
      errors: [
        { messageId: 'decodeWithoutVerify', data: { call: 'JSON.parse', verify: 'a verify call (`jwt.verify`, `jwtVerify`)' }, line: 3, column: 18, endLine: 3, endColumn: 43 },
      ],
    },
    {
      code: `import { ApolloServer } from '@apollo/server';
import jwt from 'jsonwebtoken';
export const server = new ApolloServer({ typeDefs, resolvers });
export const context = async ({ req }) => ({ user: jwt.decode(req.headers.authorization ?? '') });
`,
      errors: [
        { messageId: 'decodeWithoutVerify', data: { call: 'jwt.decode', verify: '`jwt.verify`' }, line: 4, column: 52, endLine: 4, endColumn: 95 },
      ],
    },
    {
      code: `import { expressjwt } from 'express-jwt';
app.use(expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }));
`,
      options: [{ requireRevocationCheck: true }],
      errors: [
        { messageId: 'missingRevocation', data: { call: 'expressjwt' }, line: 2, column: 20, endLine: 2, endColumn: 77 },
      ],
    },
    {
      code: forged,
      filename: 'src/auth/verify.spec.ts',
      options: [{ checkTestFiles: true }],
      output: "import jwt from 'jsonwebtoken';\nexport const check = (token) => jwt.verify(token, key, { algorithms: ['RS256'] });",
      errors: [{ messageId: 'noneAllowed', data: { call: 'jwt.verify', option: 'algorithms' }, line: 2, column: 80, endLine: 2, endColumn: 86 }],
    },
  ],
};

// By default a missing allow-list is reported only where the file shows a public key.
const publicKeyCases: Omit<RunTests<MessageIds, WithSharedOptions<Options>>, 'assertionOptions'> = {
  valid: [
    // OIDC Core 3.1.3.7: an id_token straight from the provider's token endpoint may be trusted over TLS.
    `import jwt from 'jsonwebtoken';
passport.use(new OAuth2Strategy(options, (accessToken, refreshToken, params, profile, done) => {
  const claims = jwt.decode(params.id_token);
  done(null, { id: claims.sub, email: claims.email });
}));`,
    // A userinfo endpoint answering application/jwt: the body came from the provider over TLS, like an id_token.
    `import jwt from 'jsonwebtoken';
passport.use(new OAuth2Strategy(options, async (accessToken, refreshToken, profile, done) => {
  const response = await fetch(userInfoUrl, { headers: { Authorization: \`Bearer \${accessToken}\` } });
  const text = await response.text();
  const claims = jwt.decode(text.trim());
  done(null, { id: claims.sub });
}));`,
    `import jwt from 'jsonwebtoken';
export async function userFrom(response: Response, done: (error: null, user: unknown) => void) {
  const claims = jwt.decode(await response.text());
  done(null, claims);
}`,
    // A helper decodes to find the user; each caller verifies the same token with that user's secret.
    `import JWT from 'jsonwebtoken';
function getPayload(token) {
  return JWT.decode(token);
}
export async function userForToken(token) {
  const payload = getPayload(token);
  const user = await users.find(payload.id);
  JWT.verify(token, user.jwtSecret);
  return user;
}`,
    "import jwt from 'jsonwebtoken';\nexport const check = (token: string) => jwt.verify(token, process.env.JWT_SECRET!);",
    "import jwt from 'jsonwebtoken';\nexport const check = (token: string, config: { secret: string }) => jwt.verify(token, config.secret);",
    // NEXT_PRIVATE_ is Next.js's server-only prefix: this is an HMAC secret.
    "import jwt from 'jsonwebtoken';\nconst JWT_SECRET = process.env.NEXT_PRIVATE_UNSUBSCRIBE_JWT_SECRET as string;\nexport const check = (token: string) => jwt.verify(token, JWT_SECRET);",
  ],
  invalid: [
    {
      // The browser sent this id_token: nothing vouches for it.
      code: `import jwt from 'jsonwebtoken';
app.post('/auth/google', (req, res, next) => {
  req.user = jwt.decode(req.body.id_token);
  next();
});`,
      errors: [{ messageId: 'decodeWithoutVerify', data: { call: 'jwt.decode', verify: '`jwt.verify`' }, line: 3, column: 14, endLine: 3, endColumn: 43 }],
    },
    {
      // The body of the request the browser sent is not a response the server fetched.
      code: `import jwt from 'jsonwebtoken';
export async function POST(request: Request) {
  const claims = jwt.decode(await request.text());
  if (claims.admin) return grant();
}`,
      errors: [{ messageId: 'decodeWithoutVerify', data: { call: 'jwt.decode', verify: '`jwt.verify`' }, line: 3, column: 18, endLine: 3, endColumn: 50 }],
    },
    {
      // One caller verifies, the other trusts the payload.
      code: `import JWT from 'jsonwebtoken';
function getPayload(token) {
  return JWT.decode(token);
}
export function verifyUser(token) {
  const payload = getPayload(token);
  JWT.verify(token, secretFor(payload.id));
  return payload;
}
export const authenticate = (req) => { req.user = getPayload(req.headers.authorization); };`,
      errors: [{ messageId: 'decodeWithoutVerify', data: { call: 'jwt.decode', verify: '`jwt.verify`' }, line: 3, column: 10, endLine: 3, endColumn: 27 }],
    },
    publicKeyWithoutAllowList,
  ],
};

runRuleTests('require-jwt-verification', rule, {
  valid: [...publicKeyCases.valid, ...withOptions(anyKeyCases.valid, { requireAllowListForAnyKey: true })],
  invalid: [...publicKeyCases.invalid, ...withOptions(anyKeyCases.invalid, { requireAllowListForAnyKey: true })],
});
