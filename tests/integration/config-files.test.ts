// Adopting a config of the plugin never makes ESLint lint a file it did not lint before: the configs follow the
// user's own file patterns. Run with the real ESLint 9 and 10 on throw-away projects that load the built package.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ESLint as ESLint10 } from 'eslint';
import { ESLint as ESLint9 } from 'eslint-v9';
import { afterAll, describe, expect, it } from 'vitest';
import type { ConfigName } from '../../lib/configs.ts';
import { userProject } from '../helpers/user-project.ts';

const CONFIG_NAMES: ConfigName[] = ['recommended', 'strict', 'all', 'asvs-l1', 'asvs-l2', 'asvs-l3'];
const LOGIN = "app.post('/login', (req, res) => res.cookie('session', req.body.id, { secure: true }));\n";

const projects: string[] = [];
afterAll(() => projects.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function sources(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'asvs-sources-'));
  projects.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** A project whose eslint.config.js is the user's `entries` (source text), with the plugin's `added` config or none. */
function project(from: string, { imports = '', entries = '', added }: { imports?: string; entries?: string; added?: string }): string {
  const config = [
    "import { defineConfig } from 'eslint/config';",
    "import asvs from 'eslint-plugin-asvs';",
    imports,
    `export default defineConfig([${entries}${added ?? ''}]);`,
  ].join('\n');
  const dir = userProject({ sources: from, config });
  projects.push(dir);
  return dir;
}

interface Run {
  readonly files: string[];
  readonly fatal: string[];
  readonly findings: string[];
}

async function lint(ESLint: typeof ESLint10, cwd: string): Promise<Run> {
  const results = await new ESLint({ cwd }).lintFiles(['.']);
  const relative = (path: string) => path.slice(cwd.length + 1);
  return {
    files: results.map((result) => relative(result.filePath)).sort(),
    fatal: results.flatMap((result) => result.messages.filter((message) => message.fatal).map((message) => `${relative(result.filePath)}: ${message.message}`)),
    findings: results.flatMap((result) => result.messages.map((message) => `${relative(result.filePath)}:${message.line}:${message.column} ${message.ruleId}`)).sort(),
  };
}

const javascriptProject = sources({
  'src/login.js': LOGIN,
  'src/types.d.ts': 'export interface User {\n  id: string;\n}\n',
  'vite.config.ts': "import { defineConfig } from 'vite';\n\nexport default defineConfig({ server: { port: 5173 } } satisfies object);\n",
  'package-data.json': '{ "session": "abc" }\n',
});

describe.for([
  ['ESLint 10', ESLint10],
  ['ESLint 9', ESLint9 as unknown as typeof ESLint10],
] as const)('%s', ([, ESLint]) => {
  describe.for(CONFIG_NAMES)('asvs.configs[%j]', (name) => {
    it('in a JavaScript project with TypeScript declarations and a vite.config.ts, lints the JavaScript it linted before, and only that', async () => {
      const before = await lint(ESLint, project(javascriptProject, {}));
      const after = await lint(ESLint, project(javascriptProject, { added: `asvs.configs[${JSON.stringify(name)}]` }));
      expect(after.fatal).toEqual([]);
      expect(after.files).toEqual(before.files);
      expect(after.files).toEqual(['eslint.config.js', 'src/login.js']);
      expect(after.findings.length).toBeGreaterThan(0);
    });
  });

  it('in a project that lints JSON with @eslint/json, lints the same files, finds nothing in the JSON and does not crash', async () => {
    const json = { imports: "import json from '@eslint/json';", entries: "{ files: ['**/*.json'], plugins: { json }, language: 'json/json' }," };
    const before = await lint(ESLint, project(javascriptProject, json));
    const after = await lint(ESLint, project(javascriptProject, { ...json, added: 'asvs.configs.all' }));
    expect(after.files).toEqual(before.files);
    expect(after.files).toEqual(['eslint.config.js', 'package-data.json', 'package.json', 'src/login.js']);
    expect(after.fatal).toEqual([]);
    expect(after.findings.filter((finding) => finding.startsWith('package-data.json'))).toEqual([]);
  });

  it('in a TypeScript project, gets every finding it got when the configs listed TypeScript files themselves', async () => {
    // The example app's own config: typescript-eslint's parser for its .ts and .tsx files.
    const typescript = {
      imports: "import tsParser from '@typescript-eslint/parser';",
      entries: "{ files: ['**/*.{ts,tsx}'], languageOptions: { parser: tsParser } },",
    };
    const followed = await lint(ESLint, project(join(import.meta.dirname, '../../examples'), { ...typescript, added: 'asvs.configs.all' }));
    const listed = await lint(
      ESLint,
      project(join(import.meta.dirname, '../../examples'), { ...typescript, added: "{ ...asvs.configs.all, files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'] }" }),
    );
    expect(followed.fatal).toEqual([]);
    expect(followed.findings).toEqual(listed.findings);
    expect(followed.findings.filter((finding) => /\.tsx?:/.test(finding)).length).toBeGreaterThan(10);
  });
});
