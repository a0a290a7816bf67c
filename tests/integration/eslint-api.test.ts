import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint as ESLint10 } from 'eslint';
import { ESLint as ESLint9 } from 'eslint-v9';
import { afterAll, describe, expect, it } from 'vitest';

// The fixture loads the built package by name, as a user's project does: `npm test` builds first.
const cwd = fileURLToPath(new URL('fixture/', import.meta.url));
// Routes whose cookie options come from a helper module and whose cookie is written by the app's own wrapper.
const projectCwd = fileURLToPath(new URL('fixture-project/', import.meta.url));
const cacheDir = mkdtempSync(join(tmpdir(), 'asvs-cache-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

type Results = Awaited<ReturnType<ESLint10['lintFiles']>>;

function summary(results: Results, root = cwd): string[] {
  return results
    .flatMap((result) =>
      result.messages.map((message) => `${result.filePath.slice(root.length)}:${message.line}:${message.column} ${message.ruleId}`),
    )
    .sort();
}

const expectedProject = ['a', 'b', 'c', 'd'].flatMap((route) => [
  // sessionCookieOptions() in cookie-options.ts turns HttpOnly off.
  `src/routes/${route}.ts:5:36 asvs/require-cookie-httponly`,
  // setSessionCookie in auth/cookies.ts passes these options to res.cookie, which then lacks HttpOnly.
  `src/routes/${route}.ts:7:40 asvs/require-cookie-httponly`,
]);

const expected = [
  'src/login.js:3:38 asvs/require-cookie-httponly',
  'src/login.js:3:38 asvs/require-cookie-samesite',
  // The logout only expires the cookie: the server session stays valid.
  'src/logout.ts:3:17 asvs/require-session-invalidation',
];

describe.for([
  ['ESLint 10', ESLint10],
  ['ESLint 9', ESLint9 as unknown as typeof ESLint10],
] as const)('%s', ([name, ESLint]) => {
  it('lints a project that extends asvs/recommended, on two threads', async () => {
    const eslint = new ESLint({ cwd, concurrency: 2 });
    expect(summary(await eslint.lintFiles(['src']))).toEqual(expected);
  });

  it('gives the same findings from its cache', async () => {
    const cacheLocation = join(cacheDir, `${name.replace(' ', '')}.cache`);
    const first = await new ESLint({ cwd, cache: true, cacheLocation }).lintFiles(['src']);
    const second = await new ESLint({ cwd, cache: true, cacheLocation }).lintFiles(['src']);
    expect(summary(first)).toEqual(expected);
    expect(summary(second)).toEqual(expected);
  });

  it('finds the same cross-file problems on two threads as on one, from a cold start', async () => {
    const single = summary(await new ESLint({ cwd: projectCwd }).lintFiles(['src']), projectCwd);
    const threads = summary(await new ESLint({ cwd: projectCwd, concurrency: 2 }).lintFiles(['src']), projectCwd);
    expect(single).toEqual(expectedProject.sort());
    expect(threads).toEqual(single);
  });

  it('reports the ASVS ids of each rule to formatters', async () => {
    const eslint = new ESLint({ cwd });
    const results = await eslint.lintFiles(['src']);
    const meta = eslint.getRulesMetaForResults(results)['asvs/require-cookie-httponly'];
    expect(meta?.docs).toMatchObject({ asvs: ['v4.0.3-3.4.2'], cwe: ['CWE-1004'] });
  });
});
