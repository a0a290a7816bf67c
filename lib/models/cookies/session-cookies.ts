import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import type { CookieSite } from './types.ts';
import { getModuleRefs } from '../../file/modules.ts';
import { isKnown, memberKey, staticValue, variableBindings } from '../../values/index.ts';
import { asSourceCode, variableOf, type AnySourceCode } from '../../ast/scope.ts';
import { unwrap } from '../../ast/syntax.ts';
import { isAntiCsrfName, isPreferenceName } from '../../vocabulary/cookie-purposes.ts';
import { isTokenName } from '../../vocabulary/token-names.ts';
import { functionName, isFunctionNode } from '../../ast/function-facts.ts';
import { declaresNoSessionData } from './preference-storage.ts';

// Which cookies carry a session: every cookie of a session library; otherwise a cookie whose name
// says so (whole words: `sid`, `session`, `accessToken`, `__Host-…`, not `tokenCount` or `theme`) or
// whose value comes from a session id, a signed token or a random generator. Anti-CSRF cookies are
// meant to be read by script and never count.

type Node = TSESTree.Node;

export type SessionReason = 'library' | 'name' | 'setting' | 'value' | 'all';

export interface SessionScope {
  /** `settings.asvs.sessionCookieNames`. */
  readonly names: readonly string[];
  /** The `checkAllCookies` option: ASVS 5.0 applies the cookie requirements to every cookie. */
  readonly all: boolean;
}

/** Why the rules should hold this cookie to the session-cookie requirements, or undefined. */
export function sessionReason(site: CookieSite, scope: SessionScope, sourceCode: AnySourceCode): SessionReason | undefined {
  // Clearing a cookie sends no token.
  if (site.deletion) return undefined;
  const name = site.name;
  if (name !== undefined && scope.names.includes(name)) return 'setting';
  const prefixed = name !== undefined && /^__(Host|Secure)-/.test(name);
  const tokenValue = (): boolean => site.valueNode !== undefined && isTokenValue(site.valueNode, asSourceCode(sourceCode), 0);
  // A preference cookie or storage (`theme`) holds no session unless its value or a `__Host-` prefix says so;
  // an anti-CSRF cookie, which script must read, never does.
  const noSession = name === undefined ? inAntiCsrfCode(site.node) : !prefixed && isPreferenceName(name) && !tokenValue();
  if (noSession || anonymousStorage(site, sourceCode)) return scope.all ? 'all' : undefined;
  if (site.sessionLibrary) return 'library';
  if (name !== undefined && isAntiCsrfName(name)) return scope.all ? 'all' : undefined;
  if (name !== undefined && (isTokenName(name) || prefixed)) return 'name';
  if (tokenValue()) return 'value';
  return scope.all ? 'all' : undefined;
}

/** A session storage whose data type holds no user or credential (`createCookieSessionStorage<{ clientId: string }>`). */
function anonymousStorage(site: CookieSite, sourceCode: AnySourceCode): boolean {
  const call = site.node;
  return site.sessionLibrary && (call.type === 'CallExpression' || call.type === 'NewExpression') && declaresNoSessionData(call, sourceCode);
}

/** Set inside a function named for CSRF protection (`attachCSRFTokenMiddleware`), where the name is computed. */
function inAntiCsrfCode(node: Node): boolean {
  for (let current: Node | undefined = node.parent; current; current = current.parent) {
    const name = isFunctionNode(current) ? functionName(current) : undefined;
    if (name !== undefined && isAntiCsrfName(name)) return true;
  }
  return false;
}


// Generators whose output is a token: CSPRNG bytes, UUIDs, nanoid, uid-safe.
const RANDOM_SOURCES = /^(randomBytes|randomUUID|getRandomValues|nanoid|uuid|uuidv4|v4|uid|uidSafe|generateId|createId|cuid|ulid)$/;

/** The value is a session id, a token, a signed JWT or random bytes, as far as the file shows. */
function isTokenValue(node: Node, code: SourceCode, depth: number): boolean {
  if (depth > 4) return false;
  const bare = unwrap(node);
  switch (bare.type) {
    case 'AwaitExpression':
      return isTokenValue(bare.argument, code, depth + 1);
    case 'Identifier':
      return isTokenName(bare.name) || boundToToken(bare, code, depth);
    case 'MemberExpression': {
      const key = memberKey(bare, code);
      if (key === undefined) return false;
      // `req.session.id`, `session.token`, `req.sessionID`.
      if (isTokenName(key)) return true;
      const owner = unwrap(bare.object);
      const ownerName = owner.type === 'Identifier' ? owner.name : owner.type === 'MemberExpression' ? memberKey(owner, code) : undefined;
      return key === 'id' && ownerName !== undefined && isTokenName(ownerName);
    }
    case 'CallExpression':
      return isTokenCall(bare, code, depth);
    case 'TemplateLiteral':
      return bare.expressions.some((expression) => isTokenValue(expression, code, depth + 1));
    case 'BinaryExpression':
      return bare.operator === '+' && (isTokenValue(bare.left, code, depth + 1) || isTokenValue(bare.right, code, depth + 1));
    case 'ConditionalExpression':
      return isTokenValue(bare.consequent, code, depth + 1) || isTokenValue(bare.alternate, code, depth + 1);
    case 'LogicalExpression':
      return isTokenValue(bare.left, code, depth + 1) || isTokenValue(bare.right, code, depth + 1);
    default:
      return false;
  }
}

function isTokenCall(call: TSESTree.CallExpression, code: SourceCode, depth: number): boolean {
  const callee = unwrap(call.callee);
  const refs = getModuleRefs(code);
  if (refs.is(callee, 'jsonwebtoken', 'sign') || refs.is(callee, ['crypto', 'node:crypto'], 'randomBytes') || refs.is(callee, ['crypto', 'node:crypto'], 'randomUUID')) return true;
  const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? memberKey(callee, code) : undefined;
  if (name === undefined) return false;
  // `randomBytes(32).toString('hex')`, `token.trim()`: a method on a token is still the token.
  if (callee.type === 'MemberExpression' && /^(toString|slice|substring|trim|toUpperCase|toLowerCase)$/.test(name)) return isTokenValue(callee.object, code, depth + 1);
  // `jwt.sign(…)`, `new SignJWT(…).sign(key)`, `signToken(…)`, `createSessionId()`.
  if (name === 'sign' && callee.type === 'MemberExpression') return true;
  return RANDOM_SOURCES.test(name) || isTokenName(name) || /^(sign|encrypt|seal)(Jwt|JWT|Token|Session)/.test(name);
}

function boundToToken(id: TSESTree.Identifier, code: SourceCode, depth: number): boolean {
  const variable = variableOf(code, id);
  const bindings = variable ? variableBindings(variable, code) : undefined;
  if (!bindings || bindings.list.length !== 1) return false;
  const binding = bindings.list[0]!;
  if (binding.path.length > 0) return isTokenName(binding.path.at(-1)!.key);
  const value = staticValue(binding.rhs, code);
  return !isKnown(value) && isTokenValue(binding.rhs, code, depth + 1);
}
