import type { ESLint, Linter } from 'eslint';
import { rulesData, type RuleData } from './generated/rules-data.ts';

export type ConfigName = 'recommended' | 'strict' | 'all' | 'asvs-l1' | 'asvs-l2' | 'asvs-l3';

type RuleEntry = Linter.RuleEntry;

function ruleEntries(select: (rule: RuleData) => RuleEntry | undefined): Linter.RulesRecord {
  const rules: Linter.RulesRecord = {};
  for (const [name, rule] of Object.entries(rulesData) as [string, RuleData][]) {
    const entry = select(rule);
    if (entry !== undefined) rules[`asvs/${name}`] = entry;
  }
  return rules;
}

function atLevel(level: 1 | 2 | 3) {
  return (rule: RuleData): RuleEntry | undefined => {
    if (!rule.levels.includes(level)) return undefined;
    const options = rule.levelOptions[`${level}`];
    return options ? ['error', options] : 'error';
  };
}

/** Every config, computed from rules-data: `strict` takes the Level 2 options where the data gives them. */
export function createConfigs(plugin: ESLint.Plugin): Record<ConfigName, Linter.Config> {
  const config = (name: ConfigName, rules: Linter.RulesRecord): Linter.Config => ({
    name: `asvs/${name}`,
    plugins: { asvs: plugin },
    rules,
  });
  return {
    recommended: config('recommended', ruleEntries((rule) => (rule.configs.includes('recommended') ? 'error' : undefined))),
    strict: config(
      'strict',
      ruleEntries((rule) => (rule.configs.includes('strict') ? (atLevel(2)(rule) ?? 'error') : undefined)),
    ),
    all: config('all', ruleEntries(() => 'error')),
    'asvs-l1': config('asvs-l1', ruleEntries(atLevel(1))),
    'asvs-l2': config('asvs-l2', ruleEntries(atLevel(2))),
    'asvs-l3': config('asvs-l3', ruleEntries(atLevel(3))),
  };
}
