import type { ESLint, Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { requirements } from '../../lib/generated/requirements.ts';
import { rulesData, type RuleName } from '../../lib/generated/rules-data.ts';
import type { AsvsLevel } from '../../lib/report/level.ts';
import { parseLevel } from '../../lib/report/level.ts';
import type { LintSetup } from '../../lib/report/lint-setup.ts';
import { renderMarkdown } from '../../lib/report/markdown.ts';
import { buildAsvsReport, type AsvsReport } from '../../lib/report/model.ts';
import { parseFormat, terminalColor } from '../../lib/report/output-options.ts';
import type { Provenance } from '../../lib/report/provenance.ts';
import { LIMITS, MAX_LOCATIONS, renderText } from '../../lib/report/text.ts';
import { createConfigs } from '../../lib/configs.ts';

const ANSI = new RegExp(`${String.fromCharCode(27)}\\[\\d+m`);
const PROVENANCE: Provenance = {
  plugin: { name: 'eslint-plugin-asvs', version: '1.2.3' },
  eslintVersion: '10.0.0',
  configs: [{ name: 'asvs/recommended', files: 1 }],
  generatedAt: new Date('2026-01-02T03:04:05.000Z'),
  commit: { sha: 'abc123', uncommittedChanges: false },
};

export function message(ruleId: string | null, extra: Partial<Linter.LintMessage> = {}): Linter.LintMessage {
  return { ruleId, message: 'm', line: 1, column: 1, severity: 2, ...extra };
}

export function result(filePath: string, messages: Linter.LintMessage[], extra: Partial<ESLint.LintResult> = {}): ESLint.LintResult {
  return {
    filePath,
    messages,
    suppressedMessages: [],
    errorCount: messages.length,
    fatalErrorCount: 0,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    usedDeprecatedRules: [],
    ...extra,
  };
}

/** Every linted file ran the rules of one of our configs, or the given rules and options. */
function setupOf(rules: Record<string, unknown>, files = ['/p/a.js']): LintSetup {
  const map = new Map(Object.entries(rules) as [RuleName, unknown][]);
  return { rulesByFile: new Map(files.map((file) => [file, map])), plugins: new Map() };
}

function configRules(name: 'recommended' | 'asvs-l1' | 'asvs-l2' | 'asvs-l3' | 'all'): Record<string, unknown> {
  const config = createConfigs({})[name];
  return Object.fromEntries(Object.entries(config.rules ?? {}).map(([id, entry]) => [id.slice('asvs/'.length), Array.isArray(entry) ? entry[1] : undefined]));
}

function report(results: ESLint.LintResult[], level: AsvsLevel, setup: LintSetup | undefined = setupOf(configRules('all'))): AsvsReport {
  return buildAsvsReport({ results, level, cwd: '/p', rulesMeta: {}, setup, provenance: PROVENANCE });
}

const entryOf = (built: AsvsReport, id: string) => built.requirements.find((entry) => entry.requirement.id === `v4.0.3-${id}`)!;

describe('the report of a level', () => {
  it.for([1, 2, 3] as const)('lists exactly the requirements of Level %i, in the order of the data, each with its rules', (level) => {
    const built = report([], level, setupOf(configRules(`asvs-l${level}`)));
    expect(built.requirements.map((entry) => entry.requirement.id)).toEqual(requirements.filter((requirement) => requirement.levels.includes(level)).map((requirement) => requirement.id));
    for (const entry of built.requirements) {
      expect(entry.rules.map((rule) => rule.name)).toEqual(entry.requirement.rules);
      expect(entry.status).toBe(entry.requirement.rules.length === 0 ? 'manual' : 'clean');
      for (const rule of entry.rules) expect(rule.url).toBe(rulesData[rule.name].url);
    }
    const text = renderText(built, { color: false });
    for (const entry of built.requirements) {
      expect(text).toContain(`${entry.requirement.id.replace('v4.0.3-', '')} ${entry.requirement.requirement}`);
      for (const item of entry.status === 'manual' ? entry.requirement.checklist : []) expect(text).toContain(`[ ] ${item}`);
    }
    expect(text.trimEnd().endsWith(LIMITS)).toBe(true);
    const markdown = renderMarkdown(built);
    expect(markdown.split('\n').filter((line) => line.startsWith('| ['))).toHaveLength(built.requirements.length);
    expect(markdown.match(/<details>/g)?.length ?? 0).toBe(built.requirements.filter((entry) => entry.status === 'manual').length);
  });
});

describe('a finding', () => {
  it('counts against the one requirement its message breaks: too few bits is 3.2.2, a predictable source 3.2.4', () => {
    const built = report([result('/p/a.js', [message('asvs/require-secure-session-id', { messageId: 'tooFewBits', line: 12 })])], 2);
    expect(entryOf(built, '3.2.2')).toMatchObject({ status: 'findings', findings: 1 });
    expect(entryOf(built, '3.2.4')).toMatchObject({ status: 'clean', findings: 0 });
    const predictable = report([result('/p/a.js', [message('asvs/require-secure-session-id', { messageId: 'predictable' })])], 2);
    expect(entryOf(predictable, '3.2.2').findings).toBe(0);
    expect(entryOf(predictable, '3.2.4').findings).toBe(1);
    expect(built.counts.findings).toBe(1);
  });

  it('whose message the data does not map counts against every requirement of its rule, never none', () => {
    const built = report([result('/p/a.js', [message('asvs/require-secure-session-id')])], 2);
    expect(entryOf(built, '3.2.2').findings).toBe(1);
    expect(entryOf(built, '3.2.4').findings).toBe(1);
  });

  it('is listed as file:line, in file and line order, up to the documented count', () => {
    const files = Array.from({ length: MAX_LOCATIONS + 2 }, (_, index) =>
      result(`/p/src/f${String(index).padStart(2, '0')}|x.js`, [message('asvs/require-cookie-httponly', { messageId: 'missingHttpOnly', line: 40 - index })]),
    );
    const twice = result('/p/src/a.js', [message('asvs/require-cookie-httponly', { line: 9 }), message('asvs/require-cookie-httponly', { line: 3 }), message('no-console')]);
    const suppressed = result('/p/src/s.js', [], { suppressedMessages: [{ ...message('asvs/require-cookie-httponly'), suppressions: [{ kind: 'directive', justification: '' }] }] });
    const entry = entryOf(report([...files, twice, suppressed], 1), '3.4.2');
    expect(entry).toMatchObject({ status: 'findings', findings: MAX_LOCATIONS + 4, suppressed: 1 });
    expect(entry.rules[0]!.locations.slice(0, 3)).toEqual(['src/a.js:3', 'src/a.js:9', 'src/f00|x.js:40']);
    const text = renderText(report([...files, twice, suppressed], 1), { color: false });
    expect(text).toContain(`asvs/require-cookie-httponly: ${MAX_LOCATIONS + 4} findings, 1 suppressed\n      src/a.js:3\n      src/a.js:9\n`);
    expect(text).toContain('  … and 4 more');
    const markdown = renderMarkdown(report([...files, twice, suppressed], 1));
    expect(markdown).toContain('`src/a.js:3`<br>`src/a.js:9`<br>`src/f00\\|x.js:40`');
    expect(markdown).toContain(`${MAX_LOCATIONS + 4} (+1 suppressed)`);
    expect(markdown).toContain('… and 4 more');
  });

  it('that is suppressed leaves its requirement checked, and says so', () => {
    const suppressed = result('/p/s.js', [], { suppressedMessages: [{ ...message('asvs/require-cookie-httponly'), suppressions: [{ kind: 'file', justification: '' }] }] });
    const built = report([suppressed], 1);
    expect(entryOf(built, '3.4.2')).toMatchObject({ status: 'clean', findings: 0, suppressed: 1 });
    expect(renderText(built, { color: false })).toContain('asvs/require-cookie-httponly: no findings, 1 suppressed');
  });
});

describe('a rule judged at the level asked', () => {
  it('run by asvs-l1 is checked with Level 1 limits, not Level 2 ones: 3.3.2 is not passed', () => {
    const built = report([], 2, setupOf(configRules('asvs-l1')));
    expect(entryOf(built, '3.3.2').status).toBe('weaker');
    expect(entryOf(built, '3.3.2').rules[0]!.verdict).toMatchObject({ kind: 'weaker', metLevel: 1, shortfalls: [{ option: 'level', ran: 1, needs: 2 }] });
    const text = renderText(built, { color: false });
    expect(text).toMatch(/◐ 3\.3\.2 .*\n {4}asvs\/require-session-expiry: no findings, but checked with Level 1 options; Level 2 needs level: 2 or stricter \(ran with 1\)\n/);
    // 3.1.1 too: Level 2 also reports tokens that only their name shows.
    expect(text).toContain('2 checked with weaker options than the level\'s');
    expect(entryOf(built, '3.1.1').status).toBe('weaker');
    expect(renderMarkdown(built)).toContain('🔸 weaker options | [`require-session-expiry`](');
    expect(renderMarkdown(built)).toContain('Level 2 needs `level: 2` or stricter (ran with 1)');
    expect(entryOf(report([], 1, setupOf(configRules('asvs-l1'))), '3.3.2').status).toBe('clean');
  });

  it('with minBits: 16 is weaker than every level, and says what the level needs', () => {
    const built = report([], 2, setupOf({ ...configRules('asvs-l2'), 'require-secure-session-id': { minBits: 16 } }));
    expect(entryOf(built, '3.2.2').status).toBe('weaker');
    expect(renderText(built, { color: false })).toContain(
      "asvs/require-secure-session-id: no findings, but checked with options weaker than every level's; Level 2 needs minBits: 64 or more (ran with 16)",
    );
    expect(entryOf(report([], 3, setupOf(configRules('asvs-l3'))), '3.2.2').status).toBe('clean');
    expect(entryOf(report([], 3, setupOf(configRules('asvs-l2'))), '3.2.2').rules[0]!.verdict).toMatchObject({ kind: 'weaker', metLevel: 2 });
  });

  it('names how many of the files ran it weaker, and keeps a finding a finding', () => {
    const setup: LintSetup = {
      rulesByFile: new Map([
        ['/p/a.js', new Map([['require-session-expiry' as RuleName, { level: 2 }]])],
        ['/p/b.js', new Map([['require-session-expiry' as RuleName, { level: 1, checkTestFiles: true }]])],
      ]),
      plugins: new Map(),
    };
    const built = report([result('/p/a.js', [message('asvs/require-session-expiry', { messageId: 'noLifetime' })])], 2, setup);
    expect(entryOf(built, '3.3.2').status).toBe('findings');
    expect(renderText(built, { color: false })).toContain('asvs/require-session-expiry: 1 finding, but checked with Level 1 options in 1 of 2 files; Level 2 needs level: 2');
  });

  it('that was off leaves its requirement not checked, in every output', () => {
    const built = report([result('/p/broken.js', [message(null, { fatal: true })], { fatalErrorCount: 1 })], 1, setupOf({}));
    expect(entryOf(built, '3.4.2')).toMatchObject({ status: 'not-checked', findings: 0 });
    expect(built.unparsedFiles).toEqual(['broken.js']);
    expect(built.counts['not-checked']).toBe(requirements.filter((requirement) => requirement.levels.includes(1) && requirement.rules.length > 0).length);
    const text = renderText(built, { color: false });
    expect(text).toContain('1 file did not parse, so no rule checked them: broken.js');
    expect(text).toContain('asvs/require-cookie-httponly: not checked (off)');
    expect(text).not.toContain('could not be read');
    const markdown = renderMarkdown(built);
    expect(markdown).toContain('> [!WARNING]');
    expect(markdown).toContain('⚠️ not checked');
    expect(markdown).toContain('not checked (off)');
  });

  it('that one of two rules of a requirement leaves off is not checked either', () => {
    const rules = configRules('all');
    delete rules['no-session-token-in-logs'];
    expect(entryOf(report([], 1, setupOf(rules)), '3.1.1').status).toBe('not-checked');
  });

  it('is not known when the config could not be read, and the report says so', () => {
    const built = buildAsvsReport({ results: [], level: 1, cwd: '/p', rulesMeta: {}, setup: undefined, provenance: PROVENANCE });
    expect(built.rulesKnownToRun).toBe(false);
    expect(entryOf(built, '3.4.2').status).toBe('clean');
    expect(renderText(built, { color: false })).toContain('The ESLint config could not be read');
    expect(renderMarkdown(built)).toContain('The ESLint config could not be read');
  });
});

describe('the provenance line', () => {
  const line = (provenance: Partial<Provenance>) => renderText(buildAsvsReport({ results: [], level: 1, cwd: '/p', rulesMeta: {}, setup: undefined, provenance: { ...PROVENANCE, ...provenance } }), { color: false }).split('\n')[1];

  it('names the plugin, ESLint, the configs, the commit and the time', () => {
    expect(line({})).toBe('eslint-plugin-asvs 1.2.3, ESLint 10.0.0 · config asvs/recommended · commit abc123 · 2026-01-02T03:04:05.000Z');
    expect(line({ configs: [{ name: 'asvs/recommended', files: 3 }, { name: 'custom', files: 1 }], commit: { sha: 'abc', uncommittedChanges: true }, eslintVersion: undefined })).toBe(
      'eslint-plugin-asvs 1.2.3 · configs asvs/recommended (3 files), custom (1 file) · commit abc with uncommitted changes · 2026-01-02T03:04:05.000Z',
    );
    expect(line({ configs: undefined, commit: undefined })).toBe('eslint-plugin-asvs 1.2.3, ESLint 10.0.0 · config not read · no git commit · 2026-01-02T03:04:05.000Z');
    expect(renderMarkdown(report([], 1))).toContain('_eslint-plugin-asvs 1.2.3, ESLint 10.0.0 · config `asvs/recommended` · commit `abc123` · 2026-01-02T03:04:05.000Z_');
  });
});

describe('options', () => {
  it('reject a level or format the report does not know, naming where it came from', () => {
    expect(parseLevel(undefined, 'x')).toBeUndefined();
    expect(parseLevel('', 'x')).toBeUndefined();
    expect(parseLevel('2', 'x')).toBe(2);
    expect(() => parseLevel('4', '--level')).toThrow('eslint-plugin-asvs: --level must be 1, 2 or 3, not "4".');
    expect(parseFormat('markdown', 'x')).toBe('markdown');
    expect(parseFormat(undefined, 'x')).toBeUndefined();
    expect(() => parseFormat('html', 'ASVS_REPORT_FORMAT')).toThrow('ASVS_REPORT_FORMAT must be text or markdown, not "html".');
  });

  it('colour only a TTY without NO_COLOR', () => {
    expect(terminalColor({ isTTY: true }, {})).toBe(true);
    expect(terminalColor({ isTTY: true }, { NO_COLOR: '' })).toBe(true);
    expect(terminalColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(terminalColor({ isTTY: false }, {})).toBe(false);
    expect(terminalColor({}, {})).toBe(false);
    expect(typeof terminalColor()).toBe('boolean');
    expect(renderText(report([], 1), { color: true })).toMatch(ANSI);
    expect(renderText(report([], 1), { color: false })).not.toMatch(ANSI);
  });
});
