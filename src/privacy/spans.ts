/** Where a piece of personal data sits in a text: `start` inclusive, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The text with each span replaced by the marker, spans that overlap or touch becoming one.
 * Built in one pass, not by cutting the string once per span, so a message with thousands of
 * matches stays linear.
 */
export function replaceSpans(text: string, spans: readonly Span[], marker: string): string {
  const parts: string[] = [];
  let done = 0;
  for (const { start, end } of [...spans].sort((a, b) => a.start - b.start)) {
    if (parts.length > 0 && start <= done) {
      done = Math.max(done, end);
      continue;
    }
    parts.push(text.slice(done, start), marker);
    done = end;
  }
  parts.push(text.slice(done));
  return parts.join('');
}
