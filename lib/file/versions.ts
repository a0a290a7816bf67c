// Which version of a library the linted file runs against, for behaviour that changed between
// releases (passport < 0.6 does not regenerate the session on login). ESLint rules see one file, so
// the answer comes from `settings.asvs.versions`, else from the nearest package.json above the file
// that declares the package, else a current release is assumed: an unknown version is never reported.
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { SharedConfigurationSettings } from '@typescript-eslint/utils/ts-eslint';
import { isAboveRange, isSemverRange } from '../utils/semver-ranges.ts';
import { getAsvsSettings } from '../utils/settings.ts';

export interface VersionContext {
  readonly settings: SharedConfigurationSettings;
  readonly physicalFilename: string;
}

export interface DeclaredVersion {
  /** The version or semver range as written, e.g. `0.5.3` or `^0.5.0`; undefined when nothing declares the package. */
  readonly range: string | undefined;
  readonly source: 'settings' | 'package.json' | 'assumed';
}

const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'] as const;
type Dependencies = ReadonlyMap<string, string>;

// One parse per directory for the whole ESLint process; package.json files do not change during a run.
const manifests = new Map<string, Dependencies | null>();

export function declaredVersion(context: VersionContext, name: string): DeclaredVersion {
  const fromSettings = getAsvsSettings(context.settings).versions[name];
  if (fromSettings !== undefined) return { range: fromSettings, source: 'settings' };
  const filename = context.physicalFilename;
  // `<input>` and `<text>` are ESLint's names for code without a file.
  if (filename === '' || filename.startsWith('<')) return { range: undefined, source: 'assumed' };
  for (let dir = dirname(isAbsolute(filename) ? filename : resolve(filename)); ; dir = dirname(dir)) {
    const range = dependenciesIn(dir)?.get(name);
    if (range !== undefined) return { range, source: 'package.json' };
    if (dirname(dir) === dir) return { range: undefined, source: 'assumed' };
  }
}

/** True only when every version the declaration allows is older than `version`; unknown and open ranges are false. */
export function isOlderThan(context: VersionContext, name: string, version: string): boolean {
  const { range } = declaredVersion(context, name);
  return range !== undefined && rangeBelow(range, version);
}

/** True when the file's project declares the package (in settings or a package.json above it). */
export function isDeclared(context: VersionContext, name: string): boolean {
  return declaredVersion(context, name).source !== 'assumed';
}

function dependenciesIn(dir: string): Dependencies | null {
  let cached = manifests.get(dir);
  if (cached === undefined) {
    cached = readManifest(join(dir, 'package.json'));
    manifests.set(dir, cached);
  }
  return cached;
}

function readManifest(file: string): Dependencies | null {
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
  const dependencies = new Map<string, string>();
  if (typeof manifest !== 'object' || manifest === null) return dependencies;
  for (const field of DEPENDENCY_FIELDS) {
    const entries = (manifest as Record<string, unknown>)[field];
    if (typeof entries !== 'object' || entries === null) continue;
    for (const [name, range] of Object.entries(entries)) {
      if (typeof range === 'string' && !dependencies.has(name)) dependencies.set(name, range);
    }
  }
  return dependencies;
}

/**
 * True when every version `range` allows is below `limit`. The range is read by semver, after npm's `npm:` alias
 * and pnpm's `workspace:` prefixes; anything semver cannot read (tags, URLs) and open ranges (`*`) are false.
 */
export function rangeBelow(range: string, limit: string): boolean {
  const body = range.trim().replace(/^workspace:/, '').replace(/^npm:(?:@[^/]+\/)?[^@]+@/, '');
  return isSemverRange(body) && isAboveRange(limit, body);
}
