// The peer plugin is installed on demand into a temporary folder, never as a dependency of ours.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Peer {
  dir: string;
  version: string;
}

const PACKAGE = 'eslint-plugin-sonarjs';

/** Installs eslint-plugin-sonarjs into a temporary folder that later runs reuse. */
export function ensurePeer(log: (line: string) => void): Peer | { error: string } {
  const dir = join(tmpdir(), 'eslint-plugin-asvs-bench-peer');
  const manifest = join(dir, 'node_modules', PACKAGE, 'package.json');
  if (!existsSync(manifest)) {
    log(`installing ${PACKAGE} into ${dir} ...`);
    mkdirSync(dir, { recursive: true });
    try {
      const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
      execFileSync(npm, ['install', '--prefix', dir, PACKAGE, '--no-audit', '--no-fund', '--loglevel=error'], { stdio: ['ignore', 'ignore', 'pipe'], shell: process.platform === 'win32' });
    } catch (error) {
      return { error: `npm install ${PACKAGE} failed: ${String((error as { stderr?: Buffer }).stderr ?? error).trim().split('\n')[0]}` };
    }
  }
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  return { dir, version };
}
