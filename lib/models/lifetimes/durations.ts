import type { TSESTree } from '@typescript-eslint/utils';
import type { DurationFormat } from '../../frameworks/duration-format.ts';
import { getModuleRefs } from '../../file/modules.ts';
import { isKnown, staticValue, variableBindings } from '../../values/index.ts';
import { asSourceCode, isGlobalName, variableOf, type AnySourceCode } from '../../ast/scope.ts';
import { unwrap } from '../../ast/syntax.ts';

export type { DurationFormat } from '../../frameworks/duration-format.ts';

type Node = TSESTree.Node;

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365.25 * DAY;

// vercel/ms 2.x, which jsonwebtoken uses: no months; a number without a unit is milliseconds.
const MS_STRING = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i;
const MS_UNITS: Record<string, number> = { ms: 0.001, s: 1, m: MINUTE, h: HOUR, d: DAY, w: 7 * DAY, y: YEAR };

/** Seconds in a vercel/ms string (`'7d'`, `'1.5 hours'`, `'120'` = 120 ms), or undefined when ms rejects it. */
export function parseMsString(text: string): number | undefined {
  const match = text.length <= 100 ? MS_STRING.exec(text) : null;
  if (!match) return undefined;
  const unit = (match[2] ?? 'ms').toLowerCase();
  const key = /^(ms|msecs?|milliseconds?)$/.test(unit) ? 'ms' : unit[0]!;
  return Number.parseFloat(match[1]!) * MS_UNITS[key]!;
}

// jose's time spans: no milliseconds and no months; `-` or ` ago` count back from now.
const JOSE_SPAN = /^([+-])? ?(\d+|\d*\.\d+) ?(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)(?: (ago|from now))?$/i;

/** Seconds from now in a jose time span (`'2h'`, `'30 minutes from now'`), or undefined when jose rejects it. */
export function parseJoseSpan(text: string): number | undefined {
  const match = JOSE_SPAN.exec(text);
  if (!match) return undefined;
  const seconds = Math.round(Number.parseFloat(match[2]!) * MS_UNITS[match[3]![0]!.toLowerCase()]!);
  return match[1] === '-' || match[4]?.toLowerCase() === 'ago' ? -seconds : seconds;
}

/** Seconds for a value already known (a merged branch, a constant), in the formats a primitive can express. */
export function valueSeconds(value: unknown, format: DurationFormat): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) {
    if (format === 'ms') return value / 1000;
    if (format === 's' || format === 'jsonwebtoken') return value;
    return undefined;
  }
  if (typeof value !== 'string') return undefined;
  if (format === 'jsonwebtoken') return parseMsString(value);
  return format === 'jose' ? parseJoseSpan(value) : undefined;
}

const TIMESPAN_UNITS: Record<string, number> = { ms: 0.001, s: 1, m: MINUTE, h: HOUR, d: DAY, w: 7 * DAY };

/**
 * The lifetime `node` stands for, in seconds from now, when the file alone decides it: literals,
 * constants and arithmetic, `ms('7d')` calls, and the `format`'s own notations. Undefined otherwise.
 */
export function durationSeconds(node: Node, format: DurationFormat, sourceCode: AnySourceCode): number | undefined {
  const evaluator = new Evaluator(sourceCode);
  const bare = unwrap(node);
  switch (format) {
    case 'ms':
    case 's': {
      const value = evaluator.constant(bare);
      return value === undefined ? undefined : format === 'ms' ? value / 1000 : value;
    }
    case 'jsonwebtoken': {
      const text = evaluator.string(bare);
      if (text !== undefined) return parseMsString(text);
      return evaluator.constant(bare);
    }
    case 'jose': {
      const text = evaluator.string(bare);
      if (text !== undefined) return parseJoseSpan(text);
      return evaluator.fromNow(bare, 'epoch-seconds') ?? evaluator.fromNow(bare, 'date');
    }
    case 'timespan':
      return evaluator.timeSpan(bare);
    case 'date':
    case 'epoch-seconds':
      return evaluator.fromNow(bare, format);
  }
}

/** `value * Date.now() + constant`: enough for `Date.now() + n`, `Math.floor(Date.now() / 1000) + n` and plain numbers. */
interface Linear {
  readonly now: number;
  readonly constant: number;
}

const ROUNDING = new Set(['floor', 'ceil', 'round', 'trunc']);
// `ms('7d')`, ms 3's named `ms` and `parse`, and @lukeed/ms's `parse`: all give milliseconds.
const MS_FUNCTIONS: readonly (readonly string[])[] = [[], ['ms'], ['parse']];

class Evaluator {
  readonly #code;
  readonly #visiting = new Set<Node>();

  constructor(sourceCode: AnySourceCode) {
    this.#code = asSourceCode(sourceCode);
  }

  string(node: Node): string | undefined {
    const result = staticValue(node, this.#code);
    return isKnown(result) && typeof result.value === 'string' ? result.value : undefined;
  }

  constant(node: Node): number | undefined {
    const result = this.linear(node);
    return result && result.now === 0 && Number.isFinite(result.constant) ? result.constant : undefined;
  }

  /** Seconds between now and a Date (`date`) or a Unix time in seconds (`epoch-seconds`). */
  fromNow(node: Node, format: 'date' | 'epoch-seconds'): number | undefined {
    if (format === 'epoch-seconds') {
      const result = this.linear(node);
      return result && Math.abs(result.now - 0.001) < 1e-12 ? result.constant : undefined;
    }
    if (node.type !== 'NewExpression' || !isGlobalName(this.#code, node.callee, 'Date') || node.arguments.length !== 1) return undefined;
    const result = this.linear(node.arguments[0]!);
    return result && result.now === 1 ? result.constant / 1000 : undefined;
  }

  timeSpan(node: Node): number | undefined {
    if (node.type !== 'NewExpression' || !getModuleRefs(this.#code).is(node.callee, ['lucia', 'oslo'], 'TimeSpan')) return undefined;
    const [value, unit] = node.arguments;
    const amount = value && this.constant(value);
    const scale = unit && TIMESPAN_UNITS[this.string(unit) ?? ''];
    return amount === undefined || scale === undefined ? undefined : amount * scale;
  }

  linear(node: Node): Linear | undefined {
    const bare = unwrap(node);
    const known = staticValue(bare, this.#code);
    if (isKnown(known)) return typeof known.value === 'number' ? { now: 0, constant: known.value } : undefined;
    if (this.#visiting.has(bare)) return undefined;
    this.#visiting.add(bare);
    try {
      return this.#compute(bare);
    } finally {
      this.#visiting.delete(bare);
    }
  }

  #compute(node: Node): Linear | undefined {
    switch (node.type) {
      case 'BinaryExpression':
        // `#x in obj` has a PrivateIdentifier on the left, which evaluates to nothing.
        return combine(node.operator, this.linear(node.left as Node), this.linear(node.right));
      case 'UnaryExpression': {
        if (node.operator === '+' && this.#isNewDate(node.argument)) return { now: 1, constant: 0 };
        // `~~x` truncates like Math.trunc.
        if (node.operator === '~' && node.argument.type === 'UnaryExpression' && node.argument.operator === '~') return this.linear(node.argument.argument);
        const argument = this.linear(node.argument);
        if (!argument) return undefined;
        if (node.operator === '-') return { now: -argument.now, constant: -argument.constant };
        return node.operator === '+' ? argument : undefined;
      }
      case 'CallExpression':
        return this.#call(node);
      case 'Identifier':
        return this.#identifier(node);
      default:
        return undefined;
    }
  }

  #call(call: TSESTree.CallExpression): Linear | undefined {
    const callee = unwrap(call.callee);
    const [first] = call.arguments;
    if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier') {
      const method = callee.property.name;
      if (isGlobalName(this.#code, callee.object, 'Date') && method === 'now' && !first) return { now: 1, constant: 0 };
      if (this.#isNewDate(callee.object) && (method === 'getTime' || method === 'valueOf') && !first) return { now: 1, constant: 0 };
      // Rounding moves a time by less than a second: irrelevant next to lifetime limits.
      if (isGlobalName(this.#code, callee.object, 'Math') && ROUNDING.has(method) && first) return this.linear(first);
    }
    if (first && isGlobalName(this.#code, callee, 'Number')) return this.linear(first);
    if (first && MS_FUNCTIONS.some((path) => getModuleRefs(this.#code).is(callee, ['ms', '@lukeed/ms'], ...path))) {
      const text = this.string(first);
      const seconds = text === undefined ? undefined : parseMsString(text);
      return seconds === undefined ? undefined : { now: 0, constant: seconds * 1000 };
    }
    return undefined;
  }

  // A constant staticValue cannot compute (`const WEEK = ms('7d')`, `const now = Date.now()`).
  #identifier(node: TSESTree.Identifier): Linear | undefined {
    const variable = variableOf(this.#code, node);
    const bindings = variable ? variableBindings(variable, this.#code) : undefined;
    const binding = bindings?.list.length === 1 && !bindings.uninitialised ? bindings.list[0]! : undefined;
    return binding && binding.path.length === 0 ? this.linear(binding.rhs) : undefined;
  }

  #isNewDate(node: Node): boolean {
    const bare = unwrap(node);
    return bare.type === 'NewExpression' && bare.arguments.length === 0 && isGlobalName(this.#code, bare.callee, 'Date');
  }
}

function combine(operator: string, left: Linear | undefined, right: Linear | undefined): Linear | undefined {
  if (!left || !right) return undefined;
  switch (operator) {
    case '+':
      return { now: left.now + right.now, constant: left.constant + right.constant };
    case '-':
      return { now: left.now - right.now, constant: left.constant - right.constant };
    case '*':
      if (left.now !== 0 && right.now !== 0) return undefined;
      return left.now === 0
        ? { now: right.now * left.constant, constant: right.constant * left.constant }
        : { now: left.now * right.constant, constant: left.constant * right.constant };
    case '/':
      return right.now === 0 && right.constant !== 0 ? { now: left.now / right.constant, constant: left.constant / right.constant } : undefined;
    case '|':
      // `x | 0` truncates.
      return right.now === 0 && right.constant === 0 ? left : undefined;
    default:
      return undefined;
  }
}

const UNIT_NAMES: readonly (readonly [string, number])[] = [
  ['day', DAY],
  ['hour', HOUR],
  ['minute', MINUTE],
  ['second', 1],
];

/** `30 days`, `12 hours`, `1 day 1 second`, `1.5 seconds`, `500 milliseconds`. */
export function formatDuration(seconds: number): string {
  if (seconds < 1) return plural(Math.round(seconds * 1000 * 1000) / 1000, 'millisecond');
  const parts: string[] = [];
  let rest = seconds;
  for (const [name, size] of UNIT_NAMES) {
    const count = size === 1 ? Math.round(rest * 1000) / 1000 : Math.floor(rest / size);
    if (count > 0) parts.push(plural(count, name));
    rest -= count * size;
  }
  return parts.join(' ');
}

function plural(count: number, name: string): string {
  return `${count} ${name}${count === 1 ? '' : 's'}`;
}

/** Source text for a lifetime of `seconds` in a library's notation, e.g. `12 * 60 * 60 * 1000` or `'12h'`. */
export function durationSource(seconds: number, format: 'ms' | 's' | 'jsonwebtoken' | 'jose' | 'epoch-seconds'): string {
  switch (format) {
    case 'jsonwebtoken':
    case 'jose':
      return `'${shortSpan(seconds)}'`;
    case 'epoch-seconds':
      return `Math.floor(Date.now() / 1000) + ${product(seconds)}`;
    case 'ms':
      return seconds % 1 === 0 ? `${product(seconds)} * 1000` : String(Math.round(seconds * 1000));
    case 's':
      return product(seconds);
  }
}

function product(seconds: number): string {
  if (seconds >= DAY && seconds % DAY === 0) return `${seconds / DAY} * 24 * 60 * 60`;
  if (seconds >= HOUR && seconds % HOUR === 0) return `${seconds / HOUR} * 60 * 60`;
  if (seconds >= MINUTE && seconds % MINUTE === 0) return `${seconds / MINUTE} * 60`;
  return String(seconds);
}

function shortSpan(seconds: number): string {
  if (seconds >= DAY && seconds % DAY === 0) return `${seconds / DAY}d`;
  if (seconds >= HOUR && seconds % HOUR === 0) return `${seconds / HOUR}h`;
  if (seconds >= MINUTE && seconds % MINUTE === 0) return `${seconds / MINUTE}m`;
  return `${Math.floor(seconds)}s`;
}
