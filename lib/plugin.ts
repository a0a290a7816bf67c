import { createRequire } from 'node:module';
import type { ESLint, Linter, Rule } from 'eslint';
import { createConfigs, type ConfigName } from './configs.ts';
import { rulesData, type RuleName } from './generated/rules-data.ts';
import { loadRule } from './load-rule.ts';

// Read at run time rather than imported, so that tsc keeps package.json out of the build; the version is
// part of ESLint's cache key.
const { name, version } = createRequire(import.meta.url)('../package.json') as { name: string; version: string };

/** Each rule is a getter that loads its module on first use and keeps it. */
function lazyRules(): Record<RuleName, Rule.RuleModule> {
  const rules = {} as Record<RuleName, Rule.RuleModule>;
  for (const ruleName of Object.keys(rulesData) as RuleName[]) {
    let rule: Rule.RuleModule | undefined;
    Object.defineProperty(rules, ruleName, { enumerable: true, get: () => (rule ??= loadRule(ruleName)) });
  }
  return rules;
}

const plugin = {
  meta: { name, version, namespace: 'asvs' },
  rules: lazyRules(),
  configs: {} as Record<ConfigName, Linter.Config>,
} satisfies ESLint.Plugin;

Object.assign(plugin.configs, createConfigs(plugin));

export default plugin;
