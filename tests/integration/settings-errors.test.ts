// A wrong settings.asvs stops the run with one line that names the setting, its value and the allowed form: no
// stack trace and no rule name, from the real ESLint 9 and 10 command lines, on one thread or several.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCommand, userProject } from '../helpers/user-project.ts';

const sources = mkdtempSync(join(tmpdir(), 'asvs-settings-'));
const projects = [sources];
afterAll(() => projects.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

// Enough files for two threads to share them.
for (let index = 0; index < 4; index++) {
  writeFileSync(join(sources, `login-${index}.js`), "app.post('/login', (req, res) => res.cookie('session', req.body.id, { secure: true }));\n");
}

function project(settings: unknown): string {
  const config = `import asvs from 'eslint-plugin-asvs';\nexport default [asvs.configs.recommended, { settings: { asvs: ${JSON.stringify(settings)} } }];\n`;
  const dir = userProject({ sources, config });
  projects.push(dir);
  return dir;
}

const COMMANDS = [
  ['ESLint 10', 'node node_modules/eslint/bin/eslint.js .'],
  ['ESLint 10 on two threads', 'node node_modules/eslint/bin/eslint.js --concurrency 2 .'],
  ['ESLint 9', 'node node_modules/eslint-v9/bin/eslint.js .'],
] as const;

describe.for(COMMANDS)('%s', ([, command]) => {
  it.for([
    ['a version that is not a semver range', { versions: { passport: 'banana' } }, 'settings.asvs.versions.passport = "banana": must be a semver version or range, such as "0.5.3" or "^0.5.0".'],
    ['a misspelt setting', { sessionCookies: ['sid'] }, 'settings.asvs.sessionCookies = ["sid"]: there is no such setting; the settings are sessionCookieNames and versions.'],
  ] as const)('%s is a configuration error in one line', ([, settings, message]) => {
    const { code, stdout, stderr } = runCommand(project(settings), command);
    expect(code, stdout + stderr).toBe(2);
    expect(stderr.split('\n')).toContain(`eslint-plugin-asvs: ${message}`);
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(stderr).not.toContain('asvs/');
  });

  it('lints as usual with well-formed settings', () => {
    const { code, stdout } = runCommand(project({ sessionCookieNames: ['app_sid'], versions: { passport: '^0.5.0' } }), command);
    expect(code).toBe(1);
    expect(stdout).toContain('asvs/require-cookie-httponly');
  });
});
