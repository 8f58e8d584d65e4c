import type { Request } from 'restify';
import { describe, expect, it } from 'vitest';
import { bearerToken, bearerTokenCheck } from '../../src/server/bearerToken.js';

const token = 'a-long-enough-staff-token';
const withAuthorization = (value: string | undefined) => ({ header: (name: string) => (name.toLowerCase() === 'authorization' ? value : undefined) }) as unknown as Request;

describe('Authorization: Bearer', () => {
  it.each<[string | undefined, string | undefined]>([
    [`Bearer ${token}`, token],
    [`bearer ${token}`, token],
    [`BEARER ${token}`, token],
    [`bEaReR ${token}`, token],
    [`Basic ${token}`, undefined],
    ['Bearer', undefined],
    ['Bearer ', undefined],
    [`Bearer${token}`, undefined],
    [undefined, undefined],
  ])('%s → %s', (header, expected) => {
    expect(bearerToken(withAuthorization(header))).toBe(expected);
    expect(bearerTokenCheck(token)(withAuthorization(header))).toBe(expected === token);
  });

  it('refuses a wrong token whatever the scheme’s case', () => {
    expect(bearerTokenCheck(token)(withAuthorization('bearer not-the-token'))).toBe(false);
  });
});
