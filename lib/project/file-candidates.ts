import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { isDirectory, isFile } from './config-files.ts';

/** The source extensions a module may have, in the order TypeScript and bundlers try them. */
export const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

// TypeScript's ESM imports name the emitted file: `./x.js` is `./x.ts` in the source.
const EMITTED_TO_SOURCE: Readonly<Record<string, readonly string[]>> = {
  '.js': ['.ts', '.tsx'],
  '.jsx': ['.tsx'],
  '.mjs': ['.mts'],
  '.cjs': ['.cts'],
};

function isDeclarationFile(path: string): boolean {
  return /\.d\.[cm]?ts$/.test(path);
}

/** The source file an import of `base` (an absolute path, as written) loads: the file, a TS source for an emitted name, an extension added, an index file. */
export function sourceFileFor(base: string): string | undefined {
  const extension = extname(base);
  if (SOURCE_EXTENSIONS.includes(extension)) {
    if (isFile(base) && !isDeclarationFile(base)) return base;
    for (const source of EMITTED_TO_SOURCE[extension] ?? []) {
      const candidate = base.slice(0, -extension.length) + source;
      if (isFile(candidate)) return candidate;
    }
  }
  for (const added of SOURCE_EXTENSIONS) {
    const candidate = base + added;
    if (!isDeclarationFile(candidate) && isFile(candidate)) return candidate;
  }
  if (!existsSync(base) || !isDirectory(base)) return undefined;
  for (const added of SOURCE_EXTENSIONS) {
    const candidate = join(base, `index${added}`);
    if (isFile(candidate)) return candidate;
  }
  return undefined;
}

/** The target of a `*` pattern (`#lib/*`, `@/*`) for `specifier`, or undefined when it does not match. */
export function matchPattern(pattern: string, specifier: string): string | undefined {
  const star = pattern.indexOf('*');
  if (star < 0) return pattern === specifier ? '' : undefined;
  const prefix = pattern.slice(0, star);
  const suffix = pattern.slice(star + 1);
  if (!specifier.startsWith(prefix) || !specifier.endsWith(suffix) || specifier.length < prefix.length + suffix.length) return undefined;
  return specifier.slice(prefix.length, specifier.length - suffix.length);
}

/** The pattern of `patterns` that fits `specifier` best (the longest prefix, as TypeScript and Node pick), with what `*` stands for. */
export function bestPattern(patterns: readonly string[], specifier: string): { pattern: string; star: string } | undefined {
  let best: { pattern: string; star: string } | undefined;
  for (const pattern of patterns) {
    const star = matchPattern(pattern, specifier);
    if (star === undefined) continue;
    if (!best || pattern.indexOf('*') > best.pattern.indexOf('*') || (!pattern.includes('*') && best.pattern.includes('*'))) best = { pattern, star };
  }
  return best;
}
