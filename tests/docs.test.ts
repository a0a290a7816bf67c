import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DataError, DATA_FILE, loadRulesData } from '../scripts/generator/load-data.ts';
import { ROOT, renderOutputs } from '../scripts/generator/outputs.ts';
import { findingsOf, rulesReporting } from './helpers/lint-example.ts';

const data = loadRulesData();

describe('generated files', () => {
  it.for([...renderOutputs(data)].map(([path, content]) => ({ path, content })))('$path is current', ({ path, content }) => {
    const onDisk = readFileSync(`${ROOT}${path}`, 'utf8');
    expect(onDisk === content, `${path} is out of date: run \`npm run generate\``).toBe(true);
  });
});

describe('examples in the data lint as they claim', () => {
  const cases = [
    ...data.rules.flatMap((rule) => [
      ...rule.examples.bad.map((example, index) => ({ title: `${rule.name} bad #${index + 1}`, example, rules: [rule.name], bad: true })),
      ...rule.examples.good.map((example, index) => ({ title: `${rule.name} good #${index + 1}`, example, rules: [rule.name], bad: false })),
    ]),
    ...data.requirements.flatMap((requirement) =>
      requirement.rules && requirement.examples
        ? [
            ...requirement.examples.bad.map((example, index) => ({ title: `${requirement.id} bad #${index + 1}`, example, rules: requirement.rules!, bad: true })),
            ...requirement.examples.good.map((example, index) => ({ title: `${requirement.id} good #${index + 1}`, example, rules: requirement.rules!, bad: false })),
          ]
        : [],
    ),
  ];
  it.for(cases)('$title', ({ example, rules, bad }) => {
    const reported = rulesReporting(example, rules);
    if (bad) expect(reported.length, `no rule of ${rules.join(', ')} reports:\n${example.code}`).toBeGreaterThan(0);
    else expect(reported, `reported on a good example:\n${example.code}`).toEqual([]);
  });
});

describe('each option has an example whose findings the option changes', () => {
  const cases = data.rules.flatMap((rule) => (rule.options ?? []).map((option) => ({ title: `${rule.name} ${option.name}`, rule, option })));
  it.for(cases)('$title', ({ rule, option }) => {
    const { example } = option;
    const shown = readFileSync(`${ROOT}docs/rules/${rule.name}.md`, 'utf8');
    const directive = `/* eslint asvs/${rule.name}: ["error", ${JSON.stringify(example.options)}] */`;
    expect(shown, 'the page shows the example with its inline config').toContain(`${directive}\n${example.code.trimEnd()}`);
    expect(Object.keys(example.options), 'the example sets the option it illustrates').toContain(option.name);
    const withOption = findingsOf({ ...example, code: `${directive}\n${example.code}` }, rule.name);
    const without = findingsOf({ ...example, code: `\n${example.code}` }, rule.name);
    expect(withOption, `${example.title}\n${example.code}`).not.toEqual(without);
  });
});

describe('each rule page', () => {
  it.for(data.rules.map((rule) => rule.name))('%s says when not to use the rule and links its requirements to OWASP', (name) => {
    const page = readFileSync(`${ROOT}docs/rules/${name}.md`, 'utf8');
    expect(page).toMatch(/\n## When not to use it\n\n\S/);
    expect(page).toContain('](https://owasp.org/www-project-application-security-verification-standard/)');
    for (const id of data.rules.find((rule) => rule.name === name)!.requirements) expect(page).toMatch(new RegExp(`\\[\`${id.replaceAll('.', '\\.')}\`\\]\\(https://github\\.com/OWASP/ASVS/blob/v4\\.0\\.3_release/`));
  });
});

describe('bad data stops the generator with the file, the line and what is wrong', () => {
  const text = readFileSync(DATA_FILE, 'utf8');
  const load = (changed: string) => () => loadRulesData('data.yaml', changed);

  it('reports YAML syntax errors', () => {
    expect(load(`${text}\n  - : [\n`)).toThrow(/^data\.yaml:\d+:\d+: /);
  });

  it('reports schema violations at their line', () => {
    const line = text.split('\n').findIndex((candidate) => candidate.includes('cwe: [1004]')) + 1;
    expect(load(text.replace('cwe: [1004]', 'cwe: [CWE-1004]'))).toThrow(new RegExp(`^data\\.yaml:${line}:\\d+: /requirements/\\d+/cwe/0: must be integer`));
    expect(load(text.replace('    fixable: true', '    fixable: true\n    fixes: true'))).toThrow(/unknown key "fixes"/);
  });

  it('reports requirements and rules that do not name each other', () => {
    expect(load(text.replace('rules: [require-cookie-httponly]', 'verification: manual\n    checklist: [look]'))).toThrow(
      /rule require-cookie-httponly enforces v4\.0\.3-3\.4\.2, but v4\.0\.3-3\.4\.2 does not list it/,
    );
    expect(load(text.replace('  - name: require-cookie-httponly', '  - name: require-cookie-nothing'))).toThrow(/names unknown rule require-cookie-httponly/);
  });

  it('reports a message mapped to a requirement its rule does not break, and a requirement no message breaks', () => {
    expect(load(text.replace('predictable: v4.0.3-3.2.4', 'predictable: v4.0.3-3.4.1'))).toThrow(
      /maps message "predictable" to v4\.0\.3-3\.4\.1, which is not among its requirements[\s\S]*enforces v4\.0\.3-3\.2\.4, but none of its messages/,
    );
  });

  it('reports options whose values do not fit how they are compared, and levels that ask less than the level below', () => {
    expect(load(text.replace('stricter: higher', 'stricter: true'))).toThrow(/rule require-secure-session-id option "minBits": default 64 is not a boolean/);
    expect(load(text.replace("'3': { minBits: 128 }", "'3': { minBits: 32 }"))).toThrow(
      /rule require-secure-session-id: level 3 sets "minBits" to 32, which checks less than level 2's 64/,
    );
    expect(load(text.replace("'3': { minBits: 128 }", "'3': { minBits: true }"))).toThrow(/option "minBits": level 3 value true is not a number/);
    expect(load(text.replace("'3': { level: 3 }", "'3': { level: 4 }"))).toThrow(/option "level": level 3 value 4 is not one of stricter's values \[1,2,3\]/);
    expect(load(text.replace("unsetByLevel: { '1': 2592000, '2': 1800, '3': 900 }", "unsetByLevel: { '1': 2592000, '2': 1800, '3': 3600 }"))).toThrow(
      /option "maxIdleSeconds": unsetByLevel .* must check at least as much at each higher level/,
    );
    expect(load(text.replace(/(maxAbsoluteSeconds\n.*\n.*\n.*stricter: lower)\n.*unsetByLevel.*/, '$1'))).toThrow(/a null default needs unsetByLevel/);
    expect(load(text.replace('        stricter: false\n', '        stricter: false\n        unsetByLevel: { \'1\': 1, \'2\': 1, \'3\': 1 }\n'))).toThrow(/unsetByLevel needs stricter: higher or lower and a null default/);
    expect(load(text.replace('stricter: [1, 2, 3]', 'stricter: higher'))).toThrow(/unsetByLevel needs a "level" option with stricter: \[1, 2, 3\]/);
  });

  it('throws DataError, which the command prints without a stack', () => {
    expect(load('asvs: 1')).toThrow(DataError);
  });
});
