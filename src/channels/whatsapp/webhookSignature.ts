import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * True when `header` is `sha256=` + the hex HMAC-SHA256 of the exact body bytes under the app
 * secret, as Meta signs every webhook POST. The comparison takes the same time wherever it differs.
 */
export function signatureMatches(rawBody: Buffer, header: string | undefined, appSecret: string): boolean {
  const given = /^sha256=([0-9a-f]{64})$/i.exec(header?.trim() ?? '');
  if (!given) return false;
  const expected = createHmac('sha256', appSecret).update(rawBody).digest();
  return timingSafeEqual(Buffer.from(given[1]!, 'hex'), expected);
}

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/** Compares the handshake's verify token with ours in constant time (hashing first evens out the lengths). */
export const verifyTokenMatches = (given: string, expected: string): boolean => timingSafeEqual(digest(given), digest(expected));
