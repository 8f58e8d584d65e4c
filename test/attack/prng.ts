import { seededRandom as sequence } from '../../src/seededRandom.js';

/**
 * A seeded generator (mulberry32), so every run sends the same requests and a failure can be
 * replayed. Not for anything secret.
 */
export function seededRandom(seed: number) {
  const next = sequence(seed);
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
