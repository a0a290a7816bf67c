// The known programs the fuzzer mutates, and the option sets it runs each rule with.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRulesData } from '../scripts/generator/load-data.ts';
import type { Example } from '../scripts/generator/types.ts';
import type { Source } from './mutate.ts';
import { readRuleTests, type RuleTestFile, type TestCase } from './test-cases.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

export interface Seeds {
  sources: Source[];
  /** The rule test cases that expect a fix or suggestion. */
  fixing: Source[];
  /** Per rule: `[]` (the defaults), every static option set of its tests, and its ASVS-level options. */
  options: Map<string, unknown[][]>;
  /** How many seeds each origin gave. */
  counts: Record<string, number>;
}

export async function loadSeeds(rules: readonly string[], levelOptions: (rule: string) => Record<string, unknown>[]): Promise<Seeds> {
  const tests = await readRuleTests();
  const counts: Record<string, number> = {};
  const sources: Source[] = [];
  const add = (origin: string, items: Source[]): void => {
    counts[origin] = (counts[origin] ?? 0) + items.length;
    sources.push(...items);
  };
  add('rule tests', fromTests(tests));
  add('documented examples', fromDocs());
  add('example app', fromExamples(join(ROOT, 'examples')));

  const options = new Map<string, unknown[][]>();
  for (const rule of rules) {
    const sets = new Map<string, unknown[]>([['[]', []]]);
    for (const file of tests.filter((test) => test.rule === rule)) {
      for (const testCase of [...file.valid, ...file.invalid]) if (testCase.options) sets.set(JSON.stringify(testCase.options), testCase.options);
    }
    for (const level of levelOptions(rule)) sets.set(JSON.stringify([level]), [level]);
    options.set(rule, [...sets.values()]);
  }
  const fixing = tests.flatMap((file) => file.invalid.filter((testCase) => testCase.fixes && !testCase.languageOptions?.['parser']).map(toSource));
  return { sources, fixing, options, counts };
}

function fromTests(tests: RuleTestFile[]): Source[] {
  // Cases with a parser of their own (Vue, Svelte) stay with the fix-safety test; mutations assume JS/TS.
  return tests.flatMap((file) =>
    [...file.valid, ...file.invalid]
      .filter((testCase) => !testCase.languageOptions?.['parser'])
      .map(toSource),
  );
}

function toSource(testCase: TestCase): Source {
  return { code: testCase.code, filename: testCase.filename ?? 'react.tsx', ...(testCase.settings ? { settings: testCase.settings } : {}) };
}

function fromDocs(): Source[] {
  const data = loadRulesData();
  const examples: Example[] = [];
  for (const owner of [...data.requirements, ...data.rules]) examples.push(...(owner.examples?.bad ?? []), ...(owner.examples?.good ?? []));
  return examples.map((example) => ({ code: example.code, filename: example.filename ?? `example.${example.lang ?? 'js'}` }));
}

function fromExamples(dir: string): Source[] {
  const sources: Source[] = [];
  const visit = (path: string): void => {
    for (const name of readdirSync(path)) {
      const child = join(path, name);
      if (name === 'node_modules') continue;
      if (statSync(child).isDirectory()) visit(child);
      else if (/\.[mc]?[jt]sx?$/.test(name) && !name.startsWith('eslint.config')) sources.push({ code: readFileSync(child, 'utf8'), filename: relative(dir, child) });
    }
  };
  visit(dir);
  return sources;
}
