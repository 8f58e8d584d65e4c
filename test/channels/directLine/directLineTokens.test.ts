import { describe, expect, it } from 'vitest';
import { DirectLineTokens } from '../../../src/channels/directLine/directLineTokens.js';

const tokens = new DirectLineTokens(Buffer.alloc(32, 3));
const now = Date.UTC(2026, 11, 7, 9);
const token = tokens.issue('conversation-a', 'resident-a', now);

describe('Direct Line tokens', () => {
  it('gives back the claims of a token it issued, until it expires', () => {
    expect(tokens.verify(token, now)).toMatchObject({ conversationId: 'conversation-a', userId: 'resident-a' });
    expect(tokens.verify(token, now + tokens.lifetimeSeconds * 1000)).toBeUndefined();
  });

  // A token with a trailing segment was accepted for its conversation and refreshed (outside attack 25, A25-7).
  it.each([
    ['a segment appended', `${token}.x`],
    ['a dot appended', `${token}.`],
    ['the signature repeated', `${token}.${token.split('.')[1]}`],
    ['the payload alone', token.split('.')[0]!],
    ['the payload changed', `${token.split('.')[0]!.slice(0, -2)}AA.${token.split('.')[1]}`],
    ['another key’s signature', new DirectLineTokens(Buffer.alloc(32, 4)).issue('conversation-a', 'resident-a', now)],
    ['lower-cased', token.toLowerCase()],
  ])('refuses a token with %s', (_, changed) => {
    expect(tokens.verify(changed, now)).toBeUndefined();
  });
});
