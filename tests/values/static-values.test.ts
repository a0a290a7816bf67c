import { describe, expect, it } from 'vitest';
import { binary, isKnown, known, memberKey, type Static, staticKey, staticValue, truthiness, UNKNOWN } from '../../lib/values/index.ts';
import { analyze, analyzeCheck, analyzeChecks, checkedNodes, type AnalyzeOptions } from '../helpers/analyze.ts';

/** staticValue of every `check(...)` argument. */
function values(code: string, options?: AnalyzeOptions): Static[] {
  return analyzeChecks(code, (node, sourceCode) => staticValue(node, sourceCode), options);
}

function value(code: string, options?: AnalyzeOptions): Static {
  return analyzeCheck(code, (node, sourceCode) => staticValue(node, sourceCode), options);
}

const ts: AnalyzeOptions = { parser: 'ts' };

describe('literals and templates', () => {
  it('reads literals of every kind', () => {
    expect(values(`check('a'); check(1.5); check(true); check(null); check(10n); check(/re/g)`)).toStrictEqual([
      known('a'),
      known(1.5),
      known(true),
      known(null),
      known(10n),
      UNKNOWN,
    ]);
  });

  it('fills templates whose expressions are known', () => {
    expect(values('const n = 2; check(`a${n}b${"c"}`); check(`plain`); check(`x${unknown}`); check(`${{}}`)')).toStrictEqual([
      known('a2bc'),
      known('plain'),
      UNKNOWN,
      UNKNOWN,
    ]);
  });

  it('leaves tagged templates and templates with symbols unknown', () => {
    expect(values('check(String.raw`a`); check(`${Symbol.iterator}`)')).toStrictEqual([UNKNOWN, UNKNOWN]);
  });

  it('leaves a tagged template’s quasi with an invalid escape unknown', () => {
    const result = analyze('tag`\\unicode`;', ({ sourceCode, ast }) => {
      const statement = ast.body[0] as { expression: { quasi: Parameters<typeof staticValue>[0] } };
      return staticValue(statement.expression.quasi, sourceCode);
    });
    expect(result).toBe(UNKNOWN);
  });

  it('returns UNKNOWN for a missing node', () => {
    const [first, second] = analyze('x', ({ sourceCode }) => [staticValue(null, sourceCode), staticValue(undefined, sourceCode)]);
    expect(first).toBe(UNKNOWN);
    expect(second).toBe(UNKNOWN);
  });
});

describe('identifiers', () => {
  it('follows a const declared after its use', () => {
    expect(value(`function f() { return check(LATE); } const LATE = 'late';`)).toStrictEqual(known('late'));
  });

  it('follows let and var that are never reassigned', () => {
    expect(values(`let a = 1; var b = 'b'; check(a); check(b);`)).toStrictEqual([known(1), known('b')]);
  });

  it('gives up on let and var that are reassigned to something else', () => {
    expect(values(`let a = 1; a = 2; var b = 1; b += 1; let c = 1; c++; check(a); check(b); check(c);`)).toStrictEqual([
      UNKNOWN,
      UNKNOWN,
      UNKNOWN,
    ]);
  });

  it('keeps a value every write agrees on', () => {
    expect(values(`let a = 'x'; if (y) a = 'x'; check(a); let b; b = 3; check(b);`)).toStrictEqual([known('x'), known(3)]);
  });

  it('sees var redeclarations as writes', () => {
    expect(values(`var a = 1; var a = 2; check(a); var b = 1; var b; check(b);`)).toStrictEqual([UNKNOWN, known(1)]);
  });

  it('knows a declared but never assigned let is undefined', () => {
    expect(value(`let nothing; check(nothing);`)).toStrictEqual(known(undefined));
  });

  it('never resolves parameters, imports, functions, classes, catch and loop variables', () => {
    expect(
      values(`
        import imported from 'x';
        function f(param) { check(param); }
        function fn() {}
        class K {}
        try {} catch (error) { check(error); }
        for (const item of [1]) check(item);
        for (const key in { a: 1 }) check(key);
        check(imported); check(fn); check(K);
      `),
    ).toStrictEqual([UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN]);
  });

  it('knows undefined, NaN and Infinity unless the file shadows them', () => {
    expect(values(`check(undefined); check(NaN); check(Infinity); function f(undefined) { check(undefined); } check(globalThing);`)).toStrictEqual([
      known(undefined),
      known(Number.NaN),
      known(Number.POSITIVE_INFINITY),
      UNKNOWN,
      UNKNOWN,
    ]);
  });

  it('does not read property names as variables', () => {
    const results = analyze(`const secure = true; const o = { secure: 1, undefined: 2 }; o.secure;`, ({ sourceCode, ast }) => {
      const declaration = ast.body[1] as { declarations: { init: { properties: { key: Parameters<typeof staticValue>[0] }[] } }[] };
      const [secureKey, undefinedKey] = declaration.declarations[0]!.init.properties.map((property) => property.key);
      const member = (ast.body[2] as { expression: { property: Parameters<typeof staticValue>[0] } }).expression.property;
      return [staticValue(secureKey, sourceCode), staticValue(undefinedKey, sourceCode), staticValue(member, sourceCode)];
    });
    expect(results).toStrictEqual([UNKNOWN, UNKNOWN, UNKNOWN]);
  });

  it('leaves globals such as process.env unknown', () => {
    expect(values(`check(process.env.NODE_ENV); check(process.env.NODE_ENV === 'production');`)).toStrictEqual([UNKNOWN, UNKNOWN]);
  });

  it('resolves top-level var in scripts and commonjs', () => {
    expect(value(`var mode = 'strict'; check(mode);`, { sourceType: 'script' })).toStrictEqual(known('strict'));
    expect(value(`const mode = 'cjs'; check(mode);`, { sourceType: 'commonjs' })).toStrictEqual(known('cjs'));
  });

  it('ignores declare const in TypeScript', () => {
    expect(value(`declare const secret: string; check(secret);`, ts)).toStrictEqual(UNKNOWN);
  });
});

describe('operators', () => {
  it('evaluates unary operators on known operands', () => {
    expect(
      values(`check(!0); check(-5); check(+'3'); check(~1); check(typeof 'a'); check(typeof {}); check(void x); check(delete a.b); check(-x); check(typeof x); check(+1n); check(-[1]); check(delete 1)`),
    ).toStrictEqual([
      known(true),
      known(-5),
      known(3),
      known(-2),
      known('string'),
      known('object'),
      known(undefined),
      UNKNOWN,
      UNKNOWN,
      UNKNOWN,
      UNKNOWN,
      UNKNOWN,
      UNKNOWN,
    ]);
  });

  it('evaluates arithmetic, concatenation, comparisons and bit operations on known primitives', () => {
    expect(
      values(`
        const port = 8080;
        check('http://x:' + port); check(2 * 3 - 1); check(7 / 2); check(7 % 4); check(2 ** 10);
        check(1 < 2); check(2 <= 1); check(3 > 2); check(3 >= 4); check('a' == 'a'); check(1 != 1);
        check(1 === 1); check(1 !== '1'); check(6 | 1); check(6 & 3); check(6 ^ 3); check(1 << 4); check(-16 >> 2); check(-1 >>> 28);
      `),
    ).toStrictEqual([
      known('http://x:8080'),
      known(5),
      known(3.5),
      known(3),
      known(1024),
      known(true),
      known(false),
      known(true),
      known(false),
      known(true),
      known(false),
      known(true),
      known(true),
      known(7),
      known(2),
      known(5),
      known(16),
      known(-4),
      known(15),
    ]);
  });

  it('leaves binary operators with an unknown, object or incompatible operand unknown', () => {
    expect(values(`check(a + 1); check(1 + a); check([1] + 'x'); check(1n + 1); check('a' in b); check(a instanceof B); check(2n ** -1n);`)).toStrictEqual([
      UNKNOWN,
      UNKNOWN,
      UNKNOWN,
      UNKNOWN,
      UNKNOWN,
      UNKNOWN,
      UNKNOWN,
    ]);
  });

  it('leaves private-name `in` checks unknown', () => {
    expect(value(`class A { #x; m(o) { return check(#x in o); } }`)).toStrictEqual(UNKNOWN);
  });

  it('exposes binary() for other analyses', () => {
    expect(binary('+', known('a'), known(1))).toStrictEqual(known('a1'));
    expect(binary('in', known('a'), known('abc'))).toBe(UNKNOWN);
    expect(binary('+', UNKNOWN, known(1))).toBe(UNKNOWN);
  });

  it('decides logical operators only when the outcome is fixed', () => {
    expect(
      values(`
        check(x || 'fallback'); check(true || x); check(false || 'a'); check(null ?? 'd'); check(0 ?? 1);
        check('' && x); check(1 && 2); check(x && false); check(x ?? 1);
      `),
    ).toStrictEqual([UNKNOWN, known(true), known('a'), known('d'), known(0), known(''), known(2), UNKNOWN, UNKNOWN]);
  });

  it('decides ternaries by their test, or by branches that agree', () => {
    expect(
      values(`
        check(true ? 'a' : x); check(0 ? x : 'b'); check(x ? 1 : 1); check(x ? 1 : 2); check(({}) ? 'obj' : 'no');
        check(x ? {} : {}); check([] ? 'arr' : 'no'); check((() => 1) ? 'fn' : 'no');
      `),
    ).toStrictEqual([known('a'), known('b'), known(1), UNKNOWN, known('obj'), UNKNOWN, known('arr'), known('fn')]);
  });

  it('takes the last expression of a sequence and the right side of an assignment', () => {
    expect(values(`let y; check((x(), 2)); check(y = 'v'); check(y += 'w');`)).toStrictEqual([known(2), known('v'), UNKNOWN]);
  });
});

describe('arrays', () => {
  it('builds arrays of known values, holes and spreads', () => {
    expect(values(`const base = [1, 2]; check([0, ...base, ...'ab']); check([1, , 3]); check([x]); check([...5]);`)).toStrictEqual([
      known([0, 1, 2, 'a', 'b']),
      known([1, undefined, 3]),
      UNKNOWN,
      UNKNOWN,
    ]);
  });

  it('reads elements and length but not methods', () => {
    expect(values(`const arr = ['a', 'b']; check(arr[0]); check(arr[1]); check(arr.length); check(arr[5]); check(arr.map); check(arr[i]);`)).toStrictEqual([
      known('a'),
      known('b'),
      known(2),
      known(undefined),
      UNKNOWN,
      UNKNOWN,
    ]);
  });

  it('gives up on arrays the file changes in place', () => {
    expect(values(`const a = [1]; a.push(2); check(a); const b = [1]; b[0] = 2; check(b); check(b[0]); const c = [1]; c.slice(); c[k](); check(c);`)).toStrictEqual([
      UNKNOWN,
      UNKNOWN,
      UNKNOWN,
      known([1]),
    ]);
  });
});

describe('member access', () => {
  const config = `
    const KEY = 'cookie';
    const CONFIG = { cookie: { secure: true, domain: process.env.DOMAIN }, name: 'sid', list: [1, 2], nothing: null };
  `;

  it('reads through known objects even when other properties are unknown', () => {
    expect(
      values(`${config}
        check(CONFIG.cookie.secure); check(CONFIG['cookie'].secure); check(CONFIG[KEY]['secure']); check(CONFIG.cookie.domain);
        check(CONFIG.name); check(CONFIG.list[1]); check(CONFIG.missing); check(CONFIG.toString); check(CONFIG.cookie); check(CONFIG[k]);
      `),
    ).toStrictEqual([known(true), known(true), known(true), UNKNOWN, known('sid'), known(2), known(undefined), UNKNOWN, UNKNOWN, UNKNOWN]);
  });

  it('leaves private members unknown', () => {
    expect(value(`class A { #x = 1; m() { return check(this.#x); } }`)).toBe(UNKNOWN);
  });

  it('reads string and number properties', () => {
    expect(values(`check('abc'.length); check('abc'[1]); check((5).x); check((5).toFixed); check(null.x); check(x.y);`)).toStrictEqual([
      known(3),
      known('b'),
      known(undefined),
      UNKNOWN,
      UNKNOWN,
      UNKNOWN,
    ]);
  });

  it('short-circuits optional chains on nullish values', () => {
    expect(
      values(`${config}
        const none = null;
        check(none?.a); check(none?.a.b); check(CONFIG.nothing?.x.y); check(CONFIG?.cookie?.secure); check(CONFIG.cookie?.secure); check(x?.y);
      `),
    ).toStrictEqual([known(undefined), known(undefined), known(undefined), known(true), known(true), UNKNOWN]);
  });

  it('reads members of an unknown-keyed object only for keys it shows', () => {
    expect(values(`const o = { ...other, a: 1 }; check(o.a); check(o.b);`)).toStrictEqual([known(1), UNKNOWN]);
  });

  it('exposes memberKey and staticKey', () => {
    const keys = analyze(`const K = 'k'; a.b; a['c']; a[K]; a[1]; a[x]; a[{}];`, ({ sourceCode, ast }) =>
      ast.body.slice(1).map((statement) => {
        const member = (statement as { expression: Parameters<typeof memberKey>[0] }).expression;
        return memberKey(member, sourceCode);
      }),
    );
    expect(keys).toStrictEqual(['b', 'c', 'k', '1', undefined, undefined]);
    expect(analyze(`null`, ({ sourceCode, ast }) => staticKey(ast.body[0]!, sourceCode))).toBeUndefined();
  });
});

describe('objects', () => {
  it('builds a plain object when every property is known', () => {
    expect(values(`const inner = { b: 2 }; check({ a: 1, inner, 'c-d': 'x', [1 + 1]: true });`)).toStrictEqual([
      known({ a: 1, inner: { b: 2 }, 'c-d': 'x', 2: true }),
    ]);
  });

  it('leaves an object with any unknown property, getter or method unknown', () => {
    expect(values(`check({ a: x }); check({ get a() { return 1; } }); check({ a() {} }); check({ ...x });`)).toStrictEqual([
      UNKNOWN,
      UNKNOWN,
      UNKNOWN,
      UNKNOWN,
    ]);
  });

  it('keeps a computed __proto__ key as an own property', () => {
    const result = value(`check({ ['__proto__']: 1 })`);
    expect(isKnown(result) && Object.hasOwn(result.value as object, '__proto__')).toBe(true);
  });

  it('sees later writes in the value of a variable', () => {
    expect(values(`const opts = { a: 1 }; opts.b = 2; check(opts); const other = { a: 1 }; other.a = x; check(other);`)).toStrictEqual([
      known({ a: 1, b: 2 }),
      UNKNOWN,
    ]);
  });

  it('evaluates Object.assign and Object.freeze results', () => {
    expect(values(`check(Object.assign({}, { a: 1 }, { b: 2 })); check(Object.freeze({ a: 1 })); check(f({ a: 1 }));`)).toStrictEqual([
      known({ a: 1, b: 2 }),
      known({ a: 1 }),
      UNKNOWN,
    ]);
  });
});

describe('destructuring', () => {
  it('follows object and array patterns with defaults', () => {
    expect(
      values(`
        const CONFIG = { cookie: { secure: true, sameSite: undefined }, list: ['x', 'y'] };
        const { cookie: { secure, sameSite = 'lax', path = '/' }, list: [first, , third = 'z'] } = CONFIG;
        const { ['cookie']: { secure: renamed } } = CONFIG;
        check(secure); check(sameSite); check(path); check(first); check(third); check(renamed);
      `),
    ).toStrictEqual([known(true), known('lax'), known('/'), known('x'), known('z'), known(true)]);
  });

  it('leaves rest elements, unknown computed keys and unknown sources unknown', () => {
    expect(
      values(`
        const { a, ...rest } = { a: 1, b: 2 };
        const { [k]: b } = { x: 1 };
        const { c = 1 } = unknownObject;
        const { d = 1 } = { d: maybe };
        check(a); check(rest); check(b); check(c); check(d);
      `),
    ).toStrictEqual([known(1), UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN]);
  });

  it('follows destructuring assignments', () => {
    expect(values(`let a, b; ({ a } = { a: 'A' }); [b] = ['B']; check(a); check(b);`)).toStrictEqual([known('A'), known('B')]);
  });

  it('reads properties of known primitives and arrays by path', () => {
    expect(values(`const { length } = 'abcd'; const [, second] = [1, 2]; const { x = 'd' } = 5; const { y = 1 } = { y: 2 }; check(length); check(second); check(x); check(y);`)).toStrictEqual([
      known(4),
      known(2),
      known('d'),
      known(2),
    ]);
  });
});

describe('TypeScript', () => {
  it('sees through as, satisfies, non-null, angle-bracket assertions and as const', () => {
    expect(
      values(
        `
        const a = 'a' as string; const b = { x: 1 } satisfies object; const c = (1)!; const d = <number>2; const e = ['e'] as const;
        check(a); check(b.x); check(c); check(d); check(e[0]); check((b as any).x); check(b!.x);
      `,
        ts,
      ),
    ).toStrictEqual([known('a'), known(1), known(1), known(2), known('e'), known(1), known(1)]);
  });

  it('works on enums and other TS-only constructs without throwing', () => {
    expect(values(`enum E { A = 1 } check(E.A); check(fn<string>);`, ts)).toStrictEqual([known(1), UNKNOWN]);
  });
});

describe('unknowns', () => {
  it('never reports calls, new, await, this, functions or classes as known', () => {
    expect(
      values(`
        async function f() { check(await 1); }
        check(g()); check(new Date()); check(this); check(() => 1); check(class {}); check(import.meta); check(\`\${a}\`);
      `),
    ).toStrictEqual([UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN]);
  });
});

describe('robustness', () => {
  it('stops at cycles', () => {
    expect(
      values(`
        const a = b; const b = a; check(a);
        const o = { x: 1 }; o.self = o; check(o.x); check(o.self.x); check(o);
        let p = q; let q = p; check(q);
      `),
    ).toStrictEqual([UNKNOWN, known(1), known(1), UNKNOWN, UNKNOWN]);
  });

  it('stops at the depth limit instead of overflowing the stack', () => {
    const deep = Array.from({ length: 400 }, () => '1').join(' + ');
    const shallow = Array.from({ length: 50 }, () => '1').join(' + ');
    expect(values(`check(${deep}); check(${shallow});`)).toStrictEqual([UNKNOWN, known(50)]);
    const chain = Array.from({ length: 400 }, (_, index) => `const v${index + 1} = v${index};`).join('\n');
    expect(value(`const v0 = 'start'; ${chain} check(v400);`)).toBe(UNKNOWN);
  });

  it('memoises per node: the same result object twice', () => {
    const [first, second, third] = analyze(`const o = { a: 1 }; check(o);`, (context) => {
      const [node] = checkedNodes(context);
      return [staticValue(node, context.sourceCode), staticValue(node, context.sourceCode), staticValue(node, context.sourceCode)];
    });
    expect(first).toStrictEqual(known({ a: 1 }));
    expect(second).toBe(first);
    expect(third).toBe(first);
  });

  it('reports truthiness of literals whose contents are unknown', () => {
    const results = analyzeChecks(`check({ a: x }); check(x); check(0); check(function () {});`, (node, sourceCode) => truthiness(node, sourceCode));
    expect(results).toStrictEqual([true, undefined, false, true]);
  });
});

describe('TypeScript enums', () => {
  it('reads members by name, counting up after a number', () => {
    expect(
      values(
        `enum Cookie { Session = 'sid', Theme = \`theme\` }
        enum Seconds { Minute = 60, Hour = 3600, Next }
        enum Counted { A, B }
        declare enum Ambient { A = 1 }
        enum Unknown { A = compute(), B }
        check(Cookie.Session); check(Cookie['Theme']); check(Seconds.Next); check(Counted.B); check(Cookie.Missing); check(Unknown.B); check(Ambient.Other);`,
        ts,
      ),
    ).toStrictEqual([known('sid'), known('theme'), known(3601), known(1), known(undefined), UNKNOWN, UNKNOWN]);
  });

  it('leaves merged enum declarations unknown', () => {
    expect(value(`enum E { A = 1 } enum E { B = 2 } check(E.B);`, ts)).toBe(UNKNOWN);
  });
});
