import type { TSESTree } from '@typescript-eslint/utils';
import type { RuleContext } from '@typescript-eslint/utils/ts-eslint';
import { getHandlerAnalysis, type Handler, type HandlerAnalysis } from '../models/handlers/handlers.ts';
import { accountMethodCalls, accountWrites } from '../models/handlers/account-writes.ts';
import { writesOtherRecord } from '../models/handlers/reauthentication-evidence.ts';
import { chainName, describeHandler, handlerWords } from '../models/handlers/evidence.ts';
import { functionNameNode, type FunctionNode } from '../ast/function-facts.ts';
import { isPasswordField, isPasswordPhrase, isRegistrationPhrase, isRevocationCall, isSessionTableName, isTokenStoreField, isTokenVersionField, nameWords } from '../vocabulary/auth-words.ts';
import { literalKey, unwrap } from '../ast/syntax.ts';
import { createRule } from '../utils/create-rule.ts';

export type MessageIds = 'missingRevocation';
export type Options = [{ revocationCalls?: string[]; revocationFields?: string[] }];
type Context = Readonly<RuleContext<MessageIds, Options>>;

const MENTIONS = /pass(word|wd)|pwd/i;
const PASSWORD_SETTERS = new Set(['setPassword', 'changePassword', 'updatePassword', 'resetPassword', 'setNewPassword']);
const CHANGE_VERBS = new Set(['change', 'update', 'reset', 'set', 'new', 'save', 'rotate', 'recover']);
// `signOut({ scope: 'global' })` (Supabase) ends every session; `scope: 'local'` only this one.
const EVERY_SCOPE = /^(global|others)$/;

export default createRule<MessageIds, Options>({
  name: 'require-session-revocation-on-password-change',
  meta: {
    type: 'problem',
    messages: {
      missingRevocation: "Password change '{{handler}}' leaves the user's other sessions valid; end them (or offer to) or bump a per-user token version.",
    },
    schema: [
      {
        type: 'object',
        properties: {
          revocationCalls: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description: 'Names of functions or methods that end a user\'s other sessions, besides the recognised ones (e.g. `logoutEverywhere`).',
          },
          revocationFields: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description: 'Names of account fields whose update invalidates earlier sessions or tokens, besides the recognised ones (e.g. `authEpoch`).',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ revocationCalls: [], revocationFields: [] }],
  },
  create(context) {
    const sourceCode = context.sourceCode;
    if (!MENTIONS.test(sourceCode.text) && !MENTIONS.test(context.filename)) return {};
    const calls = new Set(context.options[0].revocationCalls!);
    const fields = new Set(context.options[0].revocationFields!);
    return {
      'Program:exit'() {
        const analysis = getHandlerAnalysis(sourceCode, context.filename);
        for (const unit of units(analysis, sourceCode)) {
          if (!changesPassword(unit, analysis, sourceCode) || revokes(unit, analysis, sourceCode, calls, fields)) continue;
          context.report({ loc: unit.report.loc, messageId: 'missingRevocation', data: { handler: describeHandler(unit) } });
        }
      },
    };
  },
});

/**
 * Handlers, and functions named for a password change (`changePassword` in a service class) that no
 * handler of the file calls: in NestJS and layered apps, the service is where the hash is written.
 */
function units(analysis: HandlerAnalysis, sourceCode: Context['sourceCode']): Handler[] {
  const reached = new Set<FunctionNode>(analysis.handlers.flatMap((handler) => analysis.reach(handler).functions.map((at) => at.fn)));
  const services: Handler[] = [];
  for (const fn of analysis.facts.functions) {
    if (reached.has(fn)) continue;
    const id = functionNameNode(fn);
    if (!id) continue;
    const name = sourceCode.getText(id).replace(/^['"]|['"]$/g, '');
    const words = nameWords(name);
    if (!isPasswordPhrase(words) || !words.some((word) => CHANGE_VERBS.has(word)) || words.includes('forgot')) continue;
    services.push({ kind: 'controller', name, method: undefined, path: undefined, chain: [fn], report: id, decorators: [] });
  }
  return [...analysis.handlers, ...services];
}


function changesPassword(unit: Handler, analysis: HandlerAnalysis, sourceCode: Context['sourceCode']): boolean {
  if (isRegistrationPhrase(handlerWords(unit))) return false;
  // A share link's or an integration's password belongs to another record than the account.
  const writes = accountWrites(unit, analysis, sourceCode, isPasswordField).filter((write) => !writesOtherRecord(write, sourceCode));
  return writes.length > 0 || accountMethodCalls(unit, analysis, PASSWORD_SETTERS).length > 0;
}

/** Another session ends or earlier tokens stop working: a revocation call, or a token-version field update. */
function revokes(unit: Handler, analysis: HandlerAnalysis, sourceCode: Context['sourceCode'], calls: ReadonlySet<string>, fields: ReadonlySet<string>): boolean {
  for (const call of analysis.calls(unit)) {
    if (call.name === undefined) continue;
    if (calls.has(call.name)) return true;
    const callee = unwrap(call.node.callee);
    // Ending the current session (`req.session.destroy()`) leaves the others alive.
    if (callee.type === 'MemberExpression' && analysis.sessions.ref(callee.object)) continue;
    if (isRevocationCall(call.name, call.receiver)) return true;
    // Drizzle `db.delete(session).where(…)`, Kysely `db.deleteFrom('session')`: rows deleted from the sessions table.
    if ((call.name === 'delete' || call.name === 'deleteFrom') && deletesFromSessionTable(call.node)) return true;
    if (/^sign_?out$/i.test(call.name) && everyScope(call.node)) return true;
  }
  if (analysis.reach(unit).opaque.some((element) => {
    const name = chainName(element);
    return name !== undefined && (calls.has(name) || isRevocationCall(name, undefined));
  })) return true;
  const isVersionField = (key: string): boolean => fields.has(key) || isTokenVersionField(key);
  // A token version bumped, or the stored tokens and sessions cleared (`user.tokens = []`).
  if (accountWrites(unit, analysis, sourceCode, (key) => isVersionField(key) || isTokenStoreField(key), true).length > 0) return true;
  // `user.tokenVersion++`
  return analysis.reach(unit).functions.some((reached) => analysis.facts.of(reached.fn).updates.some((update) => isVersionField(memberName(update.argument) ?? '')));
}

function deletesFromSessionTable(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const table = call.arguments[0] && unwrap(call.arguments[0]);
  const name = table?.type === 'Identifier' ? table.name : table?.type === 'Literal' && typeof table.value === 'string' ? table.value : table ? memberName(table) : undefined;
  return name !== undefined && isSessionTableName(name);
}

function everyScope(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const options = call.arguments[0] && unwrap(call.arguments[0]);
  if (options?.type !== 'ObjectExpression') return false;
  return options.properties.some((property) => property.type === 'Property' && literalKey(property.key) === 'scope' && property.value.type === 'Literal' && EVERY_SCOPE.test(String(property.value.value)));
}

function memberName(node: TSESTree.Node): string | undefined {
  const bare = unwrap(node);
  return bare.type === 'MemberExpression' && !bare.computed ? literalKey(bare.property) : undefined;
}
