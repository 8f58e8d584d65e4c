/**
 * `text` cut to its first `limit` characters with "…" after, or whole when it fits: how a log line, a summary or a
 * reply quotes what a resident wrote without carrying all of it.
 */
export const clipped = (text: string, limit: number): string => (text.length > limit ? `${text.slice(0, limit)}…` : text);
