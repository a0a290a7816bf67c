// The report applies eslint-suppressions.json as the eslint command does: checked against what ESLint 10 and 9
// themselves print with `-f json` after a real `--suppress-all`, once the code has changed since.
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ESLint, Linter } from 'eslint';
import { ESLint as ESLint10 } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { runAsvsReport } from '../../lib/cli/run-asvs-report.ts';
import { applySuppressions, readSuppressions, suppressionsFile } from '../../lib/cli/suppressions.ts';
import { userProject, runCommand } from '../helpers/user-project.ts';

const projects: string[] = [];
afterAll(() => projects.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const BINS = [
  ['ESLint 10', 'node node_modules/eslint/bin/eslint.js'],
  ['ESLint 9', 'node node_modules/eslint-v9/bin/eslint.js'],
] as const;

/** Each message as `file line:column rule`, to compare two runs. */
function messagesOf(results: readonly ESLint.LintResult[], dir: string, key: 'messages' | 'suppressedMessages'): string[] {
  return results
    .flatMap((result) =>
      (result[key] as (Linter.LintMessage & { suppressions?: Linter.LintSuppression[] })[]).map(
        (message) => `${result.filePath.slice(dir.length + 1)} ${message.line}:${message.column} ${message.ruleId} ${message.suppressions?.map((suppression) => suppression.kind).join() ?? ''}`,
      ),
    )
    .sort();
}

async function report(dir: string, argv: string[] = []) {
  let stdout = '';
  let stderr = '';
  const code = await runAsvsReport(['--no-color', ...argv], { cwd: dir, env: {}, isTTY: false, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

describe.for(BINS)('after `eslint --suppress-all` with %s', ([, bin]) => {
  const dir = userProject();
  projects.push(dir);
  const suppress = runCommand(dir, `${bin} --suppress-all .`);
  // A new finding in a file whose findings of that rule are suppressed, so none of them is suppressed any more.
  appendFileSync(join(dir, 'express/auth-routes.js'), "\nexport const extra = (res, token) => res.cookie('session', token, { secure: true, sameSite: 'lax' });\n");
  const printed = runCommand(dir, `${bin} -f json .`);

  it('the gate exits as ESLint says, and the suppressions file exists', () => {
    expect(suppress.code, suppress.stderr).toBe(0);
    expect(Object.keys(readSuppressions(join(dir, 'eslint-suppressions.json'))).length).toBeGreaterThan(0);
    expect(printed.code).toBe(1);
  });

  it('suppresses exactly the messages ESLint suppresses', async () => {
    const eslintSays = JSON.parse(printed.stdout) as ESLint.LintResult[];
    const raw = await new ESLint10({ cwd: dir }).lintFiles(['.']);
    const ours = applySuppressions(raw, readSuppressions(suppressionsFile(undefined, dir)), dir);
    expect(messagesOf(ours, dir, 'suppressedMessages')).toEqual(messagesOf(eslintSays, dir, 'suppressedMessages'));
    expect(messagesOf(ours, dir, 'messages')).toEqual(messagesOf(eslintSays, dir, 'messages'));
    const counts = ({ filePath, errorCount, warningCount, fixableErrorCount, fixableWarningCount, fatalErrorCount }: ESLint.LintResult) => ({
      filePath,
      errorCount,
      warningCount,
      fixableErrorCount,
      fixableWarningCount,
      fatalErrorCount,
    });
    expect(ours.map(counts)).toEqual(eslintSays.map(counts));
    expect(messagesOf(raw, dir, 'suppressedMessages')).toEqual([]);
  });

  it('the report counts them as suppressed, and fails only for the new finding', async () => {
    const { code, stdout } = await report(dir);
    expect(code).toBe(1);
    // The new cookie breaks HttpOnly and the __Host- prefix, so the file's other finding of each is no longer
    // suppressed either.
    expect(stdout).toMatch(/✖ 3\.4\.2 [^\n]*\n {4}asvs\/require-cookie-httponly: 2 findings, \d+ suppressed\n {6}express\/auth-routes\.js:8\n {6}express\/auth-routes\.js:23\n/);
    expect(stdout).toMatch(/✔ 3\.4\.1 [^\n]*\n {4}asvs\/require-cookie-secure: no findings, \d+ suppressed\n/);
    expect(stdout).toContain('2 with findings');
  });
});

describe('the suppressions file', () => {
  it('is found in a directory given with --suppressions-location, named as ESLint names it there', async () => {
    const dir = userProject();
    projects.push(dir);
    mkdirSync(join(dir, 'baseline'));
    expect(runCommand(dir, 'node node_modules/eslint/bin/eslint.js --suppress-all --suppressions-location baseline/ .').code).toBe(0);
    const file = suppressionsFile('baseline/', dir);
    expect(file).toMatch(/baseline\/suppressions_[0-9a-z]+$/);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toBeTypeOf('object');
    expect(suppressionsFile('baseline', dir)).toBe(file);
    const { code, stdout } = await report(dir, ['--suppressions-location', 'baseline']);
    expect(code).toBe(0);
    expect(stdout).toContain('0 with findings');
    expect((await report(dir)).code).toBe(1);
  });

  it('given but missing, or broken, stops the report with 2 as it stops ESLint', async () => {
    const dir = userProject();
    projects.push(dir);
    expect(await report(dir, ['--suppressions-location', 'nowhere.json'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'asvs-report: The suppressions file does not exist. Please run the command with `--suppress-all` or `--suppress-rule` to create it.\n',
    });
    writeFileSync(join(dir, 'eslint-suppressions.json'), '{ not json');
    expect(await report(dir)).toMatchObject({ code: 2, stderr: `asvs-report: Failed to parse suppressions file at ${join(dir, 'eslint-suppressions.json')}\n` });
  });
});
