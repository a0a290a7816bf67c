import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { ESLint as ESLint10, type ESLint, Linter } from 'eslint';
import { ESLint as ESLint9 } from 'eslint-v9';
import { afterAll, describe, expect, it } from 'vitest';
import { rulesData } from '../../lib/generated/rules-data.ts';
import plugin from '../../lib/index.ts';
import type { Log, Result } from 'sarif';
import sarifFormatter from '../../lib/formatters/sarif.ts';
import { toSarif as toLog, type SarifContext } from '../../lib/formatters/sarif-log.ts';
import { loadRulesData } from '../../scripts/generator/load-data.ts';
import { EXAMPLES, eslintIn, lintExamples, ROOT, tempProject } from './lint.ts';
import { githubProblems, sarifSchemaErrors } from './sarif-schema.ts';

// @types/sarif makes every property optional; the tests read what the formatter always writes.
type Strict<T> = T extends readonly (infer U)[] ? Strict<U>[] : T extends object ? { [K in keyof T]-?: Strict<NonNullable<T[K]>> } : T;
type SarifLog = Strict<Log>;
type SarifResult = Strict<Result>;
const toSarif = (results: readonly ESLint.LintResult[], context: SarifContext) => toLog(results, context) as unknown as SarifLog;

const projects: string[] = [];
afterAll(() => projects.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function project(files: Record<string, string>): string {
  const dir = tempProject(files);
  projects.push(dir);
  return dir;
}

async function sarifOf(eslint: ESLint, results: ESLint.LintResult[], cwd: string): Promise<SarifLog> {
  return JSON.parse(sarifFormatter(results, { cwd, rulesMeta: eslint.getRulesMetaForResults(results) })) as SarifLog;
}

function expectValid(log: SarifLog): void {
  expect(sarifSchemaErrors(log)).toEqual([]);
  expect(githubProblems(log)).toEqual([]);
}

const COOKIE = "app.post('/login', (req, res) => {\n  res.cookie('session', token, { secure: true });\n});\n";

describe('SARIF of the example app', async () => {
  const { eslint, results } = await lintExamples();
  const log = await sarifOf(eslint, results, join(ROOT, 'examples'));
  const run = log.runs[0]!;

  it('is valid SARIF 2.1.0 that GitHub code scanning accepts', () => {
    expect(log.version).toBe('2.1.0');
    expectValid(log);
  });

  it('names the tool with its version and home page', () => {
    expect(run.tool.driver).toMatchObject({ name: 'eslint-plugin-asvs', version: plugin.meta.version, semanticVersion: plugin.meta.version });
    expect(run.tool.driver.informationUri).toMatch(/^https:\/\/github\.com\//);
    expect(run.tool.extensions?.[0]?.name).toBe('eslint');
  });

  it('has one result per finding, located relative to the repository root', () => {
    const findings = results.flatMap((result) => result.messages.map((message) => ({ result, message })));
    expect(findings.length).toBeGreaterThan(0);
    expect(run.results).toHaveLength(findings.length);
    findings.forEach(({ result, message }, index) => {
      const sarif = run.results[index]!;
      const { artifactLocation, region } = sarif.locations[0]!.physicalLocation;
      expect(sarif).toMatchObject({ ruleId: message.ruleId, level: message.severity === 2 ? 'error' : 'warning', message: { text: message.message } });
      expect(`${ROOT}${decodeURIComponent(artifactLocation.uri)}`).toBe(result.filePath);
      expect(artifactLocation.uriBaseId).toBe('%SRCROOT%');
      expect(region).toEqual({ startLine: message.line, startColumn: message.column, endLine: message.endLine, endColumn: message.endColumn });
    });
    expect(run.originalUriBaseIds['%SRCROOT%']?.uri).toBe(`file://${ROOT}`);
  });

  it('lists every linted file as an analysis target', () => {
    expect(run.artifacts.map((artifact) => `${ROOT}${decodeURIComponent(artifact.location.uri)}`)).toEqual(results.map((result) => result.filePath));
  });
});

describe.for([
  ['ESLint 10', ESLint10],
  ['ESLint 9', ESLint9 as unknown as typeof ESLint10],
] as const)('the built formatter, loaded by %s from its path as `-f` does', ([, ESLint]) => {
  it('writes valid SARIF for the example app', async () => {
    const eslint = new ESLint({ cwd: EXAMPLES });
    const results = await eslint.lintFiles(['.']);
    const formatter = await eslint.loadFormatter('../dist/formatters/sarif.js');
    const log = JSON.parse(await formatter.format(results)) as SarifLog;
    expectValid(log);
    expect(log.runs[0]!.results).toHaveLength(results.reduce((sum, result) => sum + result.messages.length, 0));
  });
});

describe.for(Object.entries(rulesData))('the descriptor of asvs/%s', ([name, data]) => {
  const log = toSarif([], { cwd: ROOT, rulesMeta: {} });
  const descriptor = log.runs[0]!.tool.driver.rules.find((rule) => rule.id === `asvs/${name}`);

  it('is there even when the rule found nothing', () => {
    expect(descriptor).toBeDefined();
  });

  it('carries the CWE and ASVS tags, precision and a string security-severity from the data', () => {
    expect(descriptor).toMatchObject({
      name,
      helpUri: data.url,
      defaultConfiguration: { level: 'error' },
      properties: { precision: data.precision, 'security-severity': data.securitySeverity.toFixed(1) },
    });
    expect(descriptor!.properties!.tags).toEqual([
      'security',
      ...data.cwe.map((cwe) => `external/cwe/${cwe.toLowerCase()}`),
      ...data.asvs.map((id) => `asvs/${id}`),
      ...data.asvs5.map((id) => `asvs/${id}`),
    ]);
  });

  it('explains the rule and the requirements it checks', () => {
    expect(descriptor!.shortDescription.text).toBe(`${data.description}.`);
    for (const id of data.asvs) {
      expect(descriptor!.fullDescription.text).toContain(id.replace('v4.0.3-', ''));
      expect(descriptor!.help.markdown).toContain(id);
    }
    expect(descriptor!.help.markdown).toContain(data.url);
  });
});

describe('fingerprints', () => {
  it('stay the same when lines are added above a finding, and differ between two findings on equal lines', async () => {
    const twice = `${COOKIE}${COOKIE}`;
    const cwd = project({ '.git/HEAD': '', 'a.js': twice });
    const eslint = eslintIn(cwd);
    const before = (await sarifOf(eslint, await eslint.lintFiles(['a.js']), cwd)).runs[0]!.results;
    const shifted = `import express from 'express';\n\n// a comment\n${twice.replaceAll('  res.cookie', '      res.cookie')}`;
    const after = (await sarifOf(eslint, await eslint.lintText(shifted, { filePath: join(cwd, 'a.js') }), cwd)).runs[0]!.results;
    const prints = (results: SarifResult[]) => results.map((result) => `${result.ruleId} ${result.partialFingerprints['asvsLineHash/v1']}`);
    const lines = (results: SarifResult[]) => results.map((result) => result.locations[0]!.physicalLocation.region!.startLine);
    expect(before.length).toBeGreaterThanOrEqual(2);
    expect(new Set(prints(before)).size).toBe(before.length);
    expect(prints(after)).toEqual(prints(before));
    expect(lines(after)).toEqual(lines(before).map((line) => line + 3));
  });

  it('fall back to the message when the source is gone', () => {
    const result = fakeResult('/nowhere/gone.js', [{ ruleId: 'asvs/require-cookie-httponly', line: 1, column: 1, message: 'm', severity: 2 }]);
    const first = toSarif([result], { cwd: '/nowhere', rulesMeta: {} }).runs[0]!.results[0]!;
    const second = toSarif([result], { cwd: '/nowhere', rulesMeta: {} }).runs[0]!.results[0]!;
    expect(first.partialFingerprints).toEqual(second.partialFingerprints);
  });
});

describe('fixes', () => {
  const data = loadRulesData();
  const linter = new Linter();
  const cases = data.rules
    .filter((rule) => rule.fixable || rule.suggestions)
    .flatMap((rule) => rule.examples.bad.map((example, index) => ({ title: `${rule.name} bad #${index + 1}`, rule: rule.name, example })));

  function verify(code: string, rule: string, lang: string) {
    const typescript = lang === 'ts' || lang === 'tsx';
    return linter.verify(
      code,
      [
        {
          files: ['**/*'],
          plugins: { asvs: plugin },
          languageOptions: { ...(typescript ? { parser: tsParser } : {}), parserOptions: { ecmaFeatures: { jsx: lang.endsWith('x') } } },
          rules: { [`asvs/${rule}`]: 'error' },
        },
      ],
      `example.${lang}`,
    );
  }

  it.for(cases)('of $title, applied as SARIF replacements, remove the finding', ({ rule, example }) => {
    const lang = example.lang ?? 'js';
    const messages = verify(example.code, rule, lang);
    const log = toSarif([fakeResult(join(ROOT, `example.${lang}`), messages, example.code)], { cwd: ROOT, rulesMeta: {} });
    const results = log.runs[0]!.results;
    expect(sarifSchemaErrors(log)).toEqual([]);
    results.forEach((result, index) => {
      const message = messages[index]!;
      expect(result.fixes?.length ?? 0).toBe((message.fix ? 1 : 0) + (message.suggestions?.length ?? 0));
      for (const fix of result.fixes ?? []) {
        const [change] = fix.artifactChanges;
        expect(change!.artifactLocation.uri).toBe(`example.${lang}`);
        const fixed = change!.replacements.reduceRight((text, { deletedRegion, insertedContent }) => {
          return text.slice(0, deletedRegion.charOffset) + (insertedContent?.text ?? '') + text.slice(deletedRegion.charOffset + deletedRegion.charLength);
        }, example.code);
        const after = verify(fixed, rule, lang);
        expect(after.some((other) => other.fatal)).toBe(false);
        expect(after.length, `${fix.description.text}\n${fixed}`).toBeLessThan(messages.length);
      }
    });
  });

  it('carry the suggestion description, and the message for an autofix', () => {
    const message: Linter.LintMessage = {
      ruleId: 'asvs/require-cookie-httponly',
      message: 'Problem.',
      line: 1,
      column: 1,
      severity: 2,
      fix: { range: [0, 3], text: '' },
      suggestions: [{ desc: 'Add it.', fix: { range: [3, 3], text: 'x' } }],
    };
    const [result] = toSarif([fakeResult(join(ROOT, 'a.js'), [message], 'abcdef')], { cwd: ROOT, rulesMeta: {} }).runs[0]!.results;
    expect(result!.fixes).toEqual([
      {
        description: { text: 'Autofix: Problem.' },
        artifactChanges: [{ artifactLocation: { uri: 'a.js', uriBaseId: '%SRCROOT%', index: 0 }, replacements: [{ deletedRegion: { charOffset: 0, charLength: 3 } }] }],
      },
      {
        description: { text: 'Add it.' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'a.js', uriBaseId: '%SRCROOT%', index: 0 },
            replacements: [{ deletedRegion: { charOffset: 3, charLength: 0 }, insertedContent: { text: 'x' } }],
          },
        ],
      },
    ]);
  });
});

describe('a run with other rules, parse errors and suppressions', async () => {
  const cwd = project({
    '.git/HEAD': '',
    'src/app.js': `const unused = 1;\n${COOKIE}app.get('/legacy', (req, res) => {\n  // eslint-disable-next-line asvs/require-cookie-httponly -- legacy cookie, tracked in SEC-12\n  res.cookie('sid', 1);\n});\n// eslint-disable-next-line no-console\nconst quiet = 2;\n`,
    'src/broken.js': 'const = ;\n',
  });
  const bare: import('eslint').Rule.RuleModule = {
    create: (context) => ({ Program: (node) => context.report({ node, message: 'A rule without meta.' }) }),
  };
  const eslint = eslintIn(cwd, [
    {
      plugins: { other: { rules: { bare } }, security: plugin },
      linterOptions: { reportUnusedDisableDirectives: 'error' },
      rules: { 'no-unused-vars': 'warn', 'other/bare': 'error', 'security/require-cookie-httponly': 'error' },
    },
  ]);
  const results = await eslint.lintFiles(['src']);
  const log = await sarifOf(eslint, results, join(cwd, 'src'));
  const run = log.runs[0]!;
  const ofRule = (ruleId: string) => run.results.filter((result) => result.ruleId === ruleId);
  const components = [run.tool.driver, ...run.tool.extensions];
  const descriptor = (ruleId: string) => components.flatMap((component) => component.rules).find((rule) => rule.id === ruleId);

  it('is still valid', () => {
    expectValid(log);
  });

  it('describes rules of ESLint and of other plugins without security claims', () => {
    expect(ofRule('no-unused-vars')[0]).toMatchObject({ level: 'warning' });
    expect(descriptor('no-unused-vars')).toMatchObject({ helpUri: 'https://eslint.org/docs/latest/rules/no-unused-vars', defaultConfiguration: { level: 'warning' } });
    expect(descriptor('no-unused-vars')!.properties).toBeUndefined();
    expect(descriptor('other/bare')).toMatchObject({ shortDescription: { text: 'ESLint rule other/bare.' }, help: { text: 'ESLint rule other/bare.' } });
    expect(descriptor('other/bare')!.helpUri).toBeUndefined();
  });

  it('cuts descriptions GitHub would cut, at 1,024 characters', () => {
    const long = `${'A very long description. '.repeat(60)}`.trim();
    const message = { ruleId: 'long/rule', line: 1, column: 1, message: 'm', severity: 1 as const };
    const rules = toSarif([fakeResult(join(cwd, 'x.js'), [message])], { cwd, rulesMeta: { 'long/rule': { docs: { description: long, url: 'not a url' } } } }).runs[0]!.tool.extensions[1]!.rules;
    const rule = rules.find((candidate) => candidate.id === 'long/rule')!;
    expect(rule.shortDescription.text).toHaveLength(1024);
    expect(rule.shortDescription.text.endsWith('…')).toBe(true);
    expect(rule.helpUri).toBeUndefined();
    expect(rule.help.text).toBe(long);
  });

  it('recognises our rules under another namespace by their doc URL', () => {
    expect(ofRule('security/require-cookie-httponly')).toHaveLength(2);
    expect(descriptor('security/require-cookie-httponly')!.properties!.tags).toContain('security');
  });

  it('files only our rules under the driver, and every other plugin under its own extension', () => {
    expect(run.tool.driver.rules.every((rule) => rule.properties.tags.includes('security'))).toBe(true);
    expect(run.tool.driver.rules.map((rule) => rule.id)).toContain('security/require-cookie-httponly');
    expect(run.tool.extensions.map((component) => [component.name, component.rules.map((rule) => rule.id)])).toEqual([
      ['eslint', ['no-unused-vars']],
      ['other', ['other/bare']],
    ]);
    expect(run.tool.extensions[0]!.version).toBe(ESLint10.version);
    const [bareResult] = ofRule('other/bare');
    expect(bareResult).toMatchObject({ rule: { id: 'other/bare', index: 0, toolComponent: { index: 1 } } });
    expect(bareResult!.ruleIndex).toBeUndefined();
    expect(ofRule('security/require-cookie-httponly')[0]!.ruleIndex).toBe(run.tool.driver.rules.findIndex((rule) => rule.id === 'security/require-cookie-httponly'));
  });

  it('names an extension after the plugin the config registered, with its version, when the caller read the config', () => {
    const withPlugins = toSarif(results, { cwd, rulesMeta: eslint.getRulesMetaForResults(results), plugins: new Map([['other', { name: 'eslint-plugin-other', version: '2.0.0' }]]) });
    expect(withPlugins.runs[0]!.tool.extensions[1]).toMatchObject({ name: 'eslint-plugin-other', version: '2.0.0' });
    expect(sarifSchemaErrors(withPlugins)).toEqual([]);
    expect(githubProblems(withPlugins)).toEqual([]);
  });

  it('keeps suppressed findings with their justification, and reports parse errors and unused directives as notifications', () => {
    const suppressed = ofRule('asvs/require-cookie-httponly').filter((result) => result.suppressions);
    expect(suppressed.map((result) => result.suppressions)).toEqual([[{ kind: 'inSource', justification: 'legacy cookie, tracked in SEC-12' }]]);
    const invocation = run.invocations[0]!;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications?.map((notification) => [notification.descriptor?.id, notification.level])).toEqual([
      ['eslint/directive', 'error'],
      ['eslint/parse-error', 'error'],
    ]);
    expect(invocation.toolExecutionNotifications?.[1]?.locations?.[0]?.physicalLocation.artifactLocation.uri).toBe('src/broken.js');
  });

  it('marks entries of eslint-suppressions.json as external suppressions', () => {
    const message = { ruleId: 'asvs/require-cookie-httponly', line: 1, column: 1, message: 'm', severity: 2 as const, suppressions: [{ kind: 'file', justification: '' }] };
    const result = { ...fakeResult(join(cwd, 'x.js'), []), suppressedMessages: [message] };
    expect(toSarif([result], { cwd, rulesMeta: {} }).runs[0]!.results[0]!.suppressions).toEqual([{ kind: 'external' }]);
  });
});

describe('paths', () => {
  it('are relative to the nearest folder with .git, percent-encoded, and absolute outside it', () => {
    const root = project({ '.git': 'gitdir: elsewhere\n' });
    mkdirSync(join(root, 'packages/web'), { recursive: true });
    const inside = fakeResult(join(root, 'packages/web/+page ü#1%😀.js'), [{ ruleId: 'x', line: 1, column: 1, message: 'm', severity: 1 }]);
    const outside = fakeResult('/elsewhere/c.js', [{ ruleId: 'x', line: 1, column: 1, message: 'm', severity: 1 }]);
    const log = toSarif([inside, outside], { cwd: join(root, 'packages/web'), rulesMeta: {} });
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0]!.artifacts.map((artifact) => artifact.location)).toEqual([
      { uri: 'packages/web/+page%20%C3%BC%231%25%F0%9F%98%80.js', uriBaseId: '%SRCROOT%' },
      { uri: 'file:///elsewhere/c.js' },
    ]);
  });

  it('are relative to the working directory outside a repository, and <text> stays a relative URI', () => {
    const cwd = project({});
    const log = toSarif([fakeResult(join(cwd, 'a.js'), []), fakeResult('<text>', [])], { cwd, rulesMeta: {} });
    expect(log.runs[0]!.artifacts.map((artifact) => artifact.location.uri)).toEqual(['a.js', '%3Ctext%3E']);
    expect(sarifSchemaErrors(log)).toEqual([]);
  });
});

it('clamps regions ESLint places at line 0 or without an end', () => {
  const message = { ruleId: 'x', line: 0, column: 0, message: 'Whole file.', severity: 2 as const };
  const log = toSarif([fakeResult(join(ROOT, 'a.js'), [message, { ...message, line: 3, column: 2, endLine: 2, endColumn: 1 }])], { cwd: ROOT, rulesMeta: {} });
  expect(log.runs[0]!.results.map((result) => result.locations[0]!.physicalLocation.region)).toEqual([
    { startLine: 1, startColumn: 1 },
    { startLine: 3, startColumn: 2 },
  ]);
});

function fakeResult(filePath: string, messages: Linter.LintMessage[], source?: string): ESLint.LintResult {
  return {
    filePath,
    messages,
    suppressedMessages: [],
    errorCount: 0,
    fatalErrorCount: 0,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    usedDeprecatedRules: [],
    ...(source === undefined ? {} : { source }),
  };
}

it('checks against a schema that rejects a broken log', () => {
  const log = toSarif([], { cwd: ROOT, rulesMeta: {} });
  const broken = { ...log, runs: [{ ...log.runs[0]!, results: [{ ruleId: 'x', level: 'fatal', locations: [] }] }] };
  expect(sarifSchemaErrors(broken).join('\n')).toMatch(/message|level/);
  expect(sarifSchemaErrors({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).not.toEqual([]);
});

it('tags each finding of ours with the one requirement its message breaks', () => {
  const finding = (messageId: string) => ({ ruleId: 'asvs/require-secure-session-id', messageId, line: 1, column: 1, message: 'm', severity: 2 as const });
  const [tooFewBits, predictable] = toSarif([fakeResult(join(ROOT, 'a.js'), [finding('tooFewBits'), finding('predictable')])], { cwd: ROOT, rulesMeta: {} }).runs[0]!.results;
  expect(tooFewBits!.properties.tags).toEqual(['external/cwe/cwe-331', 'asvs/v4.0.3-3.2.2', 'asvs/v5.0.0-7.2.3']);
  expect(predictable!.properties.tags).toContain('asvs/v4.0.3-3.2.4');
  expect(predictable!.properties.tags).not.toContain('asvs/v4.0.3-3.2.2');
  const other = toSarif([fakeResult(join(ROOT, 'a.js'), [{ ...finding('x'), ruleId: 'no-console' }])], { cwd: ROOT, rulesMeta: {} }).runs[0]!.results[0]!;
  expect((other as { properties?: unknown }).properties).toBeUndefined();
});
