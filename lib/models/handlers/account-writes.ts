// Writes to a stored user account that a handler makes: `user.password = hash`,
// `db.users.update(id, { email })`, `prisma.user.update({ data: { mfaEnabled: false } })`,
// `UPDATE users SET password = $1`, `user.setPassword(pw)`. Request data, the session and objects
// the handler has just created (registration) do not count.
import type { TSESTree } from '@typescript-eslint/utils';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import type { HandlerAnalysis } from './handlers.ts';
import { variableOf } from '../../ast/scope.ts';
import { literalKey, unwrap } from '../../ast/syntax.ts';
import type { Reached } from './reach.ts';
import type { Handler } from './routes.ts';
import { isNullish } from './session.ts';
import { nameWords } from '../../vocabulary/auth-words.ts';
import { alternation, HANDLER_REQUEST_NAMES } from '../../vocabulary/request-names.ts';

type Node = TSESTree.Node;

export interface FieldWrite {
  readonly node: Node;
  /** The field written: `passwordHash`, `email`, or the column of an SQL `SET`. */
  readonly key: string;
  readonly reached: Reached;
}

const UPDATE_VERBS = new Set(['update', 'patch', 'upsert', 'modify', 'merge', 'replace']);
const CREATE_VERBS = new Set(['create', 'insert', 'new', 'register', 'signup', 'add', 'build', 'init', 'make']);
const ACCOUNT_NOUNS = new Set(['user', 'users', 'account', 'accounts', 'member', 'members', 'customer', 'customers', 'admin', 'admins', 'profile', 'profiles', 'me', 'self', 'this']);
const REQUEST_DATA = new RegExp(String.raw`^(${alternation(HANDLER_REQUEST_NAMES)})\.(body|query|params|payload|request|session|yar|cookies|headers)\b|^(body|formData|data|input|dto|payload|params|query|form|values|args)$|\.session$`);
const SQL_UPDATE = /\bupdate\s+["'`]?\w+["'`]?\s+set\b([\s\S]*)/i;

/**
 * Every field write to a stored account in what runs for `handler` whose key `accept` takes. With
 * `clearing`, writes of `null` count too (`user.refreshToken = null` revokes a token).
 */
export function accountWrites(handler: Handler, analysis: HandlerAnalysis, sourceCode: Readonly<SourceCode>, accept: (key: string) => boolean, clearing = false): FieldWrite[] {
  const found: FieldWrite[] = [];
  for (const reached of analysis.reach(handler).functions) {
    const own = analysis.facts.of(reached.fn);
    for (const assignment of own.assignments) {
      const target = unwrap(assignment.left);
      if (target.type !== 'MemberExpression') continue;
      // Setting a value is a plain `=` of something: `+=` builds a string (a URL polyfill's
      // `this.password += …`) and `''` empties a form field. Clearing takes those too: a bumped version, a
      // revoked token.
      if (!clearing && (assignment.operator !== '=' || isEmpty(assignment.right) || isInputEventValue(assignment.right))) continue;
      const key = target.computed ? undefined : literalKey(target.property);
      if (key === undefined || !accept(key) || !isStoredAccount(target.object, sourceCode)) continue;
      if (analysis.sessions.ref(target.object)) continue;
      found.push({ node: assignment, key, reached });
    }
    for (const property of own.properties) {
      const key = property.computed ? undefined : literalKey(property.key);
      if (key === undefined || !accept(key) || (!clearing && isEmpty(property.value))) continue;
      if (isUpdateArgument(property, sourceCode)) found.push({ node: property, key, reached });
    }
    for (const text of own.strings) {
      const value = text.type === 'Literal' ? String(text.value) : text.quasis.map((quasi) => quasi.value.cooked ?? '').join(' ? ');
      const match = SQL_UPDATE.exec(value);
      if (!match) continue;
      const columns = match[1]!.split(/\bwhere\b/i)[0]!.split(',').map((assignment) => assignment.split('=')[0]!.trim().replaceAll(/["'`]/g, ''));
      const key = columns.find((column) => accept(column));
      if (key !== undefined) found.push({ node: text, key, reached });
    }
  }
  return found;
}

function isEmpty(node: Node): boolean {
  const bare = unwrap(node);
  return isNullish(bare) || (bare.type === 'Literal' && bare.value === '') || (bare.type === 'TemplateLiteral' && bare.expressions.length === 0 && bare.quasis[0]?.value.cooked === '');
}

/** `event.target.value`: a form field bound in browser code (Ghost's sign-in form), not a stored account. */
function isInputEventValue(node: Node): boolean {
  const bare = unwrap(node);
  if (bare.type !== 'MemberExpression' || literalKey(bare.property) !== 'value') return false;
  const target = unwrap(bare.object);
  return target.type === 'MemberExpression' && ['target', 'currentTarget'].includes(literalKey(target.property) ?? '');
}

/** An object that holds a stored account: not request data, the session, or a record created in this handler. */
function isStoredAccount(node: Node, sourceCode: Readonly<SourceCode>): boolean {
  const bare = unwrap(node);
  if (REQUEST_DATA.test(sourceCode.getText(bare))) return false;
  if (bare.type !== 'Identifier') return true;
  const variable = variableOf(sourceCode as SourceCode, bare);
  const def = variable?.defs[0];
  if (def?.type === 'Parameter') return !REQUEST_DATA.test(bare.name);
  if (def?.type !== 'Variable' || !def.node.init) return true;
  let init = unwrap(def.node.init);
  if (init.type === 'AwaitExpression') init = unwrap(init.argument);
  if (init.type === 'NewExpression') return false;
  if (init.type === 'ObjectExpression') return false;
  if (init.type === 'CallExpression') {
    const callee = unwrap(init.callee);
    const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? literalKey(callee.property) : undefined;
    return !nameWords(name ?? '').some((word) => CREATE_VERBS.has(word));
  }
  return true;
}

/** A property of an object passed (maybe nested: `{ data: { … } }`, `{ $set: { … } }`) to an update call. */
function isUpdateArgument(property: TSESTree.Property, sourceCode: Readonly<SourceCode>): boolean {
  let current: Node = property.parent;
  while (current.parent && (current.parent.type === 'Property' || current.parent.type === 'ObjectExpression' || current.parent.type === 'ArrayExpression' || isWrapper(current.parent))) {
    current = current.parent;
  }
  const call = current.parent;
  if (call?.type !== 'CallExpression' || !call.arguments.includes(current as TSESTree.CallExpressionArgument)) return false;
  const callee = unwrap(call.callee);
  const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? literalKey(callee.property) : undefined;
  const words = nameWords(name ?? '');
  if (words.some((word) => CREATE_VERBS.has(word))) return false;
  if (words.some((word) => UPDATE_VERBS.has(word))) return !updatesOtherRecord(words, callee, sourceCode);
  // `user.set({ password })` (Mongoose), `this.users.set(...)` is ambiguous but names an account.
  return words.length === 1 && words[0] === 'set' && callee.type === 'MemberExpression' && nameWords(sourceCode.getText(callee.object)).some((word) => ACCOUNT_NOUNS.has(word));
}

// Words that qualify an update call without naming what it updates (`updateOne`, `updateManyById`).
const UPDATE_QUALIFIERS = new Set(['one', 'many', 'all', 'by', 'id', 'ids', 'where', 'and', 'or', 'first', 'unique', 'async', 'sync', 'in', 'place', 'data', 'field', 'fields', 'attributes', 'record', 'records', 'entity']);
// Account fields an update call may be named for (`updatePassword`, `updateEmail`).
const ACCOUNT_FIELDS = new Set(['password', 'passwords', 'passwd', 'pwd', 'email', 'emails', 'mail', 'phone', 'mfa', 'totp', 'otp', 'credential', 'credentials', 'username']);
// Receivers that hold every model: `prisma.poll` names the model, `prisma` alone does not.
const MODEL_HOLDERS = new Set(['db', 'prisma', 'client', 'tx', 'trx', 'ctx', 'knex', 'repo', 'repository', 'model', 'models', 'collection', 'database', 'orm', 'this']);

/**
 * The update call names a record that is no account: `updateRecipient(…)`, `updateEnvelopeItems(…)`,
 * `prisma.poll.update(…)`. A record's `email` there is a contact's, and a `password` a stored credential of something else.
 */
function updatesOtherRecord(words: readonly string[], callee: Node, sourceCode: Readonly<SourceCode>): boolean {
  const verb = words.findLastIndex((word) => UPDATE_VERBS.has(word));
  const named = words.slice(verb + 1).filter((word) => !UPDATE_QUALIFIERS.has(word));
  const names = (found: readonly string[]): boolean => found.some((word) => ACCOUNT_NOUNS.has(word) || ACCOUNT_FIELDS.has(word));
  if (named.length > 0) return !names(named) && !(callee.type === 'MemberExpression' && names(nameWords(sourceCode.getText(callee.object))));
  if (callee.type !== 'MemberExpression') return false;
  const model = unwrap(callee.object);
  if (model.type !== 'MemberExpression' || model.computed) return false;
  const modelWords = nameWords(literalKey(model.property) ?? '');
  return modelWords.length > 0 && !names(modelWords) && !modelWords.some((word) => MODEL_HOLDERS.has(word));
}

function isWrapper(node: Node): boolean {
  return node.type === 'TSAsExpression' || node.type === 'TSSatisfiesExpression' || node.type === 'TSNonNullExpression';
}

/** `user.setPassword(pw)` (passport-local-mongoose) and the like, on an account object. */
export function accountMethodCalls(handler: Handler, analysis: HandlerAnalysis, names: ReadonlySet<string>): { call: TSESTree.CallExpression; name: string; reached: Reached }[] {
  const found: { call: TSESTree.CallExpression; name: string; reached: Reached }[] = [];
  for (const site of analysis.calls(handler)) {
    if (site.node.type !== 'CallExpression' || site.name === undefined || !names.has(site.name) || site.receiver === undefined) continue;
    const receiver = nameWords(site.receiver);
    if (receiver.some((word) => ACCOUNT_NOUNS.has(word)) && !receiver.some((word) => /^(service|services|repository|repo|api|client|manager|provider|controller)$/.test(word))) {
      found.push({ call: site.node, name: site.name, reached: site.reached });
    }
  }
  return found;
}
