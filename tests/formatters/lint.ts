import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import plugin from '../../lib/index.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const EXAMPLES = join(ROOT, 'examples');

/** Every rule of the plugin, from source (no build needed), on JavaScript and TypeScript. */
export function allRulesConfig(extra: Linter.Config[] = []): Linter.Config[] {
  return [plugin.configs.all, { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser } }, ...extra];
}

/** An ESLint instance on a throw-away folder, with the plugin from source and no config file. */
export function eslintIn(cwd: string, extra: Linter.Config[] = [], options: ESLint.Options = {}): ESLint {
  return new ESLint({ cwd, overrideConfigFile: true, overrideConfig: allRulesConfig(extra), ...options });
}

/** A temporary project folder with the given files; `.git` makes it a repository root. */
export function tempProject(files: Record<string, string>, prefix = 'asvs-formatters-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** The examples/ app linted as `npm run demo` lints it: its own config, the built package. */
export async function lintExamples(): Promise<{ eslint: ESLint; results: ESLint.LintResult[] }> {
  const eslint = new ESLint({ cwd: EXAMPLES });
  return { eslint, results: await eslint.lintFiles(['.']) };
}
