import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { entropyOf, generatorEntropy, returnEntropy, type Entropy } from '../../../lib/models/randomness/randomness.ts';
import { isFunction } from '../../../lib/ast/local-functions.ts';
import { analyzeCheck, analyzeChecks } from '../../helpers/analyze.ts';

function summary(entropy: Entropy): string {
  switch (entropy.kind) {
    case 'random':
      return `random:${entropy.bits ?? '?'}`;
    case 'weak':
      return `weak:${entropy.label}`;
    case 'none':
      return 'none';
    default:
      return entropy.opaque ? 'opaque' : 'unknown';
  }
}

const of = (code: string, options?: Parameters<typeof analyzeCheck>[2]) => analyzeCheck(code, (node, sourceCode) => summary(entropyOf(node, sourceCode)), options);

describe('entropyOf', () => {
  it.for([
    ['check(Math.random())', 'weak:Math.random()'],
    ['check(-Math.random())', 'weak:Math.random()'],
    ['check(!Math.random())', 'none'],
    ['check(typeof Math.random())', 'none'],
    ['check(Math.random() > 0.5)', 'none'],
    ['check(Math.random() > 0.5 ? "a" : "b")', 'none'],
    ['check(x ? Math.random() : Date.now())', 'weak:Math.random()'],
    ['check((a, Date.now()))', 'weak:Date.now()'],
    ['let t; check(t = Date.now())', 'weak:Date.now()'],
    ['let t = "a"; check(t += Date.now())', 'weak:Date.now()'],
    ['check([Date.now(), "x"].join("-"))', 'weak:Date.now()'],
    ['check([...parts, Date.now()])', 'weak:Date.now()'],
    ['check([, "x"])', 'none'],
    ['check(new Date())', 'weak:new Date()'],
    ['check(new Date(ts))', 'unknown'],
    ['check(new Array(4))', 'none'],
    ['check(new Thing())', 'opaque'],
    ['check(process.hrtime.bigint())', 'weak:process.hrtime.bigint()'],
    ['check(undefined)', 'none'],
    ['check(user.name)', 'unknown'],
    ['check(user[key])', 'unknown'],
    ['check("abc"[0])', 'none'],
    ['check(() => 1)', 'unknown'],
    ['check(await Promise.resolve(Date.now()))', 'weak:Date.now()'],
    ['check(crypto.randomUUID())', 'random:122'],
    ['check(crypto.randomUUID().slice(0, 8))', 'random:32'],
    ['check(crypto.randomUUID().substr(4, 8))', 'random:32'],
    ['check(crypto.randomUUID().slice(-4))', 'random:?'],
    ['check(crypto.randomUUID().slice(start))', 'random:?'],
    ['check(crypto.randomUUID().slice(0, end))', 'random:?'],
    ['check(crypto.getRandomValues(new Uint8Array(16)).slice(4))', 'random:?'],
    ['check(crypto.getRandomValues(new Uint32Array(4)))', 'random:128'],
    ['check(crypto.getRandomValues(new Float64Array(4)))', 'random:?'],
    ['check(crypto.getRandomValues(new Uint8Array(n)))', 'random:?'],
    ['check(crypto.getRandomValues(buffer))', 'random:?'],
    ['check(crypto.getRandomValues(makeArray()))', 'random:?'],
    ['check(crypto.getRandomValues())', 'random:?'],
    ['check(Date.now() + crypto.randomUUID())', 'random:122'],
    ['check(crypto.randomUUID() + crypto.randomUUID())', 'random:244'],
    ['check(crypto.randomUUID() + x.y)', 'random:?'],
    ['check(crypto.randomUUID() + crypto.getRandomValues(buf))', 'random:?'],
    ['check(a ? crypto.randomUUID() : crypto.getRandomValues(new Uint8Array(8)))', 'random:64'],
    ['check(a ? crypto.randomUUID() : crypto.getRandomValues(buf))', 'random:?'],
    ['check(Date.now() + makeSuffix())', 'opaque'],
    ['check(user.id + Date.now())', 'weak:Date.now()'],
    ['check(window.crypto.randomUUID())', 'random:122'],
    ['check(globalThis.Math.random())', 'weak:Math.random()'],
    ['check(crypto.randomBytes(16).toString("hex").slice(0, 10))', 'random:40'],
    ['check(crypto.randomBytes(16).toString(enc))', 'random:128'],
    ['check(crypto.randomBytes(16).toString("latin1"))', 'random:128'],
    ['check(crypto.randomBytes(16).toString("base64").slice(2))', 'random:114'],
    ['check(crypto.randomBytes(16).toString("hex").slice())', 'random:128'],
    ['check(crypto.randomBytes(16).toString("hex").slice(2))', 'random:120'],
    ['check(crypto.randomBytes(16).toString("hex").substring(0, 64))', 'random:128'],
    ['check(crypto.randomBytes(size))', 'random:?'],
  ] as const)('%s is %s', ([code, expected]) => {
    expect(of(code)).toBe(expected);
  });

  it.for([
    ["import { randomInt } from 'crypto'; check(randomInt(10, 1034))", 'random:10'],
    ["import { randomInt } from 'crypto'; check(randomInt(n))", 'random:?'],
    ["import { randomInt } from 'crypto'; check(randomInt(1, 1))", 'random:?'],
    ["import { randomInt } from 'crypto'; check(randomInt(256, (err, n) => {}))", 'random:8'],
    ["import { createHash } from 'crypto'; check(createHash('sha256').update(crypto.randomUUID()).digest('base64'))", 'random:122'],
    ["import { createHash } from 'crypto'; check(createHash('sha256').update(Date.now().toString()).digest())", 'weak:Date.now()'],
    ["import { createHash } from 'crypto'; check(createHash('sha256').update(crypto.randomUUID()).digest())", 'random:122'],
    ["import hash from 'hash-lib'; check(hash('sha256').update(Date.now()).digest())", 'unknown'],
    ['check(hasher.digest())', 'unknown'],
    ["import { customAlphabet } from 'nanoid'; check(customAlphabet('ab', 32)())", 'random:32'],
    ["import { customAlphabet } from 'nanoid'; check(customAlphabet('a', 32)())", 'random:?'],
    ["import { customAlphabet } from 'nanoid'; let gen = customAlphabet('ab', 8); gen = other; check(gen())", 'opaque'],
    ["import { customAlphabet } from 'nanoid'; const { gen } = { gen: customAlphabet('ab', 8) }; check(gen())", 'opaque'],
    ["import { nanoid } from 'nanoid'; check(nanoid(size))", 'random:?'],
    ["import { nanoid } from 'nanoid'; check(nanoid().slice(0, 4))", 'random:24'],
    ["import uid from 'uid-safe'; check(await uid(18))", 'random:144'],
    ["import uid2 from 'uid2'; check(uid2(11))", 'random:65'],
    ["import { ulid } from 'ulid'; check(ulid())", 'random:80'],
    ["import hat from 'hat'; check(hat())", 'weak:hat (Math.random)'],
    ["import { v5 } from 'uuid'; check(v5(name, ns))", 'weak:uuid v5 (derived from a name)'],
    ["import { thing } from './things'; check(thing)", 'opaque'],
    ['function f() {} check(f)', 'unknown'],
    ['function f() { return; } check(f())', 'unknown'],
    ['function f() { return f(); } check(f())', 'unknown'],
    ['const f = function () { return Date.now(); }; check(f())', 'weak:Date.now()'],
    ['let f = () => Date.now(); f = () => 1; check(f())', 'opaque'],
    ['function f(x) { return x; } check(f(1))', 'unknown'],
    ['check(items.map((item) => item.id))', 'unknown'],
    ['check(items.map(load))', 'unknown'],
    ['check(items.map(loadAll()))', 'opaque'],
  ] as const)('%s is %s', ([code, expected]) => {
    expect(of(code)).toBe(expected);
  });

  it.for([
    ['let n = 0; n++; check(n)', 'weak:the counter n'],
    ['let n = 0; n -= 1; check(n)', 'weak:the counter n'],
    ['check(counter.value++)', 'weak:the counter value'],
    ['check(this[key]++)', 'weak:a counter'],
    ['let s = ""; for (const c of crypto.getRandomValues(new Uint8Array(8))) s += c; check(s)', 'random:?'],
    ['for (const c of list) { check(c); }', 'unknown'],
    ['let a, b; [a, b] = pair; check(a)', 'unknown'],
    ['const { a } = obj; check(a)', 'unknown'],
    ['const out = []; out[0] = Date.now(); check(out)', 'weak:Date.now()'],
    ['const out = []; out.unshift(...Date.now()); check(out)', 'weak:Date.now()'],
    ['const out = []; out.sort(); out.x; check(out)', 'none'],
    ['const buf = new Uint8Array(8); crypto.getRandomValues(buf); check(buf)', 'random:64'],
    ['const buf = new Uint8Array(8); fill(buf); check(buf)', 'none'],
    ['let x; check(x)', 'none'],
    ['class A {} check(A)', 'unknown'],
  ] as const)('%s is %s', ([code, expected]) => {
    expect(of(code)).toBe(expected);
  });

  it('reads TypeScript wrappers and optional chains', () => {
    expect(of('check((Math.random() as number)!.toString(36))', { parser: 'ts' })).toBe('weak:Math.random()');
    expect(of('check(Math?.random?.())')).toBe('weak:Math.random()');
  });

  it('gives every expression once, from the cache, however often it is asked', () => {
    const [first, second] = analyzeChecks('const v = Math.random(); check(v); check(v);', (node, sourceCode) => entropyOf(node, sourceCode));
    expect(first).toBe(second);
  });
});

describe('generatorEntropy', () => {
  const generator = (code: string) => analyzeCheck(code, (node, sourceCode) => summary(generatorEntropy(node, sourceCode)));
  it.for([
    ["import { v1 } from 'uuid'; check(v1)", 'weak:uuid v1 (time-based)'],
    ["import { nanoid } from 'nanoid'; check(nanoid)", 'random:126'],
    ['const make = () => Date.now(); check(make)', 'weak:Date.now()'],
    ['check(() => crypto.randomUUID())', 'random:122'],
    ['check(makeId)', 'unknown'],
  ] as const)('%s is %s', ([code, expected]) => {
    expect(generator(code)).toBe(expected);
  });
});

describe('returnEntropy', () => {
  it('takes any CSPRNG branch of a function as the generator', () => {
    const result = analyzeCheck('check(function () { if (a) return Math.random(); return crypto.randomUUID(); })', (node, sourceCode) =>
      summary(returnEntropy(node as TSESTree.FunctionExpression, sourceCode)),
    );
    expect(result).toBe('random:122');
    expect(isFunction({ type: 'Identifier' } as TSESTree.Node)).toBe(false);
  });
});
