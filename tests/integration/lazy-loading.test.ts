// The built package loads each rule on first use, so an ESLint worker pays only for the rules it runs. Run in a
// child Node process: lazy loading uses Node's own `require`, which vitest's module runner replaces.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A copy of the built package without `removed`'s rule file, with this repository's node_modules. */
function packageWithout(removed: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'asvs-lazy-'));
  cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true, filter: (source) => !source.endsWith(`/rules/${removed}.js`) });
  cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

function run(dir: string, script: string): { stdout: string; stderr: string; status: number | null } {
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: dir, encoding: 'utf8' });
  return { stdout: child.stdout, stderr: child.stderr, status: child.status };
}

describe('the built plugin', () => {
  const dir = packageWithout('require-cookie-secure');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports without loading any rule, and loads a rule when it is first asked for', () => {
    const script = `
      const { default: plugin } = await import('./dist/index.js');
      const names = Object.keys(plugin.rules);
      const httpOnly = plugin.rules['require-cookie-httponly'];
      let missing;
      try { plugin.rules['require-cookie-secure']; } catch (error) { missing = error.code; }
      console.log(JSON.stringify({
        count: names.length,
        recommended: Object.keys(plugin.configs.recommended.rules).length,
        asvs: httpOnly.meta.docs.asvs,
        create: typeof httpOnly.create,
        same: plugin.rules['require-cookie-httponly'] === httpOnly,
        missing,
      }));`;
    const { stdout, stderr, status } = run(dir, script);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      count: 17,
      recommended: 8,
      asvs: ['v4.0.3-3.4.2'],
      create: 'function',
      same: true,
      missing: 'MODULE_NOT_FOUND',
    });
  });

  it('lints with the rules it loads, with no warning from Node', () => {
    const script = `
      const { Linter } = await import('eslint');
      const { default: plugin } = await import('./dist/index.js');
      const config = { plugins: { asvs: plugin }, rules: { 'asvs/require-cookie-httponly': 'error' } };
      const code = "app.post('/login', (req, res) => res.cookie('session', id, { secure: true }));";
      const messages = new Linter().verify(code, config);
      console.log(JSON.stringify(messages.map((message) => message.ruleId + ':' + message.column)));`;
    const { stdout, stderr, status } = run(dir, script);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual(['asvs/require-cookie-httponly:60']);
  });
});
