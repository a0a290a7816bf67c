import type { RuleFix, RuleFixer } from '@typescript-eslint/utils/ts-eslint';
import { describe, expect, it } from 'vitest';
import { cookieSitesAt, type CookieSite, type Fix } from '../../../lib/models/cookies/sites.ts';
import { analyze, walk } from '../../helpers/analyze.ts';

// A fixer that records the edits, so a fix can be applied outside ESLint.
const recorder: RuleFixer = {
  insertTextAfter: (node, text) => ({ range: [node.range[1], node.range[1]], text }),
  insertTextAfterRange: (range, text) => ({ range: [range[1], range[1]], text }),
  insertTextBefore: (node, text) => ({ range: [node.range[0], node.range[0]], text }),
  insertTextBeforeRange: (range, text) => ({ range: [range[0], range[0]], text }),
  remove: (node) => ({ range: node.range, text: '' }),
  removeRange: (range) => ({ range, text: '' }),
  replaceText: (node, text) => ({ range: node.range, text }),
  replaceTextRange: (range, text) => ({ range, text }),
};

function applied(code: string, fix: Fix | undefined): string | null {
  if (!fix) return null;
  const result = fix(recorder);
  const edits = (Array.isArray(result) ? result : [result]) as RuleFix[];
  return [...edits].sort((a, b) => b.range[0] - a.range[0]).reduce((text, edit) => text.slice(0, edit.range[0]) + edit.text + text.slice(edit.range[1]), code);
}

/** Applies `edit` to the first cookie site of `code`. */
function edit(code: string, change: (site: CookieSite) => Fix | undefined): string | null {
  return analyze(
    code,
    ({ sourceCode, ast }) => {
      const site = [...walk(ast, sourceCode.visitorKeys)].flatMap((node) => cookieSitesAt(node, sourceCode))[0]!;
      return applied(code, change(site));
    },
    { parser: 'ts' },
  );
}

const express = (options: string) => `app.get('/', (req, res) => { res.cookie('sid', v${options}); });`;

describe('editing an options object', () => {
  it.for([
    // set: replace where the file sets it, insert where it does not
    [express(', { secure: false }'), (site: CookieSite) => site.editor.set('secure', true), express(', { secure: true }')],
    [express(''), (site: CookieSite) => site.editor.set('sameSite', 'lax'), express(", { sameSite: 'lax' }")],
    [express(', opts'), (site: CookieSite) => site.editor.set('secure', true), null],
    [express(', Object.assign(opts, { secure: false })'), (site: CookieSite) => site.editor.set('secure', true), null],
    [`${express(', o')}\nconst o = {};\no.secure ||= false;`, (site: CookieSite) => site.editor.set('secure', true), null],
    // a later `delete` would undo an inserted property
    [`const o = { maxAge: 1 };\ndelete o.secure;\n${express(', o')}`, (site: CookieSite) => site.editor.set('secure', true), null],
    ["import session from 'express-session';\nconst o = { cookie: {} };\ndelete o.cookie.secure;\napp.use(session(o));", (site: CookieSite) => site.editor.set('secure', true), null],
    ["import session from 'express-session';\nconst o = {};\ndelete o.cookie;\napp.use(session(o));", (site: CookieSite) => site.editor.set('secure', true), null],
    ["import session from 'express-session';\nconst o = { ['cookie']: {} };\nuse(o[key], o.other.secure, o.cookie);\napp.use(session(o));", (site: CookieSite) => site.editor.set('secure', true), "import session from 'express-session';\nconst o = { ['cookie']: { secure: true } };\nuse(o[key], o.other.secure, o.cookie);\napp.use(session(o));"],
    ["import session from 'express-session';\nconst o = { cookie: undefined };\napp.use(session(o));", (site: CookieSite) => site.editor.set('secure', true), null],
    // remove: a property, a statement that writes it, never anything else
    [express(', { secure: false, httpOnly: true }'), (site: CookieSite) => site.editor.remove('secure'), express(', { httpOnly: true }')],
    [`const o = { secure: true };\r\n  o.secure = false;\r\n${express(', o')}`, (site: CookieSite) => site.editor.remove('secure'), `const o = { secure: true };\r\n${express(', o')}`],
    [`const o = {};\nif (x) o.secure = false; else o.secure = false;\n${express(', o')}`, (site: CookieSite) => site.editor.remove('secure'), null],
    [`const o = {};\ncall(), o.secure = false;\n${express(', o')}`, (site: CookieSite) => site.editor.remove('secure'), null],
    [express(', { secure: false, }'), (site: CookieSite) => site.editor.remove('secure'), express('')],
    [express(', {\n  secure: false\n}'), (site: CookieSite) => site.editor.remove('secure'), express('')],
    [express(''), (site: CookieSite) => site.editor.remove('secure'), null],
    [express(', opts'), (site: CookieSite) => site.editor.remove('secure'), null],
    // rename: a literal name, or a name option the configuration leaves out
    [express(''), (site: CookieSite) => site.editor.rename('__Host-sid'), "app.get('/', (req, res) => { res.cookie('__Host-sid', v); });"],
    ["app.get('/', (req, res) => { res.cookie(`sid`, v); });", (site: CookieSite) => site.editor.rename('__Host-sid'), "app.get('/', (req, res) => { res.cookie('__Host-sid', v); });"],
    ["const NAME = 'sid';\napp.get('/', (req, res) => { res.cookie(NAME, v); });", (site: CookieSite) => site.editor.rename('__Host-sid'), null],
    ["import session from 'express-session';\napp.use(session());", (site: CookieSite) => site.editor.rename('__Host-sid'), "import session from 'express-session';\napp.use(session({ name: '__Host-sid' }));"],
    ["import session from 'express-session';\napp.use(session({ secret }));", (site: CookieSite) => site.editor.rename('__Host-sid'), "import session from 'express-session';\napp.use(session({ secret, name: '__Host-sid' }));"],
    ["import session from 'express-session';\napp.use(session(opts));", (site: CookieSite) => site.editor.rename('__Host-sid'), null],
    ["import session from 'express-session';\napp.use(session({ name: NAME }));", (site: CookieSite) => site.editor.rename('__Host-sid'), null],
    ["import { createCookieSessionStorage } from 'react-router';\ncreateCookieSessionStorage({ cookie: { secrets } });", (site: CookieSite) => site.editor.rename('__Host-s'), "import { createCookieSessionStorage } from 'react-router';\ncreateCookieSessionStorage({ cookie: { secrets, name: '__Host-s' } });"],
    ["import { createCookieSessionStorage } from 'react-router';\ncreateCookieSessionStorage({});", (site: CookieSite) => site.editor.rename('__Host-s'), "import { createCookieSessionStorage } from 'react-router';\ncreateCookieSessionStorage({ cookie: { name: '__Host-s' } });"],
    ["import { createCookieSessionStorage } from 'react-router';\ncreateCookieSessionStorage({ cookie: make() });", (site: CookieSite) => site.editor.rename('__Host-s'), null],
    ["import { createCookieSessionStorage } from 'react-router';\ncreateCookieSessionStorage({ ...base });", (site: CookieSite) => site.editor.rename('__Host-s'), null],
    ["import { getIronSession } from 'iron-session';\ngetIronSession(req, res);", (site: CookieSite) => site.editor.rename('__Host-s'), null],
    ["import { cookies } from 'next/headers';\ncookies().set({ name: 'sid', value: v });", (site: CookieSite) => site.editor.rename('__Host-sid'), "import { cookies } from 'next/headers';\ncookies().set({ name: '__Host-sid', value: v });"],
    // a missing configuration is added only where it is the next argument
    ["import { createCookie } from 'react-router';\ncreateCookie();", (site: CookieSite) => site.editor.set('secure', true), null],
    ["import { getIronSession } from 'iron-session';\ngetIronSession();", (site: CookieSite) => site.editor.set('secure', true), null],
    ["import session from 'koa-session';\napp.use(session());", (site: CookieSite) => site.editor.set('secure', true), null],
    ["import { setCookie } from 'hono/cookie';\nsetCookie(c, 'sid', v, undefined);", (site: CookieSite) => site.editor.set('secure', true), null],
    ["import fastifySession from '@fastify/session';\napp.register(fastifySession);", (site: CookieSite) => site.editor.set('sameSite', 'lax'), "import fastifySession from '@fastify/session';\napp.register(fastifySession, { cookie: { sameSite: 'lax' } });"],
    ["server.register({ plugin: require('@hapi/yar') });", (site: CookieSite) => site.editor.set('sameSite', 'strict'), null],
    ["app.get('/', (h) => h.state('sid', v));", (site: CookieSite) => site.editor.set('sameSite', 'strict'), "app.get('/', (h) => h.state('sid', v, { isSameSite: 'Strict' }));"],
  ] as const)('%s', ([code, change, expected]) => {
    expect(edit(code, change)).toBe(expected);
  });
});

describe('editing a Set-Cookie string', () => {
  const header = (value: string) => `app.get('/', (req, res) => { res.setHeader('Set-Cookie', ${value}); });`;
  it.for([
    [header("'sid=a; SameSite=None'"), (site: CookieSite) => site.editor.set('sameSite', 'lax'), header("'sid=a; SameSite=Lax'")],
    [header("'sid=a; SameSite=' + mode"), (site: CookieSite) => site.editor.set('sameSite', 'lax'), null],
    [header("'sid=a; Secure'"), (site: CookieSite) => site.editor.set('secure', true), null],
    [header("'sid=a; Path=/app'"), (site: CookieSite) => site.editor.set('path', '/'), header("'sid=a; Path=/'")],
    [header("'sid=a; Domain=x.io; Secure'"), (site: CookieSite) => site.editor.remove('domain'), header("'sid=a; Secure'")],
    [header("'sid=a; Secure'"), (site: CookieSite) => site.editor.remove('domain'), null],
    [header("'sid=a'"), (site: CookieSite) => site.editor.rename('__Host-sid'), null],
    [header('PREFIX + value'), (site: CookieSite) => site.editor.set('secure', true), header("PREFIX + value + '; Secure'")],
    [header('`${PREFIX}`'), (site: CookieSite) => site.editor.set('secure', true), header('`${PREFIX}; Secure`')],
  ] as const)('%s', ([code, change, expected]) => {
    expect(edit(`const PREFIX = 'sid=';\n${code}`, change)).toBe(expected === null ? null : `const PREFIX = 'sid=';\n${expected}`);
  });

  it('leaves a string it cannot edit in place alone', () => {
    expect(edit("const A = 'sid=a';\nres.setHeader('Set-Cookie', A + B);\nfunction f() {}", (site) => site.editor.set('secure', true))).toBe(
      "const A = 'sid=a';\nres.setHeader('Set-Cookie', A + B + '; Secure');\nfunction f() {}",
    );
  });
});
