// semver's range parser takes ~15 ms to load, which every ESLint worker would pay on its first rule; it loads
// only when a project sets or declares a version that a rule compares.
import { createRequire } from 'node:module';
import type gtr from 'semver/ranges/gtr.js';
import type validRange from 'semver/ranges/valid.js';

const require = createRequire(import.meta.url);

/** True when semver reads `range` as a version or a range (`0.5.3`, `^0.5.0`, `>=1 <2 || 3.x`). */
export function isSemverRange(range: string): boolean {
  return (require('semver/ranges/valid') as typeof validRange)(range) !== null;
}

/** True when `version` is above every version `range` allows, as semver orders them (prereleases first). */
export function isAboveRange(version: string, range: string): boolean {
  return (require('semver/ranges/gtr') as typeof gtr)(version, range);
}
