import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import type { ESLint, Linter } from 'eslint';
import { createConfigs } from '../configs.ts';
import { rulesData, type RuleName } from '../generated/rules-data.ts';
import { effectiveOptions } from '../utils/option-strictness.ts';
import type { LintSetup } from './lint-setup.ts';

const require = createRequire(import.meta.url);

/** Where a report comes from, so an auditor can tell which code, tools and configs it speaks for. */
export interface Provenance {
  readonly plugin: { readonly name: string; readonly version: string };
  readonly eslintVersion: string | undefined;
  /** Which of our configs the linted files ran, with how many files each; undefined when the config was not read. */
  readonly configs: readonly ConfigUse[] | undefined;
  readonly generatedAt: Date;
  readonly commit: { readonly sha: string; readonly uncommittedChanges: boolean } | undefined;
}

/** `asvs/recommended` (or several names that set the same rules), `custom`, or `none` of our rules. */
export interface ConfigUse {
  readonly name: string;
  readonly files: number;
}

export function collectProvenance({ cwd, setup, now = new Date() }: { cwd: string; setup: LintSetup | undefined; now?: Date }): Provenance {
  const pkg = require('../../package.json') as { name: string; version: string };
  return {
    plugin: { name: pkg.name, version: pkg.version },
    eslintVersion: eslintVersion(),
    configs: setup ? configUses(setup) : undefined,
    generatedAt: now,
    commit: gitCommit(cwd),
  };
}

function configUses(setup: LintSetup): ConfigUse[] {
  const configs = Object.values(createConfigs({} as ESLint.Plugin));
  const uses = new Map<string, number>();
  for (const rules of setup.rulesByFile.values()) {
    const matching = configs.filter((config) => sameRules(rules, config)).map((config) => config.name!);
    const name = rules.size === 0 ? 'none' : matching.length > 0 ? matching.join(' = ') : 'custom';
    uses.set(name, (uses.get(name) ?? 0) + 1);
  }
  return [...uses].map(([name, files]) => ({ name, files }));
}

function sameRules(rules: ReadonlyMap<RuleName, unknown>, config: Linter.Config): boolean {
  const entries = Object.entries(config.rules ?? {});
  return (
    entries.length === rules.size &&
    entries.every(([ruleId, entry]) => {
      const name = ruleId.slice('asvs/'.length) as RuleName;
      const options = Array.isArray(entry) ? entry[1] : undefined;
      return rules.has(name) && isDeepStrictEqual(effectiveOptions(rulesData[name].options, rules.get(name)), effectiveOptions(rulesData[name].options, options));
    })
  );
}

function eslintVersion(): string | undefined {
  try {
    return (require('eslint/package.json') as { version: string }).version;
  } catch {
    return undefined;
  }
}

function gitCommit(cwd: string): Provenance['commit'] {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return { sha: git('rev-parse', 'HEAD'), uncommittedChanges: git('status', '--porcelain', '--untracked-files=no') !== '' };
  } catch {
    // Not a repository, no commit yet, or no git: the report says nothing about a commit.
    return undefined;
  }
}
