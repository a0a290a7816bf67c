// What `npm pack` ships: the built modules, the declaration files that the exports reach and nothing else (the
// internal ones name devDependencies), the licence, the README and package.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { declarationImports, exportedDeclarations, type PackageManifest, reachableDeclarations } from '../../scripts/package/declarations.ts';
import { packedFiles, ROOT } from '../helpers/packed-package.ts';

const files = packedFiles();
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as PackageManifest & { license: string; peerDependencies: Record<string, string> };
const declarations = files.filter((file) => file.endsWith('.d.ts'));

describe('the tarball', () => {
  it('holds package.json, the README, the licence and dist/, nothing else', () => {
    expect(files.filter((file) => !file.startsWith('dist/'))).toEqual(['LICENSE', 'README.md', 'package.json']);
    expect(files.filter((file) => file.startsWith('dist/') && !/\.(?:d\.ts|js)$/.test(file))).toEqual([]);
  });

  it('ships the MIT licence that package.json names', () => {
    expect(manifest.license).toBe('MIT');
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) 2026 eslint-plugin-asvs contributors\n/);
  });

  it('ships every file package.json points at', () => {
    const exported = [manifest.types, ...Object.values(manifest.exports ?? {}).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)))];
    for (const target of exported) expect(files).toContain(join(target!));
  });

  it('ships only the declaration files the exports reach', () => {
    expect(declarations).toEqual([...reachableDeclarations(ROOT, exportedDeclarations(manifest))].sort());
    expect(declarations.length).toBeLessThan(15);
  });

  it('ships declarations that import only shipped files and the peer dependency', () => {
    for (const file of declarations) {
      const { files: imported, packages } = declarationImports(ROOT, file);
      for (const path of imported) expect(files, `${file} imports ${path}`).toContain(path);
      for (const name of packages) expect(Object.keys(manifest.peerDependencies), `${file} imports ${name}`).toContain(name);
    }
  });
});
