// Lints one app with one of the plugin's configs through ESLint's Node API, set up as the README tells a new
// user to: the config, @typescript-eslint/parser for TypeScript, JSX in .jsx, and the Vue/Svelte/Astro entries.
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import tsParser from '@typescript-eslint/parser';
import astroParser from 'astro-eslint-parser';
import { ESLint, type Linter } from 'eslint';
import svelteParser from 'svelte-eslint-parser';
import vueParser from 'vue-eslint-parser';
import type { App } from './apps.ts';
import { lineKey, type RawFinding } from './findings.ts';

export type ConfigName = 'recommended' | 'strict' | 'all';
/** What `--config both` runs; `all` (every rule at its default options) gives the rules' default figures. */
export const CONFIG_NAMES: readonly ConfigName[] = ['recommended', 'strict'];
export const ALL_CONFIG_NAMES: readonly ConfigName[] = [...CONFIG_NAMES, 'all'];

export interface AsvsPlugin extends ESLint.Plugin {
  readonly configs: Record<ConfigName, Linter.Config>;
}

export interface ParseError {
  readonly app: string;
  readonly path: string;
  readonly line: number;
  readonly message: string;
}

export interface AppResult {
  readonly findings: RawFinding[];
  readonly parseErrors: ParseError[];
  readonly seconds: number;
}

/** The built plugin, as a user's ESLint loads it from the package. */
export async function loadPlugin(): Promise<AsvsPlugin> {
  const module = (await import(new URL('../../dist/index.js', import.meta.url).href)) as { default: AsvsPlugin };
  return module.default;
}

const COMPONENT_PARSERS: ReadonlyArray<readonly [string, Linter.Parser]> = [
  ['vue', vueParser as Linter.Parser],
  ['svelte', svelteParser as Linter.Parser],
  ['astro', astroParser as Linter.Parser],
];

export function userConfig(asvs: AsvsPlugin, name: ConfigName): Linter.Config[] {
  const config = asvs.configs[name];
  return [
    // The apps' own disable comments name rules this run does not load: not our business.
    { name: 'ecosystem/options', linterOptions: { reportUnusedDisableDirectives: 'off' } },
    { name: 'ecosystem/jsx', files: ['**/*.jsx'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
    { name: 'ecosystem/typescript', files: ['**/*.{ts,mts,cts,tsx}'], languageOptions: { parser: tsParser as Linter.Parser } },
    config,
    ...COMPONENT_PARSERS.map(([ext, parser]): Linter.Config => ({
      name: `ecosystem/${ext}`,
      files: [`**/*.${ext}`],
      plugins: { asvs },
      rules: config.rules ?? {},
      languageOptions: { parser, parserOptions: { parser: tsParser } },
    })),
  ];
}

export async function lintApp(app: App, root: string, files: readonly string[], config: Linter.Config[], configName: ConfigName): Promise<AppResult> {
  const started = performance.now();
  const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: config, errorOnUnmatchedPattern: false, warnIgnored: false });
  const results = files.length > 0 ? await eslint.lintFiles([...files]) : [];
  const findings: RawFinding[] = [];
  const parseErrors: ParseError[] = [];
  for (const result of results) {
    const path = relative(root, result.filePath).split(sep).join('/');
    const lines = sourceLines(result);
    for (const message of result.messages) {
      if (message.fatal) parseErrors.push({ app: app.name, path, line: message.line, message: message.message });
      else if (message.ruleId?.startsWith('asvs/')) findings.push(toFinding(app.name, configName, path, message, lines()));
    }
  }
  return { findings, parseErrors, seconds: (performance.now() - started) / 1000 };
}

function toFinding(app: string, config: ConfigName, path: string, message: Linter.LintMessage, lines: readonly string[]): RawFinding {
  const text = lines[message.line - 1] ?? '';
  return {
    config,
    app,
    rule: message.ruleId ?? '',
    path,
    line: message.line,
    column: message.column,
    message: message.message,
    key: lineKey(text),
    text: text.trim().slice(0, 200),
  };
}

/** The file's lines as ESLint counts them, read only when asked. */
function sourceLines(result: ESLint.LintResult): () => string[] {
  let lines: string[] | undefined;
  return () => (lines ??= (result.source ?? readFileSync(result.filePath, 'utf8')).split(/\r\n|[\r\n\u2028\u2029]/u));
}
