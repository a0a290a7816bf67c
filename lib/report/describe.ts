// The sentences the text and Markdown reports share, so both say the same thing about a rule and the run.
import type { Shortfall } from '../utils/option-strictness.ts';
import type { AsvsLevel } from './level.ts';
import type { RuleCoverage } from './model.ts';
import { count } from './plural.ts';
import type { Provenance } from './provenance.ts';

/** Wraps an option in the output's code notation. */
export type Code = (text: string) => string;

/** The part of a rule line after the rule's name: what it found and how it ran. */
export function ruleOutcome(rule: RuleCoverage, level: AsvsLevel, code: Code): string {
  const { verdict } = rule;
  const suppressed = rule.suppressed > 0 ? `, ${rule.suppressed} suppressed` : '';
  if (verdict.kind === 'off') return `not checked (off)${suppressed}`;
  const found = rule.findings > 0 ? count(rule.findings, 'finding') : 'no findings';
  if (verdict.kind !== 'weaker') return `${found}${suppressed}`;
  const met = verdict.metLevel === undefined ? "options weaker than every level's" : `Level ${verdict.metLevel} options`;
  const where = verdict.files < verdict.ranOn ? ` in ${verdict.files} of ${verdict.ranOn} files` : '';
  return `${found}${suppressed}, but checked with ${met}${where}; Level ${level} needs ${verdict.shortfalls.map((shortfall) => needs(shortfall, code)).join(', ')}`;
}

function needs({ option, stricter, ran, needs }: Shortfall, code: Code): string {
  const direction = stricter === 'higher' ? ' or more' : stricter === 'lower' ? ' or less' : Array.isArray(stricter) ? ' or stricter' : '';
  return `${code(`${option}: ${JSON.stringify(needs)}`)}${direction} (ran with ${ran === null ? 'it unset' : JSON.stringify(ran)})`;
}

/** Plugin and ESLint versions, configs, commit and time: what the report speaks for. */
export function provenanceLine(provenance: Provenance, code: Code): string {
  const tools = `${provenance.plugin.name} ${provenance.plugin.version}${provenance.eslintVersion ? `, ESLint ${provenance.eslintVersion}` : ''}`;
  const uses = provenance.configs;
  const configs =
    uses === undefined
      ? 'config not read'
      : uses.length === 1
        ? `config ${code(uses[0]!.name)}`
        : `configs ${uses.map((use) => `${code(use.name)} (${count(use.files, 'file')})`).join(', ')}`;
  const commit = provenance.commit ? `commit ${code(provenance.commit.sha)}${provenance.commit.uncommittedChanges ? ' with uncommitted changes' : ''}` : 'no git commit';
  return [tools, configs, commit, provenance.generatedAt.toISOString()].join(' · ');
}
