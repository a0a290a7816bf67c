// What the report relies on when it compares the options a rule ran with to a level's: every option says which
// of its values check more in a form its values fit, and each level asks at least what the level below asks.
import { effectiveOptions, shortfalls, type OptionTable } from '../../lib/utils/option-strictness.ts';
import type { Level, RuleEntry, RuleOption } from './types.ts';

export function optionTable(rule: RuleEntry): OptionTable {
  return Object.fromEntries(
    (rule.options ?? []).map((option) => [
      option.name,
      { default: option.default, stricter: option.stricter, ...(option.unsetByLevel ? { unsetByLevel: option.unsetByLevel } : {}) },
    ]),
  );
}

/** The options the asvs-l<level> config runs the rule with, defaults included. */
export function levelOptions(rule: RuleEntry, level: Level): Record<string, unknown> {
  return effectiveOptions(optionTable(rule), rule.levelOptions?.[`${level}`]);
}

export function strictnessProblems(rule: RuleEntry, levels: readonly Level[]): string[] {
  const problems: string[] = [];
  for (const option of rule.options ?? []) {
    const where = `rule ${rule.name} option "${option.name}"`;
    const misfit = valueMisfit(option, option.default, true);
    if (misfit) problems.push(`${where}: default ${misfit}`);
    for (const [level, options] of Object.entries(rule.levelOptions ?? {})) {
      if (options && option.name in options) {
        const levelMisfit = valueMisfit(option, options[option.name], false);
        if (levelMisfit) problems.push(`${where}: level ${level} value ${levelMisfit}`);
      }
    }
    problems.push(...unsetByLevelProblems(rule, option).map((problem) => `${where}: ${problem}`));
  }
  if (problems.length > 0) return problems;
  const table = optionTable(rule);
  for (let index = 1; index < levels.length; index++) {
    const [lower, higher] = [levels[index - 1]!, levels[index]!];
    for (const shortfall of shortfalls(table, levelOptions(rule, higher), levelOptions(rule, lower))) {
      problems.push(
        `rule ${rule.name}: level ${higher} sets "${shortfall.option}" to ${JSON.stringify(shortfall.ran)}, which checks less than level ${lower}'s ${JSON.stringify(shortfall.needs)} (stricter: ${JSON.stringify(shortfall.stricter)})`,
      );
    }
  }
  return problems;
}

/** Why a value does not fit the option's `stricter`, or undefined when it does; null is an unset default. */
function valueMisfit(option: RuleOption, value: unknown, isDefault: boolean): string | undefined {
  const { stricter } = option;
  const shown = JSON.stringify(value);
  if (stricter === 'none') return undefined;
  if (stricter === 'higher' || stricter === 'lower') {
    if (typeof value === 'number') return undefined;
    if (isDefault && value === null && option.unsetByLevel) return undefined;
    return `${shown} is not a number, which stricter: ${stricter} compares${isDefault && value === null ? ' (a null default needs unsetByLevel)' : ''}`;
  }
  if (typeof stricter === 'boolean') return typeof value === 'boolean' ? undefined : `${shown} is not a boolean, which stricter: ${stricter} compares`;
  return stricter.includes(value as string | number) ? undefined : `${shown} is not one of stricter's values ${JSON.stringify(stricter)}`;
}

function unsetByLevelProblems(rule: RuleEntry, option: RuleOption): string[] {
  const values = option.unsetByLevel;
  if (!values) return [];
  if ((option.stricter !== 'higher' && option.stricter !== 'lower') || option.default !== null) {
    return ['unsetByLevel needs stricter: higher or lower and a null default'];
  }
  const level = rule.options?.find((candidate) => candidate.name === 'level');
  if (!Array.isArray(level?.stricter) || level.stricter.map(String).join() !== '1,2,3') {
    return ['unsetByLevel needs a "level" option with stricter: [1, 2, 3]'];
  }
  const ordered = [values['1'], values['2'], values['3']];
  const monotonic = ordered.every((value, index) => index === 0 || (option.stricter === 'higher' ? value >= ordered[index - 1]! : value <= ordered[index - 1]!));
  return monotonic ? [] : [`unsetByLevel ${JSON.stringify(values)} must check at least as much at each higher level`];
}
