import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleFix, RuleFixer } from '@typescript-eslint/utils/ts-eslint';
import { codeSide } from '../file/code-side.ts';
import { isFetchedResponseBody, isIdTokenFromProvider, parameterCallers } from '../models/jwt/decode-then-verify.ts';
import { trustedUse } from '../models/jwt/decoded-trust.ts';
import { jwtSiteOf, optionAt, type JwtSite, type OptionState } from '../models/jwt/calls.ts';
import { keyKind, type KeyKind } from '../models/jwt/keys.ts';
import { manuallyDecodedToken } from '../models/jwt/manual-decode.ts';
import { getModuleRefs } from '../file/modules.ts';
import { isKnown, memberKey, objectShape, staticValue, variableBindings } from '../values/index.ts';
import { variableOf } from '../ast/scope.ts';
import { unwrap } from '../ast/syntax.ts';
import { sameToken, tokenKeys } from '../models/tokens/identity.ts';
import { appendArgument, insertProperty } from '../fixes/insert-property.ts';
import { removeListItem } from '../fixes/remove-list-item.ts';
import { ASYMMETRIC_ALGORITHMS, SYMMETRIC_ALGORITHM } from '../frameworks/jwt-libraries.ts';
import { createRule } from '../utils/create-rule.ts';

export type MessageIds =
  | 'signNone'
  | 'noneAllowed'
  | 'missingAlgorithms'
  | 'mixedAlgorithms'
  | 'emptyKey'
  | 'ignoreExpiration'
  | 'decodeWithoutVerify'
  | 'unsecuredJwt'
  | 'embeddedJwk'
  | 'keyFromToken'
  | 'missingRevocation'
  | 'addAlgorithms';
export type Options = [{ requireRevocationCheck?: boolean; requireAllowListForAnyKey?: boolean }];
type Node = TSESTree.Node;
type Call = TSESTree.CallExpression | TSESTree.NewExpression;

const HMAC = /^HS\d+$/i;
const PUBLIC_KEY_ALGORITHM = /^(?:RS|PS|ES)\d+$|^EdDSA$|^ES256K$/i;
// Header parameters that point at a key the token's author chose.
const KEY_HEADERS = new Set(['jku', 'x5u', 'jwk', 'x5c']);
// Calls that check the embedded key against a trusted list.
const THUMBPRINT = new Set(['calculateJwkThumbprint', 'calculateJwkThumbprintUri']);
const JOSE_MODULE = new Set(['jose']);

export default createRule<MessageIds, Options>({
  name: 'require-jwt-verification',
  meta: {
    type: 'problem',
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      signNone: "`{{call}}` creates unsigned tokens (`{{option}}: 'none'`); sign with a key and a real algorithm.",
      noneAllowed: "`{{call}}` accepts unsigned tokens: remove 'none' from `{{option}}`.",
      missingAlgorithms: '`{{call}}` has no algorithm allow-list; set `{{option}}` to the algorithm your tokens are signed with.',
      mixedAlgorithms: '`{{call}}` allows both HMAC and public-key algorithms, which lets a public key be used as an HMAC secret; allow one family only.',
      emptyKey: '`{{call}}` is given an empty key, so signatures are not checked; pass the secret or public key.',
      ignoreExpiration: '`{{call}}` accepts expired tokens (`{{option}}`); remove it.',
      decodeWithoutVerify: 'The token decoded by `{{call}}` is trusted without checking its signature; verify it with {{verify}} first.',
      unsecuredJwt: '`UnsecuredJWT` {{action}} unsigned (`alg: none`) tokens; sign with `SignJWT` and verify with `jwtVerify`.',
      embeddedJwk: '`EmbeddedJWK` verifies the token with the key the token carries; check the key against a trusted list or use a fixed key.',
      keyFromToken: "The verification key is fetched from the token's own `{{header}}` header; use a fixed, trusted key or JWKS URL.",
      missingRevocation: '`{{call}}` has no `isRevoked` check, so a stolen or logged-out token stays valid until it expires; add `isRevoked`.',
      addAlgorithms: 'Allow only {{algorithms}}.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          requireRevocationCheck: { type: 'boolean', description: 'Also report express-jwt middleware without an `isRevoked` callback.' },
          requireAllowListForAnyKey: {
            type: 'boolean',
            description: 'Ask for an algorithm allow-list whatever the key, not only where the file shows a public key (or mixed algorithms), the one case where a missing list lets a token choose how it is checked.',
          },
        },
      },
    ],
    defaultOptions: [{ requireRevocationCheck: false, requireAllowListForAnyKey: false }],
  },
  create(context) {
    const options = context.options[0] ?? {};
    const sourceCode = context.sourceCode;
    const modules = getModuleRefs(sourceCode);
    const decodes: { node: Node; token: Node; call: string; verify: string }[] = [];
    const verifiedTokens: Node[] = [];

    return {
      'CallExpression, NewExpression'(node: Call) {
        const site = jwtSiteOf(node, sourceCode);
        if (site) {
          checkSite(site);
          return;
        }
        checkJose(node);
        collectVerifyLike(node);
        const token = node.type === 'CallExpression' ? manuallyDecodedToken(node, sourceCode) : undefined;
        if (token) decodes.push({ node, token, call: 'JSON.parse', verify: 'a verify call (`jwt.verify`, `jwtVerify`)' });
      },
      'Program:exit'() {
        if (decodes.length === 0 || codeSide(sourceCode, context.filename) === 'client') return;
        const verified = verifiedTokens.map((token) => tokenKeys(token, sourceCode));
        const isVerified = (token: Node): boolean => {
          const keys = tokenKeys(token, sourceCode);
          return verified.some((other) => sameToken(keys, other));
        };
        for (const decode of decodes) {
          if (isVerified(decode.token) || isIdTokenFromProvider(decode.token) || isFetchedResponseBody(decode.token, sourceCode)) continue;
          // `getPayload(token)` decodes to find the user, and each caller then verifies that token.
          const callers = parameterCallers(decode.token, sourceCode);
          if (callers && callers.length > 0 && callers.every(isVerified)) continue;
          if (!trustedUse(decode.node, sourceCode)) continue;
          context.report({ node: decode.node, messageId: 'decodeWithoutVerify', data: { call: decode.call, verify: decode.verify } });
        }
      },
    };

    function checkSite(site: JwtSite): void {
      const { api } = site;
      const data = { call: api.call };
      if (isDecode(site)) {
        if (site.token) decodes.push({ node: site.node, token: site.token, call: api.call, verify: api.verifyWith! });
        return;
      }
      if (site.token) verifiedTokens.push(site.token);
      if (api.signAlgorithm) {
        const algorithm = optionAt(site, api.signAlgorithm);
        if (algorithm.state === 'set' && isNone(algorithm.entry.value)) {
          context.report({ node: algorithm.entry.valueNode, messageId: 'signNone', data: { call: api.call, option: api.signAlgorithm.at(-1)! } });
        }
      }
      if (api.role === 'sign') return;
      if (api.algorithms) checkAllowList(site, optionAt(site, api.algorithms), api.algorithms);
      if (api.algorithm) {
        const algorithm = optionAt(site, api.algorithm);
        if (algorithm.state === 'set' && isNone(algorithm.entry.value)) {
          context.report({ node: algorithm.entry.valueNode, messageId: 'noneAllowed', data: { call: api.call, option: api.algorithm.join('.') } });
        }
      }
      checkMissingAlgorithms(site);
      if (api.key !== undefined && api.role === 'verify' && site.key && keyKind(site.key, sourceCode) === 'empty') {
        context.report({ node: site.key, messageId: 'emptyKey', data });
      }
      if (site.key && modules.is(site.key, 'jose', 'EmbeddedJWK') && !checksThumbprint(site.node)) {
        context.report({ node: site.key, messageId: 'embeddedJwk', data: {} });
      }
      checkExpiry(site);
      if (api.revocation && options.requireRevocationCheck && optionAt(site, api.revocation).state === 'absent' && site.optionsNode) {
        context.report({ node: site.optionsNode, messageId: 'missingRevocation', data });
      }
    }

    function isDecode(site: JwtSite): boolean {
      if (site.api.role === 'decode') return true;
      const index = site.api.noVerifyArgument;
      const flag = index === undefined ? undefined : site.node.arguments[index];
      if (!flag) return false;
      const value = staticValue(flag, sourceCode);
      return isKnown(value) && Boolean(value.value);
    }

    function checkAllowList(site: JwtSite, state: OptionState, path: readonly string[]): void {
      if (state.state !== 'set') return;
      const data = { call: site.api.call, option: path.join('.') };
      const value = state.entry.value;
      const list = isKnown(value) && Array.isArray(value.value) ? (value.value as unknown[]).filter((item): item is string => typeof item === 'string') : undefined;
      if (!list) return;
      const literal = arrayLiteral(state.entry.valueNode, sourceCode);
      if (list.some((name) => name.toLowerCase() === 'none')) {
        const elements = literal?.elements.filter((element): element is TSESTree.StringLiteral => element?.type === 'Literal' && typeof element.value === 'string' && element.value.toLowerCase() === 'none') ?? [];
        const fixable = literal !== undefined && literal.elements.length > elements.length && literal.elements.every((element) => element && element.type !== 'SpreadElement');
        if (elements.length === 0) context.report({ node: state.entry.valueNode, messageId: 'noneAllowed', data });
        for (const element of elements) {
          context.report({ node: element, messageId: 'noneAllowed', data, ...(fixable ? { fix: (fixer: RuleFixer) => removeListItem(fixer, sourceCode, element) } : {}) });
        }
      }
      if (list.some((name) => HMAC.test(name)) && list.some((name) => PUBLIC_KEY_ALGORITHM.test(name))) {
        context.report({ node: state.entry.valueNode, messageId: 'mixedAlgorithms', data: { call: site.api.call } });
      }
    }

    function checkMissingAlgorithms(site: JwtSite): void {
      const { api } = site;
      if (api.policy === 'not-needed') return;
      const missing = missingAlgorithmsAt(site);
      if (!missing) return;
      const key = verificationKey(site);
      // Without a key in sight (NestJS `jwtService.verify(token)` uses the module's), the config decides.
      if (api.policy === 'unless-symmetric' && !key) return;
      const kind: KeyKind = key ? keyKind(key, sourceCode) : 'unknown';
      if (api.policy === 'unless-symmetric' && (kind === 'symmetric' || kind === 'empty')) return;
      // An HMAC secret cannot be turned against itself (no public key to reuse, and `none` needs no secret):
      // without a public key in sight the list is hardening, not a flaw the file shows.
      if (kind !== 'asymmetric' && !options.requireAllowListForAnyKey) return;
      const choices = kind === 'symmetric' ? [SYMMETRIC_ALGORITHM] : kind === 'asymmetric' ? [...ASYMMETRIC_ALGORITHMS] : [SYMMETRIC_ALGORITHM, ASYMMETRIC_ALGORITHMS[0]];
      context.report({
        node: missing.node,
        messageId: 'missingAlgorithms',
        data: { call: api.call, option: missing.option },
        suggest: choices.map((algorithm) => {
          const text = missing.single ? `'${algorithm}'` : `['${algorithm}']`;
          return { messageId: 'addAlgorithms' as const, data: { algorithms: text }, fix: (fixer: RuleFixer) => missing.fix(fixer, text) };
        }),
      });
    }

    /** Where the allow-list is missing, and how to add it; undefined when present or not knowable. */
    function missingAlgorithmsAt(site: JwtSite): { node: Node; option: string; single: boolean; fix: (fixer: RuleFixer, text: string) => RuleFix } | undefined {
      const { api, node } = site;
      if (api.algorithmArgument !== undefined) {
        const index = api.algorithmArgument;
        const args = node.arguments;
        if (args.some((arg) => arg.type === 'SpreadElement')) return undefined;
        const argument = args[index];
        if (!argument) {
          // jwt-simple's noVerify sits before the algorithm.
          const padding = index - args.length > 0 ? 'false, '.repeat(index - args.length) : '';
          return { node, option: 'alg', single: true, fix: (fixer, text) => appendArgument(fixer, sourceCode, node as TSESTree.CallExpression, `${padding}${text}`) };
        }
        const shape = objectShape(argument, sourceCode);
        const literal = shape?.node;
        if (!shape || !literal || !shape.complete || shape.get('alg')) return undefined;
        return { node: argument, option: 'alg', single: true, fix: (fixer, text) => insertProperty(fixer, sourceCode, literal, `alg: ${text}`) };
      }
      // Every API whose policy asks for an allow-list names where it lives.
      const path = (api.algorithms ?? api.algorithm)!;
      const single = !api.algorithms;
      const option = path.join('.');
      const state = optionAt(site, path);
      if (state.state !== 'absent') return undefined;
      if (!site.optionsNode) {
        // The key (when there is one) precedes the options, so the options go where the callback is, or last.
        const object = `{ ${nested(path, '%')} }`;
        const callback = node.arguments[api.options!];
        if (callback) return { node, option, single, fix: (fixer, text) => fixer.insertTextBefore(callback, `${object.replace('%', text)}, `) };
        return { node, option, single, fix: (fixer, text) => appendArgument(fixer, sourceCode, node, object.replace('%', text)) };
      }
      // Insert into the deepest object of the path the file spells out.
      let shape = site.options;
      let depth = 0;
      while (shape && depth < path.length - 1) {
        const inner = shape.get(path[depth]!)?.shape();
        if (!inner) break;
        shape = inner;
        depth++;
      }
      // `absent` means the file shows the whole object, so there is one to insert into.
      const target = shape!.node;
      // An object from another module or a function's return: nothing in this file to insert into.
      if (!target) return undefined;
      const rest = path.slice(depth);
      return {
        node: depth === 0 ? site.optionsNode : target,
        option,
        single,
        fix: (fixer, text) => insertProperty(fixer, sourceCode, target, nested(rest, '%').replace('%', text)),
      };
    }

    function verificationKey(site: JwtSite): Node | undefined {
      if (site.key) return site.key;
      const paths = [...(site.api.publicKeyOptions ?? []), ...(site.api.secretOptions ?? []), ['secretOrKeyProvider']];
      for (const path of paths) {
        const option = optionAt(site, path);
        if (option.state === 'set') return option.entry.valueNode;
      }
      return undefined;
    }

    function checkExpiry(site: JwtSite): void {
      const { api } = site;
      const data = { call: api.call };
      const flags: { path: readonly string[]; disabledBy: boolean }[] = [];
      if (api.ignoreExpiration) flags.push({ path: api.ignoreExpiration, disabledBy: true });
      if (api.checkExpiration) flags.push({ path: api.checkExpiration, disabledBy: false });
      for (const { path, disabledBy } of flags) {
        const flag = optionAt(site, path);
        if (flag.state === 'set') reportExpiry(flag.entry.node, flag.entry.value, disabledBy, { ...data, option: `${path.at(-1)}: ${String(disabledBy)}` });
      }
      // hono verify(token, key, { alg, exp: false })
      if (api.algorithmArgument !== undefined && api.library === 'hono/jwt') {
        const argument = site.node.arguments[api.algorithmArgument];
        const entry = argument && objectShape(argument, sourceCode)?.get('exp');
        if (entry) reportExpiry(entry.node, entry.value, false, { ...data, option: 'exp: false' });
      }
    }

    function reportExpiry(property: Node, value: ReturnType<typeof staticValue>, disabledBy: boolean, data: Record<string, string>): void {
      if (!isKnown(value) || value.value !== disabledBy) return;
      const removable = property.type === 'Property' && property.parent.type === 'ObjectExpression';
      context.report({ node: property, messageId: 'ignoreExpiration', data, ...(removable ? { fix: (fixer: RuleFixer) => removeListItem(fixer, sourceCode, property) } : {}) });
    }

    function checkJose(node: Call): void {
      if (!modules.importsAny(JOSE_MODULE)) return;
      const callee = unwrap(node.callee);
      if (node.type === 'NewExpression' && modules.is(callee, 'jose', 'UnsecuredJWT')) {
        context.report({ node, messageId: 'unsecuredJwt', data: { action: 'creates' } });
        return;
      }
      const ref = modules.resolve(callee);
      if (ref?.module === 'jose' && ref.path.join('.') === 'UnsecuredJWT.decode') {
        context.report({ node, messageId: 'unsecuredJwt', data: { action: 'accepts' } });
        return;
      }
      const keySource =
        ref?.module === 'jose' && ref.path.at(-1) === 'createRemoteJWKSet' ? node.arguments[0] : ref?.module === 'jose' && ref.path.at(-1) === 'importJWK' ? node.arguments[0] : undefined;
      const header = keySource && keySource.type !== 'SpreadElement' ? headerRead(keySource) : undefined;
      if (header) context.report({ node: header.node, messageId: 'keyFromToken', data: { header: header.name } });
    }

    /** Any call that verifies something (`fastify.jwt.verify(t)`, `auth.verifyIdToken(t)`) vouches for the token it is given. */
    function collectVerifyLike(node: Call): void {
      const callee = unwrap(node.callee);
      const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? memberKey(callee, sourceCode) : undefined;
      if (name === undefined || !/verif/i.test(name)) return;
      for (const argument of node.arguments) {
        if (argument.type === 'SpreadElement') continue;
        verifiedTokens.push(argument);
        const shape = objectShape(argument, sourceCode);
        if (shape) for (const key of shape.keys()) verifiedTokens.push(shape.get(key)!.valueNode);
      }
    }

    /** The function verifying with EmbeddedJWK also checks the key's thumbprint. */
    function checksThumbprint(node: Node): boolean {
      const functionNode = enclosingFunction(node);
      const scope = sourceCode.getScope(functionNode ?? node);
      const through = [...scope.through, ...scope.childScopes.flatMap((child) => child.through)];
      return through.some((reference) => {
        const ref = modules.resolve(reference.identifier as Node);
        return ref?.module === 'jose' && THUMBPRINT.has(String(ref.path.at(-1)));
      });
    }

    /** A read of `header.jku` (or x5u, jwk, x5c) inside a key source expression. */
    function headerRead(node: Node): { node: Node; name: string } | undefined {
      const bare = unwrap(node);
      if (bare.type === 'MemberExpression') {
        const name = memberKey(bare, sourceCode);
        if (name !== undefined && KEY_HEADERS.has(name)) return { node: bare, name };
        return headerRead(bare.object);
      }
      if (bare.type === 'NewExpression' || bare.type === 'CallExpression') {
        for (const argument of bare.arguments) {
          const found = argument.type === 'SpreadElement' ? undefined : headerRead(argument);
          if (found) return found;
        }
        return undefined;
      }
      if (bare.type === 'TemplateLiteral') {
        for (const expression of bare.expressions) {
          const found = headerRead(expression);
          if (found) return found;
        }
        return undefined;
      }
      if (bare.type === 'Identifier') {
        const variable = variableOf(sourceCode, bare);
        const bindings = variable ? variableBindings(variable, sourceCode) : undefined;
        const binding = bindings?.list.length === 1 ? bindings.list[0]! : undefined;
        if (binding?.path.length === 1 && KEY_HEADERS.has(binding.path[0]!.key)) return { node: bare, name: binding.path[0]!.key };
        return binding && binding.path.length === 0 ? headerRead(binding.rhs) : undefined;
      }
      return undefined;
    }
  },
});

function isNone(value: ReturnType<typeof staticValue>): boolean {
  return isKnown(value) && typeof value.value === 'string' && value.value.toLowerCase() === 'none';
}

/** `a.b` with text `%` → `a: { b: % }`. */
function nested(path: readonly string[], text: string): string {
  return path.reduceRight((inner, key, index) => (index === path.length - 1 ? `${key}: ${inner}` : `${key}: { ${inner} }`), text);
}

/** The array literal an allow-list is written as, through a const. */
function arrayLiteral(node: Node, sourceCode: Parameters<typeof variableOf>[0]): TSESTree.ArrayExpression | undefined {
  const bare = unwrap(node);
  if (bare.type === 'ArrayExpression') return bare;
  if (bare.type !== 'Identifier') return undefined;
  const variable = variableOf(sourceCode, bare);
  const bindings = variable ? variableBindings(variable, sourceCode) : undefined;
  const binding = bindings?.list.length === 1 && !bindings.uninitialised ? bindings.list[0]! : undefined;
  const rhs = binding && binding.path.length === 0 ? unwrap(binding.rhs) : undefined;
  return rhs?.type === 'ArrayExpression' ? rhs : undefined;
}

function enclosingFunction(node: Node): Node | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'FunctionDeclaration' || current.type === 'FunctionExpression' || current.type === 'ArrowFunctionExpression') return current;
  }
  return undefined;
}
