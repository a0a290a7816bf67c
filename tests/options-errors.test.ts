// Wrong options and settings are configuration errors that say where they are: ESLint's schema error names the
// rule (and, for an unknown key, the option), settings errors come from lib/utils/settings.ts, and no rule
// crashes instead. Every rule and every option of its schema is tried, with ESLint 10 and ESLint 9.
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
  const examples = data.rules.flatMap((rule) => rule.examples.bad.map((example) => ({ rule: rule.name, example })));

  function lint(Linter: typeof Linter10, settings: unknown, rule: string, code: string, lang = 'js'): string | undefined {
    try {
      new Linter().verify(
        code,
        [
          {
            files: ['**/*.{js,jsx,ts,tsx}'],
            plugins: { asvs: plugin },
            settings: { asvs: settings },
            languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: lang.endsWith('x') } } },
            rules: { [`asvs/${rule}`]: 'error' },
          },
        ] as unknown as Linter10.Config[],
        `example.${lang}`,
      );
      return undefined;
    } catch (error) {
      return (error as Error).message;
    }
  }

  describe.for([
    ['ESLint 10', Linter10],
    ['ESLint 9', Linter9 as unknown as typeof Linter10],
  ] as const)('%s', ([, Linter]) => {
    it.for([
      ['not an object', 'sid', 'settings.asvs = "sid": must be an object with sessionCookieNames and versions.'],
      ['an unknown key', { sessionCookies: ['sid'] }, 'settings.asvs.sessionCookies = ["sid"]: there is no such setting; the settings are sessionCookieNames and versions.'],
      ['cookie names not in an array', { sessionCookieNames: 'sid' }, 'settings.asvs.sessionCookieNames = "sid": must be an array of cookie names, such as ["app_sid"].'],
      ['a version that is not a semver range', { versions: { passport: 'banana' } }, 'settings.asvs.versions.passport = "banana": must be a semver version or range, such as "0.5.3" or "^0.5.0".'],
    ] as const)('%s is the one clear error from settings.ts, from every rule, naming no rule', ([, settings, expected]) => {
      for (const { rule, example } of examples) expect(lint(Linter, settings, rule, example.code, example.lang), rule).toBe(`eslint-plugin-asvs: ${expected}`);
    });

    it('well-formed settings change no rule into a crash', () => {
      for (const { rule, example } of examples) {
        expect(lint(Linter, { sessionCookieNames: ['sid'], versions: { passport: '0.7.0' } }, rule, example.code, example.lang)).toBeUndefined();
      }
    });
  });
});
