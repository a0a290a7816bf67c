// What a handler does to the server-side session: `req.session` (express-session), `ctx.session`
// (koa-session), `request.session` (@fastify/session), `request.yar` (@hapi/yar), NestJS `@Session()`.
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import type { ModuleRefs } from '../../file/modules.ts';
import { variableOf } from '../../ast/scope.ts';
import { memberKey, staticKey } from '../../values/index.ts';
import { literalKey, unwrap } from '../../ast/syntax.ts';
import { isFunctionNode, type FunctionFacts, type FunctionNode } from '../../ast/function-facts.ts';
import type { Reach, Reached } from './reach.ts';
import { resolveFunction } from './resolve.ts';
import { FASTIFY_MODULES } from '../../frameworks/fastify.ts';
import { KOA_MODULES } from '../../frameworks/koa.ts';

type Node = TSESTree.Node;

/**
 * How the session library is driven: express-session takes callbacks; koa-session and @fastify/session
 * return promises; @hapi/yar has `reset()` instead of `regenerate()`.
 */
export type SessionFlavour = 'express' | 'koa' | 'fastify' | 'yar';

export interface SessionRef {
  readonly node: Node;
  readonly flavour: SessionFlavour;
  /**
   * A local name for the session (`const { session } = req`, `@Session() session`): after a
   * regenerate it still points at the old session, so no fix may write through it.
   */
  readonly alias: boolean;
}

export type SessionOpKind =
  /** `req.session.userId = id`, `request.session.set('user', u)`, `Object.assign(req.session, { user })`. */
  | 'write'
  /** `delete req.session.user`, `req.session.user = null`, `request.yar.clear('user')`. */
  | 'remove'
  /** `req.session = null` (cookie-session), `ctx.session = null` (koa-session): the session is dropped. */
  | 'drop'
  /** `regenerate()` (also as a reference: `promisify(req.session.regenerate)`), yar `reset()`. */
  | 'regenerate'
  /** `destroy()`, secure-session `delete()`. */
  | 'destroy';

export interface SessionOp {
  readonly kind: SessionOpKind;
  /** The assignment, call, `delete` or reference. */
  readonly node: Node;
  readonly session: SessionRef;
  /** The keys written or removed below the session: `['user', 'id']` for `req.session.user.id = …`. */
  readonly keys: readonly string[];
  readonly value?: Node;
  readonly position: number;
  readonly reached: Reached;
}

export interface PassportOp {
  readonly kind: 'login' | 'logout';
  readonly node: TSESTree.CallExpression;
  /** A callback argument: passport 0.6+ throws without one. */
  readonly callback: boolean;
  /** `await request.logIn(user)`: @fastify/passport and koa-passport return promises. */
  readonly awaited: boolean;
  /** The request object's name: `ctx` for koa-passport. */
  readonly receiver: string;
  readonly position: number;
  readonly reached: Reached;
}

const KOA_NAMES = /^(ctx|context)$/;
const REQUEST_RECEIVER = /req|ctx|context/i;

export class SessionReader {
  readonly #code: Readonly<SourceCode>;
  readonly #imported: ReadonlySet<string>;

  constructor(code: Readonly<SourceCode>, refs: ModuleRefs) {
    this.#code = code;
    this.#imported = refs.imported;
  }

  /** The session object `node` denotes, if any. */
  ref(node: Node): SessionRef | undefined {
    const bare = unwrap(node.type === 'ChainExpression' ? node.expression : node);
    if (bare.type === 'MemberExpression') {
      const key = memberKey(bare, this.#code as SourceCode);
      if (key !== 'session' && key !== 'yar') return undefined;
      const request = unwrap(bare.object);
      if (request.type !== 'Identifier' || !this.#isParameter(request)) return undefined;
      return { node: bare, flavour: key === 'yar' ? 'yar' : this.#flavour(request), alias: false };
    }
    if (bare.type !== 'Identifier') return undefined;
    const variable = variableOf(this.#code as SourceCode, bare);
    const def = variable?.defs.length === 1 ? variable.defs[0]! : undefined;
    if (!def) return undefined;
    const name = def.name;
    if (def.type === 'Parameter') {
      // `({ session }, res) => …` and NestJS `@Session() session`
      if (isSessionPatternProperty(name) || ('decorators' in name && name.decorators?.some((decorator) => decoratorName(decorator) === 'Session'))) {
        return { node: bare, flavour: this.flavourOfFunction(enclosingFunction(name)), alias: true };
      }
      return undefined;
    }
    if (def.type !== 'Variable') return undefined;
    const declarator = def.node;
    if (declarator.id.type === 'Identifier' && declarator.init) {
      const source = this.ref(declarator.init);
      return source && { node: bare, flavour: source.flavour, alias: true };
    }
    // `const { session } = req`
    if (isSessionPatternProperty(name) && declarator.init) {
      const request = unwrap(declarator.init);
      if (request.type === 'Identifier' && this.#isParameter(request)) return { node: bare, flavour: this.#flavour(request), alias: true };
    }
    return undefined;
  }

  /** Every session operation of a reach, in the handler's order. */
  ops(reach: Reach, facts: (fn: FunctionNode) => FunctionFacts): SessionOp[] {
    const ops: SessionOp[] = [];
    for (const reached of reach.functions) this.#collect(facts(reached.fn), reached, reach, ops);
    return ops.sort((a, b) => a.position - b.position);
  }

  #collect(own: FunctionFacts, reached: Reached, reach: Reach, ops: SessionOp[]): void {
    const add = (kind: SessionOpKind, node: Node, session: SessionRef, keys: readonly string[], value?: Node): void => {
      ops.push({ kind, node, session, keys, value, position: reach.position(node, reached), reached });
    };
    for (const assignment of own.assignments) {
      const target = unwrap(assignment.left);
      const whole = this.ref(target);
      if (whole && target.type === 'MemberExpression') {
        if (isNullish(assignment.right)) add('drop', assignment, whole, []);
        continue;
      }
      const below = this.#below(target);
      if (!below) continue;
      if (below.keys.length === 1 && (below.keys[0] === 'regenerate' || below.keys[0] === 'destroy' || below.keys[0] === 'save')) continue;
      add(isNullish(assignment.right) ? 'remove' : 'write', assignment, below.session, below.keys, assignment.right);
    }
    for (const removal of own.deletes) {
      const below = this.#below(removal.argument);
      if (below) add('remove', removal, below.session, below.keys);
    }
    for (const call of own.calls) {
      if (call.type !== 'CallExpression') continue;
      const callee = unwrap(call.callee);
      if (callee.type !== 'MemberExpression') continue;
      const method = memberKey(callee, this.#code as SourceCode);
      if (method === 'assign' && isObjectGlobal(callee.object) && call.arguments[0]) {
        const session = this.ref(call.arguments[0]);
        const source = call.arguments[1] && unwrap(call.arguments[1]);
        if (session && source?.type === 'ObjectExpression') {
          for (const key of objectKeys(source)) add('write', call, session, [key]);
        }
        continue;
      }
      const session = this.ref(callee.object);
      if (!session) continue;
      const [first, second] = call.arguments;
      switch (method) {
        case 'regenerate':
          add('regenerate', call, session, []);
          break;
        case 'reset':
          if (session.flavour === 'yar') add('regenerate', call, session, []);
          break;
        case 'destroy':
        case 'delete':
          add('destroy', call, session, []);
          break;
        case 'set': {
          const key = first && staticKey(first, this.#code as SourceCode);
          const object = first && unwrap(first);
          if (key !== undefined) add(second && isNullish(second) ? 'remove' : 'write', call, session, [key], second);
          else if (object?.type === 'ObjectExpression') for (const objectKey of objectKeys(object)) add('write', call, session, [objectKey]);
          break;
        }
        case 'clear':
        case 'unset': {
          const key = first && staticKey(first, this.#code as SourceCode);
          if (key !== undefined) add('remove', call, session, [key]);
          break;
        }
      }
    }
    // `promisify(req.session.regenerate)`, `req.session.regenerate.bind(req.session)`
    for (const member of own.members) {
      if (memberKey(member, this.#code as SourceCode) !== 'regenerate') continue;
      const parent = member.parent;
      if ((parent.type === 'CallExpression' && parent.callee === member) || (parent.type === 'AssignmentExpression' && parent.left === member)) continue;
      const session = this.ref(member.object);
      if (session) add('regenerate', member, session, []);
    }
  }

  /** The session a `x.session.regenerate = function` assignment replaces the regenerate of, if it is a no-op. */
  regenerateStub(assignment: TSESTree.AssignmentExpression): SessionRef | undefined {
    const below = this.#below(assignment.left);
    if (!below || below.keys.length !== 1 || below.keys[0] !== 'regenerate') return undefined;
    return isNoOpFunction(assignment.right, this.#code) ? below.session : undefined;
  }

  /** Passport's `req.login` / `req.logout` (and `logIn`, `logOut`) calls of a reach. */
  passportOps(reach: Reach, facts: (fn: FunctionNode) => FunctionFacts): PassportOp[] {
    const ops: PassportOp[] = [];
    for (const reached of reach.functions) {
      for (const call of facts(reached.fn).calls) {
        if (call.type !== 'CallExpression') continue;
        const callee = unwrap(call.callee);
        if (callee.type !== 'MemberExpression') continue;
        const method = memberKey(callee, this.#code as SourceCode)?.toLowerCase();
        if (method !== 'login' && method !== 'logout') continue;
        const receiver = unwrap(callee.object);
        if (receiver.type !== 'Identifier' || !REQUEST_RECEIVER.test(receiver.name) || !this.#isParameter(receiver)) continue;
        const args = call.arguments.filter((argument) => unwrap(argument).type !== 'ObjectExpression');
        const callback = method === 'login' ? args.length >= 2 : args.length >= 1;
        const parent = call.parent.type === 'ChainExpression' ? call.parent.parent : call.parent;
        const awaited = parent.type === 'AwaitExpression' || parent.type === 'ReturnStatement' || (parent.type === 'MemberExpression' && literalKey(parent.property) === 'then');
        ops.push({ kind: method, node: call, callback, awaited, receiver: receiver.name, position: reach.position(call, reached), reached });
      }
    }
    return ops.sort((a, b) => a.position - b.position);
  }

  /** `req.session.user.id` → the session and `['user', 'id']`. */
  #below(node: Node): { session: SessionRef; keys: string[] } | undefined {
    const keys: string[] = [];
    let current = unwrap(node);
    while (current.type === 'MemberExpression') {
      keys.unshift(memberKey(current, this.#code as SourceCode) ?? '?');
      const session = this.ref(current.object);
      if (session) return { session, keys };
      current = unwrap(current.object);
    }
    return undefined;
  }

  #isParameter(id: TSESTree.Identifier): boolean {
    const variable = variableOf(this.#code as SourceCode, id);
    return variable?.defs[0]?.type === 'Parameter';
  }

  #flavour(request: TSESTree.Identifier): SessionFlavour {
    if (KOA_NAMES.test(request.name)) return 'koa';
    const variable = variableOf(this.#code as SourceCode, request);
    const def = variable?.defs[0];
    return this.flavourOfFunction(def ? enclosingFunction(def.name) : undefined);
  }

  /** How the session library is driven in the file of `fn`, from its imports and `fn`'s parameters. */
  flavourOfFunction(fn: FunctionNode | undefined): SessionFlavour {
    if (FASTIFY_MODULES.some((module) => this.#imported.has(module))) return 'fastify';
    if (KOA_MODULES.some((module) => this.#imported.has(module))) return 'koa';
    const second = fn?.params[1];
    if (second?.type === 'Identifier' && /^(reply|rep)$/.test(second.name)) return 'fastify';
    const first = fn?.params[0];
    if (first?.type === 'Identifier' && KOA_NAMES.test(first.name)) return 'koa';
    return 'express';
  }
}

function enclosingFunction(node: Node): FunctionNode | undefined {
  for (let current = node.parent; current; current = current.parent) if (isFunctionNode(current)) return current;
  return undefined;
}

function isSessionPatternProperty(name: Node): boolean {
  const property = name.parent;
  return property?.type === 'Property' && property.parent?.type === 'ObjectPattern' && property.value === name && literalKey(property.key) === 'session';
}

function decoratorName(decorator: TSESTree.Decorator): string | undefined {
  const expression = unwrap(decorator.expression);
  const callee = expression.type === 'CallExpression' ? unwrap(expression.callee) : expression;
  return callee.type === 'Identifier' ? callee.name : undefined;
}

function isObjectGlobal(node: Node): boolean {
  const bare = unwrap(node);
  return bare.type === 'Identifier' && bare.name === 'Object';
}

function objectKeys(object: TSESTree.ObjectExpression): string[] {
  const keys: string[] = [];
  for (const property of object.properties) {
    if (property.type === 'Property' && !property.computed) {
      const key = literalKey(property.key);
      if (key !== undefined) keys.push(key);
    } else keys.push('?');
  }
  return keys;
}

export function isNullish(node: Node): boolean {
  const bare = unwrap(node);
  if (bare.type === 'Literal') return bare.raw === 'null';
  if (bare.type === 'Identifier') return bare.name === 'undefined';
  return bare.type === 'UnaryExpression' && bare.operator === 'void';
}

const DEFERRERS = new Set(['nextTick', 'setImmediate', 'queueMicrotask', 'setTimeout']);

/**
 * A function that only calls back: `(cb) => cb()`, `function (done) { done(); }`, `(cb) => cb?.()`,
 * `(cb) => process.nextTick(cb)`, `async () => {}`. It regenerates nothing.
 */
export function isNoOpFunction(node: Node, sourceCode: Readonly<SourceCode>): boolean {
  const fn = resolveFunction(node, sourceCode);
  if (!fn) return false;
  const params = new Set(fn.params.flatMap((param) => (param.type === 'Identifier' ? [param.name] : [])));
  const isCallback = (expression: Node): boolean => {
    const bare = unwrap(expression.type === 'ChainExpression' ? expression.expression : expression);
    if (bare.type === 'Identifier') return params.has(bare.name) || bare.name === 'undefined';
    if (bare.type === 'CallExpression') {
      const callee = unwrap(bare.callee);
      if (callee.type === 'Identifier' && params.has(callee.name)) return bare.arguments.every((argument) => isInert(argument));
      const name = callee.type === 'MemberExpression' ? literalKey(callee.property) : callee.type === 'Identifier' ? callee.name : undefined;
      if (name !== undefined && DEFERRERS.has(name)) return bare.arguments.length > 0 && isCallback(bare.arguments[0]!);
      if (callee.type === 'MemberExpression' && literalKey(callee.property) === 'resolve' && unwrap(callee.object).type === 'Identifier' && (unwrap(callee.object) as TSESTree.Identifier).name === 'Promise') return bare.arguments.every((argument) => isInert(argument));
      return false;
    }
    if (bare.type === 'LogicalExpression') return (bare.left.type === 'Identifier' && params.has(bare.left.name)) && isCallback(bare.right);
    if (bare.type === 'ConditionalExpression') return isCallback(bare.consequent) && isCallback(bare.alternate);
    return isInert(bare);
  };
  const isInertStatement = (statement: Node): boolean => {
    switch (statement.type) {
      case 'EmptyStatement':
        return true;
      case 'ExpressionStatement':
        return isCallback(statement.expression);
      case 'ReturnStatement':
        return !statement.argument || isCallback(statement.argument);
      case 'IfStatement':
        return isInertStatement(statement.consequent) && (!statement.alternate || isInertStatement(statement.alternate));
      case 'BlockStatement':
        return statement.body.every(isInertStatement);
      default:
        return false;
    }
  };
  return fn.body.type === 'BlockStatement' ? fn.body.body.every(isInertStatement) : isCallback(fn.body);
}

function isInert(node: Node): boolean {
  const bare = unwrap(node);
  return bare.type === 'Literal' || (bare.type === 'Identifier' && bare.name === 'undefined') || (bare.type === 'UnaryExpression' && bare.operator === 'void');
}
