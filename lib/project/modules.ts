import { readFileSync, statSync } from 'node:fs';
import type { SourceCode } from '@typescript-eslint/utils/ts-eslint';
import { lintedFileOf, type LintedFile } from '../utils/linted-files.ts';
import { topLevelStatements } from '../ast/syntax.ts';
import { MAX_FILE_BYTES, MAX_HOPS, MAX_IMPORTS_PER_MODULE } from './budget.ts';
import { autoImportCandidates } from './conventions.ts';
import { parseModule } from './parse.ts';
import { resolveImport } from './resolve.ts';

/** Where a module sits: the linted file (hop 0) or a module read for it, `hop` imports away. */
interface ModuleContext extends LintedFile {
  readonly hop: number;
}

const readModules = new WeakMap<object, ModuleContext>();

interface CacheEntry {
  readonly stamp: string;
  readonly settings: LintedFile;
  readonly code: SourceCode | undefined;
}

// Per absolute path and hop: the parsed module while the file keeps its mtime and size. A pure cache: the same
// file at the same hop is read the same way whichever linted file asked first.
const cache = new Map<string, CacheEntry>();

/** Costs, for measuring: files read and parsed, time spent reading and parsing, files that were unknown. */
export const projectStats = { parsed: 0, failed: 0, parseMs: 0, cacheHits: 0 };

function contextOf(code: SourceCode): ModuleContext | undefined {
  const read = readModules.get(code.ast);
  if (read) return read;
  const linted = lintedFileOf(code.ast);
  return linted && { ...linted, hop: 0 };
}

/** The module `specifier` loads from the module `code`, parsed, when it is project source within the budget. */
export function importedModule(code: SourceCode, specifier: string): SourceCode | undefined {
  const context = contextOf(code);
  if (!context || context.hop >= MAX_HOPS || !followedSpecifiers(code).has(specifier)) return undefined;
  const file = resolveImport(context.filename, specifier, context.cwd);
  return file === undefined ? undefined : readModule(file, context);
}

/** The modules that may define the undeclared global `name` through a framework's auto-imports, with the export to read. */
export function autoImportedModules(code: SourceCode, name: string): readonly { readonly code: SourceCode; readonly exported: string }[] {
  // The host's own globals (process, console, JSON…) are never auto-imports.
  if (name in globalThis) return [];
  let byName = autoImports.get(code.ast);
  if (!byName) {
    byName = new Map();
    autoImports.set(code.ast, byName);
  }
  let found = byName.get(name);
  if (!found) {
    found = findAutoImports(code, name);
    byName.set(name, found);
  }
  return found;
}

const autoImports = new WeakMap<object, Map<string, readonly { readonly code: SourceCode; readonly exported: string }[]>>();

function findAutoImports(code: SourceCode, name: string): { code: SourceCode; exported: string }[] {
  const context = contextOf(code);
  if (!context || context.hop >= MAX_HOPS) return [];
  const found: { code: SourceCode; exported: string }[] = [];
  for (const candidate of autoImportCandidates(context.filename, context.cwd, name).slice(0, MAX_IMPORTS_PER_MODULE)) {
    if (candidate.file === context.filename) continue;
    const module = readModule(candidate.file, context);
    if (module) found.push({ code: module, exported: candidate.exported });
  }
  return found;
}

// The first specifiers of a module's static imports, re-exports and require calls with a literal, in source order.
const followed = new WeakMap<object, ReadonlySet<string>>();

function followedSpecifiers(code: SourceCode): ReadonlySet<string> {
  let found = followed.get(code.ast);
  if (found) return found;
  const list = new Set<string>();
  for (const statement of topLevelStatements(code.ast)) {
    const source = 'source' in statement ? statement.source : undefined;
    if (source && source.type === 'Literal' && typeof source.value === 'string') list.add(source.value);
  }
  for (const match of code.text.matchAll(/\brequire\(\s*(['"])([^'"\n]+)\1\s*\)/g)) list.add(match[2]!);
  found = new Set([...list].slice(0, MAX_IMPORTS_PER_MODULE));
  followed.set(code.ast, found);
  return found;
}

function readModule(file: string, from: ModuleContext): SourceCode | undefined {
  const hop = from.hop + 1;
  let stamp: string;
  try {
    const stat = statSync(file);
    if (!stat.isFile() || stat.size > MAX_FILE_BYTES) return undefined;
    stamp = `${stat.mtimeMs}:${stat.size}`;
  } catch {
    return undefined;
  }
  const key = `${hop}\0${file}`;
  const cached = cache.get(key);
  if (cached && cached.stamp === stamp && cached.settings.parser === from.parser && cached.settings.cwd === from.cwd) {
    projectStats.cacheHits++;
    return cached.code;
  }
  const settings: LintedFile = { ...from, filename: file };
  const started = performance.now();
  let code: SourceCode | undefined;
  try {
    code = parseModule(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), file, settings);
    readModules.set(code.ast, { ...settings, hop });
    projectStats.parsed++;
  } catch {
    // Unparsable, or a parser that cannot read this kind of file: its values are unknown.
    code = undefined;
    projectStats.failed++;
  }
  projectStats.parseMs += performance.now() - started;
  cache.set(key, { stamp, settings, code });
  return code;
}
