import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import asvsReportFormatter from '../../lib/formatters/asvs-report.ts';
import { commandLineConfig } from '../../lib/formatters/eslint-command-line.ts';
import { runAsvsReport, USAGE } from '../../lib/cli/run-asvs-report.ts';
import { rulesData } from '../../lib/generated/rules-data.ts';
import { EXAMPLES, lintExamples, ROOT, tempProject } from './lint.ts';
import { sarifSchemaErrors } from './sarif-schema.ts';

const ANSI = new RegExp(`${String.fromCharCode(27)}\\[\\d+m`);
const { eslint, results } = await lintExamples();
const rulesMeta = eslint.getRulesMetaForResults(results);
const projects: string[] = [];
afterAll(() => projects.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
afterEach(() => vi.unstubAllEnvs());

function project(files: Record<string, string>): string {
  const dir = tempProject(files);
  projects.push(dir);
  return dir;
}

const PLUGIN = JSON.stringify(pathToFileURL(join(ROOT, 'dist/index.js')).href);
const SESSION = "import session from 'express-session';\n\nexport const app = session({ secret: process.env.S, cookie: { secure: true, sameSite: 'lax', maxAge: 7 * 24 * 60 * 60 * 1000 } });\n";

describe('the asvs-report formatter', () => {
  const context = { cwd: EXAMPLES, rulesMeta };

  it('prints Level 1 text by default, and takes the level and format from the environment', async () => {
    vi.stubEnv('ASVS_LEVEL', '');
    vi.stubEnv('ASVS_REPORT_FORMAT', '');
    expect(await asvsReportFormatter(results, { ...context, color: false })).toMatch(/^ASVS 4\.0\.3 V3 Session Management, Level 1: /);
    expect(await asvsReportFormatter(results, { ...context, color: true })).toMatch(ANSI);
    vi.stubEnv('ASVS_LEVEL', '3');
    vi.stubEnv('ASVS_REPORT_FORMAT', 'markdown');
    expect(await asvsReportFormatter(results, context)).toMatch(/^## ASVS 4\.0\.3 V3 Session Management: Level 3\n/);
    vi.stubEnv('ASVS_LEVEL', 'L2');
    await expect(asvsReportFormatter(results, context)).rejects.toThrow('ASVS_LEVEL must be 1, 2 or 3');
  });

  it('reads the config, so it knows which rules ran and with which options', async () => {
    vi.stubEnv('ASVS_LEVEL', '2');
    const text = await asvsReportFormatter(results, { ...context, color: false });
    expect(text).toContain('config asvs/all');
    expect(text).not.toContain('could not be read');
    expect(text).toMatch(/3\.3\.2 .*\n {4}asvs\/require-session-expiry: \d+ findings, but checked with Level 1 options; Level 2 needs level: 2/);
  });

  it('says so when the config cannot be read', async () => {
    const cwd = project({ 'eslint.config.js': 'throw new Error("broken");\n' });
    const linted = { ...results[0]!, filePath: join(cwd, 'a.js'), messages: [], suppressedMessages: [] };
    const text = await asvsReportFormatter([linted], { cwd, rulesMeta: {}, color: false });
    expect(text).toContain('The ESLint config could not be read');
    expect(text).toContain('config not read');
  });

  it('reads the config file the eslint command was given', () => {
    expect(commandLineConfig(['-c', 'other.js', '.'])).toEqual({ overrideConfigFile: 'other.js' });
    expect(commandLineConfig(['--config', 'other.js'])).toEqual({ overrideConfigFile: 'other.js' });
    expect(commandLineConfig(['--config=other.js'])).toEqual({ overrideConfigFile: 'other.js' });
    expect(commandLineConfig(['--no-config-lookup', '--rule', 'x: 2'])).toEqual({ overrideConfigFile: true });
    expect(commandLineConfig(['-f', 'x.js', '.', '-c'])).toEqual({});
  });
});

describe('the asvs-report command', () => {
  async function run(argv: string[], cwd = EXAMPLES, env: NodeJS.ProcessEnv = {}, isTTY = false) {
    let stdout = '';
    let stderr = '';
    const now = new Date('2026-01-02T03:04:05.000Z');
    const code = await runAsvsReport(argv, { cwd, env, isTTY, now, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
    return { code, stdout, stderr };
  }

  it('prints its usage, with the exit codes and how many findings it lists', async () => {
    expect(await run(['--help'])).toEqual({ code: 0, stdout: USAGE, stderr: '' });
    expect(USAGE).toContain('up to 20 per rule and requirement');
    expect(USAGE).toMatch(/Exit codes: 0 .* 1 .* 2 /s);
  });

  it('lints with the project config and prints the report; exits with 1 for findings unless --no-fail', async () => {
    const { code, stdout } = await run(['--level', '2']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^ASVS 4\.0\.3 V3 Session Management, Level 2: /);
    expect(stdout).not.toContain('could not be read');
    expect(stdout).not.toMatch(ANSI);
    expect((await run(['--level', '2', '--no-fail'])).code).toBe(0);
    expect((await run([], EXAMPLES, { ASVS_LEVEL: '3' }, true)).stdout).toMatch(/Level 3/);
    expect((await run([], EXAMPLES, { ASVS_LEVEL: '3' }, true)).stdout).toMatch(ANSI);
    expect((await run([], EXAMPLES, { NO_COLOR: '1' }, true)).stdout).not.toMatch(ANSI);
    expect((await run(['--color'])).stdout).toMatch(ANSI);
  });

  it('exits with 0 when the level has no finding, even when it has suppressed ones', async () => {
    const dir = project({
      'eslint.config.js': `import asvs from ${PLUGIN};\nexport default [asvs.configs['asvs-l2'], { rules: { 'asvs/require-cookie-host-prefix': 'off' } }];\n`,
      'app.js': `${SESSION}// eslint-disable-next-line asvs/require-cookie-httponly -- tracked in SEC-1\nexport const b = (res) => res.cookie('session', 'x', { secure: true, sameSite: 'lax' });\n`,
    });
    const failing = await run(['--level', '2'], dir);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toMatch(/✖ 3\.3\.2 [^\n]*\n {4}asvs\/require-session-expiry: 1 finding\n {6}app\.js:3\n/);
    writeFileSync(join(dir, 'app.js'), SESSION.replace('7 * 24 * 60 * 60 * 1000', '60 * 60 * 1000').concat("// eslint-disable-next-line asvs/require-cookie-httponly -- tracked in SEC-1\nexport const b = (res) => res.cookie('session', 'x', { secure: true, sameSite: 'lax' });\n"));
    const passing = await run(['--level', '2'], dir);
    expect(passing.stdout).toContain('asvs/require-cookie-httponly: no findings, 1 suppressed');
    expect(passing.code).toBe(0);
  });

  it('names the plugin, ESLint, the config, the level, the date and the commit', async () => {
    const dir = project({ 'eslint.config.js': `import asvs from ${PLUGIN};\nexport default [asvs.configs.recommended];\n`, 'app.js': SESSION });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir, encoding: 'utf8' }).trim();
    expect((await run(['--level', '2'], dir)).stdout.split('\n')[1]).toBe(
      `eslint-plugin-asvs ${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}, ESLint ${(await import('eslint')).ESLint.version} · config asvs/recommended · no git commit · 2026-01-02T03:04:05.000Z`,
    );
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'app');
    const sha = git('rev-parse', 'HEAD');
    expect((await run(['--level', '2', '--format', 'markdown'], dir)).stdout).toContain(`· config \`asvs/recommended\` · commit \`${sha}\` ·`);
    writeFileSync(join(dir, 'app.js'), `${SESSION}\n`);
    expect((await run([], dir)).stdout).toContain(`commit ${sha} with uncommitted changes`);
  });

  it('writes Markdown and SARIF to files', async () => {
    const dir = project({});
    const { code, stdout } = await run(['--format', 'markdown', '-o', join(dir, 'summary.md'), '--sarif', join(dir, 'out.sarif'), 'express']);
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toMatch(/^## ASVS 4\.0\.3 V3 Session Management: Level 1\n/);
    const sarif = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')) as unknown;
    expect(sarifSchemaErrors(sarif)).toEqual([]);
  });

  it("reuses ESLint's cache when asked", async () => {
    const dir = project({});
    const cacheLocation = join(dir, 'eslint-cache');
    const first = await run(['--cache', '--cache-location', cacheLocation, '--cache-strategy', 'content']);
    expect(readFileSync(cacheLocation, 'utf8')).toContain('auth-routes.js');
    expect(await run(['--cache', '--cache-location', cacheLocation, '--cache-strategy', 'content'])).toEqual(first);
  });

  it('marks requirements whose rules the config turns off as not checked, under any namespace', async () => {
    const dir = project({
      'eslint.config.js': `import asvs from ${PLUGIN};
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
    const { code, stdout, stderr } = await run(['--level', '3', 'app.js', 'ignored.js'], dir);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const first = Object.keys(rulesData)[0]!;
    expect(stdout).toContain(`asvs/${first}: no findings`);
    expect(stdout).toContain('2 files linted');
    expect(stdout).toContain('· config custom ·');
    for (const name of Object.keys(rulesData).slice(1)) expect(stdout).toContain(`asvs/${name}: not checked (off)`);
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
