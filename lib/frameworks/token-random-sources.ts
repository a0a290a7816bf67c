// What each random or pseudo-random source gives a token: a CSPRNG with a number of random bits, or a
// predictable value (Math.random, the clock, time- or name-based UUIDs). Facts from the libraries'
// sources and docs; require-secure-session-id reads them through lib/models/randomness/randomness.ts.

/** How many bits a call yields from a size argument: `randomBytes(n)` gives 8 bits per unit. */
export interface SizedBits {
  readonly argument: number;
  /** Bits per unit, or the log2 of the alphabet's length in argument `alphabet`. */
  readonly unitBits: number | { readonly alphabet: number };
  /** The size when the argument is left out. */
  readonly default?: number;
}

export interface RandomSource {
  /** Modules exporting the function; `<global>` for host globals (`Math.random`, Web Crypto). */
  readonly modules: readonly string[];
  readonly path: readonly string[];
  /** How messages name the source. */
  readonly label: string;
  readonly kind: 'random' | 'weak';
  /** Random bits of the result, fixed or from a size argument. Unknown when absent. */
  readonly bits?: number | SizedBits;
  /** Bits each character of the result carries, so `.slice(0, n)` can be counted. */
  readonly perChar?: number;
  /** Returns a generator function whose calls take an optional size (nanoid `customAlphabet`). */
  readonly factory?: boolean;
}

export const GLOBAL = '<global>';
const NODE_CRYPTO = ['crypto'];
const WEB_CRYPTO = [GLOBAL];
const LOG2_62 = Math.log2(62);

const crypto = (modules: readonly string[], prefix: readonly string[]): RandomSource[] => [
  { modules, path: [...prefix, 'randomUUID'], label: 'crypto.randomUUID()', kind: 'random', bits: 122, perChar: 4 },
  { modules, path: [...prefix, 'getRandomValues'], label: 'crypto.getRandomValues()', kind: 'random' },
];

export const RANDOM_SOURCES: readonly RandomSource[] = [
  { modules: WEB_CRYPTO, path: ['Math', 'random'], label: 'Math.random()', kind: 'weak' },
  { modules: WEB_CRYPTO, path: ['Date', 'now'], label: 'Date.now()', kind: 'weak' },
  { modules: WEB_CRYPTO, path: ['performance', 'now'], label: 'performance.now()', kind: 'weak' },
  { modules: WEB_CRYPTO, path: ['process', 'hrtime'], label: 'process.hrtime()', kind: 'weak' },
  { modules: WEB_CRYPTO, path: ['process', 'hrtime', 'bigint'], label: 'process.hrtime.bigint()', kind: 'weak' },
  ...crypto(WEB_CRYPTO, ['crypto']),
  ...crypto(NODE_CRYPTO, []),
  ...crypto(NODE_CRYPTO, ['webcrypto']),
  // Node's global `crypto` is Web Crypto; code that calls randomBytes on it has a require elsewhere.
  { modules: WEB_CRYPTO, path: ['crypto', 'randomBytes'], label: 'crypto.randomBytes()', kind: 'random', bits: { argument: 0, unitBits: 8 } },
  { modules: NODE_CRYPTO, path: ['randomBytes'], label: 'crypto.randomBytes()', kind: 'random', bits: { argument: 0, unitBits: 8 } },
  { modules: NODE_CRYPTO, path: ['randomInt'], label: 'crypto.randomInt()', kind: 'random' },
  { modules: NODE_CRYPTO, path: ['pseudoRandomBytes'], label: 'crypto.pseudoRandomBytes()', kind: 'weak' },
  // uuid: v1 and v6 are a timestamp and a per-process node id; v3 and v5 hash a name; v7 keeps 74 random bits.
  { modules: ['uuid'], path: ['v1'], label: 'uuid v1 (time-based)', kind: 'weak' },
  { modules: ['uuid'], path: ['v6'], label: 'uuid v6 (time-based)', kind: 'weak' },
  { modules: ['uuid'], path: ['v3'], label: 'uuid v3 (derived from a name)', kind: 'weak' },
  { modules: ['uuid'], path: ['v5'], label: 'uuid v5 (derived from a name)', kind: 'weak' },
  { modules: ['uuid'], path: ['v4'], label: 'uuid v4', kind: 'random', bits: 122, perChar: 4 },
  { modules: ['uuid'], path: ['v7'], label: 'uuid v7', kind: 'random', bits: 74 },
  { modules: ['uuid/v1'], path: [], label: 'uuid v1 (time-based)', kind: 'weak' },
  { modules: ['uuid/v4'], path: [], label: 'uuid v4', kind: 'random', bits: 122, perChar: 4 },
  // nanoid: 21 characters of a 64-character alphabet by default; `nanoid/non-secure` uses Math.random.
  { modules: ['nanoid'], path: ['nanoid'], label: 'nanoid()', kind: 'random', bits: { argument: 0, unitBits: 6, default: 21 }, perChar: 6 },
  { modules: ['nanoid'], path: ['customAlphabet'], label: 'nanoid customAlphabet()', kind: 'random', bits: { argument: 1, unitBits: { alphabet: 0 }, default: 21 }, factory: true },
  { modules: ['nanoid/non-secure'], path: ['nanoid'], label: 'nanoid/non-secure (Math.random)', kind: 'weak' },
  { modules: ['nanoid/non-secure'], path: ['customAlphabet'], label: 'nanoid/non-secure (Math.random)', kind: 'weak', factory: true },
  // express-session's own generator: uid-safe takes a byte count.
  { modules: ['uid-safe'], path: [], label: 'uid-safe', kind: 'random', bits: { argument: 0, unitBits: 8 } },
  { modules: ['uid-safe'], path: ['sync'], label: 'uid-safe', kind: 'random', bits: { argument: 0, unitBits: 8 } },
  { modules: ['uid2'], path: [], label: 'uid2', kind: 'random', bits: { argument: 0, unitBits: LOG2_62 } },
  { modules: ['rand-token'], path: ['generate'], label: 'rand-token', kind: 'random', bits: { argument: 0, unitBits: LOG2_62 } },
  { modules: ['ulid'], path: ['ulid'], label: 'ulid()', kind: 'random', bits: 80 },
  { modules: ['hat'], path: [], label: 'hat (Math.random)', kind: 'weak' },
  { modules: ['cuid'], path: [], label: 'cuid (timestamp and counter)', kind: 'weak' },
  { modules: ['lodash', 'underscore'], path: ['random'], label: '_.random() (Math.random)', kind: 'weak' },
  { modules: ['lodash', 'underscore'], path: ['uniqueId'], label: '_.uniqueId() (a counter)', kind: 'weak' },
  { modules: ['lodash/random'], path: [], label: '_.random() (Math.random)', kind: 'weak' },
  { modules: ['lodash/uniqueId'], path: [], label: '_.uniqueId() (a counter)', kind: 'weak' },
];
