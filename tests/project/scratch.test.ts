import { Linter } from 'eslint';
import parser from '@typescript-eslint/parser';
import { it } from 'vitest';
import rule from '../../lib/rules/require-cookie-httponly.ts';
const dir = new URL('../fixtures/project/', import.meta.url).pathname;
it('smoke', () => {
  const linter = new Linter({ cwd: process.cwd() });
  const config = { files: ['**/*.ts'], plugins: { asvs: { rules: { h: rule } } }, languageOptions: { parser }, rules: { 'asvs/h': ['error', { checkTestFiles: true }] } } as never;
  const cases: [string, string][] = [
    ['basic/src/app.ts', "import { cookieOptions, safeCookieOptions, sharedOptions, DAY, asyncOptions } from './cookie-options.js';\napp.get('/', (req, res) => { res.cookie('sid', token, cookieOptions()); res.cookie('a', token, safeCookieOptions()); res.cookie('b', token, { ...sharedOptions, maxAge: DAY }); res.cookie('c', token, await asyncOptions()); });"],
    ['basic/src/app2.ts', "import * as h from '@/cookie-options';\nimport helpers from './cookie-options';\nimport { SESSION_COOKIE } from '#config/cookie';\nimport { renamedOptions } from './reexports.js';\napp.get('/', (req, res) => { res.cookie('sid', token, h.cookieOptions()); res.cookie('x', token, helpers.cookieOptions()); res.cookie('y', token, SESSION_COOKIE); res.cookie('z', token, renamedOptions); });"],
    ['basic/src/app3.ts', "import { cookieOptions } from './broken.js';\nimport { options } from './chain/a.js';\nconst legacy = require('./legacy.cjs');\nimport { nothing } from './missing.js';\napp.get('/', (req, res) => { res.cookie('sid', token, cookieOptions); res.cookie('x', token, options); res.cookie('y', token, legacy.cookieOptions); res.cookie('z', token, nothing); });"],
    ['workspace/packages/api/src/server.ts', "import { cookieDefaults } from '@acme/shared';\napp.get('/', (req, res) => { res.cookie('sid', token, cookieDefaults); });"],
    ['nuxt/server/api/login.post.ts', "export default defineEventHandler((event) => { setCookie(event, 'sid', token, sessionCookieOptions); });"],
    ['sveltekit/src/routes/+page.server.ts', "import { cookieOptions } from '$lib/cookies';\nexport const actions = { default: async ({ cookies }) => { cookies.set('sid', token, cookieOptions); } };"],
  ];
  for (const [file, code] of cases) {
    const messages = linter.verify(code, config, { filename: dir + file });
    console.log(file, messages.map((m) => `${m.line}:${m.column} ${m.messageId ?? m.message}`));
  }
});
