// One project, one suppressions file, four outputs: the asvs-report command's text and Markdown, its SARIF, and
// the two formatters run by the eslint command. They must agree, requirement by requirement, on the status, the
// findings and the suppressed findings, because one model computes them all.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCommand, userProject } from '../helpers/user-project.ts';

const dir = userProject();
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env = { NO_COLOR: '1' };
const suppressed = runCommand(dir, 'npx eslint --suppress-rule asvs/require-cookie-secure --suppress-rule asvs/require-session-expiry .', env);
const cliText = runCommand(dir, 'npx asvs-report --level 2', env);
const cliMarkdown = runCommand(dir, 'npx asvs-report --level 2 --format markdown --sarif report.sarif', env);
const formatterText = runCommand(dir, 'ASVS_LEVEL=2 npx eslint -f ./node_modules/eslint-plugin-asvs/dist/formatters/asvs-report.js .', env);
const formatterSarif = runCommand(dir, 'npx eslint -f ./node_modules/eslint-plugin-asvs/dist/formatters/sarif.js -o eslint.sarif .', env);

interface Counts {
  status: string;
  findings: number;
  suppressed: number;
}

const STATUS_OF_MARK: Record<string, string> = { '✖': 'findings', '!': 'not-checked', '◐': 'weaker', '✔': 'clean', '☐': 'manual' };
const STATUS_OF_CELL: Record<string, string> = { '❌ findings': 'findings', '⚠️ not checked': 'not-checked', '🔸 weaker options': 'weaker', '✅ no findings': 'clean', '📝 by hand': 'manual' };

function fromText(text: string): Map<string, Counts> {
  const counts = new Map<string, Counts>();
  let current: Counts | undefined;
  for (const line of text.split('\n')) {
    const requirement = /^(✖|!|◐|✔|☐) (\d+\.\d+\.\d+) /.exec(line);
    if (requirement) counts.set(requirement[2]!, (current = { status: STATUS_OF_MARK[requirement[1]!]!, findings: 0, suppressed: 0 }));
    const rule = /^ {4}asvs\/\S+: (?:no findings|(\d+) findings?|not checked \(off\))(?:, (\d+) suppressed)?/.exec(line);
    if (rule && current) {
      current.findings += Number(rule[1] ?? 0);
      current.suppressed += Number(rule[2] ?? 0);
    }
  }
  return counts;
}

function fromMarkdown(markdown: string): Map<string, Counts> {
  const counts = new Map<string, Counts>();
  for (const match of markdown.matchAll(/^\| \[(\d+\.\d+\.\d+)\]\(.*? \| (❌ findings|⚠️ not checked|🔸 weaker options|✅ no findings|📝 by hand) \| .*? \| (?:–|(\d+)(?: \(\+(\d+) suppressed\))?) \|/gm)) {
    counts.set(match[1]!, { status: STATUS_OF_CELL[match[2]!]!, findings: Number(match[3] ?? 0), suppressed: Number(match[4] ?? 0) });
  }
  return counts;
}

/** Per ASVS 4.0.3 requirement, the SARIF results of ours that carry its tag, suppressed or not. */
function fromSarif(file: string): Map<string, { findings: number; suppressed: number }> {
  const log = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { runs: { results: { properties?: { tags?: string[] }; suppressions?: unknown[] }[] }[] };
  const counts = new Map<string, { findings: number; suppressed: number }>();
  for (const result of log.runs[0]!.results) {
    for (const tag of result.properties?.tags ?? []) {
      const id = /^asvs\/v4\.0\.3-(.*)$/.exec(tag)?.[1];
      if (!id) continue;
      const entry = counts.get(id) ?? { findings: 0, suppressed: 0 };
      if (result.suppressions) entry.suppressed += 1;
      else entry.findings += 1;
      counts.set(id, entry);
    }
  }
  return counts;
}

describe('the four outputs of one project', () => {
  it('ran: the suppressions were written, and the command fails for the findings left', () => {
    expect(suppressed.code, suppressed.stderr).toBe(1);
    expect(cliText.code, cliText.stderr).toBe(1);
    expect(cliMarkdown.code, cliMarkdown.stderr).toBe(1);
    expect(formatterText.stderr).toBe('');
    expect(formatterSarif.stderr).toBe('');
  });

  it('the command and the formatter print the same text report, the time aside', () => {
    // The eslint command ends a formatter's output with a newline of its own.
    const timeless = (text: string) => text.replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/, '<time>').trimEnd();
    expect(timeless(formatterText.stdout)).toBe(timeless(cliText.stdout));
  });

  it('Markdown and text give every requirement the same status, findings and suppressed findings', () => {
    const text = fromText(cliText.stdout);
    expect(text.size).toBe(18);
    expect(fromMarkdown(cliMarkdown.stdout)).toEqual(text);
    expect([...text.values()].some((entry) => entry.suppressed > 0 && entry.findings === 0)).toBe(true);
    expect([...text.values()].some((entry) => entry.status === 'weaker')).toBe(true);
    expect([...text.values()].filter((entry) => entry.status === 'findings').length).toBeGreaterThan(0);
  });

  it('both SARIF logs count, per requirement, the findings and suppressed findings the report counts', () => {
    const text = fromText(cliText.stdout);
    const expected = new Map([...text].filter(([, entry]) => entry.findings + entry.suppressed > 0).map(([id, entry]) => [id, { findings: entry.findings, suppressed: entry.suppressed }]));
    expect(fromSarif('report.sarif')).toEqual(expected);
    expect(fromSarif('eslint.sarif')).toEqual(expected);
  });
});
