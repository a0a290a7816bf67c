import { readdirSync, readFileSync } from 'node:fs';
import json from '@eslint/json';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../lib/index.ts';
import { loadRulesData } from '../scripts/generator/load-data.ts';
import { ruleLevels } from '../scripts/generator/render-code.ts';

const root = new URL('../', import.meta.url);
const data = loadRulesData();
const dataNames = data.rules.map((rule) => rule.name).sort();
const baseNames = (dir: string, suffix: string) =>
  readdirSync(new URL(dir, root))
    .filter((file) => file.endsWith(suffix))
    .map((file) => file.slice(0, -suffix.length))
    .sort();

describe('the package', () => {
  it('has a rule file, a test and a doc for every rule in the data, and nothing else', () => {
    expect(baseNames('lib/rules/', '.ts')).toEqual(dataNames);
    expect(baseNames('tests/rules/', '.test.ts')).toEqual(dataNames);
    expect(baseNames('docs/rules/', '.md')).toEqual(dataNames);
    expect(Object.keys(plugin.rules).sort()).toEqual(dataNames);
  });

  it('names itself after package.json, whose version is part of the ESLint cache key', () => {
    const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { name: string; version: string };
    expect(plugin.meta).toEqual({ name: pkg.name, version: pkg.version, namespace: 'asvs' });
  });
});

describe.for(data.rules.map((rule) => [rule.name, rule] as const))('rule %s', ([name, entry]) => {
  const rule = plugin.rules[name as keyof typeof plugin.rules];
  const docs = rule.meta?.docs as Record<string, unknown>;

  it('carries its description, doc URL, ASVS ids and CWEs from the data', () => {
    const requirements = entry.requirements.map((id) => data.requirements.find((requirement) => requirement.id === id)!);
    expect(docs['description']).toBe(entry.description);
    expect(docs['url']).toMatch(new RegExp(`/docs/rules/${name}\\.md$`));
    expect(docs['asvs']).toEqual(entry.requirements);
    expect(docs['asvs5']).toEqual([...new Set(requirements.flatMap((requirement) => requirement.asvs5))]);
    expect(docs['cwe']).toEqual([...new Set(requirements.flatMap((requirement) => requirement.cwe))].map((cwe) => `CWE-${cwe}`));
    expect(docs['recommended']).toBe(entry.configs.includes('recommended'));
  });

  it('names the requirement each of its messages breaks, as the data maps them', () => {
    expect(docs['asvsByMessage']).toEqual(entry.requirementByMessage);
    for (const messageId of Object.keys(entry.requirementByMessage)) expect(Object.keys(rule.meta?.messages ?? {})).toContain(messageId);
  });

  it('has the defaults the data gives, which the report compares with the levels', () => {
    const defaults = (rule.meta?.defaultOptions?.[0] ?? {}) as Record<string, unknown>;
    for (const option of entry.options ?? []) expect(defaults[option.name] ?? null, option.name).toEqual(option.default);
  });

  it('fixes and suggests exactly as the data says', () => {
    expect(rule.meta?.fixable === 'code').toBe(entry.fixable);
    expect(rule.meta?.hasSuggestions === true).toBe(entry.suggestions);
  });

  it('documents every option of its schema, without schema defaults', () => {
    const schema = JSON.stringify(rule.meta?.schema ?? []);
    expect(schema).not.toMatch(/"default"/);
    const properties = Object.keys(
      ((rule.meta?.schema as { properties?: Record<string, unknown> }[] | undefined)?.[0]?.properties ?? {}) as object,
    ).sort();
    expect(properties).toEqual((entry.options ?? []).map((option) => option.name).sort());
    if (properties.length > 0) expect(rule.meta?.defaultOptions).toBeDefined();
  });
});

describe('configs', () => {
  const rulesOf = (config: Linter.Config) => Object.keys(config.rules ?? {}).sort();
  const withPrefix = (names: string[]) => names.map((name) => `asvs/${name}`).sort();

  it('are named, register the plugin, and follow the user’s file patterns (no files, no ignores)', () => {
    for (const [name, config] of Object.entries(plugin.configs)) {
      expect(config.name).toBe(`asvs/${name}`);
      expect(config.plugins?.['asvs']).toBe(plugin);
      expect(config.files).toBeUndefined();
      expect(config.ignores).toBeUndefined();
    }
  });

  it('turn on what the data says', () => {
    expect(rulesOf(plugin.configs.recommended)).toEqual(withPrefix(data.rules.filter((rule) => rule.configs.includes('recommended')).map((rule) => rule.name)));
    expect(rulesOf(plugin.configs.strict)).toEqual(withPrefix(data.rules.filter((rule) => rule.configs.includes('strict')).map((rule) => rule.name)));
    expect(rulesOf(plugin.configs.all)).toEqual(withPrefix(dataNames));
    for (const level of [1, 2, 3] as const) {
      const config = plugin.configs[`asvs-l${level}`];
      const expected = data.rules.filter((rule) => ruleLevels(rule, data).includes(level));
      expect(rulesOf(config)).toEqual(withPrefix(expected.map((rule) => rule.name)));
      for (const rule of expected) {
        const options = rule.levelOptions?.[`${level}`];
        expect(config.rules?.[`asvs/${rule.name}`]).toEqual(options ? ['error', options] : 'error');
      }
    }
  });

  it('reach files of other languages, where every rule finds nothing and nothing crashes', () => {
    const config = { files: ['**/*.json'], plugins: { json }, language: 'json/json' };
    const text = '{ "session": "abc", "secret": "keyboard cat", "token": "eyJhbGciOiJub25lIn0.e30." }\n';
    expect(new Linter().verify(text, [config, plugin.configs.all] as Linter.Config[], 'settings.json')).toEqual([]);
  });

  it('pass ESLint’s own validation, level options included', () => {
    for (const config of Object.values(plugin.configs)) {
      expect(new Linter().verify('const x = 1;\n', [config], 'file.js')).toEqual([]);
    }
  });
});

