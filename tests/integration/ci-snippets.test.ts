// Every CI command in README.md and docs/ci.md, run as written with the real ESLint CLI and the built package,
// in a throw-away project holding a copy of examples/. A command that no expectation below recognises fails
// the test, so a new snippet cannot go untested.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { lintExamples, ROOT } from '../formatters/lint.ts';
import { githubProblems, sarifSchemaErrors } from '../formatters/sarif-schema.ts';
import { type CommandRun, userProject as createUserProject, runCommand } from '../helpers/user-project.ts';

const DOCS = ['README.md', 'docs/ci.md'];
const { results } = await lintExamples();
const findings = results.flatMap((result) => result.messages.filter((message) => message.ruleId !== null));

interface Block {
  readonly doc: string;
  readonly lang: string;
  readonly code: string;
}

function blocks(doc: string): Block[] {
  const text = readFileSync(join(ROOT, doc), 'utf8');
  return [...text.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map((match) => ({ doc, lang: match[1]!, code: match[2]! }));
}

/** The commands of a shell or workflow block: `npx eslint …`, `npx asvs-report …`, with `run:` and comments removed. */
function commands(block: Block): string[] {
  if (!['sh', 'bash', 'yaml', 'yml'].includes(block.lang)) return [];
  return block.code
    .split('\n')
    .map((line) => line.trim().replace(/^-\s+/, '').replace(/^run:\s+/, '').replace(/\s{2,}#.*$/, ''))
    .filter((line) => /^(?:[A-Z_]+=\S+\s+)*npx (eslint|asvs-report)\b/.test(line));
}

const allBlocks = DOCS.flatMap(blocks);
const commandBlocks = allBlocks.map((block) => ({ block, commands: commands(block) })).filter(({ commands }) => commands.length > 0);

const projects: string[] = [];
afterAll(() => projects.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function userProject(config?: string): string {
  const dir = createUserProject({ config });
  projects.push(dir);
  return dir;
}

function run(dir: string, command: string): CommandRun {
  return runCommand(dir, command, { GITHUB_STEP_SUMMARY: join(dir, 'step-summary.md'), NO_COLOR: '1' });
}

function flag(command: string, name: string): string | undefined {
  return command.match(new RegExp(`(?:^|\\s)${name}(?:\\s+|=)(\\S+)`))?.[1];
}

/** What one command must have done, given whether the findings are suppressed at that point. */
function check(dir: string, result: CommandRun, state: { suppressed: boolean }): void {
  const { command, code, stdout, stderr } = result;
  const context = `${command}\n${stdout}\n${stderr}`;
  if (command.includes('npx asvs-report')) {
    const level = flag(command, '--level') ?? '1';
    const output = command.includes('$GITHUB_STEP_SUMMARY') ? readFileSync(join(dir, 'step-summary.md'), 'utf8') : stdout;
    // 1 while a finding of the level is not suppressed.
    expect(code, context).toBe(state.suppressed || command.includes('--no-fail') ? 0 : 1);
    expect(output, context).toMatch(command.includes('--format markdown') ? `## ASVS 4.0.3 V3 Session Management: Level ${level}\n` : `ASVS 4.0.3 V3 Session Management, Level ${level}: `);
    return;
  }
  if (command.includes('--suppress-all')) {
    expect(code, context).toBe(0);
    const suppressions = JSON.parse(readFileSync(join(dir, 'eslint-suppressions.json'), 'utf8')) as Record<string, Record<string, { count: number }>>;
    expect(Object.values(suppressions).flatMap((rules) => Object.values(rules)).reduce((sum, { count }) => sum + count, 0)).toBe(findings.length);
    state.suppressed = true;
    return;
  }
  if (command.includes('--prune-suppressions')) {
    expect(code, context).toBe(0);
    return;
  }
  // A lint run: the gate.
  expect(code, context).toBe(!state.suppressed && findings.some((message) => message.severity === 2) ? 1 : 0);
  const format = flag(command, '-f');
  const output = flag(command, '-o');
  const text = output ? readFileSync(join(dir, output), 'utf8') : stdout;
  if (format?.endsWith('/sarif.js')) {
    const log = JSON.parse(text) as { runs: { results: { suppressions?: unknown[] }[] }[] };
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(githubProblems(log)).toEqual([]);
    expect(log.runs[0]!.results).toHaveLength(findings.length);
    expect(log.runs[0]!.results.every((sarif) => (sarif.suppressions !== undefined) === state.suppressed)).toBe(true);
  } else if (format?.endsWith('/asvs-report.js')) {
    const level = command.match(/ASVS_LEVEL=(\d)/)?.[1] ?? '1';
    expect(text, context).toMatch(command.includes('ASVS_REPORT_FORMAT=markdown') ? `## ASVS 4.0.3 V3 Session Management: Level ${level}\n` : `Level ${level}: `);
  } else {
    expect(format, context).toBeUndefined();
    for (const message of state.suppressed ? [] : findings) expect(text, context).toContain(`${message.line}:${message.column}`);
  }
  if (command.includes('--cache')) expect(existsSync(join(dir, flag(command, '--cache-location') ?? '.eslintcache')), context).toBe(true);
}

describe('the example app has findings to check the commands against', () => {
  it('reports at least one error', () => {
    expect(findings.some((message) => message.severity === 2)).toBe(true);
  });
});

describe('the docs show every CI command the issue asks for', () => {
  const all = commandBlocks.flatMap(({ commands }) => commands);
  it.for([
    ['the gate', /npx eslint .*--max-warnings 0/],
    ['SARIF', /npx eslint .*-f \.\/node_modules\/eslint-plugin-asvs\/dist\/formatters\/sarif\.js/],
    ['bulk suppressions', /npx eslint --suppress-all/],
    ['pruning them', /npx eslint --prune-suppressions/],
    ['concurrency and cache', /npx eslint .*--concurrency auto .*--cache/],
    ['the report in the job summary', /npx asvs-report .*--format markdown >> "\$GITHUB_STEP_SUMMARY"/],
  ] as const)('%s', ([, pattern]) => {
    expect(all.some((command) => pattern.test(command)), all.join('\n')).toBe(true);
  });
});

// The flags of `eslint --help` in ESLint 9.22.0, the oldest release the plugin supports, and the release that
// added each later flag the docs may use (from `eslint --help` of ESLint 9.23, 9.24, 9.33 and 9.34).
const ESLINT_9_22_FLAGS = new Set(
  `--no-config-lookup -c --config --inspect-config --ext --global --parser --parser-options --plugin --rule --fix --fix-dry-run
  --fix-type --no-ignore --ignore-pattern --stdin --stdin-filename --quiet --max-warnings -o --output-file -f --format --color
  --no-color --no-inline-config --report-unused-disable-directives --report-unused-disable-directives-severity
  --report-unused-inline-configs --cache --cache-file --cache-location --cache-strategy --init --env-info
  --no-error-on-unmatched-pattern --exit-on-fatal-error --no-warn-ignored --pass-on-no-patterns --debug -h --help -v --version
  --print-config --stats --flag`.split(/\s+/),
);
const ADDED_AFTER_9_22: Record<string, string> = {
  '--suppress-all': '9.24',
  '--suppress-rule': '9.24',
  '--suppressions-location': '9.24',
  '--prune-suppressions': '9.24',
  '--pass-on-unpruned-suppressions': '9.33',
  '--concurrency': '9.34',
};

describe('the ESLint flags the docs use', () => {
  const eslintCommands = commandBlocks.flatMap(({ block, commands }) => commands.filter((command) => /\bnpx eslint\b/.test(command)).map((command) => ({ doc: block.doc, command })));
  const later = eslintCommands.flatMap(({ doc, command }) =>
    [...command.matchAll(/(?:^|\s)(--?[a-z][\w-]*)/g)].map((match) => ({ doc, flag: match[1]! })).filter(({ flag }) => !ESLINT_9_22_FLAGS.has(flag)),
  );

  it('are in ESLint 9.22, or in the list of later flags', () => {
    expect(later.map(({ flag }) => flag).filter((flag) => ADDED_AFTER_9_22[flag] === undefined)).toEqual([]);
  });

  it.for([...new Map(later.map((use) => [`${use.doc} ${use.flag}`, use])).values()].map((use) => [`${use.doc}: ${use.flag}`, use] as const))(
    '%s: the doc says which ESLint it needs and what to do on ESLint 9.22',
    ([, { doc, flag }]) => {
      const paragraphs = readFileSync(join(ROOT, doc), 'utf8').split(/\n\s*\n/);
      const version = ADDED_AFTER_9_22[flag]!.replace('.', '\\.');
      const says = paragraphs.some((paragraph) => paragraph.includes(`\`${flag}\``) && new RegExp(`ESLint ${version}\\b`).test(paragraph) && /ESLint 9\.22\b/.test(paragraph));
      expect(says, `${doc} should say, in one paragraph, that \`${flag}\` needs ESLint ${ADDED_AFTER_9_22[flag]} and what to run on ESLint 9.22`).toBe(true);
    },
  );
});

describe.for(commandBlocks.map(({ block, commands }, index) => [`${block.doc} block ${index + 1}`, commands] as const))('%s', ([, commands]) => {
  it(`runs as written: ${commands.join(' && ')}`, () => {
    const dir = userProject();
    const state = { suppressed: false };
    for (const command of commands) check(dir, run(dir, command), state);
    // Twice, as CI runs them on every push: a cache, a suppressions file or a report left behind changes nothing.
    for (const command of commands.filter((candidate) => !candidate.includes('--suppress-all'))) check(dir, run(dir, command), state);
  });
});

describe('the README', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = (heading: string) => blocks('README.md').filter((block) => {
    const at = readme.indexOf(block.code);
    const start = readme.indexOf(`## ${heading}\n`);
    return start !== -1 && at > start && at < readme.indexOf('\n## ', start + 3);
  });
  // Stylish pads the columns to the widest message of the run.
  const squeeze = (text: string) => text.replace(/[ \t]+/g, ' ').trim();

  it('shows a finding of the example app as ESLint prints it, and the line its fix writes', async () => {
    const [before, finding, after] = section('What a finding looks like');
    const [file, ...lines] = finding!.code.trimEnd().split('\n');
    const source = readFileSync(join(ROOT, file!), 'utf8');
    expect(source.split('\n').map((line) => line.trim())).toContain(before!.code.trim());
    const printed = run(userProject(), 'npx eslint .').stdout.split('\n').map(squeeze);
    for (const line of lines) expect(printed, `README.md shows a finding ESLint no longer prints: ${line}`).toContain(squeeze(line));
    const ruleIds = lines.map((line) => line.trim().split(/\s+/).at(-1)!);
    const eslint = new ESLint({ cwd: join(ROOT, 'examples'), fix: true, ruleFilter: ({ ruleId }) => ruleIds.includes(ruleId) });
    const [fixed] = await eslint.lintText(source, { filePath: join(ROOT, file!) });
    expect(fixed!.output!.split('\n').map((line) => line.trim())).toContain(after!.code.trim());
  });

  it('shows an excerpt of the real ASVS report, counts aside', () => {
    const [, sample] = section('The report');
    // Counts, versions and the time change; the sample was made in a repository, the test project has no commit.
    const shape = (line: string) =>
      line
        .replace(/(?:no git commit|commit [0-9a-f]{40}(?: with uncommitted changes)?)/, 'commit #')
        .replace(/\d+( [a-z]+?)s?\b/g, '#$1')
        .replace(/\d+/g, '#')
        .trimEnd();
    const printed = run(userProject(), 'npx asvs-report --level 2').stdout.split('\n').map(shape);
    for (const line of sample!.code.split('\n').filter((candidate) => candidate.trim() !== '')) expect(printed).toContain(shape(line));
  });
});

describe.for(
  allBlocks.filter((block) => block.lang === 'js' && block.code.startsWith('// eslint.config.js')).map((block, index) => [`${block.doc} config ${index + 1}`, block] as const),
)('%s', ([, block]) => {
  it('is a working eslint.config.js that reports the recommended findings', () => {
    const dir = userProject(block.code);
    const { code, stdout, stderr } = run(dir, 'npx eslint .');
    expect(code, `${stdout}\n${stderr}`).toBe(1);
    const recommended = findings.filter((message) => /^asvs\//.test(message.ruleId!));
    expect(recommended.length).toBeGreaterThan(0);
    expect(stdout).toContain(recommended[0]!.ruleId);
  });
});

describe.for(
  allBlocks.filter((block) => block.lang === 'js' && block.code.includes("from 'eslint-plugin-asvs/formatters/")).map((block, index) => [`${block.doc} API example ${index + 1}`, block] as const),
)('%s', ([, block]) => {
  it('runs, and writes valid SARIF', () => {
    const dir = userProject();
    writeFileSync(join(dir, 'api.mjs'), block.code);
    execSync('node api.mjs', { cwd: dir, encoding: 'utf8' });
    const log = JSON.parse(readFileSync(join(dir, 'eslint.sarif'), 'utf8')) as { runs: { results: unknown[] }[] };
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0]!.results).toHaveLength(findings.length);
  });
});
