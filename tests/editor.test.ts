// The ESLint API as an editor extension calls it: one file at a time, from its text, with `fix: false`, over
// every file of examples/. Each message must underline code inside one statement, read as one short sentence,
// and carry the fix or suggestions its rule promises, each of which must apply cleanly.
import { readFileSync } from 'node:fs';
import tsParser from '@typescript-eslint/parser';
import { ESLint, Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../lib/index.ts';
import { loadRulesData } from '../scripts/generator/load-data.ts';
import type { Example } from '../scripts/generator/types.ts';
import { EXAMPLES } from './formatters/lint.ts';

interface Range {
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

// Statements and the declarations that stand as statements; blocks, functions and classes only contain them.
const STATEMENT = /(?:Statement|VariableDeclaration|ExportNamedDeclaration|ExportDefaultDeclaration|ImportDeclaration|TSTypeAliasDeclaration|TSInterfaceDeclaration)$/;
const CONTAINERS = new Set(['BlockStatement', 'Program', 'StaticBlock']);

/** Records the range of every statement of each file it runs on; it reports nothing. */
const statements = new Map<string, Range[]>();
const probe: Rule.RuleModule = {
  create(context) {
    const ranges: Range[] = [];
    statements.set(context.filename, ranges);
    return {
      '*'(node: Rule.Node) {
        if (STATEMENT.test(node.type) && !CONTAINERS.has(node.type)) ranges.push({ type: node.type, start: node.range![0], end: node.range![1] });
      },
    };
  },
};

const editor = new ESLint({ cwd: EXAMPLES, fix: false });
const data = loadRulesData();

function documentedMessages(name: string, example: Example): Linter.LintMessage[] {
  const lang = example.lang ?? 'js';
  return new Linter().verify(
    example.code,
    [
      {
        files: ['**/*'],
        plugins: { asvs: plugin },
        languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: lang.endsWith('x') } } },
        rules: { [`asvs/${name}`]: 'error' },
      },
    ],
    example.filename ?? `example.${lang}`,
  );
}
const files = (await editor.lintFiles(['.'])).map((result) => result.filePath);
const ruleOf = (ruleId: string) => plugin.rules[ruleId.replace(/^asvs\//, '') as keyof typeof plugin.rules] as Rule.RuleModule | undefined;

function offset(lines: string[], line: number, column: number): number {
  return lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0) + column - 1;
}

function apply(text: string, fix: Rule.Fix): string {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}

it('finds example files to check', () => {
  expect(files.length).toBeGreaterThan(0);
});

// A rule that declares fixes or suggestions may still report a finding it cannot safely edit (a use far from
// the value's source, say), so the promise is kept per rule: in examples/ or in the bad examples of its docs
// and its requirements, its edit is on offer.
it('offers the fix or suggestion of every rule that declares one and reports in the examples', async () => {
  const messages = (await Promise.all(files.map(async (filePath) => (await editor.lintText(readFileSync(filePath, 'utf8'), { filePath }))[0]!.messages))).flat();
  const reporting = [...new Set(messages.map((message) => message.ruleId).filter((ruleId) => ruleId?.startsWith('asvs/')))] as string[];
  for (const ruleId of reporting) {
    const meta = ruleOf(ruleId)!.meta!;
    if (!meta.fixable && !meta.hasSuggestions) continue;
    const name = ruleId.slice('asvs/'.length);
    const documented = [
      ...data.rules.find((rule) => rule.name === name)!.examples.bad,
      ...data.requirements.filter((requirement) => requirement.rules?.includes(name)).flatMap((requirement) => requirement.examples?.bad ?? []),
    ].flatMap((example) => documentedMessages(name, example));
    const edited = [...messages, ...documented].filter((message) => message.ruleId === ruleId && (message.fix || message.suggestions?.length));
    expect(edited.length, `${ruleId} declares ${meta.fixable ? 'a fix' : 'suggestions'} but offers none in examples/ or its docs`).toBeGreaterThan(0);
  }
});

describe.for(files.map((file) => [file.slice(EXAMPLES.length + 1), file] as const))('%s', async ([, filePath]) => {
  const text = readFileSync(filePath, 'utf8');
  const lines = text.split('\n');
  const [result] = await editor.lintText(text, { filePath });
  const messages = result!.messages.filter((message) => message.ruleId?.startsWith('asvs/'));
  await new ESLint({ cwd: EXAMPLES, overrideConfig: { plugins: { probe: { rules: { statements: probe } } }, rules: { 'probe/statements': 'error' } } }).lintText(text, { filePath });
  const ranges = statements.get(filePath) ?? [];

  it('parses, and gives an editor the same findings as the command line', async () => {
    expect(result!.messages.filter((message) => message.fatal)).toEqual([]);
    const [cli] = await editor.lintFiles([filePath]);
    expect(cli!.messages).toEqual(result!.messages);
  });

  it.for(messages.map((message) => [`${message.line}:${message.column} ${message.ruleId}`, message] as const))('%s', async ([, message]) => {
    expect(message.endLine, 'every message has an end').toBeDefined();
    const start = offset(lines, message.line, message.column);
    const end = offset(lines, message.endLine!, message.endColumn!);
    expect(end, 'the range is not empty').toBeGreaterThan(start);
    const innermost = ranges.filter((range) => range.start <= start && start < range.end).sort((a, b) => a.end - a.start - (b.end - b.start))[0];
    expect(innermost, 'the range starts inside a statement').toBeDefined();
    expect(end, `the range ends inside its ${innermost!.type}: ${text.slice(start, end)}`).toBeLessThanOrEqual(innermost!.end);

    expect(message.message, 'one line').not.toMatch(/\n/);
    expect(message.message, 'one sentence').toMatch(/^\S[^\n]*\.$/);
    expect(message.message.slice(0, -1), 'one sentence').not.toMatch(/[.!?]\s+[A-Z]/);
    expect(message.message.length, 'short').toBeLessThanOrEqual(200);

    const meta = ruleOf(message.ruleId!)!.meta!;
    const edits = [...(message.fix ? [message.fix] : []), ...(message.suggestions ?? []).map((suggestion) => suggestion.fix)];
    if (!meta.fixable) expect(message.fix).toBeUndefined();
    if (!meta.hasSuggestions) expect(message.suggestions ?? []).toEqual([]);
    for (const suggestion of message.suggestions ?? []) expect(suggestion.desc).toMatch(/^\S[^\n]*$/);
    for (const edit of edits) {
      const fixed = apply(text, edit);
      expect(fixed).not.toBe(text);
      const [after] = await editor.lintText(fixed, { filePath });
      expect(after!.messages.filter((other) => other.fatal), fixed).toEqual([]);
      expect(after!.messages.filter((other) => other.ruleId === message.ruleId).length, fixed).toBeLessThan(messages.filter((other) => other.ruleId === message.ruleId).length);
    }
  });
});
