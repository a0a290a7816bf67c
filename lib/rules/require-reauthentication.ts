import type { RuleContext } from '@typescript-eslint/utils/ts-eslint';
import { getHandlerAnalysis, type Handler, type HandlerAnalysis } from '../models/handlers/handlers.ts';
import { accountMethodCalls, accountWrites } from '../models/handlers/account-writes.ts';
import { chainName, describeHandler, handlerWords, hasCredentialCheck } from '../models/handlers/evidence.ts';
import { isProofFlowPhrase, isRecentAuthName, sensitiveFieldKind } from '../vocabulary/auth-words.ts';
import { memberKey } from '../values/index.ts';
import { isProvisioning, provesPossession, writesOtherRecord } from '../models/handlers/reauthentication-evidence.ts';
import { createRule } from '../utils/create-rule.ts';

export type MessageIds = 'missingReauthentication';
export type Options = [{ reauthenticationCalls?: string[] }];
type Context = Readonly<RuleContext<MessageIds, Options>>;

const MENTIONS = /mail|phone|mobile|pass(word|wd)|pwd|mfa|totp|otp|factor|2fa|passkey|recovery/i;
// passport-local-mongoose's `changePassword(old, new)` checks the old password itself; `setPassword` does not.
const PASSWORD_SETTERS = new Set(['setPassword', 'changePassword']);

export default createRule<MessageIds, Options>({
  name: 'require-reauthentication',
  meta: {
    type: 'suggestion',
    messages: {
      missingReauthentication: "'{{handler}}' changes the account's {{field}} without asking for the current password, a second factor or a recent login.",
    },
    schema: [
      {
        type: 'object',
        properties: {
          reauthenticationCalls: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description: 'Names of functions, methods or middleware that prove a recent authentication, besides the recognised ones (e.g. `requireSudoMode`).',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ reauthenticationCalls: [] }],
  },
  create(context) {
    const sourceCode = context.sourceCode;
    if (!MENTIONS.test(sourceCode.text) && !MENTIONS.test(context.filename)) return {};
    const proofs = new Set(context.options[0].reauthenticationCalls!);
    return {
      'Program:exit'() {
        const analysis = getHandlerAnalysis(sourceCode, context.filename);
        for (const handler of analysis.handlers) check(context, analysis, handler, proofs);
      },
    };
  },
});

function check(context: Context, analysis: HandlerAnalysis, handler: Handler, proofs: ReadonlySet<string>): void {
  const sourceCode = context.sourceCode;
  // A reset link, an email confirmation or a sign-up carries its own proof.
  // An identity provider's provisioning (SCIM, SSO) vouches for the change itself.
  const words = handlerWords(handler);
  if (isProofFlowPhrase(words) || isProvisioning(words)) return;
  const write = accountWrites(handler, analysis, sourceCode, (key) => sensitiveFieldKind(key) !== undefined).find((candidate) => !writesOtherRecord(candidate, sourceCode));
  const setter = accountMethodCalls(handler, analysis, PASSWORD_SETTERS)[0];
  if (!write && !setter) return;
  if (setter?.name === 'changePassword' && setter.call.arguments.length >= 2) return;
  if (hasCredentialCheck(handler, analysis, sourceCode, proofs) || provesRecentLogin(handler, analysis, sourceCode, proofs) || provesPossession(handler, analysis, sourceCode)) return;
  const field = write ? sensitiveFieldKind(write.key)! : 'password';
  context.report({ loc: handler.report.loc, messageId: 'missingReauthentication', data: { handler: describeHandler(handler), field } });
}

/** A recent-authentication check: `req.session.reauthenticatedAt`, `requireRecentAuth`, `@UseGuards(StepUpGuard)`. */
function provesRecentLogin(handler: Handler, analysis: HandlerAnalysis, sourceCode: Context['sourceCode'], proofs: ReadonlySet<string>): boolean {
  const named = (name: string | undefined): boolean => name !== undefined && (proofs.has(name) || isRecentAuthName(name));
  if (analysis.calls(handler).some((call) => named(call.name))) return true;
  if (analysis.reach(handler).opaque.some((element) => named(chainName(element)))) return true;
  if (handler.decorators.some((decorator) => isRecentAuthName(sourceCode.getText(decorator).replace(/^@/, '')))) return true;
  return analysis.reach(handler).functions.some((reached) => analysis.facts.of(reached.fn).members.some((member) => named(memberKey(member, sourceCode))));
}
