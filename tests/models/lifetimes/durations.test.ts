import { describe, expect, it } from 'vitest';
import { durationSeconds, durationSource, formatDuration, parseJoseSpan, parseMsString, valueSeconds, type DurationFormat } from '../../../lib/models/lifetimes/durations.ts';
import { analyzeCheck, analyzeChecks } from '../../helpers/analyze.ts';

const DAY = 24 * 60 * 60;

function seconds(code: string, format: DurationFormat, parser: 'espree' | 'ts' = 'espree'): (number | undefined)[] {
  return analyzeChecks(code, (node, sourceCode) => durationSeconds(node, format, sourceCode), { parser });
}

describe('parseMsString (vercel/ms 2, as jsonwebtoken reads expiresIn)', () => {
  it.for([
    ['7d', 7 * DAY],
    ['12h', 12 * 3600],
    ['30m', 1800],
    ['1.5 hours', 5400],
    ['2 days', 2 * DAY],
    ['1y', 365.25 * DAY],
    ['1w', 7 * DAY],
    ['90s', 90],
    ['10 secs', 10],
    ['5 mins', 300],
    ['2 hrs', 7200],
    ['3 YRS', 3 * 365.25 * DAY],
    ['500ms', 0.5],
    ['250 msecs', 0.25],
    ['1 millisecond', 0.001],
    ['120', 0.12],
    ['.5h', 1800],
    ['-1h', -3600],
  ] as const)('%s', ([text, expected]) => {
    expect(parseMsString(text)).toBeCloseTo(expected, 9);
  });

  it.for(['1 monkey', '1mo', '', 'h', '1 2h', `${'1'.repeat(101)}`])('rejects %j', (text) => {
    expect(parseMsString(text)).toBeUndefined();
  });
});

describe('parseJoseSpan (jose setExpirationTime strings)', () => {
  it.for([
    ['2h', 7200],
    ['1 day', DAY],
    ['30 minutes from now', 1800],
    ['15m', 900],
    ['1.5 hours', 5400],
    ['2 weeks', 14 * DAY],
    ['1y', Math.round(365.25 * DAY)],
    ['45 sec', 45],
    ['-1h', -3600],
    ['+1h', 3600],
    ['1h ago', -3600],
  ] as const)('%s', ([text, expected]) => {
    expect(parseJoseSpan(text)).toBe(expected);
  });

  it.for(['1 month', '2', '100ms', 'soon'])('rejects %j', (text) => {
    expect(parseJoseSpan(text)).toBeUndefined();
  });
});

describe('valueSeconds', () => {
  it('converts known primitives by format', () => {
    expect(valueSeconds(3_600_000, 'ms')).toBe(3600);
    expect(valueSeconds(3600, 's')).toBe(3600);
    expect(valueSeconds(3600, 'jsonwebtoken')).toBe(3600);
    expect(valueSeconds('1h', 'jsonwebtoken')).toBe(3600);
    expect(valueSeconds('3600', 'jsonwebtoken')).toBe(3.6);
    expect(valueSeconds('1h', 'jose')).toBe(3600);
    expect(valueSeconds(1_700_000_000, 'jose')).toBeUndefined();
    expect(valueSeconds('1h', 'ms')).toBeUndefined();
    expect(valueSeconds(Number.NaN, 's')).toBeUndefined();
    expect(valueSeconds(true, 's')).toBeUndefined();
    expect(valueSeconds(60, 'date')).toBeUndefined();
  });
});

describe('durationSeconds', () => {
  it('evaluates numbers, arithmetic and constants in milliseconds and seconds', () => {
    expect(seconds('check(1000 * 60 * 60 * 24 * 30);', 'ms')).toEqual([30 * DAY]);
    expect(seconds('const HOUR = 60 * 60; check(12 * HOUR);', 's')).toEqual([12 * 3600]);
    expect(seconds('const cfg = { ttl: 90 }; check(cfg.ttl * 60);', 's')).toEqual([5400]);
    expect(seconds('check(-(60));', 's')).toEqual([-60]);
    expect(seconds('check(7 * 24 * 3600 % 1000);', 's')).toEqual([(7 * 24 * 3600) % 1000]);
  });

  it('evaluates ms() calls and constants that hold them', () => {
    expect(seconds("import ms from 'ms'; check(ms('7d'));", 'ms')).toEqual([7 * DAY]);
    expect(seconds("import ms from 'ms'; const WEEK = ms('1w'); check(WEEK * 2);", 'ms')).toEqual([14 * DAY]);
    expect(seconds("const ms = require('ms'); check(ms('2h') / 1000);", 's', 'espree')).toEqual([7200]);
    expect(seconds("import { ms, parse } from 'ms'; import { parse as lukeed } from '@lukeed/ms'; check(ms('1d')); check(parse('2d')); check(lukeed('3d'));", 'ms')).toEqual([DAY, 2 * DAY, 3 * DAY]);
    expect(seconds("import ms from 'ms'; check(ms('forever'));", 'ms')).toEqual([undefined]);
    expect(seconds("import ms from 'ms'; check(ms(x));", 'ms')).toEqual([undefined]);
    expect(seconds("function ms(t) { return 1; } check(ms('7d'));", 'ms')).toEqual([undefined]);
  });

  it('leaves unknown values unknown', () => {
    expect(seconds('check(process.env.MAX_AGE);', 'ms')).toEqual([undefined]);
    expect(seconds('check(Number(process.env.MAX_AGE) * 1000);', 'ms')).toEqual([undefined]);
    expect(seconds('function f(x) { check(x * 60); }', 's')).toEqual([undefined]);
    expect(seconds("check('1h');", 's')).toEqual([undefined]);
    expect(seconds('check(1 / 0);', 's')).toEqual([undefined]);
    expect(seconds('check(Date.now());', 's')).toEqual([undefined]);
    expect(seconds('let a = 1; a = 2; check(a * b);', 's')).toEqual([undefined]);
    expect(seconds('const a = b + 1; const b = a + 1; check(a);', 's')).toEqual([undefined]);
    expect(seconds('check(Math.max(1, 2));', 's')).toEqual([undefined]);
    expect(seconds('check(a ** b);', 's')).toEqual([undefined]);
    expect(seconds('check(Date.now() * Date.now());', 'epoch-seconds')).toEqual([undefined]);
    expect(seconds('check(x / 0);', 's')).toEqual([undefined]);
    expect(seconds('check(!x);', 's')).toEqual([undefined]);
    expect(seconds("import ms from 'ms'; check(ms('2h') ** 1); check(3600 / Date.now()); check(+ms(x));", 's')).toEqual([undefined, undefined, undefined]);
    expect(seconds('class A { #x = 1; f() { check(#x in this); } }', 's')).toEqual([undefined]);
  });

  it('applies signs to values staticValue cannot compute', () => {
    expect(seconds("import ms from 'ms'; check(-ms('1h')); check(+ms('1h'));", 'ms')).toEqual([-3600, 3600]);
  });

  it('reads jsonwebtoken expiresIn: numbers are seconds, strings ms spans, bare numeric strings milliseconds', () => {
    expect(seconds("check(3600); check('12h'); check('7 days'); check('3600'); check(`${2}h`);", 'jsonwebtoken')).toEqual([3600, 12 * 3600, 7 * DAY, 3.6, 7200]);
    expect(seconds("check('1 monkey'); check(cfg.expiresIn);", 'jsonwebtoken')).toEqual([undefined, undefined]);
  });

  it('reads jose spans; numbers and Dates are absolute unless relative to now', () => {
    expect(
      seconds(
        "check('2h'); check(1700000000); check(Math.floor(Date.now() / 1000) + 600); check(new Date(Date.now() + 60_000)); check(new Date('2030-01-01'));",
        'jose',
      ),
    ).toEqual([7200, undefined, 600, 60, undefined]);
  });

  it('reads Dates relative to now', () => {
    expect(
      seconds(
        'check(new Date(Date.now() + 3600 * 1000)); check(new Date(new Date().getTime() + 1000)); check(new Date(+new Date() + 2000)); check(new Date(new Date().valueOf() + 1000)); check(new Date(2030, 1, 1)); check(Date.now() + 1000); check(new Date(x));',
        'date',
      ),
    ).toEqual([3600, 1, 2, 1, undefined, undefined, undefined]);
    expect(seconds('const Date = Fake; check(new Date(Date.now() + 1000));', 'date')).toEqual([undefined]);
  });

  it('reads exp claims as Unix times relative to now', () => {
    expect(
      seconds(
        [
          'check(Math.floor(Date.now() / 1000) + 3600);',
          'check(Math.round(Date.now() / 1000 + 60 * 60));',
          'check(~~(Date.now() / 1000) + 60);',
          'check((Date.now() / 1000 | 0) + 60);',
          'check(Math.floor((Date.now() + 60000) / 1000));',
          'const now = Math.floor(Date.now() / 1000); check(now + 7 * 24 * 3600);',
          'check(Math.trunc(Date.now() / 1e3) + 5 - 1);',
          'check(Math.ceil(+new Date() / 1000) + 10);',
          'check(1700000000);',
          'check(Date.now() + 3600);',
          'check(Math.floor(Date.now() / 1000));',
          'check(Number(Date.now() / 1000) + 1);',
          'check((Date.now() / 1000 | 1) + 60);',
          'check(~(Date.now() / 1000));',
          'check(Date.now() * 0.001 + 60);',
        ].join('\n'),
        'epoch-seconds',
      ),
    ).toEqual([3600, 3600, 60, 60, 60, 7 * 24 * 3600, 4, 10, undefined, undefined, 0, 1, undefined, undefined, 60]);
  });

  it('reads Lucia and oslo TimeSpans', () => {
    expect(
      seconds(
        "import { TimeSpan } from 'lucia'; check(new TimeSpan(30, 'd')); check(new TimeSpan(2, 'w')); check(new TimeSpan(90, 'm')); check(new TimeSpan(1, 'months')); check(new TimeSpan(n, 'd'));",
        'timespan',
      ),
    ).toEqual([30 * DAY, 14 * DAY, 5400, undefined, undefined]);
    expect(seconds("import { TimeSpan } from 'oslo'; check(new TimeSpan(500, 'ms')); check(TimeSpan);", 'timespan')).toEqual([0.5, undefined]);
    expect(seconds("class TimeSpan {} check(new TimeSpan(30, 'd'));", 'timespan')).toEqual([undefined]);
    expect(seconds("import { TimeSpan } from 'lucia'; check(new TimeSpan(30, unit)); check(new TimeSpan());", 'timespan')).toEqual([undefined, undefined]);
  });

  it('sees through TypeScript wrappers', () => {
    expect(seconds('const DAY = 86400 as const; check((DAY * 2) satisfies number); check(<number>DAY!);', 's', 'ts')).toEqual([2 * DAY, DAY]);
  });

  it('gives a number to any node it is handed', () => {
    expect(analyzeCheck('check(60);', (node, sourceCode) => durationSeconds(node, 'ms', sourceCode))).toBe(0.06);
  });
});

describe('formatDuration', () => {
  it.for([
    [30 * DAY, '30 days'],
    [DAY, '1 day'],
    [12 * 3600, '12 hours'],
    [1800, '30 minutes'],
    [60, '1 minute'],
    [DAY + 1, '1 day 1 second'],
    [DAY + 3600 + 60 + 2, '1 day 1 hour 1 minute 2 seconds'],
    [1.5, '1.5 seconds'],
    [0.5, '500 milliseconds'],
    [0.001, '1 millisecond'],
    [365.25 * DAY, '365 days 6 hours'],
  ] as const)('%d seconds', ([value, text]) => {
    expect(formatDuration(value)).toBe(text);
  });
});

describe('durationSource', () => {
  it('writes a lifetime in each notation', () => {
    expect(durationSource(30 * DAY, 'ms')).toBe('30 * 24 * 60 * 60 * 1000');
    expect(durationSource(12 * 3600, 'ms')).toBe('12 * 60 * 60 * 1000');
    expect(durationSource(1800, 'ms')).toBe('30 * 60 * 1000');
    expect(durationSource(45, 'ms')).toBe('45 * 1000');
    expect(durationSource(0.5, 'ms')).toBe('500');
    expect(durationSource(30 * DAY, 's')).toBe('30 * 24 * 60 * 60');
    expect(durationSource(900, 's')).toBe('15 * 60');
    expect(durationSource(12 * 3600, 'jsonwebtoken')).toBe("'12h'");
    expect(durationSource(30 * DAY, 'jose')).toBe("'30d'");
    expect(durationSource(900, 'jose')).toBe("'15m'");
    expect(durationSource(90, 'jose')).toBe("'90s'");
    expect(durationSource(3600, 'epoch-seconds')).toBe('Math.floor(Date.now() / 1000) + 1 * 60 * 60');
  });
});
