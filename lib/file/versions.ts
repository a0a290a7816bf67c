// Which version of a library the linted file runs against, for behaviour that changed between
// releases (passport < 0.6 does not regenerate the session on login). ESLint rules see one file, so
// the answer comes from `settings.asvs.versions`, else from the nearest package.json above the file
// that declares the package, else a current release is assumed: an unknown version is never reported.
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { SharedConfigurationSettings } from '@typescript-eslint/utils/ts-eslint';
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

// A version as [major, minor, patch]; `undefined` parts are wildcards (`1.x`, `1`).
type Partial3 = [number, number | undefined, number | undefined];
interface Bound {
  version: readonly [number, number, number];
  inclusive: boolean;
}

const PARTIAL = /^v?(\d+)(?:\.(\d+|[x*]))?(?:\.(\d+|[x*]))?(?:[-+][0-9A-Za-z.+-]*)?$/i;

/**
 * True when every version `range` allows is below `limit`. Understands exact versions, `x` ranges,
 * `^`, `~`, `<`, `<=`, `>`, `>=`, hyphen ranges, `||` and `npm:`/`workspace:` prefixes; anything else
 * (tags, URLs, `*`) has no upper bound and is false.
 */
export function rangeBelow(range: string, limit: string): boolean {
  const max = parseVersion(limit);
  if (!max) return false;
  const body = range.trim().replace(/^workspace:/, '').replace(/^npm:(?:@[^/]+\/)?[^@]+@/, '');
  const alternatives = body.split('||');
  return alternatives.every((set) => {
    const bound = upperBound(set.trim());
    if (!bound) return false;
    const order = compare(bound.version, max);
    return order < 0 || (order === 0 && !bound.inclusive);
  });
}

/** Orders two plain `major.minor.patch` versions; missing parts count as 0. */
export function compareVersions(a: string, b: string): number {
  return compare(parseVersion(a) ?? [0, 0, 0], parseVersion(b) ?? [0, 0, 0]);
}

function upperBound(set: string): Bound | undefined {
  const hyphen = /^(\S+)\s+-\s+(\S+)$/.exec(set);
  if (hyphen) return lessOrEqual(partial(hyphen[2]!));
  const comparators = set
    .replace(/(<=|>=|<|>|=|\^|~>?)\s+/g, '$1')
    .split(/\s+/)
    .filter(Boolean);
  if (comparators.length === 0) return undefined;
  let lowest: Bound | undefined;
  for (const comparator of comparators) {
    const bound = comparatorBound(comparator);
    if (bound === null) return undefined;
    if (bound && (!lowest || isLower(bound, lowest))) lowest = bound;
  }
  return lowest;
}

// undefined: no upper bound from this comparator (`>=1`); null: not understood, so the whole set is unknown.
function comparatorBound(comparator: string): Bound | undefined | null {
  const [, operator = '', rest = ''] = /^(<=|>=|<|>|=|\^|~>?)?(.*)$/.exec(comparator)!;
  const version = partial(rest);
  if (!version) return null;
  const [major, minor, patch] = version;
  switch (operator) {
    case '>':
    case '>=':
      return undefined;
    case '<':
      return { version: [major, minor ?? 0, patch ?? 0], inclusive: false };
    case '<=':
      return lessOrEqual(version);
    case '^':
      if (major > 0 || minor === undefined) return { version: [major + 1, 0, 0], inclusive: false };
      if (minor > 0 || patch === undefined) return { version: [0, minor + 1, 0], inclusive: false };
      return { version: [0, 0, patch + 1], inclusive: false };
    case '~':
    case '~>':
      return minor === undefined ? { version: [major + 1, 0, 0], inclusive: false } : { version: [major, minor + 1, 0], inclusive: false };
    default:
      return lessOrEqual(version);
  }
}

function lessOrEqual(version: Partial3 | undefined): Bound | undefined {
  if (!version) return undefined;
  const [major, minor, patch] = version;
  if (minor === undefined) return { version: [major + 1, 0, 0], inclusive: false };
  if (patch === undefined) return { version: [major, minor + 1, 0], inclusive: false };
  return { version: [major, minor, patch], inclusive: true };
}

function partial(text: string): Partial3 | undefined {
  const match = PARTIAL.exec(text);
  if (!match) return undefined;
  const part = (value: string | undefined) => (value === undefined || /^[x*]$/i.test(value) ? undefined : Number(value));
  const minor = part(match[2]);
  return [Number(match[1]), minor, minor === undefined ? undefined : part(match[3])];
}

function parseVersion(text: string): [number, number, number] | undefined {
  const version = partial(text.trim());
  return version && [version[0], version[1] ?? 0, version[2] ?? 0];
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < 3; index++) {
    const difference = a[index]! - b[index]!;
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

function isLower(a: Bound, b: Bound): boolean {
  const order = compare(a.version, b.version);
  return order < 0 || (order === 0 && !a.inclusive && b.inclusive);
}
