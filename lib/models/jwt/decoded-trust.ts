// Follows a decoded-but-unverified token payload through the file to see whether the server trusts
// it: stores it as the request's user (`req.user = payload`, `res.locals.user`, `ctx.state.user`,
// `c.set('user', …)`), hands it to a passport-style `done(null, payload)`, branches on it inside a
// request handler or guard, or returns it from a function named like a check (`verifyToken`). Reading
// `exp` to schedule a refresh or logging the claims is not a decision.
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { asSourceCode, variableOf, type AnySourceCode, type Variable } from '../../ast/scope.ts';
import { isKnown, memberKey, staticValue } from '../../values/index.ts';
import { isWrapperOf, literalKey } from '../../ast/syntax.ts';
import { words } from '../../vocabulary/token-names.ts';
import { patternIdentifiers } from '../../ast/patterns.ts';
import { HANDLER_HELPER_NAMES, REQUEST_NAMES } from '../../vocabulary/request-names.ts';
import { functionName } from '../../ast/function-facts.ts';

type Node = TSESTree.Node;

// Properties of a request or context that hold who the caller is.
const IDENTITY_WORDS = new Set(['user', 'users', 'auth', 'authenticated', 'session', 'claims', 'identity', 'principal', 'payload', 'account', 'role', 'roles', 'permission', 'permissions', 'scope', 'scopes', 'admin', 'jwt', 'decoded', 'token', 'viewer', 'member', 'tenant', 'uid']);
// Per-request holders whose every property is request state: `res.locals`, `ctx.state`, `event.locals`, `event.context`.
const REQUEST_STATE = new Set(['locals', 'state', 'context']);
// Parameters that mark a function as a request handler, middleware or guard.
const HANDLER_PARAMETERS = new Set([...REQUEST_NAMES, ...HANDLER_HELPER_NAMES]);
const HANDLER_METHODS = new Set(['canActivate', 'use', 'intercept', 'handle', 'middleware']);
// Functions whose name says they decide access.
const CHECK_WORDS = new Set(['verify', 'verifies', 'validate', 'authenticate', 'authorize', 'authorise', 'authenticated', 'authorized', 'authorised', 'authorization', 'authentication', 'auth', 'guard', 'protect', 'permission', 'permissions', 'admin', 'access']);
const CALLBACK_PARAMETERS = new Set(['done', 'cb', 'callback', 'verified']);

const MAX_STEPS = 200;
const MAX_DEPTH = 6;

/** The node where the value of `start` is trusted for an access decision, if the file shows one. */
export function trustedUse(start: Node, sourceCode: AnySourceCode): Node | undefined {
  const code = asSourceCode(sourceCode);
  const queue: { node: Node; depth: number }[] = [{ node: start, depth: 0 }];
  const seen = new Set<Node | Variable>();
  for (let steps = 0; queue.length > 0 && steps < MAX_STEPS; steps++) {
    const { node, depth } = queue.shift()!;
    if (seen.has(node) || depth > MAX_DEPTH) continue;
    seen.add(node);
    const found = climb(node, code, (next, deeper = false) => queue.push({ node: next, depth: depth + (deeper ? 1 : 0) }), seen);
    if (found) return found;
  }
  return undefined;
}

type Enqueue = (node: Node, deeper?: boolean) => void;

/** Walks up from a node that holds (part of) the payload to the place that uses it. */
function climb(start: Node, code: SourceCode, enqueue: Enqueue, seen: Set<Node | Variable>): Node | undefined {
  let child: Node = start;
  // Set once the payload sits under an identity key: `{ user: payload }`.
  let asIdentity = false;
  for (let parent = child.parent; parent; child = parent, parent = parent.parent) {
    if (isWrapperOf(parent, child)) continue;
    switch (parent.type) {
      case 'ChainExpression':
      case 'AwaitExpression':
      case 'UnaryExpression':
      case 'BinaryExpression':
      case 'LogicalExpression':
      case 'TemplateLiteral':
      case 'ArrayExpression':
      case 'SpreadElement':
      case 'ObjectExpression':
        continue;
      case 'MemberExpression':
        if (parent.object !== child) return undefined;
        continue;
      case 'Property': {
        if (parent.value !== child || parent.parent.type !== 'ObjectExpression') return undefined;
        const key = parent.computed ? undefined : literalKey(parent.key);
        asIdentity ||= key !== undefined && words(key).some((word) => IDENTITY_WORDS.has(word));
        continue;
      }
      case 'ConditionalExpression':
        if (parent.test === child) return inHandler(parent) ? parent.test : undefined;
        continue;
      case 'IfStatement':
      case 'WhileStatement':
      case 'DoWhileStatement':
        return parent.test === child && inHandler(parent) ? child : undefined;
      case 'SwitchStatement':
        return parent.discriminant === child && inHandler(parent) ? child : undefined;
      case 'VariableDeclarator':
        if (parent.init === child) followDeclared(parent.id, code, enqueue, seen);
        return undefined;
      case 'AssignmentExpression':
        if (parent.right !== child) return undefined;
        if (parent.left.type !== 'MemberExpression') followDeclared(parent.left, code, enqueue, seen);
        return parent.left.type === 'MemberExpression' && isIdentityTarget(parent.left, code) ? parent : undefined;
      case 'CallExpression':
      case 'NewExpression':
        if (parent.callee === child) continue;
        if (parent.type === 'CallExpression' && trustsArgument(parent, child, code)) return parent;
        // The result of a lookup by the payload (`await User.findById(payload.sub)`) carries it on.
        continue;
      case 'ReturnStatement':
        return returned(parent, code, enqueue, asIdentity);
      case 'ArrowFunctionExpression':
        return parent.body === child ? returned(parent, code, enqueue, asIdentity) : undefined;
      default:
        return undefined;
    }
  }
  return undefined;
}

function followDeclared(pattern: Node, code: SourceCode, enqueue: Enqueue, seen: Set<Node | Variable>): void {
  for (const id of patternIdentifiers(pattern)) followVariable(id, code, enqueue, seen);
}

function followVariable(id: TSESTree.Identifier, code: SourceCode, enqueue: Enqueue, seen: Set<Node | Variable>): void {
  const variable = variableOf(code, id);
  if (!variable || seen.has(variable)) return;
  seen.add(variable);
  for (const reference of variable.references) if (reference.isRead()) enqueue(reference.identifier as Node);
}

/** `req.user = …`, `request.auth = …`, `res.locals.x = …`, `ctx.state.x = …`; never `this.x` (a client store). */
function isIdentityTarget(target: TSESTree.MemberExpression, code: SourceCode): boolean {
  const names: string[] = [];
  let current: Node = target;
  while (current.type === 'MemberExpression') {
    const key = memberKey(current, code);
    if (key !== undefined) names.unshift(key);
    current = current.object;
  }
  if (current.type === 'ThisExpression' || names.length === 0) return false;
  const last = names.at(-1)!;
  return words(last).some((word) => IDENTITY_WORDS.has(word)) || names.slice(0, -1).some((name) => REQUEST_STATE.has(name));
}

/** `done(null, payload)` in a strategy callback, or Hono's `c.set('user', payload)`. */
function trustsArgument(call: TSESTree.CallExpression, argument: Node, code: SourceCode): boolean {
  const callee = call.callee;
  if (callee.type === 'Identifier' && CALLBACK_PARAMETERS.has(callee.name) && call.arguments[1] === argument) {
    return variableOf(code, callee)?.defs[0]?.type === 'Parameter';
  }
  if (callee.type !== 'MemberExpression' || memberKey(callee, code) !== 'set' || call.arguments[1] !== argument || !call.arguments[0]) return false;
  const key = staticValue(call.arguments[0], code);
  return isKnown(key) && typeof key.value === 'string' && words(key.value).some((word) => IDENTITY_WORDS.has(word));
}

/** A function that returns the payload: a check by its name decides; otherwise follow its callers. */
function returned(node: Node, code: SourceCode, enqueue: Enqueue, asIdentity: boolean): Node | undefined {
  const fn = node.type === 'ArrowFunctionExpression' ? node : enclosingFunction(node);
  if (!fn) return undefined;
  if (HANDLER_METHODS.has(functionName(fn) ?? '') && methodOwner(fn)) return node;
  // A request's context built from the payload: Apollo's `context: ({ req }) => ({ user })`, tRPC's `createContext`.
  if (asIdentity && takesRequest(fn)) return node;
  const name = functionName(fn);
  if (name !== undefined && words(name).some((word) => CHECK_WORDS.has(word))) return node;
  const id = fn.type === 'FunctionDeclaration' ? fn.id : fn.parent?.type === 'VariableDeclarator' && fn.parent.id.type === 'Identifier' ? fn.parent.id : undefined;
  const variable = id ? variableOf(code, id) : undefined;
  for (const reference of variable?.references ?? []) {
    const call = reference.identifier.parent;
    if (call?.type === 'CallExpression' && call.callee === reference.identifier) enqueue(call, true);
  }
  return undefined;
}

type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

function enclosingFunction(node: Node): FunctionNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'FunctionDeclaration' || current.type === 'FunctionExpression' || current.type === 'ArrowFunctionExpression') return current;
  }
  return undefined;
}


function methodOwner(fn: FunctionNode): boolean {
  return fn.parent?.type === 'MethodDefinition';
}

/** A decision inside a request handler, middleware or guard (up to three functions out). */
function inHandler(node: Node): boolean {
  let fn = enclosingFunction(node);
  for (let level = 0; fn && level < 3; level++, fn = enclosingFunction(fn)) {
    if (takesRequest(fn)) return true;
    if (methodOwner(fn) && HANDLER_METHODS.has(functionName(fn) ?? '')) return true;
  }
  return false;
}

/** `(req, res, next)`, `(ctx)`, `({ req, res })`. */
function takesRequest(fn: FunctionNode): boolean {
  return fn.params.some((param) => {
    if (param.type === 'Identifier') return HANDLER_PARAMETERS.has(param.name);
    return param.type === 'ObjectPattern' && param.properties.some((property) => property.type === 'Property' && !property.computed && HANDLER_PARAMETERS.has(literalKey(property.key) ?? ''));
  });
}
