import { readdirSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { PROJECT_CONVENTIONS, type ProjectConventions } from '../frameworks/auto-imports.ts';
import { isFile } from './config-files.ts';
import { SOURCE_EXTENSIONS, sourceFileFor } from './file-candidates.ts';

interface ConventionRoot {
  readonly root: string;
  readonly conventions: ProjectConventions;
}

// Per folder and cwd: the roots around it. Kept for the process, as ESLint keeps the config files it found.
const rootsCache = new Map<string, readonly ConventionRoot[]>();

/** The framework roots around a file: each folder from the file up to `cwd` that holds one of a family's markers. */
function conventionRoots(fromDir: string, cwd: string): readonly ConventionRoot[] {
  const key = `${fromDir}\0${cwd}`;
  const cached = rootsCache.get(key);
  if (cached) return cached;
  const found: ConventionRoot[] = [];
  for (let current = fromDir; current.startsWith(cwd); current = dirname(current)) {
    for (const conventions of PROJECT_CONVENTIONS) {
      if (conventions.markers.some((marker) => isFile(join(current, marker)))) found.push({ root: current, conventions });
    }
    if (dirname(current) === current) break;
  }
  rootsCache.set(key, found);
  return found;
}

/** `$lib/x`, `~~/x`, `#shared/x` through the aliases of the framework around the file. */
export function resolveConventionAlias(fromDir: string, cwd: string, specifier: string): string | undefined {
  for (const { root, conventions } of conventionRoots(fromDir, cwd)) {
    for (const [alias, folder] of Object.entries(conventions.aliases)) {
      if (specifier !== alias && !specifier.startsWith(`${alias}/`)) continue;
      return sourceFileFor(resolve(root, folder, specifier.slice(alias.length + 1)));
    }
  }
  return undefined;
}

/** The modules that may define the global `name` for a file: the top-level files of the auto-import folders it sees. */
export function autoImportCandidates(filename: string, cwd: string, name: string): { readonly file: string; readonly exported: string }[] {
  const found: { file: string; exported: string }[] = [];
  for (const { root, conventions } of conventionRoots(dirname(filename), cwd)) {
    for (const directory of conventions.autoImports) {
      if (directory.visibleUnder && !isInside(filename, join(root, directory.visibleUnder))) continue;
      for (const file of topLevelModules(join(root, directory.folder))) {
        found.push({ file, exported: name });
        if (camelCase(basename(file, extname(file))) === name) found.push({ file, exported: 'default' });
      }
    }
  }
  return found;
}

function isInside(file: string, folder: string): boolean {
  const path = relative(folder, file);
  return path !== '' && !path.startsWith('..') && !path.startsWith(sep);
}

function topLevelModules(folder: string): string[] {
  try {
    return readdirSync(folder)
      .filter((entry) => SOURCE_EXTENSIONS.includes(extname(entry)) && !/\.d\.[cm]?ts$/.test(entry))
      .sort()
      .map((entry) => join(folder, entry));
  } catch {
    return [];
  }
}

function camelCase(name: string): string {
  return name.replace(/[-_.]+(\w)/g, (_, letter: string) => letter.toUpperCase());
}
