import { createRequire } from 'node:module';
import type { ESLint, Linter, Rule } from 'eslint';
import { createConfigs, type ConfigName } from './configs.ts';
import { rules as ruleModules } from './generated/rules.ts';

// Read at run time rather than imported, so that tsc keeps package.json out of the build; the version is
// part of ESLint's cache key.
const { name, version } = createRequire(import.meta.url)('../package.json') as { name: string; version: string };

// Our rules are typed with typescript-eslint's AST types; ESLint's own rule type is the public face.
const rules = ruleModules as unknown as Record<keyof typeof ruleModules, Rule.RuleModule>;

const plugin = {
  meta: { name, version, namespace: 'asvs' },
  rules,
  configs: {} as Record<ConfigName, Linter.Config>,
} satisfies ESLint.Plugin;

Object.assign(plugin.configs, createConfigs(plugin));

export default plugin;
export { plugin as 'module.exports' };
