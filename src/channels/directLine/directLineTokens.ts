import { createHmac, timingSafeEqual } from 'node:crypto';

export interface DirectLineTokenClaims {
  conversationId: string;
  userId: string;
  /** Expiry, seconds since the epoch. */
  expiresAt: number;
}

/**
 * Signed bearer tokens for the local Direct Line. A token names one conversation and one
 * user, so a resident's browser can read only its own conversation.
 */
export class DirectLineTokens {
  constructor(
    private readonly signingKey: Buffer,
    readonly lifetimeSeconds = 3600,
  ) {}

  issue(conversationId: string, userId: string, now = Date.now()): string {
    const claims: DirectLineTokenClaims = {
      conversationId,
      userId,
      expiresAt: Math.floor(now / 1000) + this.lifetimeSeconds,
    };
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return `${payload}.${this.sign(payload)}`;
  }

  /** The claims of a valid, unexpired token, exactly as issued (a token with anything appended is not one); undefined otherwise. */
  verify(token: string, now = Date.now()): DirectLineTokenClaims | undefined {
    const parts = token.split('.');
    if (parts.length !== 2) return undefined;
    const [payload, signature] = parts;
    if (!payload || !signature) return undefined;
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    try {
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as DirectLineTokenClaims;
      return claims.expiresAt > now / 1000 ? claims : undefined;
    } catch {
      return undefined;
    }
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.signingKey).update(payload).digest('base64url');
  }
}
