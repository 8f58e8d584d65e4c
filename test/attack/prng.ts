/**
 * A seeded generator (mulberry32), so every run sends the same requests and a failure can be
 * replayed. Not for anything secret.
 */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const integer = (below: number): number => Math.floor(next() * below);
  return {
    next,
    integer,
    pick: <T>(items: readonly T[]): T => items[integer(items.length)]!,
    chance: (probability: number): boolean => next() < probability,
    /** `length` characters drawn from `alphabet`. */
    text: (length: number, alphabet: string): string => Array.from({ length }, () => alphabet[integer(alphabet.length)]).join(''),
  };
}

export type SeededRandom = ReturnType<typeof seededRandom>;
