import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A user's project in a temporary folder: a git root, `"type": "module"`, this repository's node_modules, and this
 * package installed as `node_modules/eslint-plugin-asvs` (the built one: `npm test` builds first). `sources` is
 * copied in (examples/ by default); `config`, when given, replaces its eslint.config.js. The caller removes it.
 */
export function userProject({ sources = join(ROOT, 'examples'), config }: { sources?: string; config?: string } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'asvs-user-'));
  cpSync(sources, dir, { recursive: true });
  if (config !== undefined) writeFileSync(join(dir, 'eslint.config.js'), config);
  writeFileSync(join(dir, 'package.json'), '{ "name": "app", "private": true, "type": "module" }\n');
  mkdirSync(join(dir, '.git'));
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) symlinkSync(join(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
  symlinkSync(ROOT, join(dir, 'node_modules/eslint-plugin-asvs'));
  return dir;
}

export interface CommandRun {
  readonly command: string;
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a documented shell command in the project; `npx eslint` and `npx asvs-report` are the installed binaries. */
export function runCommand(dir: string, command: string, env: NodeJS.ProcessEnv = {}): CommandRun {
  // `npx x` would find these same binaries in node_modules; calling them through node skips npm's start-up.
  const shell = command
    .replace('npx eslint', 'node node_modules/eslint/bin/eslint.js')
    .replace('npx asvs-report', 'node node_modules/eslint-plugin-asvs/dist/cli/asvs-report.js');
  const child = spawnSync('bash', ['-c', shell], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } });
  return { command, code: child.status ?? -1, stdout: child.stdout, stderr: child.stderr };
}
