import { describe, expect, it } from 'vitest';
import { getModuleRefs, type ModuleRef } from '../../lib/file/modules.ts';
import { analyze, analyzeChecks, checkedNodes, walk, type AnalyzeOptions } from '../helpers/analyze.ts';

function refs(code: string, options?: AnalyzeOptions): (ModuleRef | undefined)[] {
  return analyzeChecks(code, (node, sourceCode) => getModuleRefs(sourceCode).resolve(node), options);
}

function imported(code: string, options?: AnalyzeOptions): string[] {
  return analyze(code, ({ sourceCode }) => [...getModuleRefs(sourceCode).imported].sort(), options);
}

const ref = (module: string, ...path: string[]): ModuleRef => ({ module, path });
const ts: AnalyzeOptions = { parser: 'ts' };
const commonjs: AnalyzeOptions = { sourceType: 'commonjs' };

describe('ES imports', () => {
  it('resolves default, named, aliased and namespace imports', () => {
    expect(
      refs(`
        import session, { Store, Store as S, default as dflt } from 'express-session';
        import * as cookie from 'cookie';
        import { 'string-name' as stringName } from 'odd';
        check(session); check(Store); check(S); check(dflt);
        check(cookie); check(cookie.serialize); check(cookie.default); check(cookie.default.serialize); check(cookie['parse']);
        check(stringName);
      `),
    ).toStrictEqual([
      ref('express-session'),
      ref('express-session', 'Store'),
      ref('express-session', 'Store'),
      ref('express-session', 'default'),
      ref('cookie'),
      ref('cookie', 'serialize'),
      ref('cookie', 'default'),
      ref('cookie', 'default', 'serialize'),
      ref('cookie', 'parse'),
      ref('odd', 'string-name'),
    ]);
  });

  it('keeps subpath and scoped specifiers as written', () => {
    expect(refs(`import { setCookie } from 'hono/cookie'; import { cookies } from 'next/headers'; import fc from '@fastify/cookie'; check(setCookie); check(cookies); check(fc);`)).toStrictEqual([
      ref('hono/cookie', 'setCookie'),
      ref('next/headers', 'cookies'),
      ref('@fastify/cookie'),
    ]);
  });

  it('ignores type-only imports', () => {
    expect(refs(`import type T from 'a'; import { type U, V } from 'b'; check(T); check(U); check(V);`, ts)).toStrictEqual([
      undefined,
      undefined,
      ref('b', 'V'),
    ]);
  });

  it('resolves member chains through computed keys it knows', () => {
    expect(refs(`import jwt from 'jsonwebtoken'; const SIGN = 'sign'; check(jwt[SIGN]); check(jwt[name]);`)).toStrictEqual([
      ref('jsonwebtoken', 'sign'),
      undefined,
    ]);
  });

  it('sees through TS wrappers and optional chains', () => {
    expect(refs(`import session from 'express-session'; check(session as any); check(session!); check(<any>session); check(session?.Store);`, ts)).toStrictEqual([
      ref('express-session'),
      ref('express-session'),
      ref('express-session'),
      ref('express-session', 'Store'),
    ]);
  });
});

describe('TypeScript import = require', () => {
  it('resolves import x = require() and namespace aliases', () => {
    expect(refs(`import cookie = require('cookie'); import serialize = cookie.serialize; import deep = cookie.a.b; check(cookie); check(serialize); check(deep);`, ts)).toStrictEqual([
      ref('cookie'),
      ref('cookie', 'serialize'),
      ref('cookie', 'a', 'b'),
    ]);
  });

  it('ignores type-only import equals and aliases of non-modules', () => {
    expect(refs(`import type T = require('t'); namespace N { export const x = 1; } import local = N.x; check(T); check(local);`, ts)).toStrictEqual([undefined, undefined]);
  });
});

describe('require', () => {
  const code = `
    const session = require('express-session');
    const { serialize, parse: p, nested: { deep } } = require('cookie');
    const sign = require('jsonwebtoken').sign;
    const NAME = 'helmet';
    check(session); check(serialize); check(p); check(deep); check(sign); check(require(NAME)); check(require('x')['y']);
  `;
  const expected = [
    ref('express-session'),
    ref('cookie', 'serialize'),
    ref('cookie', 'parse'),
    ref('cookie', 'nested', 'deep'),
    ref('jsonwebtoken', 'sign'),
    ref('helmet'),
    ref('x', 'y'),
  ];

  it('works in ES modules, where require is an unresolved reference', () => {
    expect(refs(code)).toStrictEqual(expected);
  });

  it('works in commonjs, where require is a declared global', () => {
    expect(refs(code, commonjs)).toStrictEqual(expected);
  });

  it('works with require declared through globals, and in TypeScript files', () => {
    expect(refs(code, { sourceType: 'script', globals: { require: 'readonly' } })).toStrictEqual(expected);
    expect(refs(code, ts)).toStrictEqual(expected);
  });

  it('resolves an inline require as a callee', () => {
    expect(
      analyze(`app.use(require('express-session')({ secret: 's' }));`, ({ sourceCode, ast }) => {
        const statement = ast.body[0] as { expression: { arguments: { callee: Parameters<ReturnType<typeof getModuleRefs>['resolve']>[0] }[] } };
        return getModuleRefs(sourceCode).resolve(statement.expression.arguments[0]!.callee);
      }),
    ).toStrictEqual(ref('express-session'));
  });

  it('ignores require calls it cannot read', () => {
    expect(refs(`check(require(name)); check(require()); check(require(1)); check(require.resolve('x')); check(require);`)).toStrictEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('follows a require made by createRequire from module', () => {
    expect(
      refs(`
        import { createRequire } from 'node:module';
        import { createRequire as fake } from 'not-module';
        const require = createRequire(import.meta.url);
        const other = fake(import.meta.url);
        check(require('cookie')); check(other('cookie'));
      `),
    ).toStrictEqual([ref('cookie'), undefined]);
  });
});

describe('aliases and re-assignment', () => {
  it('follows const aliases and destructuring of module refs', () => {
    expect(refs(`import cookie from 'cookie'; const c = cookie; const { serialize } = c; const s = serialize; check(c); check(s);`)).toStrictEqual([
      ref('cookie'),
      ref('cookie', 'serialize'),
    ]);
  });

  it('follows let assigned later, once or always to the same thing', () => {
    expect(
      refs(`
        import session from 'express-session';
        import other from 'other';
        let a; a = session; check(a);
        let b = session; b = session; check(b);
        let c = session; c = other; check(c);
        let d = session; d = 1; check(d);
        let e = session; e += 1; check(e);
        let f; check(f);
        let g = session.Store; g = session.Store; check(g);
        let h = session.Store; h = session.Cookie; check(h);
        let i = session.Store; i = other.Store; check(i);
        let j = session.Store; j = session; check(j);
      `),
    ).toStrictEqual([
      ref('express-session'),
      ref('express-session'),
      undefined,
      undefined,
      undefined,
      undefined,
      ref('express-session', 'Store'),
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('resolves await import() in a const', () => {
    expect(
      refs(`
        const mod = await import('cookie');
        const { serialize } = await import('cookie');
        check(mod); check(serialize); check((await import('jose')).default); check(import('x')); check(await other);
      `),
    ).toStrictEqual([ref('cookie'), ref('cookie', 'serialize'), ref('jose', 'default'), undefined, undefined]);
  });

  it('gives nothing for import() with an unknown specifier, or calls of other functions', () => {
    expect(refs(`const m = await import(name); check(m); check(load('cookie')); check(Object); check(Object.assign);`)).toStrictEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('gives nothing for cycles', () => {
    expect(refs(`const a = b; const b = a; check(a); let c = d; let d = c; check(d);`)).toStrictEqual([undefined, undefined]);
  });
});

describe('shadowing', () => {
  it('does not match a parameter or local that shadows an import', () => {
    expect(
      refs(`
        import session from 'express-session';
        function mount(session) { check(session); }
        { const session = 1; check(session); }
        const handler = ({ session }) => check(session);
        check(session);
      `),
    ).toStrictEqual([undefined, undefined, undefined, ref('express-session')]);
  });

  it('does not match a locally declared require', () => {
    const code = `
      function require(name) { return name; }
      check(require('cookie'));
    `;
    expect(refs(code)).toStrictEqual([undefined]);
    expect(refs(code, commonjs)).toStrictEqual([undefined]);
    expect(refs(`function f(require) { check(require('cookie')); } const require2 = require; check(require2('cookie'));`, commonjs)).toStrictEqual([
      undefined,
      undefined,
    ]);
    expect(refs(`var require = myLoader; check(require('cookie'));`, { sourceType: 'script' })).toStrictEqual([undefined]);
  });

  it('does not resolve parameters, functions, classes, globals or catch variables', () => {
    expect(
      refs(`
        function fn() {} class K {}
        try {} catch (error) { check(error); }
        check(fn); check(K); check(process); check(window.cookie);
      `),
    ).toStrictEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('names that are not references', () => {
  /** For each identifier spelled `session`: its parent's type and whether it resolved. */
  function namesResolved(code: string, options?: AnalyzeOptions): [string, boolean][] {
    return analyze(
      code,
      ({ sourceCode, ast }) => {
        const modules = getModuleRefs(sourceCode);
        return [...walk(ast, sourceCode.visitorKeys)]
          .filter((node) => node.type === 'Identifier' && node.name === 'session')
          .map((node) => [node.parent!.type, modules.resolve(node) !== undefined] as [string, boolean]);
      },
      options,
    );
  }

  it('never resolves property names, keys, labels or specifier names that share an import’s name', () => {
    expect(
      namesResolved(`
        import session from 'express-session';
        import { session as s2 } from 'other';
        const o = { session: 1, session };
        o.session; o[session];
        class A { session() {} static session = 1; }
        session: for (;;) { if (x) continue session; break session; }
        export { session as session };
      `),
    ).toStrictEqual([
      ['ImportDefaultSpecifier', true],
      ['ImportSpecifier', false],
      ['Property', false],
      ['Property', false],
      ['Property', true],
      ['MemberExpression', false],
      ['MemberExpression', true],
      ['MethodDefinition', false],
      ['PropertyDefinition', false],
      ['LabeledStatement', false],
      ['ContinueStatement', false],
      ['BreakStatement', false],
      ['ExportSpecifier', true],
      ['ExportSpecifier', false],
    ]);
  });

  it('never resolves TypeScript member names', () => {
    expect(
      namesResolved(
        `
        import session from 'express-session';
        interface I { session: string }
        abstract class B { abstract session: number; accessor session = 1; }
        let t: typeof session.session;
        export { x as session };
      `,
        ts,
      ),
    ).toStrictEqual([
      ['ImportDefaultSpecifier', true],
      ['TSPropertySignature', false],
      ['TSAbstractPropertyDefinition', false],
      ['AccessorProperty', false],
      ['TSQualifiedName', true],
      ['TSQualifiedName', false],
      ['ExportSpecifier', false],
    ]);
  });

  it('is false for the global check on a property named require', () => {
    expect(refs(`check(loader.require('cookie')); check({ require }.require('x'));`)).toStrictEqual([undefined, undefined]);
  });
});

describe('is()', () => {
  it('drops a leading default, matches node: either way, and compares paths exactly', () => {
    const results = analyze(
      `
      import session from 'express-session';
      import * as ns from 'express-session';
      import { randomBytes } from 'node:crypto';
      import fs from 'fs';
      check(session); check(ns.default); check(randomBytes); check(fs.readFile); check(ns.default.Store); check(unknownThing);
    `,
      (context) => {
        const modules = getModuleRefs(context.sourceCode);
        const [session, nsDefault, randomBytes, readFile, store, unknownThing] = checkedNodes(context) as [never, never, never, never, never, never];
        return [
          modules.is(session, 'express-session'),
          modules.is(nsDefault, 'express-session'),
          modules.is(session, 'express-session', 'default'),
          modules.is(session, ['cookie-session', 'express-session']),
          modules.is(session, 'cookie-session'),
          modules.is(session, 'express-session', 'Store'),
          modules.is(randomBytes, 'crypto', 'randomBytes'),
          modules.is(randomBytes, 'node:crypto', 'randomBytes'),
          modules.is(readFile, 'node:fs', 'readFile'),
          modules.is(readFile, 'fs', 'readFileSync'),
          modules.is(store, 'express-session', 'Store'),
          modules.is(store, 'express-session'),
          modules.is(unknownThing, 'express-session'),
        ];
      },
    );
    expect(results).toStrictEqual([true, true, true, true, false, false, true, true, true, false, true, false, false]);
  });
});

describe('imported', () => {
  it('lists imports, re-exports, requires, dynamic imports and import-equals', () => {
    expect(
      imported(
        `
        import a from 'a';
        import 'side-effect';
        export { b } from 'b';
        export * from 'c';
        export const local = 1;
        import crypto = require('node:crypto');
        const d = require('d');
        async function f() { await import('e'); const name = 'f'; import(name); import(dynamicName); }
        const meta = import.meta.url;
      `,
        ts,
      ),
    ).toStrictEqual(['a', 'b', 'c', 'crypto', 'd', 'e', 'f', 'node:crypto', 'side-effect']);
  });

  it('finds require in commonjs and ignores a local require', () => {
    expect(imported(`const x = require('x'); require('y')();`, commonjs)).toStrictEqual(['x', 'y']);
    expect(imported(`function require() {} require('x'); const y = require; y('z'); foo(require);`)).toStrictEqual([]);
    expect(imported(`var require = loader; require('x');`, { sourceType: 'script' })).toStrictEqual([]);
    expect(imported(`foo(require); require.resolve('x'); require('y');`)).toStrictEqual(['y']);
  });

  it('finds the requires of a require made by createRequire, and nothing from other calls', () => {
    expect(
      imported(`import { createRequire } from 'node:module';
const load = createRequire(import.meta.url);
const jwt = load('jsonwebtoken');
const other = make('x'); other('y');`),
    ).toStrictEqual(['jsonwebtoken', 'module', 'node:module']);
    expect(imported(`const load = createRequire(import.meta.url); load('jsonwebtoken');`)).toStrictEqual([]);
  });

  it('reports whether any of a set of modules is imported', () => {
    const modules = new Set(['jose', 'jsonwebtoken']);
    expect(analyze(`import { jwtVerify } from 'jose';`, ({ sourceCode }) => getModuleRefs(sourceCode).importsAny(modules))).toBe(true);
    expect(analyze(`import { v4 } from 'uuid'; require('jose-like');`, ({ sourceCode }) => getModuleRefs(sourceCode).importsAny(modules))).toBe(false);
  });

  it('finds import() with a comment or a line break before its parenthesis', () => {
    expect(imported(`const a = import /* lazy */ ('a'); const b = import\n('b');`)).toStrictEqual(['a', 'b']);
  });

  it('ignores type-level import() in TypeScript', () => {
    expect(imported(`type T = import('types-only').X; const x = import('runtime');`, ts)).toStrictEqual(['runtime']);
  });
});

describe('caching', () => {
  it('computes once per file and returns the same results', () => {
    const same = analyze(`import s from 's'; check(s);`, (context) => {
      const first = getModuleRefs(context.sourceCode);
      const [node] = checkedNodes(context);
      const program = context.ast;
      return [
        first === getModuleRefs(context.sourceCode),
        first.resolve(node!) === first.resolve(node!),
        first.imported === first.imported,
        first.resolve(program) === undefined && first.resolve(program) === undefined,
      ];
    });
    expect(same).toStrictEqual([true, true, true, true]);
  });

  it('keeps files apart', () => {
    const first = analyze(`import s from 'one';`, ({ sourceCode }) => getModuleRefs(sourceCode));
    const second = analyze(`import s from 'two';`, ({ sourceCode }) => getModuleRefs(sourceCode));
    expect(first).not.toBe(second);
    expect([...first.imported]).toStrictEqual(['one']);
    expect([...second.imported]).toStrictEqual(['two']);
  });
});
