/**
 * Typo tolerance: maps a misspelt token to the one vocabulary word it is a single edit away from
 * (Damerau-Levenshtein distance 1: one insertion, deletion, substitution or swap of neighbours).
 * Candidates come from a delete-one index (the SymSpell idea), so a lookup costs a handful of
 * map reads instead of a scan of the vocabulary.
 */

/** Optimal string alignment distance: Levenshtein plus swaps of adjacent letters. */
export function damerauLevenshtein(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

function deletesOf(word: string): string[] {
  const variants = [word];
  for (let i = 0; i < word.length; i++) variants.push(word.slice(0, i) + word.slice(i + 1));
  return variants;
}

export interface TypoCorrector {
  /** The vocabulary word `token` is a typo of, or `token` itself. */
  correct(token: string): string;
  /** Whether `token` is one of the rules' own words, as written. */
  knows(token: string): boolean;
}

export interface TypoCorrectorOptions {
  vocabulary: readonly string[];
  /** Real words that sit one edit from a vocabulary word and must be left alone ("sitting" is not "hitting"). */
  protectedWords: ReadonlySet<string>;
  /**
   * Shorter tokens are only corrected by putting back one dropped letter ("watr" → "water"): at
   * that length any other edit turns too many words into others.
   */
  minLength: number;
  /**
   * Words the rules hold as open stems (`sozinh[oa]s?`, `kanalizacij\\S*`): a token that is one of
   * them plus a letter is an inflection the rule reads as written ("sozinho"), not a typo to cut
   * back to the bare stem, which no rule matches, or to turn into another language's word.
   */
  stems?: ReadonlySet<string>;
}

export function createTypoCorrector(options: TypoCorrectorOptions): TypoCorrector {
  const vocabulary = new Set(options.vocabulary);
  const candidatesByDelete = new Map<string, string[]>();
  for (const word of vocabulary) {
    if (word.length < options.minLength) continue;
    for (const variant of deletesOf(word)) {
      const list = candidatesByDelete.get(variant) ?? [];
      if (!list.includes(word)) list.push(word);
      candidatesByDelete.set(variant, list);
    }
  }
  const cache = new Map<string, string>();
  // A longer token is more than one edit from every word: it is neither looked up (its deletes alone
  // would cost its length squared) nor cached.
  const longest = Math.max(0, ...[...vocabulary].map((word) => word.length)) + 1;

  function lookup(token: string): string {
    if (token.length < options.minLength - 1 || vocabulary.has(token) || options.protectedWords.has(token)) return token;
    if (!/^[a-z]+$/.test(token)) return token;
    const short = token.length < options.minLength;
    const matches = new Set<string>();
    for (const variant of short ? [token] : deletesOf(token)) {
      for (const candidate of candidatesByDelete.get(variant) ?? []) {
        if (damerauLevenshtein(token, candidate) !== 1) continue;
        // An open stem plus a letter is the stem's own word, which its rule reads as written.
        if (options.stems?.has(candidate) && token.startsWith(candidate)) return token;
        matches.add(candidate);
      }
    }
    return choose([...matches], token);
  }

  /**
   * Several equally near words. People rarely mistype the first letter, short of swapping the first
   * two ("ciling" is "ceiling", not "piling"); they most often drop a letter ("floding" is
   * "flooding", not "flowing"); and two forms of one word ("smell", "smells") mean the same.
   * Otherwise we cannot tell which was meant, so we keep what was typed.
   */
  function choose(matches: string[], token: string): string {
    const sameStart = (candidate: string) => candidate[0] === token[0] || (candidate[0] === token[1] && candidate[1] === token[0]);
    const pool = narrow(narrow(matches, sameStart), (candidate) => candidate.length === token.length + 1);
    const shortest = [...pool].sort((a, b) => a.length - b.length)[0];
    if (shortest === undefined) return token;
    return pool.every((candidate) => candidate.startsWith(shortest)) ? shortest : token;
  }

  /** The candidates that pass `test`, or all of them when none does. */
  function narrow(candidates: string[], test: (candidate: string) => boolean): string[] {
    const kept = candidates.filter(test);
    return kept.length > 0 ? kept : candidates;
  }

  return {
    knows: (token) => vocabulary.has(token),
    correct(token: string): string {
      if (token.length > longest) return token;
      let corrected = cache.get(token);
      if (corrected === undefined) {
        corrected = lookup(token);
        if (cache.size < 10_000) cache.set(token, corrected);
      }
      return corrected;
    },
  };
}
