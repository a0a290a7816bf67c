import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ESLint, Linter } from 'eslint';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import asvsReportFormatter, { buildAsvsReport, parseFormat, parseLevel, renderMarkdown, renderText, terminalColor } from '../../lib/formatters/asvs-report.ts';
import { LIMITS } from '../../lib/formatters/asvs-report-text.ts';
import { runAsvsReport, USAGE } from '../../lib/cli/run-asvs-report.ts';
import { requirements } from '../../lib/generated/requirements.ts';
import { rulesData } from '../../lib/generated/rules-data.ts';
import { EXAMPLES, lintExamples, ROOT, tempProject } from './lint.ts';
import { sarifSchemaErrors } from './sarif-schema.ts';

const ANSI = new RegExp(`${String.fromCharCode(27)}\\[\\d+m`);
const { eslint, results } = await lintExamples();
const rulesMeta = eslint.getRulesMetaForResults(results);
const projects: string[] = [];
afterAll(() => projects.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
afterEach(() => vi.unstubAllEnvs());

/** Findings per rule name in the example app, counted from ESLint's own results. */
function findingsOf(rule: string): ESLint.LintResult[] {
  return results.filter((result) => result.messages.some((message) => message.ruleId === `asvs/${rule}`));
}

describe.for([1, 2, 3] as const)('the Level %i report of the example app', (level) => {
  const report = buildAsvsReport(results, { level, cwd: EXAMPLES, rulesMeta });

  it('lists exactly the requirements of the level, in the order of the data', () => {
    expect(report.requirements.map((entry) => entry.requirement.id)).toEqual(requirements.filter((requirement) => requirement.levels.includes(level)).map((requirement) => requirement.id));
    expect(report).toMatchObject({ level, asvsVersion: '4.0.3', filesLinted: results.length, unparsedFiles: [], rulesKnownToRun: false });
  });

  it.for(requirements.filter((requirement) => requirement.levels.includes(level)).map((requirement) => [requirement.id, requirement] as const))(
    '%s: the rules that check it and what they found, or its checklist',
    ([id, requirement]) => {
      const entry = report.requirements.find((candidate) => candidate.requirement.id === id)!;
      expect(entry.rules.map((rule) => rule.name)).toEqual(requirement.rules);
      if (requirement.rules.length === 0) {
        expect(entry.status).toBe('manual');
        expect(requirement.checklist.length).toBeGreaterThan(0);
        return;
      }
      const expected = requirement.rules.reduce((sum, rule) => sum + findingsOf(rule).flatMap((result) => result.messages.filter((message) => message.ruleId === `asvs/${rule}`)).length, 0);
      expect(entry.findings).toBe(expected);
      expect(entry.status).toBe(expected > 0 ? 'findings' : 'clean');
      expect(entry.files).toEqual([...new Set(requirement.rules.flatMap((rule) => findingsOf(rule).map((result) => result.filePath.slice(EXAMPLES.length + 1))))].sort());
      for (const rule of entry.rules) expect(rule.url).toBe((rulesData as Record<string, { url: string }>)[rule.name]!.url);
    },
  );

  it('prints every requirement of the level in the terminal, without colour unless asked', () => {
    const text = renderText(report, { color: false });
    expect(text).not.toMatch(ANSI);
    expect(renderText(report, { color: true })).toMatch(ANSI);
    expect(text.trimEnd().endsWith(LIMITS)).toBe(true);
    for (const entry of report.requirements) {
      expect(text).toContain(`${entry.requirement.id.replace('v4.0.3-', '')} ${entry.requirement.requirement}`);
      for (const item of entry.status === 'manual' ? entry.requirement.checklist : []) expect(text).toContain(`[ ] ${item}`);
    }
  });

  it('writes a Markdown table with one row per requirement, and the checklists folded below it', () => {
    const markdown = renderMarkdown(report);
    expect(markdown.trimEnd().endsWith(`_${LIMITS}_`)).toBe(true);
    const rows = markdown.split('\n').filter((line) => line.startsWith('| ['));
    expect(rows).toHaveLength(report.requirements.length);
    const manual = report.requirements.filter((entry) => entry.status === 'manual');
    expect(markdown.match(/<details>/g)?.length ?? 0).toBe(manual.length);
    for (const entry of manual) for (const item of entry.requirement.checklist) expect(markdown).toContain(`- [ ] ${item}`);
  });
});

describe('the report', () => {
  const httpOnly = requirements.find((requirement) => requirement.rules.includes('require-cookie-httponly'))!;
  const message = (ruleId: string | null, extra: Partial<Linter.LintMessage> = {}): Linter.LintMessage => ({ ruleId, message: 'm', line: 1, column: 1, severity: 2, ...extra });
  const result = (filePath: string, messages: Linter.LintMessage[], extra: Partial<ESLint.LintResult> = {}): ESLint.LintResult => ({
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
  });

  it('says which requirements went unchecked because their rules were off, and which files did not parse', () => {
    const report = buildAsvsReport([result('/p/broken.js', [message(null, { fatal: true })], { fatalErrorCount: 1 })], {
      level: 1,
      cwd: '/p',
      rulesMeta: {},
      enabledRules: new Set(),
    });
    const entry = report.requirements.find((candidate) => candidate.requirement.id === httpOnly.id)!;
    expect(entry).toMatchObject({ status: 'not-checked', findings: 0 });
    expect(entry.rules.every((rule) => rule.enabled === false)).toBe(true);
    expect(report.unparsedFiles).toEqual(['broken.js']);
    expect(report.counts['not-checked']).toBe(requirements.filter((requirement) => requirement.levels.includes(1) && requirement.rules.length > 0).length);
    const text = renderText(report, { color: false });
    expect(text).toContain('1 file did not parse, so no rule checked them: broken.js');
    expect(text).toMatch(/not checked: asvs\/require-cookie-httponly \(off\) did not run/);
    expect(text).not.toContain('Which rules were on is not known');
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('> [!WARNING]');
    expect(markdown).toContain('⚠️ not checked');
    expect(markdown).toContain('(off)');
  });

  it('counts suppressed findings apart, caps long file lists, and escapes Markdown', () => {
    const files = Array.from({ length: 12 }, (_, index) => result(`/p/src/f${index}|x.js`, [message('asvs/require-cookie-httponly')]));
    const suppressed = result('/p/src/s.js', [], { suppressedMessages: [{ ...message('asvs/require-cookie-httponly'), suppressions: [{ kind: 'directive', justification: '' }] }] });
    const foreign = result('/p/src/other.js', [message('no-console'), message('other/rule')]);
    const report = buildAsvsReport([...files, suppressed, foreign], { level: 1, cwd: '/p', rulesMeta: {}, enabledRules: new Set(['require-cookie-httponly']) });
    const entry = report.requirements.find((candidate) => candidate.requirement.id === httpOnly.id)!;
    expect(entry).toMatchObject({ status: 'findings', findings: 12, suppressed: 1 });
    expect(entry.files).toHaveLength(12);
    const text = renderText(report, { color: false });
    expect(text).toContain('12 findings in 12 files, 1 suppressed');
    expect(text).toContain('… and 2 more');
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('`src/f0\\|x.js`');
    expect(markdown).toContain('12 (+1 suppressed)');
    expect(markdown).toContain('… and 2 more');
  });

  it('reports a requirement whose rules ran and found nothing as checked, suppressed findings included', () => {
    const suppressed = result('/p/s.js', [], { suppressedMessages: [{ ...message('asvs/require-cookie-httponly'), suppressions: [{ kind: 'file', justification: '' }] }] });
    const report = buildAsvsReport([suppressed], { level: 1, cwd: '/p', rulesMeta: {}, enabledRules: new Set(Object.keys(rulesData)) });
    expect(renderText(report, { color: false })).toContain('checked by asvs/require-cookie-httponly: no findings, 1 suppressed');
  });

  it('leaves out the checklist section when every requirement is checked by rules', () => {
    const report = buildAsvsReport(results, { level: 1, cwd: EXAMPLES, rulesMeta });
    const markdown = renderMarkdown({ ...report, requirements: report.requirements.filter((entry) => entry.status !== 'manual') });
    expect(markdown).not.toContain('To verify by hand');
  });

  it('rejects a level or format it does not know, naming where it came from', () => {
    expect(parseLevel(undefined, 'x')).toBeUndefined();
    expect(parseLevel('', 'x')).toBeUndefined();
    expect(parseLevel('2', 'x')).toBe(2);
    expect(() => parseLevel('4', '--level')).toThrow('eslint-plugin-asvs: --level must be 1, 2 or 3, not "4".');
    expect(parseFormat('markdown', 'x')).toBe('markdown');
    expect(parseFormat(undefined, 'x')).toBeUndefined();
    expect(() => parseFormat('html', 'ASVS_REPORT_FORMAT')).toThrow('ASVS_REPORT_FORMAT must be text or markdown, not "html".');
  });

  it('colours only a TTY without NO_COLOR', () => {
    expect(terminalColor({ isTTY: true }, {})).toBe(true);
    expect(terminalColor({ isTTY: true }, { NO_COLOR: '' })).toBe(true);
    expect(terminalColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(terminalColor({ isTTY: false }, {})).toBe(false);
    expect(terminalColor({}, {})).toBe(false);
    expect(typeof terminalColor()).toBe('boolean');
  });
});

describe('the asvs-report formatter', () => {
  const context = { cwd: EXAMPLES, rulesMeta };

  it('prints Level 1 text by default, and takes the level and format from the environment', () => {
    vi.stubEnv('ASVS_LEVEL', '');
    vi.stubEnv('ASVS_REPORT_FORMAT', '');
    expect(asvsReportFormatter(results, { ...context, color: false })).toMatch(/^ASVS 4\.0\.3 V3 Session Management, Level 1: /);
    expect(asvsReportFormatter(results, { ...context, color: true })).toMatch(ANSI);
    expect(asvsReportFormatter(results, context)).toBe(renderText(buildAsvsReport(results, { level: 1, ...context }), { color: terminalColor() }));
    vi.stubEnv('ASVS_LEVEL', '3');
    vi.stubEnv('ASVS_REPORT_FORMAT', 'markdown');
    expect(asvsReportFormatter(results, context)).toMatch(/^## ASVS 4\.0\.3 V3 Session Management: Level 3\n/);
    vi.stubEnv('ASVS_LEVEL', 'L2');
    expect(() => asvsReportFormatter(results, context)).toThrow('ASVS_LEVEL must be 1, 2 or 3');
  });
});

describe('the asvs-report command', () => {
  async function run(argv: string[], cwd = EXAMPLES, env: NodeJS.ProcessEnv = {}, isTTY = false) {
    let stdout = '';
    let stderr = '';
    const code = await runAsvsReport(argv, { cwd, env, isTTY, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
    return { code, stdout, stderr };
  }

  it('prints its usage', async () => {
    expect(await run(['--help'])).toEqual({ code: 0, stdout: USAGE, stderr: '' });
  });

  it('lints with the project config and prints the report, knowing which rules ran', async () => {
    const { code, stdout } = await run(['--level', '2']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ASVS 4\.0\.3 V3 Session Management, Level 2: /);
    expect(stdout).not.toContain('Which rules were on is not known');
    expect(stdout).not.toMatch(ANSI);
    expect((await run([], EXAMPLES, { ASVS_LEVEL: '3' }, true)).stdout).toMatch(/Level 3/);
    expect((await run([], EXAMPLES, { ASVS_LEVEL: '3' }, true)).stdout).toMatch(ANSI);
    expect((await run([], EXAMPLES, { NO_COLOR: '1' }, true)).stdout).not.toMatch(ANSI);
    expect((await run(['--color'])).stdout).toMatch(ANSI);
  });

  it('writes Markdown and SARIF to files', async () => {
    const dir = tempProject({});
    projects.push(dir);
    const { code, stdout } = await run(['--format', 'markdown', '-o', join(dir, 'summary.md'), '--sarif', join(dir, 'out.sarif'), 'express']);
    expect({ code, stdout }).toEqual({ code: 0, stdout: '' });
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toMatch(/^## ASVS 4\.0\.3 V3 Session Management: Level 1\n/);
    const sarif = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')) as unknown;
    expect(sarifSchemaErrors(sarif)).toEqual([]);
  });

  it('reuses ESLint\'s cache when asked', async () => {
    const dir = tempProject({});
    projects.push(dir);
    const cacheLocation = join(dir, 'eslint-cache');
    const first = await run(['--cache', '--cache-location', cacheLocation, '--cache-strategy', 'content']);
    expect(readFileSync(cacheLocation, 'utf8')).toContain('auth-routes.js');
    expect(await run(['--cache', '--cache-location', cacheLocation, '--cache-strategy', 'content'])).toEqual(first);
  });

  it('marks requirements whose rules the config turns off as not checked', async () => {
    const dir = tempProject({
      'eslint.config.js': `import asvs from ${JSON.stringify(pathToFileURL(join(ROOT, 'dist/index.js')).href)};
const other = { rules: { quiet: { create: () => ({}) } } };
export default [
  { ignores: ['ignored.js'] },
  { files: ['**/*.js'], plugins: { security: asvs, other }, rules: { 'no-console': 'error', 'other/quiet': 'error', ${Object.keys(rulesData)
    .map((name, index) => `'security/${name}': ${index === 0 ? "'error'" : "'off'"}`)
    .join(', ')} } },
];\n`,
      'app.js': 'export const x = 1;\n',
      'ignored.js': 'export const y = 1;\n',
    });
    projects.push(dir);
    const { code, stdout, stderr } = await run(['--level', '3', 'app.js', 'ignored.js'], dir);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const first = Object.keys(rulesData)[0]!;
    expect(stdout).toContain(`checked by asvs/${first}: no findings`);
    expect(stdout).toContain('2 files linted');
    for (const name of Object.keys(rulesData).slice(1)) expect(stdout).toContain(`asvs/${name} (off)`);
  });

  it('exits with 2 and a message on bad options or ESLint errors', async () => {
    expect(await run(['--level', '5'])).toEqual({ code: 2, stdout: '', stderr: 'asvs-report: eslint-plugin-asvs: --level must be 1, 2 or 3, not "5".\n' });
    expect((await run(['--bogus'])).stderr).toMatch(/^asvs-report: Unknown option '--bogus'/);
    const missing = await run(['-c', 'nowhere.config.js']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^asvs-report: .*nowhere\.config\.js/);
  });
});

describe('the asvs-report bin', () => {
  it('runs the command with the process arguments and sets the exit code', async () => {
    const argv = process.argv;
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    process.argv = [argv[0]!, 'asvs-report', '--help'];
    try {
      await import('../../lib/cli/asvs-report.ts');
      expect(write).toHaveBeenCalledWith(USAGE);
      expect(process.exitCode).toBe(0);
    } finally {
      process.argv = argv;
      write.mockRestore();
      process.exitCode = undefined;
    }
  });
});
