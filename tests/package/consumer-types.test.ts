// The published declarations, as a user's TypeScript reads them: the packed tarball installed in a fresh project
// without @types/node, compiled by TypeScript 5.0 (the oldest we support) and the current one, with and without
// skipLibCheck, under Node's and bundlers' module resolution.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { consumerProject, ROOT } from '../helpers/packed-package.ts';

const dir = consumerProject({ without: ['@types/node'] });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

writeFileSync(
  join(dir, 'eslint.config.ts'),
  `import { defineConfig } from 'eslint/config';
import type { ESLint, Linter } from 'eslint';
import asvs from 'eslint-plugin-asvs';
import sarif from 'eslint-plugin-asvs/formatters/sarif';
import asvsReport from 'eslint-plugin-asvs/formatters/asvs-report';

type Formatter = (results: ESLint.LintResult[], context: ESLint.LintResultData) => string | Promise<string>;

const plugin: ESLint.Plugin = asvs;
const recommended: Linter.Config = asvs.configs.recommended;
const ruleNames: string[] = Object.keys(asvs.rules);
export const formatters: Formatter[] = [sarif, asvsReport];
export { ruleNames };

export default defineConfig([
  { plugins: { asvs: plugin }, extends: ['asvs/recommended'] },
  recommended,
  { extends: [asvs.configs['asvs-l2']], rules: { 'asvs/require-cookie-httponly': 'warn' } },
]);
`,
);

const COMPILERS = [
  ['TypeScript 5.0', 'typescript-5.0'],
  ['the current TypeScript', 'typescript'],
] as const;
const RESOLUTIONS = [
  ['nodenext', { module: 'nodenext', moduleResolution: 'nodenext' }],
  ['bundler', { module: 'esnext', moduleResolution: 'bundler' }],
] as const;

function compile(compiler: string, [name, resolution]: (typeof RESOLUTIONS)[number], skipLibCheck: boolean): string {
  const tsconfig = `tsconfig.${compiler}.${name}.${skipLibCheck}.json`;
  const compilerOptions = { strict: true, noEmit: true, target: 'es2022', lib: ['es2022'], types: [], skipLibCheck, ...resolution };
  writeFileSync(join(dir, tsconfig), JSON.stringify({ compilerOptions, files: ['eslint.config.ts'] }));
  try {
    execFileSync(process.execPath, [join(ROOT, 'node_modules', compiler, 'bin/tsc'), '-p', tsconfig], { cwd: dir, encoding: 'utf8' });
    return '';
  } catch (error) {
    return (error as { stdout: string }).stdout;
  }
}

describe.for(COMPILERS)('%s', ([, compiler]) => {
  describe.for(RESOLUTIONS)('moduleResolution %s', (resolution) => {
    it.for([true, false])('compiles a user’s eslint.config.ts with skipLibCheck: %s', (skipLibCheck) => {
      expect(compile(compiler, resolution, skipLibCheck)).toBe('');
    });
  });
});

describe('the installed package', () => {
  it('is found without @types/node', () => {
    expect(() => execFileSync('node', ['-e', "require.resolve('@types/node/package.json')"], { cwd: dir, stdio: 'pipe' })).toThrow();
  });

  it('gives eslint.config.cjs files the plugin itself from require()', () => {
    const script = "const asvs = require('eslint-plugin-asvs'); console.log(JSON.stringify([asvs.meta.namespace, Object.keys(asvs.configs.recommended.rules).length > 0, 'default' in asvs]));";
    expect(JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: dir, encoding: 'utf8' }))).toEqual(['asvs', true, false]);
  });
});
