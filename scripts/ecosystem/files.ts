// Which files of an app get linted: its source files under the listed folders, as a user's ESLint would see
// them, less what a repository keeps generated, installed or bundled.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The configs' own extensions, and the component files the README's Vue/Svelte/Astro entries add. */
export const SCRIPT_EXTENSIONS = ['js', 'mjs', 'cjs', 'jsx', 'ts', 'mts', 'cts', 'tsx'] as const;
export const COMPONENT_EXTENSIONS = ['vue', 'svelte', 'astro'] as const;

const LINTED = new RegExp(`\\.(${[...SCRIPT_EXTENSIONS, ...COMPONENT_EXTENSIONS].join('|')})$`);
const SKIPPED_FILES = /\.min\.[cm]?js$|\.d\.[cm]?ts$/;
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'build', '.next', '.nuxt', '.output', '.svelte-kit', 'coverage', 'vendor', '.git']);

/** Larger files are bundles or generated data, not code anyone reviews. */
export const MAX_FILE_BYTES = 500 * 1024;

export interface FileList {
  /** Absolute paths, sorted. */
  readonly files: string[];
  /** Source files left out for their size, relative to the app root. */
  readonly tooLarge: string[];
  /** Listed folders that do not exist in the snapshot. */
  readonly missing: string[];
}

export function listFiles(root: string, folders: readonly string[]): FileList {
  const list: FileList = { files: [], tooLarge: [], missing: [] };
  for (const folder of folders) {
    const path = join(root, folder);
    const stats = statSync(path, { throwIfNoEntry: false });
    if (!stats) list.missing.push(folder);
    else if (stats.isDirectory()) walk(path, folder, list);
    else addFile(path, folder, stats.size, list);
  }
  list.files.sort();
  return list;
}

function walk(dir: string, relative: string, list: FileList): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const rel = `${relative}/${entry.name}`;
    if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name)) walk(path, rel, list);
    else if (entry.isFile()) addFile(path, rel, statSync(path).size, list);
  }
}

function addFile(path: string, relative: string, size: number, list: FileList): void {
  if (!LINTED.test(path) || SKIPPED_FILES.test(path)) return;
  if (size > MAX_FILE_BYTES) list.tooLarge.push(relative);
  else list.files.push(path);
}
