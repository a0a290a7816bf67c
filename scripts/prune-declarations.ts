// Run by `npm run build` after tsc: removes the declaration files that no export of the package reaches. The
// internal ones describe modules users never import, and many name @typescript-eslint/utils, a devDependency.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportedDeclarations, type PackageManifest, reachableDeclarations } from './package/declarations.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as PackageManifest;
const kept = reachableDeclarations(ROOT, exportedDeclarations(manifest));

for (const file of readdirSync(join(ROOT, 'dist'), { recursive: true, encoding: 'utf8' })) {
  const path = join('dist', file);
  if (path.endsWith('.d.ts') && !kept.has(path)) rmSync(join(ROOT, path));
}
