import type { ESLint, Linter } from 'eslint';
import type { RuleName } from '../generated/rules-data.ts';
import { asvsRuleNamed } from './rule-catalog.ts';

/** A plugin as its `meta` names it, for the SARIF log's tool extensions. */
export interface PluginIdentity {
  readonly name: string;
  readonly version?: string;
}

/** What the config did for the linted files: which of our rules ran with which options, and which plugins it loaded. */
export interface LintSetup {
  /** Per linted file (absolute path): each of our rules that was on, with its first option (undefined when none). */
  readonly rulesByFile: ReadonlyMap<string, ReadonlyMap<RuleName, unknown>>;
  /** Per namespace a rule id starts with (`@typescript-eslint`), the plugin registered under it. */
  readonly plugins: ReadonlyMap<string, PluginIdentity>;
}

/** Reads each linted file's calculated config, the same one ESLint linted it with. */
export async function readLintSetup(eslint: ESLint, results: readonly ESLint.LintResult[]): Promise<LintSetup> {
  const rulesByFile = new Map<string, Map<RuleName, unknown>>();
  const plugins = new Map<string, PluginIdentity>();
  for (const result of results) {
    const config = (await eslint.calculateConfigForFile(result.filePath)) as Linter.Config | undefined;
    // No config: an ignored file named on the command line, which nothing checked.
    if (!config) continue;
    for (const [namespace, plugin] of Object.entries(config.plugins ?? {})) {
      if (plugin.meta?.name && !plugins.has(namespace)) plugins.set(namespace, { name: plugin.meta.name, ...(plugin.meta.version ? { version: plugin.meta.version } : {}) });
    }
    const rules = new Map<RuleName, unknown>();
    // A calculated config holds every rule as `[severity, ...options]` with a numeric severity.
    for (const [ruleId, [severity, options]] of Object.entries(config.rules as Record<string, [number, unknown?]>)) {
      const slash = ruleId.lastIndexOf('/');
      const rule = asvsRuleNamed(ruleId.slice(slash + 1));
      if (severity > 0 && rule && slash !== -1 && config.plugins?.[ruleId.slice(0, slash)]?.meta?.name === 'eslint-plugin-asvs') rules.set(rule.name, options);
    }
    rulesByFile.set(result.filePath, rules);
  }
  return { rulesByFile, plugins };
}
