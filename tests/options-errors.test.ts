// Wrong options and settings are configuration errors that say where they are: ESLint's schema error names the
// rule (and, for an unknown key, the option), settings errors come from lib/utils/settings.ts, and no rule
// crashes instead. Every rule and every option of its schema is tried, with ESLint 10 and ESLint 9.
import { readdirSync, readFileSync } from 'node:fs';
import tsParser from '@typescript-eslint/parser';
import { Ajv } from 'ajv';
import { Linter as Linter10 } from 'eslint';
import { Linter as Linter9 } from 'eslint-v9';
import { describe, expect, it } from 'vitest';
import plugin from '../lib/index.ts';
import { loadRulesData } from '../scripts/generator/load-data.ts';

type Schema = { type?: string | string[]; properties?: Record<string, object>; additionalProperties?: boolean };

const data = loadRulesData();
const ajv = new Ajv({ strict: false });
const rules = Object.entries(plugin.rules).map(([name, rule]) => ({ name, schema: (rule.meta?.schema ?? []) as Schema[] }));
// Values of every JSON type; for each option, the first its schema rejects is the wrong value to try.
const CANDIDATES: unknown[] = ['not-an-option', 1.5, -1, true, [], {}, null, ['x', 1]];

function wrongValue(schema: object): unknown {
  const validate = ajv.compile(schema);
  return CANDIDATES.find((candidate) => !validate(candidate));
}

function configError(Linter: typeof Linter10, ruleId: string, entry: unknown[]): string | undefined {
  try {
    new Linter().verify('const x = 1;\n', [{ plugins: { asvs: plugin }, rules: { [ruleId]: entry } }] as unknown as Linter10.Config[], 'file.js');
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

describe.for([
  ['ESLint 10', Linter10],
  ['ESLint 9', Linter9 as unknown as typeof Linter10],
] as const)('%s', ([, Linter]) => {
  describe.for(rules.map((rule) => [rule.name, rule] as const))('asvs/%s', ([name, { schema }]) => {
    const ruleId = `asvs/${name}`;

    it('rejects one option more than its schema takes, naming the rule', () => {
      const extra = Array.from({ length: schema.length + 1 }, () => ({}));
      const message = configError(Linter, ruleId, ['error', ...extra]);
      expect(message).toMatch(new RegExp(`Key "${ruleId}"`));
      expect(message).toMatch(/should NOT have more than \d+ items/);
    });

    const options = schema[0]?.properties ?? {};
    it.skipIf(Object.keys(options).length === 0)('rejects an unknown option, naming the rule and the option', () => {
      expect(schema[0]!.additionalProperties, 'options objects are closed').toBe(false);
      const message = configError(Linter, ruleId, ['error', { notAnOption: true }]);
      expect(message).toContain(`Key "${ruleId}"`);
      expect(message).toContain('Unexpected property "notAnOption"');
    });

    it.for(Object.entries(options).map(([option, optionSchema]) => [option, optionSchema] as const))('rejects a wrong value of %s, naming the rule and the value', ([option, optionSchema]) => {
      const value = wrongValue(optionSchema);
      expect(value, `no wrong value found for ${option}`).not.toBeUndefined();
      const message = configError(Linter, ruleId, ['error', { [option]: value }]);
      expect(message).toContain(`Key "${ruleId}"`);
      expect(message).toContain(`Value ${JSON.stringify(value)}`);
    });

    it('accepts each level config’s options', () => {
      const entry = data.rules.find((rule) => rule.name === name)!;
      for (const options of Object.values(entry.levelOptions ?? {})) expect(configError(Linter, ruleId, ['error', options])).toBeUndefined();
    });
  });
});

describe('settings.asvs', () => {
  const readsSettings = readdirSync(new URL('../lib/', import.meta.url), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('settings.ts'))
    .some((file) => readFileSync(new URL(`../lib/${file}`, import.meta.url), 'utf8').includes('getAsvsSettings('));
  const examples = data.rules.flatMap((rule) => rule.examples.bad.map((example) => ({ rule: rule.name, example })));

  function lint(settings: unknown, rule: string, code: string, lang = 'js'): string | undefined {
    try {
      new Linter10().verify(
        code,
        [
          {
            files: ['**/*'],
            plugins: { asvs: plugin },
            settings: { asvs: settings },
            languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: lang.endsWith('x') } } },
            rules: { [`asvs/${rule}`]: 'error' },
          },
        ],
        `example.${lang}`,
      );
      return undefined;
    } catch (error) {
      return (error as Error).message;
    }
  }

  it.for([
    ['not an object', 'sid', /^eslint-plugin-asvs: settings\.asvs must be an object\./],
    ['an unknown key', { sessionCookies: ['sid'] }, /^eslint-plugin-asvs: unknown setting settings\.asvs\.sessionCookies; the settings are sessionCookieNames and versions\./],
    ['cookie names not in an array', { sessionCookieNames: 'sid' }, /^eslint-plugin-asvs: settings\.asvs\.sessionCookieNames must be an array of cookie names\./],
    ['a version that is not a string', { versions: { passport: 5 } }, /^eslint-plugin-asvs: settings\.asvs\.versions must be an object of package names to version strings\./],
  ] as const)('%s is the clear error from settings.ts, from whichever rule reads it, and never a crash', ([, settings, expected]) => {
    const errors = examples.flatMap(({ rule, example }) => {
      const message = lint(settings, rule, example.code, example.lang);
      return message === undefined ? [] : [{ rule, message }];
    });
    for (const { rule, message } of errors) {
      // ESLint adds the rule: "Error while loading rule 'asvs/x': …" from create(), `Rule: "asvs/x"` from a listener.
      const [first, ...rest] = message.split('\n');
      expect(first!.replace(`Error while loading rule 'asvs/${rule}': `, '')).toMatch(expected);
      expect(message.includes(`'asvs/${rule}'`) || rest.includes(`Rule: "asvs/${rule}"`), message).toBe(true);
    }
    if (readsSettings) expect(errors.length, 'some rule reads settings.asvs on its examples').toBeGreaterThan(0);
  });

  it('well-formed settings change no rule into a crash', () => {
    for (const { rule, example } of examples) expect(lint({ sessionCookieNames: ['sid'], versions: { passport: '0.7.0' } }, rule, example.code, example.lang)).toBeUndefined();
  });
});
