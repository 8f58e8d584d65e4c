/** Break points, best first: a paragraph, a line, the end of a sentence, a space. */
const boundaries = [/\n\s*\n/g, /\n/g, /[.!?](?=\s)/g, /\s/g];

/**
 * Splits text into pieces of at most `limit` characters (UTF-16 units, the stricter count),
 * breaking at the best boundary that keeps each piece as long as possible.
 */
export function splitText(text: string, limit: number): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > limit) {
    const cut = breakPoint(rest, limit);
    pieces.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest !== '') pieces.push(rest);
  return pieces;
}

/** Where to cut `text` so the first piece fits in `limit` and is not too short (at least half the limit). */
function breakPoint(text: string, limit: number): number {
  const window = text.slice(0, limit + 1);
  for (const boundary of boundaries) {
    let best = -1;
    for (const match of window.matchAll(boundary)) {
      // A sentence ends after its full stop; other boundaries are dropped with the whitespace.
      const end = match[0].length === 1 && /[.!?]/.test(match[0]) ? match.index + 1 : match.index;
      if (end <= limit && end > 0) best = end;
    }
    if (best >= limit / 2) return best;
  }
  // No usable boundary: cut hard, but never between the halves of a surrogate pair.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}
