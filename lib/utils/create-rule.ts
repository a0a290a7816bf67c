import type { RuleContext, RuleListener, RuleMetaData, RuleModule } from '@typescript-eslint/utils/ts-eslint';
import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';
import { rulesData, type RuleName } from '../generated/rules-data.ts';
import { getAsvsSettings } from './settings.ts';
import { isTestFile } from './test-files.ts';
import { rememberLintedFile } from './linted-files.ts';

/** The `meta.docs` of every rule: filled from rules-data, so no rule repeats its ASVS ids or CWEs. */
export interface AsvsRuleDocs {
  description: string;
  url: string;
  /** ASVS 4.0.3 ids, e.g. `v4.0.3-3.4.2`. */
  asvs: readonly string[];
  /** The one ASVS 4.0.3 id each reported messageId breaks, so a finding counts against one requirement. */
  asvsByMessage: Readonly<Record<string, string>>;
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

// Options every rule takes, described in rules-data's sharedOptions.
const SHARED_PROPERTIES: Record<string, JSONSchema4> = {
  checkTestFiles: { type: 'boolean', description: 'Also check test, spec, mock, fixture and story files, which use fake tokens, cookies and secrets on purpose.' },
};
const SHARED_DEFAULTS = { checkTestFiles: false };

export interface SharedOptions {
  checkTestFiles?: boolean;
}

/** A rule's options with the shared ones merged into its option object. */
export type WithSharedOptions<Options extends readonly unknown[]> = Options extends readonly [infer First, ...infer Rest] ? [First & SharedOptions, ...Rest] : [SharedOptions];

type ObjectSchema = JSONSchema4 & { properties?: Record<string, JSONSchema4> };

/** The rule's option object with the shared options added (a rule without options gets one). */
function withSharedSchema(schema: unknown): JSONSchema4[] {
  const list = (Array.isArray(schema) ? schema : [schema]) as ObjectSchema[];
  const [first, ...rest] = list;
  if (!first) return [{ type: 'object', additionalProperties: false, properties: SHARED_PROPERTIES }];
  return [{ ...first, properties: { ...first.properties, ...SHARED_PROPERTIES } } as JSONSchema4, ...rest];
}

function withSharedDefaults(defaults: readonly unknown[] | undefined): unknown[] {
  const [first, ...rest] = defaults ?? [];
  return [{ ...SHARED_DEFAULTS, ...(first as object | undefined) }, ...rest];
}

function checksTestFiles(options: readonly unknown[]): boolean {
  return (options[0] as { checkTestFiles?: unknown } | undefined)?.checkTestFiles === true;
}

export function createRule<MessageIds extends string, Options extends readonly unknown[] = []>(
  definition: RuleDefinition<MessageIds, Options>,
): AsvsRuleModule<MessageIds, WithSharedOptions<Options>> {
  const data = rulesData[definition.name];
  return {
    name: definition.name,
    meta: {
      ...definition.meta,
      schema: withSharedSchema(definition.meta.schema),
      defaultOptions: withSharedDefaults(definition.meta.defaultOptions) as WithSharedOptions<Options>,
      docs: {
        description: data.description,
        url: data.url,
        asvs: data.asvs,
        asvsByMessage: data.asvsByMessage,
        asvs5: data.asvs5,
        cwe: data.cwe,
        recommended: (data.configs as readonly string[]).includes('recommended'),
      },
    },
    create(context) {
      if (!isJavaScript(context)) return {};
      getAsvsSettings(context.settings);
      if (isTestFile(context.filename, context.cwd) && !checksTestFiles(context.options)) return {};
      rememberLintedFile(context);
      return definition.create(context as unknown as Readonly<RuleContext<MessageIds, Options>>);
    },
  };
}

// The configs set no `files`, so they reach every file the user lints, JSON, CSS or Markdown included (with
// @eslint/json and the like). Like ESLint's own rules there, ours find nothing to check; they never crash.
function isJavaScript(context: Readonly<RuleContext<string, readonly unknown[]>>): boolean {
  return (context.sourceCode.ast as { type: string } | undefined)?.type === 'Program';
}
