import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** What `npm pack` would put in the tarball (`npm test` builds first), as paths inside the package. */
export function packedFiles(): string[] {
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
  return (JSON.parse(output) as { files: { path: string }[] }[])[0]!.files.map((file) => file.path).sort();
}

/**
 * A consumer project in a temporary folder with the packed tarball installed as node_modules/eslint-plugin-asvs
 * and this repository's other packages linked beside it, except `without` (e.g. `@types/node`). The caller
 * removes it.
 */
export function consumerProject({ without = [] }: { without?: readonly string[] } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'asvs-consumer-'));
  const installed = join(dir, 'node_modules/eslint-plugin-asvs');
  mkdirSync(installed, { recursive: true });
  const output = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' });
  const tarball = (JSON.parse(output) as { filename: string }[])[0]!.filename;
  execFileSync('tar', ['-xzf', join(dir, tarball), '-C', installed, '--strip-components=1']);
  linkPackages(join(ROOT, 'node_modules'), join(dir, 'node_modules'), '', without);
  writeFileSync(join(dir, 'package.json'), '{ "name": "consumer", "private": true, "type": "module" }\n');
  return dir;
}

function linkPackages(from: string, to: string, scope: string, without: readonly string[]): void {
  for (const entry of readdirSync(from)) {
    const name = scope + entry;
    if (entry.startsWith('.') || without.includes(name) || name === 'eslint-plugin-asvs') continue;
    if (entry.startsWith('@') && without.some((excluded) => excluded.startsWith(`${name}/`))) {
      mkdirSync(join(to, entry));
      linkPackages(join(from, entry), join(to, entry), `${name}/`, without);
    } else {
      symlinkSync(join(from, entry), join(to, entry));
    }
  }
}
