import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { requirements } from '../../lib/generated/requirements.ts';
import { lintExamples, ROOT, tempProject } from './lint.ts';
import { githubProblems, sarifSchemaErrors } from './sarif-schema.ts';

// `npm run demo` is `npm run build && tsx scripts/demo.ts`; the build is `npm test`'s pretest.
function demo(...args: string[]): string {
  return execFileSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/demo.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', INIT_CWD: dir },
  });
}

const dir = tempProject({});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const { results } = await lintExamples();
const findings = results.flatMap((result) => result.messages.map((message) => ({ file: result.filePath, message })));

describe('npm run demo', () => {
  it('prints every finding in the example app, a count and how to get more', () => {
    // Stylish pads the columns to the widest of the run and drops the final full stop.
    const squeeze = (text: string) => text.replace(/[ \t]+/g, ' ').trim();
    const output = demo();
    const printed = output.split('\n').map(squeeze);
    for (const { message } of findings) {
      expect(printed).toContain(squeeze(`${message.line}:${message.column} error ${message.message.replace(/\.$/, '')} ${message.ruleId}`));
    }
    expect(output).toContain(`eslint-plugin-asvs found ${findings.length} session-management problems in ${results.length} example files.`);
    expect(output).toContain('npm run demo -- --report');
  });

  it('-- --report --level 2 also prints the Level 2 report, knowing every rule ran', () => {
    const output = demo('--report', '--level', '2');
    expect(output).toContain('ASVS 4.0.3 V3 Session Management, Level 2:');
    expect(output).not.toContain('Which rules were on is not known');
    for (const requirement of requirements.filter((candidate) => candidate.levels.includes(2))) expect(output).toContain(requirement.requirement);
  });

  it('-- --markdown prints it as Markdown', () => {
    expect(demo('--markdown')).toContain('## ASVS 4.0.3 V3 Session Management: Level 1\n');
  });

  it('-- --sarif out.sarif writes valid SARIF with every finding, relative to where npm run was typed', () => {
    const output = demo('--sarif', 'out.sarif');
    expect(output).toContain(`Wrote the findings as SARIF to ${join(dir, 'out.sarif')}.`);
    const log = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')) as { runs: { results: unknown[] }[] };
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(githubProblems(log)).toEqual([]);
    expect(log.runs[0]!.results).toHaveLength(findings.length);
  });
});
