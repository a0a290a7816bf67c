import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { known, objectShape, type ObjectShape, type Static, UNKNOWN } from '../../lib/values/index.ts';
import { analyze, analyzeCheck, analyzeChecks, checkedNodes, type AnalyzeOptions } from '../helpers/analyze.ts';

interface EntrySummary {
  value: Static;
  node: string;
  inherited: boolean;
  overridable?: true;
}

interface ShapeSummary {
  complete: boolean;
  /** Source text of the object literal the shape points at. */
  node: string;
  entries: Record<string, EntrySummary>;
}

/** The shape of the `check(...)` argument, as plain data: each entry's value and the text of its node. */
function shapeOf(code: string, options?: AnalyzeOptions): ShapeSummary | undefined {
  return analyzeCheck(code, (node, sourceCode) => summarise(objectShape(node, sourceCode), sourceCode.getText.bind(sourceCode)), options);
}

function shapesOf(code: string, options?: AnalyzeOptions): (ShapeSummary | undefined)[] {
  return analyzeChecks(code, (node, sourceCode) => summarise(objectShape(node, sourceCode), sourceCode.getText.bind(sourceCode)), options);
}

function summarise(shape: ObjectShape | undefined, text: (node: TSESTree.Node) => string): ShapeSummary | undefined {
  if (!shape) return undefined;
  const entries: Record<string, EntrySummary> = {};
  for (const key of shape.keys()) {
    const entry = shape.get(key)!;
    expect(entry.key).toBe(key);
    entries[key] = { value: entry.value, node: text(entry.node), inherited: entry.inherited, ...(entry.overridable ? { overridable: true as const } : {}) };
  }
  return { complete: shape.complete, node: text(shape.node!), entries };
}

const own = (value: Static, node: string): EntrySummary => ({ value, node, inherited: false });
const inherited = (value: Static, node: string): EntrySummary => ({ value, node, inherited: true });

describe('object literals', () => {
  it('lists properties with their nodes and values', () => {
    expect(shapeOf(`check({ name: 'sid', secure: true, maxAge: 60 * 1000, domain: process.env.D })`)).toStrictEqual({
      complete: true,
      node: `{ name: 'sid', secure: true, maxAge: 60 * 1000, domain: process.env.D }`,
      entries: {
        name: own(known('sid'), `name: 'sid'`),
        secure: own(known(true), 'secure: true'),
        maxAge: own(known(60000), 'maxAge: 60 * 1000'),
        domain: own(UNKNOWN, 'domain: process.env.D'),
      },
    });
  });

  it('keeps the last of duplicate keys, at the first key’s position', () => {
    expect(shapeOf(`check({ secure: false, a: 1, secure: true })`)?.entries).toStrictEqual({
      secure: own(known(true), 'secure: true'),
      a: own(known(1), 'a: 1'),
    });
  });

  it('resolves computed keys it knows and marks the rest incomplete', () => {
    expect(shapeOf(`const K = 'secure'; check({ [K]: true, ['http' + 'Only']: true, [1]: 'one', 2n: 'two' })`)?.entries).toStrictEqual({
      secure: own(known(true), '[K]: true'),
      httpOnly: own(known(true), `['http' + 'Only']: true`),
      1: own(known('one'), `[1]: 'one'`),
      2: own(known('two'), `2n: 'two'`),
    });
    expect(shapeOf(`check({ secure: true, [k]: false, httpOnly: true })`)).toStrictEqual({
      complete: false,
      node: '{ secure: true, [k]: false, httpOnly: true }',
      entries: {
        secure: { ...own(UNKNOWN, 'secure: true'), overridable: true },
        httpOnly: own(known(true), 'httpOnly: true'),
      },
    });
  });

  it('treats getters, setters and methods as keys with unknown values and no shape', () => {
    const result = analyzeCheck(`check({ get a() { return {}; }, set b(v) {}, c() {}, d: function () {} })`, (node, sourceCode) => {
      const shape = objectShape(node, sourceCode)!;
      return [...shape.keys()].map((key) => [key, shape.get(key)!.value, shape.get(key)!.shape()]);
    });
    expect(result).toStrictEqual([
      ['a', UNKNOWN, undefined],
      ['b', UNKNOWN, undefined],
      ['c', UNKNOWN, undefined],
      ['d', UNKNOWN, undefined],
    ]);
  });

  it('marks a __proto__ property incomplete without listing it', () => {
    expect(shapeOf(`check({ __proto__: base, a: 1 })`)).toStrictEqual({ complete: false, node: '{ __proto__: base, a: 1 }', entries: { a: own(known(1), 'a: 1') } });
  });

  it('is undefined for anything that is not known to be an object', () => {
    expect(shapesOf(`const s = 'x'; check(s); check([1]); check(f()); check(param); check(new Foo()); check(a ? {} : {}); check(x.y);`)).toStrictEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(analyze('x', ({ sourceCode }) => [objectShape(null, sourceCode), objectShape(undefined, sourceCode)])).toStrictEqual([undefined, undefined]);
  });
});

describe('identifiers', () => {
  it('follows consts declared anywhere in scope to their object literal', () => {
    expect(shapeOf(`function mount() { session(check(options)); } const options = { secret: 's' };`)).toStrictEqual({
      complete: true,
      node: `{ secret: 's' }`,
      entries: { secret: own(known('s'), `secret: 's'`) },
    });
  });

  it('follows let/var only when never reassigned', () => {
    expect(shapesOf(`let a = { x: 1 }; check(a); let b = { x: 1 }; b = { x: 2 }; check(b); var c; c = { x: 3 }; check(c);`)).toStrictEqual([
      { complete: true, node: '{ x: 1 }', entries: { x: own(known(1), 'x: 1') } },
      undefined,
      { complete: true, node: '{ x: 3 }', entries: { x: own(known(3), 'x: 3') } },
    ]);
  });

  it('follows aliases, destructuring and member access into nested objects', () => {
    expect(
      shapesOf(`
        const CONFIG = { session: { cookie: { secure: true } } };
        const alias = CONFIG;
        const { session: { cookie } } = CONFIG;
        const { missing = { fallback: true } } = CONFIG;
        check(alias.session.cookie); check(cookie); check(CONFIG['session']); check(missing); check(CONFIG.nope);
      `).map((shape) => shape?.node),
    ).toStrictEqual(['{ secure: true }', '{ secure: true }', '{ cookie: { secure: true } }', '{ fallback: true }', undefined]);
  });

  it('does not read a property name as the variable it spells', () => {
    expect(
      analyze(`const opts = { a: 1 }; x.opts;`, ({ sourceCode, ast }) => {
        const member = (ast.body[1] as { expression: { property: Parameters<typeof objectShape>[0] } }).expression.property;
        return objectShape(member, sourceCode);
      }),
    ).toBeUndefined();
  });

  it('follows optional chains, sequences and assignments', () => {
    expect(
      shapesOf(`
        const CONFIG = { cookie: { secure: true } };
        let o;
        check(CONFIG?.cookie); check((0, { a: 1 })); check(o = { b: 2 }); check(o += 1); check(CONFIG[k]);
      `).map((shape) => shape?.node),
    ).toStrictEqual(['{ secure: true }', '{ a: 1 }', '{ b: 2 }', undefined, undefined]);
  });

  it('sees through TS wrappers and parentheses', () => {
    expect(
      shapesOf(
        `
        interface O { secure?: boolean }
        const a = { secure: true } as O; const b = ({ secure: true }) satisfies O; const c = <O>{ secure: true };
        const d = { secure: true } as const;
        check(a); check(b); check(c); check(d); check(a!); check((a as any) as O);
      `,
        { parser: 'ts' },
      ).map((shape) => shape?.entries['secure']?.value),
    ).toStrictEqual([known(true), known(true), known(true), known(true), known(true), known(true)]);
  });
});

describe('spreads and Object.assign', () => {
  it('copies the keys of known spreads as inherited entries', () => {
    expect(shapeOf(`const defaults = { secure: true, httpOnly: false }; check({ ...defaults, httpOnly: true, ...{ path: '/' } })`)).toStrictEqual({
      complete: true,
      node: `{ ...defaults, httpOnly: true, ...{ path: '/' } }`,
      entries: {
        secure: inherited(known(true), 'secure: true'),
        httpOnly: own(known(true), 'httpOnly: true'),
        path: inherited(known('/'), `path: '/'`),
      },
    });
  });

  it('lets an unknown spread override what came before but not what comes after', () => {
    expect(shapeOf(`check({ secure: false, ...overrides, httpOnly: true })`)).toStrictEqual({
      complete: false,
      node: '{ secure: false, ...overrides, httpOnly: true }',
      entries: { secure: { ...own(UNKNOWN, 'secure: false'), overridable: true }, httpOnly: own(known(true), 'httpOnly: true') },
    });
  });

  it('carries an incomplete spread source', () => {
    expect(shapeOf(`const partial = { ...x, a: 1 }; check({ b: 2, ...partial })`)).toStrictEqual({
      complete: false,
      node: '{ b: 2, ...partial }',
      entries: { b: { ...own(UNKNOWN, 'b: 2'), overridable: true }, a: inherited(known(1), 'a: 1') },
    });
  });

  it('spreads nothing from null, undefined, booleans, numbers and the empty string', () => {
    expect(shapeOf(`check({ a: 1, ...null, ...undefined, ...false, ...0, ...'' })`)).toStrictEqual({
      complete: true,
      node: `{ a: 1, ...null, ...undefined, ...false, ...0, ...'' }`,
      entries: { a: own(known(1), 'a: 1') },
    });
    expect(shapeOf(`check({ ...'ab' })`)?.complete).toBe(false);
  });

  it('treats conditional spreads as keys that may or may not be set', () => {
    expect(
      shapesOf(`
        check({ secure: false, ...(c && { secure: true }) });
        check({ ...(c ? { secure: true } : { secure: true }) });
        check({ ...(c ? { secure: true } : { httpOnly: true }) });
        check({ ...(true && { a: 1 }) });
        check({ ...(0 && { a: 1 }) });
        check({ ...(x || { a: 1 }) });
        check({ ...(false || { a: 1 }) });
        check({ ...({ a: 1 } || x) });
        check({ ...(null ?? { a: 1 }) });
        check({ ...({ a: 2 } ?? x) });
        check({ ...(x ?? { a: 1 }) });
        check({ ...(1 ? { a: 1 } : x) });
        check({ ...(c ? { a: 1 } : x) });
        check({ ...(0 ? x : { a: 1 }) });
        check({ ...({ a: x } ?? y) });
      `).map((shape) => shape && { complete: shape.complete, values: Object.fromEntries(Object.entries(shape.entries).map(([key, entry]) => [key, entry.value])) }),
    ).toStrictEqual([
      { complete: true, values: { secure: UNKNOWN } },
      { complete: true, values: { secure: known(true) } },
      { complete: true, values: { secure: UNKNOWN, httpOnly: UNKNOWN } },
      { complete: true, values: { a: known(1) } },
      { complete: true, values: {} },
      { complete: false, values: {} },
      { complete: true, values: { a: known(1) } },
      { complete: true, values: { a: known(1) } },
      { complete: true, values: { a: known(1) } },
      { complete: true, values: { a: known(2) } },
      { complete: false, values: {} },
      { complete: true, values: { a: known(1) } },
      { complete: false, values: { a: UNKNOWN } },
      { complete: true, values: { a: known(1) } },
      { complete: true, values: { a: UNKNOWN } },
    ]);
  });

  it('reads the production branch of a spread whose condition names the environment', () => {
    expect(
      shapesOf(`
        check({ secure: false, ...(isProd && { secure: true }) });
        check({ ...(isProduction ? { secure: true } : { httpOnly: true }) });
        check({ ...(process.env.NODE_ENV !== 'production' ? { secure: false } : { secure: true }) });
        check({ secure: true, ...(env.isDevelopment && { secure: false }) });
      `).map((shape) => shape && { complete: shape.complete, values: Object.fromEntries(Object.entries(shape.entries).map(([key, entry]) => [key, entry.value])) }),
    ).toStrictEqual([
      { complete: true, values: { secure: known(true) } },
      { complete: true, values: { secure: known(true) } },
      { complete: true, values: { secure: known(true) } },
      { complete: true, values: { secure: known(true) } },
    ]);
  });

  it('gives Object.assign results the target literal and the sources’ keys', () => {
    expect(shapeOf(`const defaults = { secure: false }; check(Object.assign({}, defaults, { secure: true, path: '/' }))`)).toStrictEqual({
      complete: true,
      node: '{}',
      entries: { secure: inherited(known(true), 'secure: true'), path: inherited(known('/'), `path: '/'`) },
    });
  });

  it('applies later Object.assign(opts, …) calls to the variable', () => {
    expect(shapeOf(`const opts = { secure: false }; Object.assign(opts, { secure: true }); check(opts);`)?.entries).toStrictEqual({
      secure: inherited(known(true), 'secure: true'),
    });
    expect(shapeOf(`const opts = { a: 1 }; const merged = Object.assign(opts, { b: 2 }); opts.a = 3; check(merged);`)?.entries).toStrictEqual({
      a: own(known(3), 'opts.a = 3'),
      b: inherited(known(2), 'b: 2'),
    });
    expect(shapeOf(`const opts = { a: 1 }; Object.assign(opts, unknown); check(opts);`)).toStrictEqual({
      complete: false,
      node: '{ a: 1 }',
      entries: { a: { ...own(UNKNOWN, 'a: 1'), overridable: true } },
    });
  });

  it('treats Object.assign inside a branch as conditional', () => {
    expect(shapeOf(`const opts = { secure: false }; if (prod) Object.assign(opts, { secure: true, path: '/' }); check(opts);`)?.entries).toStrictEqual({
      secure: inherited(UNKNOWN, 'secure: true'),
      path: inherited(UNKNOWN, `path: '/'`),
    });
  });

  it('ignores Object.assign and Object.freeze from a shadowed Object, and calls with spread arguments', () => {
    expect(shapesOf(`function f(Object) { check(Object.assign({}, { a: 1 })); } check(Object.assign(...parts)); check(Object.freeze({ a: 1 }).a);`)).toStrictEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(shapeOf(`check(Object.freeze({ a: 1 }))`)?.entries).toStrictEqual({ a: own(known(1), 'a: 1') });
    expect(shapeOf(`check(Object['assign']({ a: 1 }, { b: 2 }))`)?.node).toBe('{ a: 1 }');
    expect(shapeOf(`check(Object[method]({ a: 1 }, { b: 2 }))`)).toBeUndefined();
  });
});

describe('later writes', () => {
  it('applies property writes after the declaration, in order', () => {
    expect(
      shapeOf(`
        const opts = { secure: false, path: '/' };
        opts.secure = true;
        opts['httpOnly'] = true;
        opts.sameSite = 'lax';
        opts.sameSite = 'strict';
        check(opts);
      `)?.entries,
    ).toStrictEqual({
      secure: own(known(true), 'opts.secure = true'),
      path: own(known('/'), `path: '/'`),
      httpOnly: own(known(true), `opts['httpOnly'] = true`),
      sameSite: own(known('strict'), `opts.sameSite = 'strict'`),
    });
  });

  it('applies nested writes to nested objects', () => {
    const result = analyzeCheck(
      `const cookie = { httpOnly: true }; const opts = { cookie, other: { a: 1 } }; opts.cookie.secure = true; opts.other['b'] = 2; check(opts);`,
      (node, sourceCode) => {
        const shape = objectShape(node, sourceCode)!;
        const nested = shape.get('cookie')!.shape()!;
        return {
          cookieKeys: [...nested.keys()],
          secure: nested.get('secure')!.value,
          cookieValue: shape.get('cookie')!.value,
          otherValue: shape.get('other')!.value,
          nestedNode: sourceCode.getText(nested.node),
        };
      },
    );
    expect(result).toStrictEqual({
      cookieKeys: ['httpOnly', 'secure'],
      secure: known(true),
      cookieValue: known({ httpOnly: true, secure: true }),
      otherValue: known({ a: 1, b: 2 }),
      nestedNode: '{ httpOnly: true }',
    });
  });

  it('handles the express-session README pattern: a write only in production', () => {
    expect(
      analyzeCheck(
        `
        var sess = { secret: 'keyboard cat', cookie: {} };
        if (app.get('env') === 'production') { app.set('trust proxy', 1); sess.cookie.secure = true; }
        app.use(session(check(sess)));
      `,
        (node, sourceCode) => {
          const cookie = objectShape(node, sourceCode)!.get('cookie')!.shape()!;
          return { complete: cookie.complete, keys: [...cookie.keys()], secure: cookie.get('secure')!.value };
        },
      ),
    ).toStrictEqual({ complete: true, keys: ['secure'], secure: UNKNOWN });
  });

  it('keeps a conditional write that agrees with the declared value', () => {
    expect(shapeOf(`const o = { secure: true }; if (x) { o.secure = true; } check(o);`)?.entries['secure']?.value).toStrictEqual(known(true));
    expect(shapeOf(`const o = { secure: true }; function later() { o.secure = false; } check(o);`)?.entries['secure']?.value).toBe(UNKNOWN);
  });

  it('treats writes in plain nested blocks and sequences as unconditional', () => {
    expect(shapeOf(`const o = {}; { o.a = 1; } (o.b = 2, o.c = 3); check(o);`)?.entries).toStrictEqual({
      a: own(known(1), 'o.a = 1'),
      b: own(known(2), 'o.b = 2'),
      c: own(known(3), 'o.c = 3'),
    });
  });

  it('treats a write outside the block of a var declaration as conditional', () => {
    expect(shapeOf(`if (x) { var o = { a: 1 }; } o.a = 2; check(o);`)?.entries['a']?.value).toBe(UNKNOWN);
  });

  it('ignores writes before the declaration', () => {
    expect(shapeOf(`function early() { opts.secure = false; } const opts = { secure: true }; check(opts);`)?.entries).toStrictEqual({
      secure: own(known(true), 'secure: true'),
    });
  });

  it('marks writes under unknown keys as making the shape incomplete', () => {
    expect(shapeOf(`const opts = { secure: true }; opts[key] = false; opts.httpOnly = true; check(opts);`)).toStrictEqual({
      complete: false,
      node: '{ secure: true }',
      entries: { secure: { ...own(UNKNOWN, 'secure: true'), overridable: true }, httpOnly: own(known(true), 'opts.httpOnly = true') },
    });
    expect(shapeOf(`const opts = { cookie: { a: 1 } }; opts.cookie[key] = 2; check(opts.cookie);`)?.complete).toBe(false);
    expect(shapeOf(`const opts = { cookie: { a: 1 } }; opts[key].a = 2; check(opts);`)?.complete).toBe(false);
    expect(shapeOf(`const opts = { cookie: { a: 1 } }; Object.assign(opts[key], {}); check(opts);`)?.complete).toBe(false);
  });

  it('deletes keys', () => {
    expect(shapeOf(`const o = { a: 1, b: 2 }; delete o.a; check(o);`)?.entries).toStrictEqual({ b: own(known(2), 'b: 2') });
    expect(shapeOf(`const o = { a: 1, b: 2 }; if (x) delete o.a; check(o);`)?.entries['a']).toStrictEqual(own(UNKNOWN, 'delete o.a'));
    expect(shapeOf(`const o = { a: undefined }; if (x) delete o.a; check(o);`)?.entries['a']?.value).toStrictEqual(known(undefined));
  });

  it('leaves compound, update and destructuring writes unknown', () => {
    expect(shapeOf(`const o = { n: 1, m: 1, p: 1, q: 1, r: 1, s: 1, t: 1, u: 1 };
        o.n += 1; o.m++; [o.p] = list; ({ x: o.q } = y); for (o.r of list); ({ x: o.s = 1 } = y); for (o.t in y); [...o.u] = list;
        check(o);`)?.entries).toStrictEqual({
      n: own(UNKNOWN, 'o.n += 1'),
      m: own(UNKNOWN, 'o.m++'),
      p: own(UNKNOWN, 'o.p'),
      q: own(UNKNOWN, 'o.q'),
      r: own(UNKNOWN, 'o.r'),
      s: own(UNKNOWN, 'o.s'),
      t: own(UNKNOWN, 'o.t'),
      u: own(UNKNOWN, 'o.u'),
    });
  });

  it('merges a conditional write into an incomplete object as unknown', () => {
    expect(shapeOf(`const o = { ...x }; if (c) o.a = 1; check(o);`)).toStrictEqual({
      complete: false,
      node: '{ ...x }',
      entries: { a: own(UNKNOWN, 'o.a = 1') },
    });
    expect(shapeOf(`const o = {}; if (c) o.toString = 1; check(o);`)?.entries['toString']?.value).toBe(UNKNOWN);
  });

  it('evaluates logical assignments against the current value', () => {
    expect(
      shapeOf(`
        const o = { set: 'kept', empty: '', truthy: 1 };
        o.set ??= 'replaced'; o.absent ??= 'added'; o.empty ||= 'filled'; o.truthy &&= 2; o.unknown = x; o.unknown ??= 1;
        check(o);
      `)?.entries,
    ).toStrictEqual({
      set: own(known('kept'), `set: 'kept'`),
      empty: own(known('filled'), `o.empty ||= 'filled'`),
      truthy: own(known(2), 'o.truthy &&= 2'),
      absent: own(known('added'), `o.absent ??= 'added'`),
      unknown: own(UNKNOWN, 'o.unknown ??= 1'),
    });
  });

  it('follows writes through TS wrappers', () => {
    expect(shapeOf(`const o: Record<string, unknown> = {}; (o as any).secure = true; o!.httpOnly = true; check(o);`, { parser: 'ts' })?.entries).toStrictEqual({
      secure: own(known(true), '(o as any).secure = true'),
      httpOnly: own(known(true), 'o!.httpOnly = true'),
    });
  });

  it('does not count reads, method calls or passing the object to a function', () => {
    expect(shapeOf(`const o = { a: 1 }; mutate(o); o.a; o.toString(); console.log(o.a); check(o);`)).toStrictEqual({
      complete: true,
      node: '{ a: 1 }',
      entries: { a: own(known(1), 'a: 1') },
    });
  });

  it('ignores nested writes to keys it does not know, and replaces nested objects on reassignment', () => {
    expect(
      analyzeCheck(`const o = { cookie: { a: 1 } }; o.missing.x = 1; o.cookie.b = 2; o.cookie = { c: 3 }; o.cookie.d = 4; check(o);`, (node, sourceCode) => {
        const shape = objectShape(node, sourceCode)!;
        return { keys: [...shape.keys()], cookie: shape.get('cookie')!.value };
      }),
    ).toStrictEqual({ keys: ['cookie'], cookie: known({ c: 3, d: 4 }) });
  });

  it('gives up on nested writes into a value it cannot follow', () => {
    expect(
      analyzeChecks(
        `
        const a = { cookie: x }; a.cookie.secure = true; check(a);
        const b = { cookie: {} }; if (y) b.cookie = {}; b.cookie.secure = true; check(b);
        const c = { n: 1 }; c.n.x = 1; check(c);
      `,
        (node, sourceCode) => {
          const shape = objectShape(node, sourceCode)!;
          const entry = shape.get([...shape.keys()][0]!)!;
          return [entry.value, entry.shape()];
        },
      ),
    ).toStrictEqual([
      [UNKNOWN, undefined],
      [UNKNOWN, undefined],
      [UNKNOWN, undefined],
    ]);
  });

  it('writes through an inherited entry reach the spread source’s nested object', () => {
    expect(
      analyzeCheck(`const base = { cookie: { a: 1 } }; const opts = { ...base }; opts.cookie.b = 2; check(opts);`, (node, sourceCode) => {
        const entry = objectShape(node, sourceCode)!.get('cookie')!;
        return { inherited: entry.inherited, value: entry.value, node: sourceCode.getText(entry.shape()!.node) };
      }),
    ).toStrictEqual({ inherited: true, value: known({ a: 1, b: 2 }), node: '{ a: 1 }' });
  });
});

describe('robustness', () => {
  it('survives cyclic spreads and self references', () => {
    expect(shapesOf(`const a = { ...b, x: 1 }; const b = { ...a }; check(a); check(b);`).map((shape) => shape?.complete)).toStrictEqual([false, false]);
    expect(
      analyzeCheck(`const o = { a: 1 }; o.self = o; check(o);`, (node, sourceCode) => {
        const shape = objectShape(node, sourceCode)!;
        return [shape.get('self')!.shape()!.get('a')!.value, shape.get('self')!.value];
      }),
    ).toStrictEqual([known(1), UNKNOWN]);
  });

  it('survives deeply nested conditional spreads', () => {
    const nested = Array.from({ length: 30 }, () => 'c ? { a: 1 } : (').join('') + '{ a: 1 }' + ')'.repeat(30);
    expect(shapeOf(`check({ ...(${nested}) })`)?.complete).toBe(false);
  });

  it('memoises: the same shape and the same entries every time', () => {
    const same = analyze(`const opts = { a: { b: 1 } }; check(opts);`, (context) => {
      const [node] = checkedNodes(context);
      const first = objectShape(node, context.sourceCode)!;
      const second = objectShape(node, context.sourceCode)!;
      return [first === second, first.get('a') === second.get('a'), first.get('a')!.shape() === first.get('a')!.shape(), first.get('a')!.value === first.get('a')!.value];
    });
    expect(same).toStrictEqual([true, true, true, true]);
  });

  it('returns keys that can be iterated more than once', () => {
    expect(
      analyzeCheck(`check({ a: 1, b: 2 })`, (node, sourceCode) => {
        const keys = objectShape(node, sourceCode)!.keys();
        return [[...keys], [...keys]];
      }),
    ).toStrictEqual([
      ['a', 'b'],
      ['a', 'b'],
    ]);
  });
});
