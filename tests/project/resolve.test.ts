import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveImport } from '../../lib/project/index.ts';

const fixtures = fileURLToPath(new URL('../fixtures/project/', import.meta.url));
const cwd = fileURLToPath(new URL('../../', import.meta.url));
const from = (file: string, specifier: string): string | undefined => {
  const found = resolveImport(fixtures + file, specifier, cwd);
  return found?.slice(fixtures.length);
};

describe('resolveImport', () => {
  it('maps relative imports to source files: the TS source of a .js name, an added extension, an index file', () => {
    expect(from('basic/src/app.ts', './cookie-options.js')).toBe('basic/src/cookie-options.ts');
    expect(from('basic/src/app.ts', './cookie-options')).toBe('basic/src/cookie-options.ts');
    expect(from('basic/src/app.ts', './legacy.cjs')).toBe('basic/src/legacy.cjs');
    expect(from('workspace/packages/api/src/server.ts', '../../shared/src')).toBe('workspace/packages/shared/src/index.ts');
  });

  it('follows tsconfig paths inherited through extends, relative to the baseUrl', () => {
    expect(from('basic/src/app.ts', '@/cookie-options')).toBe('basic/src/cookie-options.ts');
    expect(from('basic/src/chain/a.ts', '@/config/cookie')).toBe('basic/src/config/cookie.ts');
  });

  it("follows package.json imports with conditions, choosing source over the types' declaration file", () => {
    expect(from('basic/src/app.ts', '#config/cookie')).toBe('basic/src/config/cookie.ts');
    expect(from('basic/src/app.ts', '#missing/cookie')).toBeUndefined();
  });

  it("resolves a workspace package to its source when its main names the build output", () => {
    expect(from('workspace/packages/api/src/server.ts', '@acme/shared')).toBe('workspace/packages/shared/src/index.ts');
    expect(from('workspace/packages/api/src/server.ts', '@acme/unknown')).toBeUndefined();
  });

  it('resolves a framework alias from the folder that holds its config', () => {
    expect(from('sveltekit/src/routes/+page.server.ts', '$lib/cookies')).toBe('sveltekit/src/lib/cookies.ts');
    expect(from('basic/src/app.ts', '$lib/cookies')).toBeUndefined();
  });

  it('leaves dependencies, builtins, missing files and files outside the project unknown', () => {
    expect(from('basic/src/app.ts', 'express')).toBeUndefined();
    expect(from('basic/src/app.ts', 'node:fs')).toBeUndefined();
    expect(from('basic/src/app.ts', './missing.js')).toBeUndefined();
    expect(resolveImport(fixtures + 'basic/src/app.ts', './cookie-options.js', fixtures + 'workspace')).toBeUndefined();
  });
});
