import type { ESLint } from 'eslint';
import type { AsvsLevel } from './level.ts';
import { readLintSetup, type LintSetup } from './lint-setup.ts';
import { buildAsvsReport, type AsvsReport } from './model.ts';
import { collectProvenance } from './provenance.ts';

/** The report of a lint run made with `eslint`, which also tells which rules ran and which plugins were loaded. */
export async function reportFromEslint(
  eslint: ESLint,
  results: readonly ESLint.LintResult[],
  { level, cwd, now }: { level: AsvsLevel; cwd: string; now?: Date | undefined },
): Promise<{ report: AsvsReport; setup: LintSetup; rulesMeta: ReturnType<ESLint['getRulesMetaForResults']> }> {
  const rulesMeta = eslint.getRulesMetaForResults([...results]);
  const setup = await readLintSetup(eslint, results);
  const provenance = collectProvenance({ cwd, setup, ...(now ? { now } : {}) });
  return { report: buildAsvsReport({ results, level, cwd, rulesMeta, setup, provenance }), setup, rulesMeta };
}
