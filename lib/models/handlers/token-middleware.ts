// JWT middleware that accepts every validly signed, unexpired token: with no revocation check
// (express-jwt `isRevoked`, @fastify/jwt `trusted`, a lookup in the passport-jwt verify callback), no
// token can be invalidated at logout (ASVS 4.0.3 3.3.1, 5.0 7.4.1).
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import type { HandlerAnalysis } from './handlers.ts';
import { objectShape } from '../../values/index.ts';
import { literalKey, unwrap } from '../../ast/syntax.ts';
import type { FunctionFacts, FunctionNode } from '../../ast/function-facts.ts';
import { classMember, resolveFunction } from './resolve.ts';
import { entropyOf } from '../randomness/randomness.ts';

type Node = TSESTree.Node;

export interface TokenMiddlewareProblem {
  readonly node: Node;
  readonly library: string;
  /** What to add, for the message. */
  readonly how: string;
}

const EXPRESS_JWT = 'express-jwt';
const FASTIFY_JWT = ['@fastify/jwt', 'fastify-jwt'];
const VERIFY_HOW = 'look the token up (a deny-list, or a per-user token version) in the verify callback';
const MIDDLEWARE_MODULES = new Set([EXPRESS_JWT, ...FASTIFY_JWT, 'passport-jwt']);

export function checkTokenMiddleware(analysis: HandlerAnalysis, sourceCode: Readonly<SourceCode>): TokenMiddlewareProblem[] {
  const { facts, refs } = analysis;
  const problems: TokenMiddlewareProblem[] = [];
  if (!refs.importsAny(MIDDLEWARE_MODULES)) return problems;
  const missing = (options: Node | undefined, key: string): boolean => {
    const shape = options && objectShape(options, sourceCode as SourceCode);
    return shape !== undefined && shape.complete && shape.get(key) === undefined;
  };
  for (const owner of [facts.program, ...facts.functions.map((fn) => facts.of(fn))]) {
    for (const call of owner.calls) {
      if (call.type === 'NewExpression') {
        if (!refs.is(call.callee, 'passport-jwt', 'Strategy')) continue;
        const verify = call.arguments.at(-1);
        const fn = verify && resolveFunction(verify, sourceCode);
        if (fn && isTrivial(fn, (fn) => facts.of(fn))) problems.push({ node: call.callee, library: 'This passport-jwt strategy', how: VERIFY_HOW });
        continue;
      }
      const [first, second] = call.arguments;
      if (refs.is(call.callee, EXPRESS_JWT, 'expressjwt') || refs.is(call.callee, EXPRESS_JWT)) {
        if (first && missing(first, 'isRevoked') && !acceptsNoToken(first, sourceCode)) problems.push({ node: first, library: 'This express-jwt middleware', how: 'add an `isRevoked` check' });
        continue;
      }
      const callee = unwrap(call.callee);
      if (callee.type !== 'MemberExpression' || literalKey(callee.property) !== 'register' || !first) continue;
      if (FASTIFY_JWT.some((module) => refs.is(first, module)) && missing(second, 'trusted')) {
        problems.push({ node: second!, library: 'This @fastify/jwt registration', how: 'add a `trusted` check' });
      }
    }
  }
  // NestJS: `class JwtStrategy extends PassportStrategy(Strategy) { validate(payload) { … } }`
  for (const cls of facts.classes) {
    const base = cls.superClass && unwrap(cls.superClass);
    if (base?.type !== 'CallExpression' || !base.arguments[0] || !refs.is(base.arguments[0], 'passport-jwt', 'Strategy')) continue;
    const validate = classMember(cls, 'validate', false, sourceCode);
    if (validate && isTrivial(validate, (fn) => facts.of(fn))) {
      const key = validate.parent.type === 'MethodDefinition' ? validate.parent.key : validate;
      problems.push({ node: key, library: 'This passport-jwt strategy', how: 'look the token up (a deny-list, or a per-user token version) in `validate`' });
    }
  }
  return problems;
}

/**
 * express-jwt keyed with a value made on the spot (`secret: '' + Math.random()`): nothing else holds the
 * key, so no token is ever signed with it and the middleware turns every request away.
 */
function acceptsNoToken(options: Node, sourceCode: Readonly<SourceCode>): boolean {
  const secret = objectShape(options, sourceCode as SourceCode)?.get('secret')?.valueNode;
  const value = secret && unwrap(secret);
  if (!value || value.type === 'Identifier' || value.type === 'MemberExpression') return false;
  const entropy = entropyOf(value, sourceCode).kind;
  return entropy === 'random' || entropy === 'weak';
}

/** A verify callback that calls nothing but its own callback: `(payload, done) => done(null, payload)`. */
function isTrivial(fn: FunctionNode, of: (fn: FunctionNode) => FunctionFacts): boolean {
  const params = new Set(fn.params.flatMap((param) => (param.type === 'Identifier' ? [param.name] : [])));
  const pending: FunctionNode[] = [fn];
  while (pending.length > 0) {
    const own = of(pending.pop()!);
    if (own.awaits.length > 0) return false;
    for (const call of own.calls) {
      const callee = unwrap(call.callee);
      if (call.type === 'NewExpression' || callee.type !== 'Identifier' || !params.has(callee.name)) return false;
    }
    pending.push(...own.nested);
  }
  return true;
}
