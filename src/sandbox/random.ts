/** Seeded randomness: everything the sandbox invents comes from here, so a seed gives one account on every runtime. */

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/** mulberry32 by Tommy Ettinger (public domain): 32 bits of state, fast, good enough for fake data and fault schedules. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * An independent stream per purpose (`'staff'`, `'records'`, ...), so adding a user does
 * not shift every generated record: FNV-1a over the name, mixed with the seed.
 */
export function randomStream(seed: number, purpose: string): Random {
  let hash = 0x811c9dc5 ^ (seed >>> 0) ^ Math.floor(seed / 4294967296);
  for (const char of purpose) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return mulberry32(hash);
}

/** A whole number in [min, max], both inclusive. */
export const integerBetween = (random: Random, min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
/** An exponentially distributed number with the given mean (gaps of a Poisson process). */
export const exponential = (random: Random, mean: number): number => -Math.log(1 - random()) * mean;

/** An index into `weights`, chosen with probability proportional to its weight. */
export function weightedIndex(random: Random, weights: readonly number[], total: number): number {
  let target = random() * total;
  for (let index = 0; index < weights.length; index++) {
    target -= weights[index]!;
    if (target < 0) return index;
  }
  // Rounding can leave `target` at a hair above zero: the last positive weight wins.
  return Math.max(0, weights.findLastIndex((weight) => weight > 0));
}

/** A copy of `items` in a random order (Fisher-Yates). */
export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}
