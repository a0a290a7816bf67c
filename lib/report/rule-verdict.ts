import { rulesData, type RuleName } from '../generated/rules-data.ts';
import { effectiveOptions, shortfalls, type Shortfall } from '../utils/option-strictness.ts';
import type { AsvsLevel } from './level.ts';
import type { LintSetup } from './lint-setup.ts';

/**
 * How one of our rules ran, judged at a level: `off` for every linted file; `weaker` when some file ran it with
 * options that check less than the level's (the asvs-l<level> config's); `at-level` otherwise; `unknown` when the
 * config could not be read.
 */
export type RuleVerdict =
  | { readonly kind: 'unknown' | 'off' | 'at-level' }
  | {
      readonly kind: 'weaker';
      /** The highest level whose options it did meet, if any. */
      readonly metLevel: AsvsLevel | undefined;
      readonly shortfalls: readonly Shortfall[];
      /** In how many of the files it ran on. */
      readonly files: number;
      readonly ranOn: number;
    };

export function judgeRule(name: RuleName, setup: LintSetup | undefined, level: AsvsLevel): RuleVerdict {
  if (!setup) return { kind: 'unknown' };
  const ran = [...setup.rulesByFile.values()].filter((rules) => rules.has(name)).map((rules) => rules.get(name));
  if (ran.length === 0) return { kind: 'off' };
  const weaker = ran.map((options) => ({ options, missing: shortfalls(rulesData[name].options, effective(name, options), levelOptions(name, level)) })).filter(({ missing }) => missing.length > 0);
  if (weaker.length === 0) return { kind: 'at-level' };
  const [first] = weaker;
  return { kind: 'weaker', metLevel: highestLevelMet(name, first!.options), shortfalls: first!.missing, files: weaker.length, ranOn: ran.length };
}

/** The options the asvs-l<level> config gives the rule, defaults included. */
export function levelOptions(name: RuleName, level: AsvsLevel): Record<string, unknown> {
  const data = rulesData[name];
  return effectiveOptions(data.options, (data.levelOptions as Partial<Record<string, unknown>>)[`${level}`]);
}

function effective(name: RuleName, options: unknown): Record<string, unknown> {
  return effectiveOptions(rulesData[name].options, options);
}

function highestLevelMet(name: RuleName, options: unknown): AsvsLevel | undefined {
  return [...(rulesData[name].levels as readonly AsvsLevel[])].reverse().find((level) => shortfalls(rulesData[name].options, effective(name, options), levelOptions(name, level)).length === 0);
}
