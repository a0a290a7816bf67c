import { relative, sep } from 'node:path';
import type { ESLint, Rule } from 'eslint';
import { asvsVersion, requirements, type RequirementData } from '../generated/requirements.ts';
import type { RuleName } from '../generated/rules-data.ts';
import { asvsRuleNamed, asvsRuleOf, requirementsOfFinding } from './rule-catalog.ts';
import type { AsvsLevel } from './level.ts';
import type { LintSetup } from './lint-setup.ts';
import type { Provenance } from './provenance.ts';
import { judgeRule, type RuleVerdict } from './rule-verdict.ts';

/** Everything one report is computed from; the command, the formatter, Markdown and SARIF share it. */
export interface AsvsReportInput {
  /** ESLint's results, with the suppressions file already applied. */
  readonly results: readonly ESLint.LintResult[];
  readonly level: AsvsLevel;
  readonly cwd: string;
  readonly rulesMeta: Readonly<Record<string, Rule.RuleMetaData>>;
  /** What the config did for each file; undefined when it could not be read. */
  readonly setup: LintSetup | undefined;
  readonly provenance: Provenance;
}

/** One rule's part in one requirement: its findings that break that requirement, and how it ran. */
export interface RuleCoverage {
  readonly name: RuleName;
  readonly url: string;
  readonly verdict: RuleVerdict;
  readonly findings: number;
  readonly suppressed: number;
  /** `file:line` of each unsuppressed finding, relative to the working directory, by file then line. */
  readonly locations: readonly string[];
}

/**
 * `findings`: a rule reported a finding that is not suppressed; `not-checked`: a rule was off; `weaker`: every rule
 * ran, one with options that check less than the level's; `clean`: every rule ran at the level and reported nothing
 * (suppressed findings aside); `manual`: no linter can check it, and the checklist says how to.
 */
export type RequirementStatus = 'findings' | 'not-checked' | 'weaker' | 'clean' | 'manual';

export interface RequirementReport {
  readonly requirement: RequirementData;
  readonly levelNote: string | undefined;
  readonly status: RequirementStatus;
  readonly rules: readonly RuleCoverage[];
  readonly findings: number;
  readonly suppressed: number;
}

export interface AsvsReport {
  readonly asvsVersion: string;
  readonly level: AsvsLevel;
  readonly provenance: Provenance;
  readonly rulesKnownToRun: boolean;
  readonly filesLinted: number;
  /** Files that did not parse, so no rule checked them. */
  readonly unparsedFiles: readonly string[];
  readonly requirements: readonly RequirementReport[];
  readonly counts: Readonly<Record<RequirementStatus, number>>;
}

interface Tally {
  findings: number;
  suppressed: number;
  locations: { file: string; line: number }[];
}

export function buildAsvsReport(input: AsvsReportInput): AsvsReport {
  const tallies = new Map<string, Tally>();
  const unparsedFiles: string[] = [];
  for (const result of input.results) {
    const file = relative(input.cwd, result.filePath).split(sep).join('/');
    if (result.fatalErrorCount > 0) unparsedFiles.push(file);
    const count = (message: ESLint.LintResult['messages'][number], suppressed: boolean) => {
      const rule = message.ruleId === null ? undefined : asvsRuleOf(message.ruleId, input.rulesMeta[message.ruleId]);
      if (!rule) return;
      for (const requirement of requirementsOfFinding(rule, message.messageId)) {
        const key = tallyKey(requirement.id, rule.name);
        const tally = tallies.get(key) ?? { findings: 0, suppressed: 0, locations: [] };
        if (suppressed) tally.suppressed += 1;
        else {
          tally.findings += 1;
          tally.locations.push({ file, line: Math.max(1, message.line) });
        }
        tallies.set(key, tally);
      }
    };
    for (const message of result.messages) count(message, false);
    for (const message of result.suppressedMessages) count(message, true);
  }

  const reports = requirements
    .filter((requirement) => requirement.levels.includes(input.level))
    .map((requirement) => requirementReport(requirement, tallies, input));
  const counts: Record<RequirementStatus, number> = { findings: 0, 'not-checked': 0, weaker: 0, clean: 0, manual: 0 };
  for (const report of reports) counts[report.status] += 1;
  return {
    asvsVersion,
    level: input.level,
    provenance: input.provenance,
    rulesKnownToRun: input.setup !== undefined,
    filesLinted: input.results.length,
    unparsedFiles,
    requirements: reports,
    counts,
  };
}

function requirementReport(requirement: RequirementData, tallies: Map<string, Tally>, input: AsvsReportInput): RequirementReport {
  const rules = requirement.rules.map((name): RuleCoverage => {
    const rule = asvsRuleNamed(name)!;
    const tally = tallies.get(tallyKey(requirement.id, rule.name));
    return {
      name: rule.name,
      url: rule.data.url,
      verdict: judgeRule(rule.name, input.setup, input.level),
      findings: tally?.findings ?? 0,
      suppressed: tally?.suppressed ?? 0,
      locations: locationList(tally?.locations ?? []),
    };
  });
  return {
    requirement,
    levelNote: requirement.levelNotes[`${input.level}`],
    status: statusOf(rules),
    rules,
    findings: rules.reduce((sum, rule) => sum + rule.findings, 0),
    suppressed: rules.reduce((sum, rule) => sum + rule.suppressed, 0),
  };
}

function statusOf(rules: readonly RuleCoverage[]): RequirementStatus {
  if (rules.length === 0) return 'manual';
  if (rules.some((rule) => rule.findings > 0)) return 'findings';
  if (rules.some((rule) => rule.verdict.kind === 'off')) return 'not-checked';
  if (rules.some((rule) => rule.verdict.kind === 'weaker')) return 'weaker';
  return 'clean';
}

function locationList(locations: readonly { file: string; line: number }[]): string[] {
  const sorted = [...locations].sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
  return [...new Set(sorted.map(({ file, line }) => `${file}:${line}`))];
}

function tallyKey(requirementId: string, rule: RuleName): string {
  return `${requirementId} ${rule}`;
}
