import { dirname, relative, resolve, sep } from 'node:path';
import { resolveConventionAlias } from './conventions.ts';
import { sourceFileFor } from './file-candidates.ts';
import { resolvePackageImport } from './package-json.ts';
import { resolveTsconfigPath } from './tsconfig.ts';
import { resolveWorkspacePackage } from './workspaces.ts';

/**
 * The project source file `specifier` loads from `filename`: a relative path, `#imports`, tsconfig `paths`, a
 * framework alias, or a workspace package. Undefined for a dependency, a missing file, or anything outside `cwd`.
 */
export function resolveImport(filename: string, specifier: string, cwd: string): string | undefined {
  const fromDir = dirname(filename);
  const root = resolve(cwd);
  let file: string | undefined;
  if (specifier.startsWith('.') || specifier.startsWith('/')) file = sourceFileFor(resolve(fromDir, specifier));
  else if (specifier.startsWith('node:')) return undefined;
  else {
    file =
      (specifier.startsWith('#') ? resolvePackageImport(fromDir, root, specifier) : undefined) ??
      resolveTsconfigPath(fromDir, root, specifier) ??
      resolveConventionAlias(fromDir, root, specifier) ??
      resolveWorkspacePackage(fromDir, root, specifier);
  }
  return file && isInsideProject(file, root) ? file : undefined;
}

function isInsideProject(file: string, root: string): boolean {
  const path = relative(root, file);
  return path !== '' && !path.startsWith('..') && !path.startsWith(sep) && !path.split(sep).includes('node_modules');
}
