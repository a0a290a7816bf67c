import type { TSESTree } from '@typescript-eslint/utils';
import type { ReportDescriptor, RuleContext, RuleFix, RuleFixer } from '@typescript-eslint/utils/ts-eslint';

/** An edit with the suggestion message that describes it. */
export interface Action<MessageIds extends string> {
  readonly messageId: MessageIds;
  readonly data?: Record<string, string>;
  readonly fix: (fixer: RuleFixer) => RuleFix | RuleFix[];
}

/**
 * Reports with `fix` as the autofix and `suggestions` as editor suggestions; when the rule's
 * `autofix: false` option asks for it, the autofix is offered as the first suggestion instead.
 */
export function reportWithFixes<MessageIds extends string>(
  context: Readonly<RuleContext<MessageIds, readonly unknown[]>>,
  report: { node: TSESTree.Node; messageId: MessageIds; data: Record<string, string> },
  fix: Action<MessageIds> | undefined,
  suggestions: readonly Action<MessageIds>[],
  autofix: boolean,
): void {
  const suggest = (fix && !autofix ? [fix, ...suggestions] : suggestions).map((action) => ({
    messageId: action.messageId,
    data: action.data ?? report.data,
    fix: action.fix,
  }));
  const descriptor: ReportDescriptor<MessageIds> = {
    ...report,
    ...(fix && autofix ? { fix: fix.fix } : {}),
    ...(suggest.length > 0 ? { suggest } : {}),
  };
  context.report(descriptor);
}
