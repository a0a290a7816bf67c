import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import rule from '../../lib/rules/require-cookie-httponly.ts';
import { MAX_FILE_BYTES } from '../../lib/project/budget.ts';
import { projectStats } from '../../lib/project/index.ts';
import { parseModule } from '../../lib/project/parse.ts';

// A project in a temporary folder, linted with ESLint's Linter as an application would be.
let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'asvs-project-'));
  mkdirSync(join(root, 'src'));
  const options = 'export const options = { httpOnly: false };\n';
  writeFileSync(join(root, 'src', 'small.js'), options);
  // Over the size budget: the same export, padded with a comment.
  writeFileSync(join(root, 'src', 'large.js'), options + `/* ${'x'.repeat(MAX_FILE_BYTES)} */\n`);
  writeFileSync(join(root, 'src', 'invalid.js'), 'export const options = { httpOnly: false ;\n');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function lint(code: string, typescript: boolean): string[] {
  const linter = new Linter({ cwd: root });
  const config = {
    files: ['**/*.js', '**/*.ts'],
    plugins: { asvs: { rules: { 'require-cookie-httponly': rule } } },
    rules: { 'asvs/require-cookie-httponly': 'error' },
    ...(typescript ? { languageOptions: { parser } } : {}),
  } as unknown as Linter.Config;
  return linter.verify(code, [config], { filename: join(root, 'src', typescript ? 'app.ts' : 'app.js') }).map((message) => `${message.line}:${message.column} ${message.messageId ?? message.message}`);
}

const code = (module: string): string => `import { options } from './${module}';
app.post('/login', (req, res) => { res.cookie('sid', token, options); });`;

describe.for([
  ['espree, whose parse gives no scope manager', false],
  ['typescript-eslint', true],
] as const)('reading another module with %s', ([, typescript]) => {
  it('reads a small helper', () => {
    expect(lint(code('small.js'), typescript)).toEqual(['2:61 httpOnlyDisabled']);
  });

  it('leaves a helper over the size budget, one that does not parse, and a missing one unknown, without a crash', () => {
    const failedBefore = projectStats.failed;
    expect(lint(code('large.js'), typescript)).toEqual([]);
    expect(lint(code('invalid.js'), typescript)).toEqual([]);
    expect(lint(code('missing.js'), typescript)).toEqual([]);
    expect(projectStats.failed).toBe(failedBefore + 1);
  });
});

describe('parseModule', () => {
  const component = { parseForESLint: (): never => { throw new Error('a component parser cannot read a script file'); } };
  const settings = (parserOption: unknown) => ({ parser: component, parserOptions: { parser: parserOption }, ecmaVersion: 'latest', sourceType: 'module' });

  it("reads a script imported by a component with the component parser's script parser", () => {
    for (const option of [parser, { ts: parser }, { js: parser }]) {
      const code = parseModule('export const a: number = 1;', '/project/a.ts', settings(option));
      expect(code.ast.body[0]?.type).toBe('ExportNamedDeclaration');
      expect(code.ast.body[0]?.parent).toBe(code.ast);
    }
  });

  it('throws when no parser reads the file, which leaves the module unknown', () => {
    expect(() => parseModule('export const a = 1;', '/project/a.ts', settings('@typescript-eslint/parser'))).toThrow();
    expect(() => parseModule('export const a = 1;', '/project/a.ts', { parser: undefined, parserOptions: {}, ecmaVersion: undefined, sourceType: undefined })).toThrow();
  });
});
