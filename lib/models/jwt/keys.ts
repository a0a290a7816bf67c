// What kind of key a JWT call is given, as far as the file shows: an HMAC secret, a public/private key
// (or a JWKS), an empty value, or unknown. Decides whether a missing algorithm allow-list matters:
// jsonwebtoken 9 infers HS* from a string secret, so only asymmetric and unknown keys leave room for
// algorithm confusion. Names are evidence too: `process.env.JWT_SECRET` holds a secret, `publicKey`
// does not.
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { words } from '../../vocabulary/token-names.ts';
import { getModuleRefs } from '../../file/modules.ts';
import { isKnown, memberKey, objectShape, staticValue, variableBindings } from '../../values/index.ts';
import { asSourceCode, isGlobalName, variableOf, type AnySourceCode } from '../../ast/scope.ts';
import { unwrap } from '../../ast/syntax.ts';
import { isPublicKeyMaterial } from '../secrets/hardcoded-values.ts';

type Node = TSESTree.Node;

export type KeyKind = 'symmetric' | 'asymmetric' | 'empty' | 'unknown';

const ASYMMETRIC_WORDS = new Set(['public', 'pub', 'private', 'priv', 'pem', 'cert', 'certificate', 'jwks', 'jwk', 'rsa', 'ecdsa', 'spki', 'pkcs8', 'x509', 'keypair']);
const SYMMETRIC_WORDS = new Set(['secret', 'hmac', 'hs256', 'hs384', 'hs512', 'shared', 'symmetric']);
const PRIVATE_PEM = /-----BEGIN (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----/;

const JOSE_ASYMMETRIC = ['importSPKI', 'importPKCS8', 'importX509', 'createRemoteJWKSet', 'createLocalJWKSet', 'EmbeddedJWK'];
const JWKS_RSA = ['passportJwtSecret', 'expressJwtSecret', 'koaJwtSecret', 'hapiJwt2Key', 'hapiJwt2KeyAsync'];
const KEY_FILE = /\.(?:pem|pub|crt|cer|key|der)$|public|private/i;

export function keyKind(node: Node | undefined, sourceCode: AnySourceCode): KeyKind {
  return node ? classify(unwrap(node), asSourceCode(sourceCode), 0) : 'unknown';
}

function classify(node: Node, code: SourceCode, depth: number): KeyKind {
  if (depth > 8) return 'unknown';
  const value = staticValue(node, code);
  if (isKnown(value)) {
    if (!value.value) return 'empty';
    if (typeof value.value !== 'string') return 'unknown';
    return isPublicKeyMaterial(value.value) || PRIVATE_PEM.test(value.value) ? 'asymmetric' : 'symmetric';
  }
  const next = (child: Node): KeyKind => classify(unwrap(child), code, depth + 1);
  switch (node.type) {
    case 'LogicalExpression':
    case 'ConditionalExpression': {
      const [a, b] = node.type === 'LogicalExpression' ? [next(node.left), next(node.right)] : [next(node.consequent), next(node.alternate)];
      if (a === b) return a;
      if (node.type === 'LogicalExpression') return a === 'unknown' || a === 'empty' ? b : a;
      return 'unknown';
    }
    case 'AwaitExpression':
      return next(node.argument);
    case 'CallExpression':
      return callKind(node, code, next);
    case 'ObjectExpression':
      // jsonwebtoken's `{ key, passphrase }` form is an encrypted private key.
      return objectShape(node, code)?.get('passphrase') ? 'asymmetric' : 'unknown';
    case 'Identifier': {
      if (getModuleRefs(code).is(node, 'jose', 'EmbeddedJWK')) return 'asymmetric';
      const variable = variableOf(code, node);
      const bindings = variable && variable.defs[0]?.type === 'Variable' ? variableBindings(variable, code) : undefined;
      const binding = bindings?.list.length === 1 && bindings.list[0]!.path.length === 0 ? bindings.list[0] : undefined;
      const fromValue = binding ? next(binding.rhs) : 'unknown';
      return fromValue === 'unknown' ? byName(node.name) : fromValue;
    }
    case 'MemberExpression': {
      // jose 2.x `JWK.None`: the key that accepts unsigned tokens.
      if (getModuleRefs(code).is(node, 'jose', 'JWK', 'None')) return 'empty';
      const name = memberKey(node, code);
      return name === undefined ? 'unknown' : byName(name);
    }
    default:
      return 'unknown';
  }
}

function callKind(call: TSESTree.CallExpression, code: SourceCode, next: (child: Node) => KeyKind): KeyKind {
  const modules = getModuleRefs(code);
  const callee = unwrap(call.callee);
  const [first] = call.arguments;
  const argument = first && first.type !== 'SpreadElement' ? unwrap(first) : undefined;
  const ref = modules.resolve(callee);
  const crypto = ref && (ref.module === 'crypto' || ref.module === 'node:crypto') ? ref.path.at(-1) : undefined;
  if (crypto === 'createSecretKey') return 'symmetric';
  if (crypto === 'createPublicKey' || crypto === 'createPrivateKey') return 'asymmetric';
  if (ref?.module === 'jose' && JOSE_ASYMMETRIC.includes(ref.path.at(-1) ?? '')) return 'asymmetric';
  if (ref?.module === 'jose' && ref.path.at(-1) === 'importJWK' && argument) return jwkKind(argument, code);
  if (ref?.module === 'jwks-rsa' && JWKS_RSA.includes(ref.path.at(-1) ?? '')) return 'asymmetric';
  if (ref && (ref.module === 'fs' || ref.module === 'node:fs') && ref.path.at(-1) === 'readFileSync' && argument) {
    const path = staticValue(argument, code);
    return isKnown(path) && typeof path.value === 'string' && KEY_FILE.test(path.value) ? 'asymmetric' : 'unknown';
  }
  // The app's own getter named for what it returns: `getJwtSecret()`; a library's function is not named for the key.
  if (callee.type === 'Identifier') return call.arguments.length === 0 && !ref ? byName(callee.name) : 'unknown';
  if (callee.type !== 'MemberExpression') return 'unknown';
  const method = memberKey(callee, code);
  if (method === 'from' && isGlobalName(code, unwrap(callee.object), 'Buffer') && argument) return next(argument) === 'asymmetric' ? 'asymmetric' : 'symmetric';
  if (method === 'encode' && argument) return 'symmetric';
  // `config.get('JWT_SECRET')`, `configService.get<string>('jwt.publicKey')`, `Deno.env.get('JWT_SECRET')`.
  if ((method === 'get' || method === 'getOrThrow') && argument) {
    const name = staticValue(argument, code);
    return isKnown(name) && typeof name.value === 'string' ? byName(name.value) : 'unknown';
  }
  // A getter named for what it returns: `env.getAppSecret()`, `keys.getPublicKey()`.
  return call.arguments.length === 0 && method !== undefined && !ref ? byName(method) : 'unknown';
}

function jwkKind(jwk: Node, code: SourceCode): KeyKind {
  const kty = objectShape(jwk, code)?.get('kty')?.value;
  if (!kty || !isKnown(kty)) return 'unknown';
  return kty.value === 'oct' ? 'symmetric' : 'asymmetric';
}

// Next.js keeps `NEXT_PRIVATE_*` variables out of the browser bundle: the prefix says server-only, not private key.
const SERVER_ONLY_PREFIX = /^NEXT_PRIVATE_/;

function byName(name: string): KeyKind {
  const parts = words(name.replace(SERVER_ONLY_PREFIX, ''));
  if (parts.some((word) => ASYMMETRIC_WORDS.has(word))) return 'asymmetric';
  return parts.some((word) => SYMMETRIC_WORDS.has(word)) ? 'symmetric' : 'unknown';
}
