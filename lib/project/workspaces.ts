import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isFile, readJsonFile } from './config-files.ts';
import { packageEntry } from './package-json.ts';

type Json = Record<string, unknown>;

interface Workspace {
  readonly stamp: string;
  /** Package name → its folder and package.json. */
  readonly packages: ReadonlyMap<string, { readonly dir: string; readonly json: Json }>;
}

const workspaces = new Map<string, Workspace>();

/** A workspace package's own source for a bare specifier (`@acme/utils`, `@acme/utils/cookies`), looked up from `fromDir` up to `root`. */
export function resolveWorkspacePackage(fromDir: string, root: string, specifier: string): string | undefined {
  const parts = specifier.split('/');
  const nameLength = specifier.startsWith('@') ? 2 : 1;
  if (parts.length < nameLength || parts.some((part) => part === '' || part === '.' || part === '..')) return undefined;
  const name = parts.slice(0, nameLength).join('/');
  for (let current = fromDir; current.startsWith(root); current = dirname(current)) {
    const workspace = workspaceAt(current);
    const found = workspace?.packages.get(name);
    if (found) return packageEntry(found.dir, found.json, parts.slice(nameLength).join('/'));
    if (dirname(current) === current) break;
  }
  return undefined;
}

function workspaceAt(dir: string): Workspace | undefined {
  const patterns = workspacePatterns(dir);
  if (!patterns) return undefined;
  const stamp = patterns.join('\n');
  const cached = workspaces.get(dir);
  if (cached?.stamp === stamp) return cached;
  const packages = new Map<string, { dir: string; json: Json }>();
  for (const folder of patterns.flatMap((pattern) => expand(dir, pattern))) {
    const json = readJsonFile(join(folder, 'package.json'));
    if (typeof json === 'object' && json !== null && typeof (json as Json).name === 'string') packages.set((json as Json).name as string, { dir: folder, json: json as Json });
  }
  const workspace = { stamp, packages };
  workspaces.set(dir, workspace);
  return workspace;
}

/** npm/yarn `workspaces` of the folder's package.json, or pnpm-workspace.yaml's `packages`. */
function workspacePatterns(dir: string): string[] | undefined {
  const json = readJsonFile(join(dir, 'package.json')) as Json | undefined;
  const field = json?.workspaces;
  const list = Array.isArray(field) ? field : (field as Json | undefined)?.packages;
  if (Array.isArray(list)) return list.filter((item): item is string => typeof item === 'string');
  const pnpm = join(dir, 'pnpm-workspace.yaml');
  if (!isFile(pnpm)) return undefined;
  try {
    return pnpmPatterns(readFileSync(pnpm, 'utf8'));
  } catch {
    return undefined;
  }
}

/** The items of the top-level `packages:` list of a pnpm-workspace.yaml. */
function pnpmPatterns(text: string): string[] {
  const found: string[] = [];
  let inPackages = false;
  for (const line of text.split('\n')) {
    if (/^packages\s*:/.test(line)) {
      inPackages = true;
      continue;
    }
    if (/^\S/.test(line)) inPackages = false;
    const item = inPackages ? /^\s+-\s*['"]?([^'"#\s]+)['"]?/.exec(line) : null;
    if (item) found.push(item[1]!);
  }
  return found;
}

/** The folders a workspace pattern names: `packages/*`, `apps/**` (one level), or a plain folder. Negations are skipped. */
function expand(root: string, pattern: string): string[] {
  if (pattern.startsWith('!')) return [];
  const clean = pattern.replace(/\/+$/, '');
  const star = clean.search(/\/\*{1,2}$/);
  if (star < 0) return [join(root, clean)];
  const parent = join(root, clean.slice(0, star));
  try {
    return readdirSync(parent)
      .filter((entry) => entry !== 'node_modules' && !entry.startsWith('.'))
      .map((entry) => join(parent, entry))
      .filter((folder) => statSync(folder).isDirectory());
  } catch {
    return [];
  }
}
