import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request } from 'restify';

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/**
 * The token in `Authorization: Bearer <token>`. The scheme is case-insensitive (RFC 9110 §11.1),
 * so `bearer` and `BEARER` are the same; undefined without one.
 */
export function bearerToken(request: Request): string | undefined {
  const match = /^bearer +(\S.*)$/i.exec(request.header('authorization') ?? '');
  return match?.[1];
}

/**
 * A check for `Authorization: Bearer <token>`. Both sides are hashed first, so the comparison
 * takes the same time whatever the length or content of the guess.
 */
export function bearerTokenCheck(token: string): (request: Request) => boolean {
  const expected = digest(token);
  return (request) => {
    const given = bearerToken(request);
    return given !== undefined && timingSafeEqual(digest(given), expected);
  };
}
