import { describe, expect, it } from 'vitest';
import { atLeastAsStrict, effectiveOptions, shortfalls, type OptionTable } from '../../lib/utils/option-strictness.ts';

describe('whether a value checks at least as much as another', () => {
  it.for([
    ['higher', 128, 64, true],
    ['higher', 16, 64, false],
    ['lower', 3600, 43200, true],
    ['lower', 604800, 43200, false],
    [true, true, false, true],
    [true, false, true, false],
    [true, false, false, true],
    [false, true, false, false],
    [[1, 2, 3], 3, 2, true],
    [[1, 2, 3], 1, 2, false],
    [[1, 2, 3], 4, 2, false],
    ['none', 'anything', 'else', true],
    ['higher', null, 64, false],
  ] as const)('stricter %j: %j against %j is %s', ([stricter, ran, needs, expected]) => {
    expect(atLeastAsStrict(stricter, ran, needs)).toBe(expected);
  });
});

describe('shortfalls', () => {
  const table: OptionTable = {
    level: { default: 1, stricter: [1, 2, 3] },
    maxAbsoluteSeconds: { default: null, stricter: 'lower', unsetByLevel: { '1': 2592000, '2': 43200, '3': 43200 } },
    autofix: { default: true, stricter: 'none' },
  };
  const options = (set: Record<string, unknown>) => effectiveOptions(table, set);

  it('name the option that differs, not a limit that only follows it', () => {
    expect(shortfalls(table, options({}), options({ level: 2 }))).toEqual([{ option: 'level', stricter: [1, 2, 3], ran: 1, needs: 2 }]);
  });

  it('resolve an unset limit from the level on each side', () => {
    expect(shortfalls(table, options({ level: 2, maxAbsoluteSeconds: 604800 }), options({ level: 2 }))).toEqual([
      { option: 'maxAbsoluteSeconds', stricter: 'lower', ran: 604800, needs: null },
    ]);
    expect(shortfalls(table, options({ level: 1, maxAbsoluteSeconds: 3600 }), options({ level: 2 }))).toEqual([
      { option: 'level', stricter: [1, 2, 3], ran: 1, needs: 2 },
    ]);
    expect(shortfalls(table, options({ level: 2, maxAbsoluteSeconds: 3600, autofix: false }), options({ level: 2 }))).toEqual([]);
  });

  it('take the defaults for options left out, and ignore what is not an options object', () => {
    expect(effectiveOptions(table, undefined)).toEqual({ level: 1, maxAbsoluteSeconds: null, autofix: true });
    expect(effectiveOptions(table, { level: 3 })).toMatchObject({ level: 3 });
  });
});
