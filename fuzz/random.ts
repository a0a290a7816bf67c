// A small seeded generator, so that a fuzz run or a generated corpus is the same for the same seed.

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight: `[[3, 'a'], [1, 'b']]` gives 'a' three times as often as 'b'. */
  weighted<T>(items: readonly (readonly [number, T])[]): T;
  /** A new generator derived from this one's seed and `salt`; it does not advance this one. */
  fork(salt: number | string): Random;
}

export function createRandom(seed: number | string): Random {
  const base = typeof seed === 'number' ? seed >>> 0 : hash(seed);
  let state = base;
  // mulberry32: tiny, fast, and good enough for test-data generation.
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)]!;
    },
    weighted: (items) => {
      const total = items.reduce((sum, [weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [weight, item] of items) {
        roll -= weight;
        if (roll < 0) return item;
      }
      return items.at(-1)![1];
    },
    fork: (salt) => createRandom(hash(`${base}:${salt}`)),
  };
  return random;
}

/** FNV-1a: a stable 32-bit hash of a string. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    h ^= text.charCodeAt(index);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Runs `action` with `Math.random` replaced by `random`, for libraries (eslump) that take no seed. */
export function withMathRandom<T>(random: Random, action: () => T): T {
  const original = Math.random;
  Math.random = random.next;
  try {
    return action();
  } finally {
    Math.random = original;
  }
}
