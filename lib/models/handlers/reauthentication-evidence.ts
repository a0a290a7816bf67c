// What shows that a change to a sensitive field is not a signed-in user changing their own account
// without proof: the field belongs to another record (a share link's password, an invitation's email),
// the object is only read (a Prisma `select` or `where`), the change is confirmed by an emailed token,
// the current password is handed to the service that makes the change, or compared with the stored hash.
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { calleeName } from '../../ast/local-functions.ts';
import { variableOf } from '../../ast/scope.ts';
import { literalKey, unwrap } from '../../ast/syntax.ts';
import { nameWords } from '../../vocabulary/auth-words.ts';
import { isOneTimeTokenName } from '../../vocabulary/token-names.ts';
import type { FieldWrite } from './account-writes.ts';
import type { HandlerAnalysis } from './handlers.ts';
import type { Handler } from './routes.ts';

type Node = TSESTree.Node;

const ACCOUNT_NOUNS = new Set(['user', 'users', 'account', 'accounts', 'member', 'members', 'customer', 'customers', 'admin', 'admins', 'profile', 'profiles', 'me', 'self', 'this', 'identity', 'person', 'people', 'owner', 'credential', 'credentials', 'auth']);
// Words of a receiver or method that say nothing about which record: `prisma`, `db.update`, `tx`, `repository`.
const GENERIC_WORDS = new Set([
  'prisma', 'db', 'database', 'tx', 'trx', 'transaction', 'client', 'repo', 'repository', 'model', 'models', 'collection', 'table', 'store', 'knex', 'orm', 'em',
  'manager', 'service', 'services', 'api', 'data', 'record', 'records', 'entity', 'one', 'many', 'by', 'id', 'pk', 'and', 'or', 'find', 'get', 'update', 'patch',
  'upsert', 'modify', 'merge', 'replace', 'set', 'save', 'where', 'await', 'supabase', 'from', 'query', 'doc', 'ref', 'current', 'existing', 'target', 'new', 'updated',
  'mongoose', 'drizzle', 'sequelize', 'typeorm', 'kysely', 'the', 'a',
  // The account's own fields name what changes, not whose: `updatePassword(…)`, `setEmail(…)`.
  'password', 'passwords', 'pass', 'pwd', 'hash', 'hashed', 'email', 'emails', 'mail', 'phone', 'mfa', 'totp', 'secret', 'change', 'reset',
]);
// Keys of an ORM call's argument that read or filter rather than write.
const QUERY_CLAUSES = new Set(['select', 'include', 'where', 'omit', 'orderBy', 'cursor', 'distinct', 'having', 'projection', 'returning', 'filter', 'sort']);
// `provisionUser`, a SCIM endpoint, an SSO callback: the identity provider vouches for the change.
const PROVISIONING_WORDS = new Set(['provision', 'provisioner', 'provisioning', 'scim']);
const PREVIOUS_PASSWORD = /^(?:current|old|existing|previous|prev)[-_]?(?:pass(?:word)?|pwd)$/i;
const PASSWORD_FIELD = /^(?:password|passwordHash|hashedPassword|password_hash|passwd|pwd)$/;

/**
 * Whether a field write changes some other record than an account: `link.password = …`,
 * `prisma.link.update({ data: { password } })`, `jobStore.updateJob({ emailAddress })`, or only reads the
 * field (`select: { email: true }`, `where: { email }`).
 */
export function writesOtherRecord(write: FieldWrite, sourceCode: Readonly<SourceCode>): boolean {
  const node = write.node;
  if (node.type === 'AssignmentExpression') {
    const target = unwrap(node.left);
    if (target.type !== 'MemberExpression') return false;
    if (namesOtherRecord(sourceCode.getText(target.object), '')) return true;
    // `existing.email = email` of `const existing = await ShareSubscription.findOne(…)`.
    const loaded = loadingCall(target.object, sourceCode);
    return loaded !== undefined && namesOtherRecord(loaded.receiver, loaded.method);
  }
  if (node.type !== 'Property') return false;
  let current: Node = node;
  for (let parent: Node | undefined = current.parent; parent; current = parent, parent = parent.parent) {
    if (parent.type === 'Property' && parent.value === current && QUERY_CLAUSES.has(literalKey(parent.key) ?? '')) return true;
    if (parent.type === 'CallExpression') {
      const callee = unwrap(parent.callee);
      const receiver = callee.type === 'MemberExpression' ? sourceCode.getText(callee.object) : '';
      return namesOtherRecord(receiver, calleeName(callee) ?? '');
    }
  }
  return false;
}

/** The call a variable was loaded by: `ShareSubscription.findOne` for `const existing = await ShareSubscription.findOne(…)`. */
function loadingCall(node: Node, sourceCode: Readonly<SourceCode>): { receiver: string; method: string } | undefined {
  const bare = unwrap(node);
  if (bare.type !== 'Identifier') return undefined;
  const def = variableOf(sourceCode as SourceCode, bare)?.defs[0];
  if (def?.type !== 'Variable' || def.node.id !== def.name || !def.node.init) return undefined;
  let init = unwrap(def.node.init);
  if (init.type === 'AwaitExpression') init = unwrap(init.argument);
  if (init.type !== 'CallExpression') return undefined;
  const callee = unwrap(init.callee);
  return { receiver: callee.type === 'MemberExpression' ? sourceCode.getText(callee.object) : '', method: calleeName(callee) ?? '' };
}

/** Whether the names of a receiver and method speak of a record (`link`, `invitation`, `job`) and not of an account. */
function namesOtherRecord(receiver: string, method: string): boolean {
  // `prisma.link` names the model; `this.linkService` or `db` say nothing more than the method does.
  const words = [...nameWords(receiver.split(/[.(]/).at(-1) ?? ''), ...nameWords(method)];
  if (words.some((word) => ACCOUNT_NOUNS.has(word))) return false;
  return words.some((word) => !GENERIC_WORDS.has(word) && word.length > 1);
}

/** A handler that provisions accounts for an identity provider (SCIM, SSO provisioning). */
export function isProvisioning(words: readonly string[]): boolean {
  return words.some((word) => PROVISIONING_WORDS.has(word));
}

/**
 * Whether the handler proves possession another way: it hands the current password to the service that
 * changes it (`updatePassword({ password, currentPassword })`), compares the stored hash with the one it
 * computes (`user.password !== security.hash(password)`), or takes an emailed token
 * (`getDetailsForEmailUpdateToken(code)`).
 */
export function provesPossession(handler: Handler, analysis: HandlerAnalysis, sourceCode: Readonly<SourceCode>): boolean {
  for (const call of analysis.calls(handler)) {
    if (call.name !== undefined && isEmailedTokenConsumer(call.name)) return true;
    if (call.node.arguments.some((argument) => carriesPreviousPassword(argument))) return true;
  }
  return analysis.reach(handler).functions.some((reached) => comparesStoredHash(reached.fn, sourceCode));
}

/** `getDetailsForEmailUpdateToken`, `consumeEmailChangeToken`, `verifyEmailToken`: a one-time token sent by email. */
function isEmailedTokenConsumer(name: string): boolean {
  const words = nameWords(name);
  return words.includes('token') && (words.includes('email') || isOneTimeTokenName(name));
}

function carriesPreviousPassword(argument: Node): boolean {
  const bare = unwrap(argument);
  if (bare.type === 'Identifier') return PREVIOUS_PASSWORD.test(bare.name);
  if (bare.type === 'MemberExpression') return PREVIOUS_PASSWORD.test(literalKey(bare.property) ?? '');
  if (bare.type !== 'ObjectExpression') return false;
  return bare.properties.some((property) => property.type === 'Property' && PREVIOUS_PASSWORD.test(literalKey(property.key) ?? ''));
}

/** `user.password !== security.hash(password)`, `hash(input) === account.passwordHash` somewhere in `fn`. */
function comparesStoredHash(fn: Node, sourceCode: Readonly<SourceCode>): boolean {
  const keys = sourceCode.visitorKeys;
  const pending: Node[] = [fn];
  let budget = 5000;
  while (pending.length > 0 && budget-- > 0) {
    const node = pending.pop()!;
    if (node.type === 'BinaryExpression' && ['===', '!==', '==', '!='].includes(node.operator) && node.left.type !== 'PrivateIdentifier') {
      if ((isStoredPassword(node.left) && isHashCall(node.right)) || (isStoredPassword(node.right) && isHashCall(node.left))) return true;
    }
    for (const key of keys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) pending.push(...(child.filter((item) => item && typeof item === 'object' && 'type' in item) as Node[]));
      else if (child && typeof child === 'object' && 'type' in child) pending.push(child as Node);
    }
  }
  return false;
}

function isStoredPassword(node: Node): boolean {
  const bare = unwrap(node);
  return bare.type === 'MemberExpression' && PASSWORD_FIELD.test(literalKey(bare.property) ?? '');
}

function isHashCall(node: Node): boolean {
  const bare = unwrap(node);
  return bare.type === 'CallExpression' && nameWords(calleeName(bare.callee) ?? '').some((word) => word === 'hash' || word === 'digest');
}
