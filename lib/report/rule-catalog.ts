import type { Rule } from 'eslint';
import { requirements, type RequirementData } from '../generated/requirements.ts';
import { rulesData, type RuleData, type RuleName } from '../generated/rules-data.ts';

/** What the formatters know about one of our rules, whichever namespace the user registered the plugin under. */
export interface AsvsRule {
  readonly name: RuleName;
  readonly data: RuleData;
  readonly requirements: readonly RequirementData[];
}

const byName = new Map<string, AsvsRule>(
  (Object.entries(rulesData) as [RuleName, RuleData][]).map(([name, data]) => [
    name,
    { name, data, requirements: requirements.filter((requirement) => data.asvs.includes(requirement.id)) },
  ]),
);
const byUrl = new Map([...byName.values()].map((rule) => [rule.data.url, rule]));

/** Every rule of the plugin, by name. */
export function allAsvsRules(): AsvsRule[] {
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function asvsRuleNamed(name: string): AsvsRule | undefined {
  return byName.get(name);
}

/**
 * Our rule behind an ESLint rule id. The doc URL in the rule's meta identifies it even when the plugin is
 * registered under another namespace (`plugins: { security: asvs }`).
 */
export function asvsRuleOf(ruleId: string, meta: Rule.RuleMetaData | undefined): AsvsRule | undefined {
  const url = meta?.docs?.url;
  if (url !== undefined && byUrl.has(url)) return byUrl.get(url);
  const slash = ruleId.indexOf('/');
  return slash !== -1 && ruleId.slice(0, slash) === 'asvs' ? byName.get(ruleId.slice(slash + 1)) : undefined;
}

/**
 * The requirement a finding breaks: the one its messageId maps to in rules-data. A message the data does not map
 * (a rule of another version of the plugin) counts against every requirement of its rule rather than none.
 */
export function requirementsOfFinding(rule: AsvsRule, messageId: string | undefined): readonly RequirementData[] {
  const id = messageId === undefined ? undefined : (rule.data.asvsByMessage as Readonly<Record<string, string>>)[messageId];
  const mapped = rule.requirements.find((requirement) => requirement.id === id);
  return mapped ? [mapped] : rule.requirements;
}

/** `v4.0.3-3.4.2` → `3.4.2`, for prose where the version is stated once. */
export function shortAsvsId(id: string): string {
  return id.replace(/^v\d+\.\d+\.\d+-/, '');
}
