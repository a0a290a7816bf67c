// The rules inside Vue, Svelte and Astro files: the `<script>` blocks (Astro's frontmatter) as the parsers hand
// them to ESLint. Every example of every rule in the data is wrapped in each kind of block and must report the
// same findings, shifted by the wrapper's lines, and fix the same way; the README's config is run on fixtures.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import tsParser from '@typescript-eslint/parser';
import astroParser from 'astro-eslint-parser';
import { ESLint, Linter } from 'eslint';
import svelteParser from 'svelte-eslint-parser';
import vueParser from 'vue-eslint-parser';
import { afterAll, describe, expect, it } from 'vitest';
import plugin from '../lib/index.ts';
import { loadRulesData } from '../scripts/generator/load-data.ts';
import type { Example } from '../scripts/generator/types.ts';
import { userProject } from './helpers/user-project.ts';

interface Flavour {
  readonly name: string;
  readonly ext: string;
  readonly parser: Linter.Parser;
  /** The component around the code; the code starts on line 2, column 1. */
  wrap(code: string, typescript: boolean): string;
}

const ts = (typescript: boolean) => (typescript ? ' lang="ts"' : '');
const FLAVOURS: Flavour[] = [
  { name: 'Vue <script>', ext: 'vue', parser: vueParser as Linter.Parser, wrap: (code, typescript) => `<script${ts(typescript)}>\n${code}</script>\n\n<template>\n  <main />\n</template>\n` },
  { name: 'Vue <script setup>', ext: 'vue', parser: vueParser as Linter.Parser, wrap: (code, typescript) => `<script setup${ts(typescript)}>\n${code}</script>\n\n<template>\n  <main />\n</template>\n` },
  { name: 'Svelte <script>', ext: 'svelte', parser: svelteParser as Linter.Parser, wrap: (code, typescript) => `<script${ts(typescript)}>\n${code}</script>\n\n<main></main>\n` },
  { name: 'Svelte <script module>', ext: 'svelte', parser: svelteParser as Linter.Parser, wrap: (code, typescript) => `<script module${ts(typescript)}>\n${code}</script>\n\n<main></main>\n` },
  { name: 'Astro frontmatter', ext: 'astro', parser: astroParser as Linter.Parser, wrap: (code) => `---\n${code}---\n\n<main></main>\n` },
];

const data = loadRulesData();
const linter = new Linter();

function config(rules: readonly string[], flavour?: Flavour): Linter.Config[] {
  return [
    {
      files: [flavour ? `**/*.${flavour.ext}` : '**/*.{js,ts}'],
      plugins: { asvs: plugin },
      languageOptions: flavour ? { parser: flavour.parser, parserOptions: { parser: tsParser } } : { parser: tsParser },
      rules: Object.fromEntries(rules.map((name) => [`asvs/${name}`, 'error'])),
    },
  ];
}

function findings(messages: Linter.LintMessage[], lineShift = 0) {
  return messages.map((message) => ({
    fatal: message.fatal ?? false,
    ruleId: message.ruleId,
    messageId: message.messageId,
    line: message.line - lineShift,
    column: message.column,
    endLine: (message.endLine ?? 0) - lineShift,
    endColumn: message.endColumn,
  }));
}

// JSX needs a framework's own JSX setup, and an example bound to a file name means that name.
const usable = (example: Example) => (example.lang ?? 'js').length === 2 && example.filename === undefined;
const cases = [
  ...data.rules.flatMap((rule) =>
    (['bad', 'good'] as const).flatMap((kind) =>
      rule.examples[kind].filter(usable).map((example, index) => ({ title: `${rule.name} ${kind} #${index + 1}`, rules: [rule.name], example })),
    ),
  ),
  ...data.requirements.flatMap((requirement) =>
    requirement.rules && requirement.examples
      ? (['bad', 'good'] as const).flatMap((kind) =>
          requirement.examples![kind].filter(usable).map((example, index) => ({ title: `${requirement.id} ${kind} #${index + 1}`, rules: requirement.rules!, example })),
        )
      : [],
  ),
];

it('has examples from the data to wrap', () => {
  expect(cases.length).toBeGreaterThan(0);
});

describe.for(FLAVOURS.map((flavour) => [flavour.name, flavour] as const))('%s', ([, flavour]) => {
  it.for(cases)('$title reports as in a .js or .ts file, one line down', ({ rules, example }) => {
    const typescript = example.lang === 'ts';
    const plain = linter.verify(example.code, config(rules), `example.${typescript ? 'ts' : 'js'}`);
    const wrapped = linter.verify(flavour.wrap(example.code, typescript), config(rules, flavour), `Component.${flavour.ext}`);
    expect(findings(wrapped, 1)).toEqual(findings(plain));
  });

  it.for(cases.filter(({ rules }) => rules.some((name) => plugin.rules[name as keyof typeof plugin.rules].meta?.fixable)))(
    '$title is fixed in place',
    ({ rules, example }) => {
      const typescript = example.lang === 'ts';
      const plain = linter.verifyAndFix(example.code, config(rules), `example.${typescript ? 'ts' : 'js'}`);
      const wrapped = linter.verifyAndFix(flavour.wrap(example.code, typescript), config(rules, flavour), `Component.${flavour.ext}`);
      expect(wrapped.output).toBe(flavour.wrap(plain.output, typescript));
    },
  );
});

describe('the README config for Vue, Svelte and Astro, on components', async () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const block = [...readme.matchAll(/^```js\n([\s\S]*?)^```$/gm)].map((match) => match[1]!).find((code) => code.includes('vue-eslint-parser'))!;
  const fixtures = new URL('fixtures/sfc/', import.meta.url);
  const dir = userProject({ sources: fixtures.pathname, config: block });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const eslint = new ESLint({ cwd: dir });
  const results = await eslint.lintFiles(readdirSync(fixtures));

  it('parses every component', () => {
    expect(results.flatMap((result) => result.messages.filter((message) => message.fatal))).toEqual([]);
    expect(results).toHaveLength(3);
  });

  // Today's rule set: the session cookie without HttpOnly in each component's server code, not the theme cookie.
  it.for([
    ['Login.vue', 10, 41, 10, 74],
    ['Login.svelte', 3, 43, 3, 76],
    ['Login.astro', 8, 41, 8, 74],
  ] as const)('%s: the session cookie without HttpOnly', ([file, line, column, endLine, endColumn]) => {
    const result = results.find((candidate) => candidate.filePath === join(dir, file))!;
    const httpOnly = result.messages.filter((message) => message.ruleId === 'asvs/require-cookie-httponly');
    expect(httpOnly.map(({ line, column, endLine, endColumn }) => ({ line, column, endLine, endColumn }))).toEqual([{ line, column, endLine, endColumn }]);
  });
});
