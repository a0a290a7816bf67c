import { describe, expect, it } from 'vitest';
import { parseSetCookieString } from '../../../lib/models/cookies/set-cookie-string.ts';
import { analyzeCheck } from '../../helpers/analyze.ts';

function parse(expression: string, prelude = '') {
  return analyzeCheck(`${prelude}check(${expression});`, (node, sourceCode) => {
    const parsed = parseSetCookieString(node, sourceCode);
    if (!parsed) return undefined;
    const attributes = ['secure', 'httponly', 'samesite', 'path', 'domain', 'max-age'].flatMap((name) => {
      const found = parsed.attribute(name);
      return found ? [`${found.name}=${found.value ?? '?'}${found.range ? '' : ' (not editable)'}`] : [];
    });
    return { name: parsed.name, value: parsed.value, valueNode: parsed.valueNode && sourceCode.getText(parsed.valueNode), open: parsed.open, attributes, append: parsed.append };
  });
}

describe('Set-Cookie strings', () => {
  it('reads a literal', () => {
    expect(parse("'sid=abc; Path=/; Secure; HttpOnly; SameSite=Lax; Domain=x.io'")).toMatchObject({
      name: 'sid',
      value: 'abc',
      open: false,
      attributes: ['Secure=?', 'HttpOnly=?', 'SameSite=Lax', 'Path=/', 'Domain=x.io'],
      append: { offset: 67, separator: '; ', concatenate: false },
    });
  });

  it('reads templates: expressions are values, or open the attributes where they stand alone', () => {
    expect(parse('`sid=${id}; Max-Age=${age}; Path=/`')).toMatchObject({ name: 'sid', value: undefined, valueNode: 'id', open: false, attributes: ['Path=/', 'Max-Age=? (not editable)'] });
    expect(parse('`${name}=${id}`')).toMatchObject({ name: undefined, valueNode: 'id', open: false });
    expect(parse('`sid=${id}${flags}`')).toMatchObject({ open: true });
    expect(parse('`sid=${id}; ${attributes}`')).toMatchObject({ open: true });
    expect(parse('`${cookie}`')).toMatchObject({ name: undefined, open: true });
    expect(parse("`sid=${'a' + 'b'}; ${'Secure'}`")).toMatchObject({ name: 'sid', value: 'ab', open: false, attributes: ['Secure=? (not editable)'] });
  });

  it('reads concatenations and known constants, which a fix cannot edit in place', () => {
    expect(parse("'sid=' + id + '; ' + FLAGS", "const FLAGS = 'Secure';\n")).toMatchObject({ name: 'sid', attributes: ['Secure=? (not editable)'], append: { concatenate: true, quote: "'" } });
    expect(parse('"sid=" + id', '')).toMatchObject({ append: { concatenate: true, quote: '"', separator: '; ' } });
    expect(parse("PREFIX + id", "const PREFIX = 'sid=';\n")).toMatchObject({ name: 'sid', append: { concatenate: true, quote: "'" } });
  });

  it('keeps escaped text out of in-place edits', () => {
    expect(parse("'sid=a\\x3Bb; Secure'")).toMatchObject({ attributes: ['Secure=? (not editable)'], append: undefined });
    expect(parse('`sid=a\\u0020; Secure`')).toMatchObject({ attributes: ['Secure=? (not editable)'] });
  });

  it('continues a trailing separator', () => {
    expect(parse("'sid=a;'")).toMatchObject({ append: { separator: ' ' } });
    expect(parse("'sid=a; '")).toMatchObject({ append: { separator: '' } });
  });

  it('gives up on anything that is not text', () => {
    expect(parse('serialize(a, b)')).toBeUndefined();
    expect(parse('`${a}${b}`')).toMatchObject({ name: undefined, open: true, append: { concatenate: false } });
    expect(parse('String.raw`sid=${a}`')).toBeUndefined();
    expect(parse('null')).toBeUndefined();
    expect(parse('1')).toBeUndefined();
    expect(parse('/sid=a/')).toBeUndefined();
    expect(parse("'sid=' - 1")).toBeUndefined();
    expect(parse("`sid=${null}; ${1 - x}`")).toMatchObject({ name: 'sid', open: true });
  });
});
