import { describe, expect, it } from 'vitest';
import { hardcodedParts, isPublicKeyMaterial } from '../../../lib/models/secrets/hardcoded-values.ts';
import { analyzeCheck } from '../../helpers/analyze.ts';

/** The hard-coded strings `check(x)` may receive, with how each applies. */
function parts(code: string): string[] {
  return analyzeCheck(
    code,
    (node, sourceCode) => hardcodedParts(node, sourceCode).map((part) => [part.value, part.fallback?.kind, part.index].filter((item) => item !== undefined).join(' ')),
    { parser: 'ts' },
  );
}

describe('hardcodedParts', () => {
  it.for([
    ["check('abc');", ['abc']],
    ['check(`abc`);', ['abc']],
    ["check('a' + 'b');", ['ab']],
    ["const s = 'k'; check(`${s}-1`);", ['k-1']],
    ["const SECRET = 'abc'; check(SECRET);", ['abc']],
    ["let secret = 'a'; if (dev) secret = 'b'; check(secret);", ['a', 'b']],
    ["const config = { jwt: { secret: 'nested' } }; check(config.jwt.secret);", ['nested']],
    ["const config = { secret: 'x' }; check(config['secret']);", ['x']],
    ["check(process.env.S || 'dev');", ['dev or']],
    ["check(process.env.S ?? 'dev');", ['dev or']],
    ["check(process.env.A || process.env.B || 'dev');", ['dev or']],
    ["check(flag && 'x');", []],
    ["check(prod ? process.env.S : 'dev');", ['dev branch']],
    ["check(prod ? 'a' : 'b');", ['a branch', 'b branch']],
    ["check(true ? 'yes' : 'no');", ['yes']],
    ["check(['k1', process.env.K2, 'k3']);", ['k1 0', 'k3 2']],
    ["const more = ['b']; check(['a', ...more]);", ['a 0', 'b 0']],
    ["check([, 'a']);", ['a 1']],
    ["const { S = 'dev' } = process.env; check(S);", ['dev default']],
    ["const { S = 'dev' } = { S: 'given' }; check(S);", ['given']],
    ["const { a: { S = 'dev' } } = load(); check(S);", ['dev default']],
    ["function f(s = 'dev') { check(s); }", ['dev default']],
    ["function f(s) { check(s); }", []],
    ["check(Buffer.from('abc', 'utf8'));", ['abc']],
    ["check(new TextEncoder().encode('abc'));", ['abc']],
    ["const encoder = new TextEncoder(); check(encoder.encode('abc'));", ['abc']],
    ["const encoder = makeEncoder(); check(encoder.encode('abc'));", []],
    ["check(other.encode('abc'));", []],
    ["import { createSecretKey } from 'node:crypto'; check(createSecretKey('abc', 'utf8'));", ['abc']],
    ["import { base64url } from 'jose'; check(base64url.decode('abc'));", ['abc']],
    ["import { importJWK } from 'jose'; check(await importJWK({ kty: 'oct', k: 'abc' }));", ['abc']],
    ["check(String('abc'));", ['abc']],
    ["check(hash('abc'));", []],
    ["check(hash(...args));", []],
    ["check(config?.secret);", []],
    ["const c = { s: 'x' }; check(c?.s);", ['x']],
    ["check('abc' as string);", ['abc']],
    ["check(('abc'));", ['abc']],
    ["check('');", []],
    ['check(42);', []],
    ["check('a' - 'b');", []],
    ["check(process.env.SECRET);", []],
    ["check(await kms.getSecret('x'));", []],
    ["check('-----BEGIN PUBLIC KEY-----\\nMFkw\\n-----END PUBLIC KEY-----');", []],
    ["check('-----BEGIN PRIVATE KEY-----\\nMIIE\\n-----END PRIVATE KEY-----');", ['-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----']],
    ["const a = b; const b = a; check(a);", []],
    ["import { secret } from './config'; check(secret);", []],
    ["check(undefinedGlobal);", []],
    ["const opts = { s: 'x', ...more }; check(opts.s);", []],
  ] as const)('%s', ([code, expected]) => {
    expect(parts(code)).toEqual(expected);
  });
});

describe('isPublicKeyMaterial', () => {
  it.for([
    ['-----BEGIN PUBLIC KEY-----\nabc', true],
    ['  -----BEGIN RSA PUBLIC KEY-----', true],
    ['-----BEGIN CERTIFICATE-----', true],
    ['ssh-ed25519 AAAA', true],
    ['-----BEGIN PRIVATE KEY-----', false],
    ['secret', false],
  ] as const)('%s', ([value, expected]) => {
    expect(isPublicKeyMaterial(value)).toBe(expected);
  });
});
