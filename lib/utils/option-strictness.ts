import { isDeepStrictEqual } from 'node:util';

/**
 * Which values of an option check more, as rules-data declares it: a higher or a lower number, the stricter
 * boolean, an enum's values from least to most strict, or `none` for an option that changes how a rule fixes
 * or names the project's own functions and paths, not how strict it is.
 */
export type Stricter = 'higher' | 'lower' | 'none' | boolean | readonly (string | number)[];

export interface OptionStrictness {
  readonly default: unknown;
  readonly stricter: Stricter;
  /** For a number option left unset (null): what the rule uses instead, per value of its `level` option. */
  readonly unsetByLevel?: { readonly [level in '1' | '2' | '3']: number };
}

export type OptionTable = Readonly<Record<string, OptionStrictness>>;

/** One option that checks less than a level asks. */
export interface Shortfall {
  readonly option: string;
  readonly stricter: Stricter;
  /** As set, null when left unset. */
  readonly ran: unknown;
  readonly needs: unknown;
}

/** The options a rule runs with: every option's default, replaced by the ones set (ESLint's first option object). */
export function effectiveOptions(table: OptionTable, set: unknown): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  for (const [name, option] of Object.entries(table)) options[name] = option.default;
  if (typeof set === 'object' && set !== null) Object.assign(options, set);
  return options;
}

/** The options of `ran` that check less than those of `needs`; none when `ran` is at least as strict. */
export function shortfalls(table: OptionTable, ran: Readonly<Record<string, unknown>>, needs: Readonly<Record<string, unknown>>): Shortfall[] {
  const found: Shortfall[] = [];
  for (const [name, option] of Object.entries(table)) {
    // An option set alike on both sides can still resolve differently (a limit that follows `level`); then the
    // option that differs is the one to name.
    if (isDeepStrictEqual(ran[name] ?? null, needs[name] ?? null)) continue;
    if (!atLeastAsStrict(option.stricter, resolve(option, ran[name], ran), resolve(option, needs[name], needs))) {
      found.push({ option: name, stricter: option.stricter, ran: ran[name] ?? null, needs: needs[name] ?? null });
    }
  }
  return found;
}

/** Whether `ran` checks at least as much as `needs` on one option; values the declaration cannot order check less. */
export function atLeastAsStrict(stricter: Stricter, ran: unknown, needs: unknown): boolean {
  if (stricter === 'none' || isDeepStrictEqual(ran, needs)) return true;
  if (stricter === 'higher' || stricter === 'lower') {
    if (typeof ran !== 'number' || typeof needs !== 'number') return false;
    return stricter === 'higher' ? ran >= needs : ran <= needs;
  }
  if (typeof stricter === 'boolean') return needs !== stricter || ran === stricter;
  const ranRank = stricter.indexOf(ran as string | number);
  const needsRank = stricter.indexOf(needs as string | number);
  return ranRank !== -1 && needsRank !== -1 && ranRank >= needsRank;
}

function resolve(option: OptionStrictness, value: unknown, options: Readonly<Record<string, unknown>>): unknown {
  if (value !== null && value !== undefined) return value;
  return option.unsetByLevel?.[`${options['level']}` as '1' | '2' | '3'] ?? null;
}
