import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { readJsonFile } from './config-files.ts';
import { bestPattern, sourceFileFor } from './file-candidates.ts';

type Json = Record<string, unknown>;

/** The `paths` that apply to a file, with the folder their targets are relative to. */
interface PathMapping {
  readonly paths: Readonly<Record<string, readonly string[]>>;
  readonly base: string;
}

const MAX_EXTENDS = 8;

/** `specifier` through the `paths` (and `baseUrl`) of the nearest tsconfig.json, `extends` followed. */
export function resolveTsconfigPath(fromDir: string, root: string, specifier: string): string | undefined {
  const config = nearestTsconfig(fromDir, root);
  const mapping = config && pathMapping(config, 0);
  if (!mapping) return undefined;
  const match = bestPattern(Object.keys(mapping.paths), specifier);
  if (match) {
    for (const target of mapping.paths[match.pattern] ?? []) {
      const file = sourceFileFor(resolve(mapping.base, target.replaceAll('*', match.star)));
      if (file) return file;
    }
    return undefined;
  }
  return undefined;
}

function nearestTsconfig(dir: string, root: string): string | undefined {
  for (let current = dir; ; current = dirname(current)) {
    const path = join(current, 'tsconfig.json');
    if (readJsonFile(path) !== undefined) return path;
    if (current === root || dirname(current) === current || !current.startsWith(root)) return undefined;
  }
}

/** The config's own `paths` and `baseUrl`, else the ones it inherits through `extends` (the last listed wins). */
function pathMapping(path: string, depth: number): PathMapping | undefined {
  const json = readJsonFile(path) as Json | undefined;
  if (!json || depth > MAX_EXTENDS) return undefined;
  const options = (json.compilerOptions ?? {}) as Json;
  const dir = dirname(path);
  const inherited = extendedConfigs(path, json.extends)
    .map((parent) => pathMapping(parent, depth + 1))
    .reduce<PathMapping | undefined>((last, mapping) => mapping ?? last, undefined);
  const baseUrl = typeof options.baseUrl === 'string' ? resolve(dir, options.baseUrl) : undefined;
  if (typeof options.paths === 'object' && options.paths !== null) {
    return { paths: options.paths as Record<string, string[]>, base: baseUrl ?? dir };
  }
  if (inherited) return baseUrl ? { ...inherited, base: baseUrl } : inherited;
  return baseUrl ? { paths: { '*': ['*'] }, base: baseUrl } : undefined;
}

function extendedConfigs(from: string, field: unknown): string[] {
  const list = Array.isArray(field) ? field : [field];
  const found: string[] = [];
  for (const item of list) {
    if (typeof item !== 'string') continue;
    if (item.startsWith('.') || item.startsWith('/')) {
      const path = resolve(dirname(from), item);
      found.push(path.endsWith('.json') ? path : `${path}.json`);
      continue;
    }
    try {
      found.push(createRequire(from).resolve(item));
    } catch {
      // A shared config that is not installed: its paths are unknown.
    }
  }
  return found;
}
