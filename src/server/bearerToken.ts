import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request } from 'restify';

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/**
 * A check for `Authorization: Bearer <token>`. Both sides are hashed first, so the comparison
 * takes the same time whatever the length or content of the guess.
 */
export function bearerTokenCheck(token: string): (request: Request) => boolean {
  const expected = digest(token);
  return (request) => {
    const header = request.header('authorization') ?? '';
    return header.startsWith('Bearer ') && timingSafeEqual(digest(header.slice('Bearer '.length)), expected);
  };
}
