/// <reference types="vite/client" />
import type { Rule } from 'eslint';
import type { RuleName } from '../../lib/generated/rules-data.ts';

// Stands in for lib/load-rule.ts under vitest (see vitest.config.ts): vitest's module runner cannot serve
// the `require` that loads a rule lazily, so the tests load every rule module eagerly instead.
const ruleModules = import.meta.glob<{ default: Rule.RuleModule }>('../../lib/rules/*.ts', { eager: true });

export function loadRule(name: RuleName): Rule.RuleModule {
  const module = ruleModules[`../../lib/rules/${name}.ts`];
  if (!module) throw new Error(`No rule file lib/rules/${name}.ts`);
  return module.default;
}
