import { relative, sep } from 'node:path';
import type { ESLint, Rule } from 'eslint';
import { asvsVersion, requirements, type RequirementData } from '../generated/requirements.ts';
import { asvsRuleNamed, asvsRuleOf } from './rule-catalog.ts';

export type AsvsLevel = 1 | 2 | 3;

export interface AsvsReportOptions {
  readonly level: AsvsLevel;
  readonly cwd: string;
  readonly rulesMeta: Readonly<Record<string, Rule.RuleMetaData>>;
  /** Our rules that were on for at least one linted file, when the caller knows; a formatter does not. */
  readonly enabledRules?: ReadonlySet<string>;
}

export interface RuleCoverage {
  readonly name: string;
  readonly url: string;
  /** `undefined` when it is not known whether the rule ran. */
  readonly enabled: boolean | undefined;
  readonly findings: number;
}

/**
 * `findings`: its rules reported; `clean`: its rules ran and reported nothing; `not-checked`: none of its rules
 * was on; `manual`: no linter can check it, and the checklist says how to.
 */
export type RequirementStatus = 'findings' | 'clean' | 'not-checked' | 'manual';

export interface RequirementReport {
  readonly requirement: RequirementData;
  readonly levelNote: string | undefined;
  readonly status: RequirementStatus;
  readonly rules: readonly RuleCoverage[];
  readonly findings: number;
  readonly suppressed: number;
  /** Relative to the working directory, with `/` separators. */
  readonly files: readonly string[];
}

export interface AsvsReport {
  readonly asvsVersion: string;
  readonly level: AsvsLevel;
  readonly rulesKnownToRun: boolean;
  readonly filesLinted: number;
  /** Files that did not parse, so no rule checked them. */
  readonly unparsedFiles: readonly string[];
  readonly requirements: readonly RequirementReport[];
  readonly counts: Readonly<Record<RequirementStatus, number>>;
}

interface RuleFindings {
  findings: number;
  suppressed: number;
  files: Set<string>;
}

export function buildAsvsReport(results: readonly ESLint.LintResult[], options: AsvsReportOptions): AsvsReport {
  const byRule = new Map<string, RuleFindings>();
  const unparsedFiles: string[] = [];
  for (const result of results) {
    const file = relative(options.cwd, result.filePath).split(sep).join('/');
    if (result.fatalErrorCount > 0) unparsedFiles.push(file);
    const count = (ruleId: string | null, key: 'findings' | 'suppressed') => {
      const rule = ruleId === null ? undefined : asvsRuleOf(ruleId, options.rulesMeta[ruleId]);
      if (!rule) return;
      const entry = byRule.get(rule.name) ?? { findings: 0, suppressed: 0, files: new Set<string>() };
      entry[key] += 1;
      if (key === 'findings') entry.files.add(file);
      byRule.set(rule.name, entry);
    };
    for (const message of result.messages) count(message.ruleId, 'findings');
    for (const message of result.suppressedMessages) count(message.ruleId, 'suppressed');
  }

  const reports = requirements
    .filter((requirement) => requirement.levels.includes(options.level))
    .map((requirement) => requirementReport(requirement, byRule, options));
  const counts = { findings: 0, clean: 0, 'not-checked': 0, manual: 0 };
  for (const report of reports) counts[report.status] += 1;
  return {
    asvsVersion,
    level: options.level,
    rulesKnownToRun: options.enabledRules !== undefined,
    filesLinted: results.length,
    unparsedFiles,
    requirements: reports,
    counts,
  };
}

function requirementReport(requirement: RequirementData, byRule: Map<string, RuleFindings>, options: AsvsReportOptions): RequirementReport {
  const rules = requirement.rules.map((name): RuleCoverage => ({
    name,
    url: asvsRuleNamed(name)!.data.url,
    enabled: options.enabledRules?.has(name),
    findings: byRule.get(name)?.findings ?? 0,
  }));
  const files = new Set(requirement.rules.flatMap((name) => [...(byRule.get(name)?.files ?? [])]));
  const findings = rules.reduce((sum, rule) => sum + rule.findings, 0);
  return {
    requirement,
    levelNote: requirement.levelNotes[`${options.level}`],
    status: statusOf(rules, findings),
    rules,
    findings,
    suppressed: requirement.rules.reduce((sum, name) => sum + (byRule.get(name)?.suppressed ?? 0), 0),
    files: [...files].sort(),
  };
}

function statusOf(rules: readonly RuleCoverage[], findings: number): RequirementStatus {
  if (rules.length === 0) return 'manual';
  if (findings > 0) return 'findings';
  return rules.some((rule) => rule.enabled !== false) ? 'clean' : 'not-checked';
}

export function parseLevel(value: string | undefined, source: string): AsvsLevel | undefined {
  if (value === undefined || value === '') return undefined;
  if (value === '1' || value === '2' || value === '3') return Number(value) as AsvsLevel;
  throw new Error(`eslint-plugin-asvs: ${source} must be 1, 2 or 3, not ${JSON.stringify(value)}.`);
}
