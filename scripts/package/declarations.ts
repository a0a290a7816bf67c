// Which declaration files the package's exports reach: tsc writes one per module, but users read only those.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

export interface PackageManifest {
  readonly types?: string;
  readonly exports?: Record<string, string | { readonly types?: string }>;
}

/** The `types` files that package.json names, relative to the package root (`dist/plugin.d.ts`). */
export function exportedDeclarations(manifest: PackageManifest): string[] {
  const targets = Object.values(manifest.exports ?? {}).map((target) => (typeof target === 'string' ? undefined : target.types));
  return [...new Set([manifest.types, ...targets].filter((path) => path !== undefined).map((path) => join(path)))].sort();
}

/** The modules a declaration file imports: relative ones as paths from the package root, the others by name. */
export function declarationImports(root: string, file: string): { readonly files: string[]; readonly packages: string[] } {
  const { importedFiles } = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true);
  const files: string[] = [];
  const packages: string[] = [];
  for (const { fileName } of importedFiles) {
    if (!fileName.startsWith('.')) packages.push(fileName);
    else files.push(relative(root, join(root, dirname(file), fileName.replace(/\.[cm]?[jt]s$/, '.d.ts'))));
  }
  return { files, packages };
}

/** Every declaration file reachable from `roots` through relative imports; throws on an import with no file. */
export function reachableDeclarations(root: string, roots: readonly string[]): Set<string> {
  const reached = new Set<string>();
  const pending = [...roots];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (reached.has(file)) continue;
    if (!existsSync(join(root, file))) throw new Error(`${file} is missing: a package export or a declaration imports it`);
    reached.add(file);
    pending.push(...declarationImports(root, file).files);
  }
  return reached;
}
