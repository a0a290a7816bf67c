import { describe, expect, it } from 'vitest';
import { keyKind } from '../../../lib/models/jwt/keys.ts';
import { analyzeCheck } from '../../helpers/analyze.ts';

const kind = (code: string): string => analyzeCheck(code, (node, sourceCode) => keyKind(node, sourceCode), { parser: 'ts' });

describe('keyKind', () => {
  it.for([
    ["check('secret');", 'symmetric'],
    ["check('');", 'empty'],
    ['check(null);', 'empty'],
    ['check(undefined);', 'empty'],
    ['check(42);', 'unknown'],
    ["check('-----BEGIN PUBLIC KEY-----\\nMFkw');", 'asymmetric'],
    ["check('-----BEGIN RSA PRIVATE KEY-----\\nMIIE');", 'asymmetric'],
    ['check(process.env.JWT_SECRET);', 'symmetric'],
    ["check(process.env['JWT_PUBLIC_KEY']);", 'asymmetric'],
    ['check(process.env.JWT_KEY);', 'unknown'],
    ['check(process.env[name]);', 'unknown'],
    ['check(config.jwt.secret);', 'symmetric'],
    ['check(this.publicKey);', 'asymmetric'],
    ['const jwtSecret = load(); check(jwtSecret);', 'symmetric'],
    ["const key = 'shared'; check(key);", 'symmetric'],
    ['const key = load(); check(key);', 'unknown'],
    ['function f(privateKey) { check(privateKey); }', 'asymmetric'],
    ["check(process.env.JWT_SECRET || 'dev');", 'symmetric'],
    ['check(process.env.JWT_KEY || process.env.JWT_SECRET);', 'symmetric'],
    ['check(process.env.JWT_SECRET || process.env.JWT_PUBLIC_KEY);', 'symmetric'],
    ['check(a ? process.env.JWT_SECRET : process.env.OTHER_SECRET);', 'symmetric'],
    ['check(a ? process.env.JWT_SECRET : process.env.JWT_PUBLIC_KEY);', 'unknown'],
    ["check(await config.get('jwt.publicKey'));", 'asymmetric'],
    ["check(configService.getOrThrow<string>('JWT_SECRET'));", 'symmetric'],
    ['check(configService.get(name));', 'unknown'],
    ['check(load());', 'unknown'],
    ["check(Buffer.from('abc'));", 'symmetric'],
    ["check(Buffer.from(process.env.JWT_PUBLIC_KEY, 'base64'));", 'asymmetric'],
    ["check(new TextEncoder().encode('abc'));", 'symmetric'],
    ["import { createSecretKey } from 'node:crypto'; check(createSecretKey(raw));", 'symmetric'],
    ["import crypto from 'crypto'; check(crypto.createPublicKey(pem));", 'asymmetric'],
    ["import { createPrivateKey } from 'node:crypto'; check(createPrivateKey(pem));", 'asymmetric'],
    ["import { importSPKI } from 'jose'; check(await importSPKI(pem, 'RS256'));", 'asymmetric'],
    ["import { createRemoteJWKSet } from 'jose'; check(createRemoteJWKSet(url));", 'asymmetric'],
    ["import { EmbeddedJWK } from 'jose'; check(EmbeddedJWK);", 'asymmetric'],
    ["import { JWK } from 'jose'; check(JWK.None);", 'empty'],
    ["import { importJWK } from 'jose'; check(await importJWK({ kty: 'oct', k: raw }));", 'symmetric'],
    ["import { importJWK } from 'jose'; check(await importJWK({ kty: 'RSA', n, e }));", 'asymmetric'],
    ["import { importJWK } from 'jose'; check(await importJWK(jwk));", 'unknown'],
    ["import { importJWK } from 'jose'; check(await importJWK());", 'unknown'],
    ["import jwksRsa from 'jwks-rsa'; check(jwksRsa.passportJwtSecret({ jwksUri }));", 'asymmetric'],
    ["import { readFileSync } from 'node:fs'; check(readFileSync('keys/jwt.pem'));", 'asymmetric'],
    ["import fs from 'fs'; check(fs.readFileSync('./public.key', 'utf8'));", 'asymmetric'],
    ["import fs from 'fs'; check(fs.readFileSync(path));", 'unknown'],
    ["import fs from 'fs'; check(fs.readFileSync('secret.txt'));", 'unknown'],
    ['check({ key: privatePem, passphrase });', 'asymmetric'],
    ['check({ key: pem });', 'unknown'],
    ['check(getKey);', 'unknown'],
    ['check((header, callback) => callback(null, key));', 'unknown'],
    ['check(keys[kid]);', 'unknown'],
    ['check(store.get(kid));', 'unknown'],
  ] as const)('%s', ([code, expected]) => {
    expect(kind(code)).toBe(expected);
  });

  it('is unknown without a key', () => {
    expect(analyzeCheck('check(x);', (_node, sourceCode) => keyKind(undefined, sourceCode))).toBe('unknown');
  });
});
