import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArtifactLocation } from 'sarif';

export const SOURCE_ROOT = '%SRCROOT%';

/** The repository root: the nearest folder above `cwd` with a `.git`, or `cwd` itself outside a repository. */
export function findRepositoryRoot(cwd: string): string {
  for (let dir = cwd; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return cwd;
  }
}

/** Where a linted file is, relative to the repository root as code scanning expects; absolute only outside it. */
export function artifactLocation(root: string, filePath: string): ArtifactLocation {
  if (!isAbsolute(filePath)) return { uri: encodeSegments(filePath.split(/[\\/]/)) };
  const path = relative(root, filePath);
  if (path === '..' || path.startsWith(`..${sep}`) || isAbsolute(path)) return { uri: pathToFileURL(filePath).href };
  return { uri: encodeSegments(path.split(sep)), uriBaseId: SOURCE_ROOT };
}

/** `file:///…/` of the root, with the trailing slash SARIF requires of a base URI. */
export function rootUri(root: string): string {
  const href = pathToFileURL(root).href;
  return href.endsWith('/') ? href : `${href}/`;
}

// What RFC 3986 allows in a path segment stays as it is: SvelteKit's `+page.server.ts` must not become `%2Bpage`.
const SEGMENT_UNSAFE = /[^\w\-.~!$&'()*+,;=:@]/gu;

function encodeSegments(segments: string[]): string {
  return segments.map((segment) => segment.replace(SEGMENT_UNSAFE, (char) => encodeURIComponent(char))).join('/');
}
