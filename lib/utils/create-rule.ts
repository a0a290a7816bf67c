import type { RuleContext, RuleListener, RuleMetaData, RuleModule } from '@typescript-eslint/utils/ts-eslint';
import { rulesData, type RuleName } from '../generated/rules-data.ts';
import { getAsvsSettings } from './settings.ts';

/** The `meta.docs` of every rule: filled from rules-data, so no rule repeats its ASVS ids or CWEs. */
export interface AsvsRuleDocs {
  description: string;
  url: string;
  /** ASVS 4.0.3 ids, e.g. `v4.0.3-3.4.2`. */
  asvs: readonly string[];
  /** The ASVS 5.0.0 ids they map to. */
  asvs5: readonly string[];
  cwe: readonly string[];
  recommended: boolean;
}

export type AsvsRuleModule<MessageIds extends string, Options extends readonly unknown[]> = RuleModule<MessageIds, Options, AsvsRuleDocs> & {
  name: RuleName;
};

interface RuleDefinition<MessageIds extends string, Options extends readonly unknown[]> {
  name: RuleName;
  meta: Omit<RuleMetaData<MessageIds, AsvsRuleDocs, Options>, 'docs'>;
  create(context: Readonly<RuleContext<MessageIds, Options>>): RuleListener;
}

export function createRule<MessageIds extends string, Options extends readonly unknown[] = []>(
  definition: RuleDefinition<MessageIds, Options>,
): AsvsRuleModule<MessageIds, Options> {
  const data = rulesData[definition.name];
  return {
    name: definition.name,
    meta: {
      ...definition.meta,
      docs: {
        description: data.description,
        url: data.url,
        asvs: data.asvs,
        asvs5: data.asvs5,
        cwe: data.cwe,
        recommended: (data.configs as readonly string[]).includes('recommended'),
      },
    },
    create(context) {
      if (!isJavaScript(context)) return {};
      getAsvsSettings(context.settings);
      return definition.create(context);
    },
  };
}

// The configs set no `files`, so they reach every file the user lints, JSON, CSS or Markdown included (with
// @eslint/json and the like). Like ESLint's own rules there, ours find nothing to check; they never crash.
function isJavaScript(context: Readonly<RuleContext<string, readonly unknown[]>>): boolean {
  return (context.sourceCode.ast as { type: string } | undefined)?.type === 'Program';
}
