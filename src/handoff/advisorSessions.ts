import { createHash, randomBytes } from 'node:crypto';
import type { SqlDatabase } from '../storage/sql/sqlDatabase.js';

export interface AdvisorSession {
  advisor: string;
  /** Required as `x-csrf-token` on every state-changing request of this session. */
  csrfToken: string;
  expiresAt: string;
}

export interface AdvisorSessionsOptions {
  database: SqlDatabase;
  /** Absolute lifetime; a shift plus a margin by default. */
  lifetimeMs?: number;
  now?: () => Date;
}

const randomToken = (): string => randomBytes(32).toString('base64url');
// Only a digest of the session id is stored, so a copy of the database cannot sign anyone in.
const digest = (sessionId: string): string => createHash('sha256').update(sessionId).digest('hex');

/**
 * Server-side advisor sessions in the app's database: they survive a restart, expire on their own,
 * and a session started on one instance is good on every other (no session affinity needed).
 */
export class AdvisorSessions {
  private readonly database: SqlDatabase;
  private readonly lifetimeMs: number;
  private readonly now: () => Date;
  /** Told of each session ended here, so its live streams on this instance close at once. */
  private readonly endListeners = new Set<(id: string) => void>();

  constructor({ database, lifetimeMs = 10 * 60 * 60 * 1000, now = () => new Date() }: AdvisorSessionsOptions) {
    this.database = database;
    this.lifetimeMs = lifetimeMs;
    this.now = now;
  }

  /** Starts a session; the returned id goes in the cookie and nowhere else. */
  async create(advisor: string): Promise<{ id: string; session: AdvisorSession }> {
    const now = this.now();
    await this.database.db.deleteFrom('handoff_advisor_sessions').where('expires_at', '<=', now.toISOString()).execute();
    const id = randomToken();
    const session: AdvisorSession = { advisor, csrfToken: randomToken(), expiresAt: new Date(now.getTime() + this.lifetimeMs).toISOString() };
    await this.database.db
      .insertInto('handoff_advisor_sessions')
      .values({ id_digest: digest(id), advisor: session.advisor, csrf_token: session.csrfToken, expires_at: session.expiresAt })
      .execute();
    return { id, session };
  }

  async find(id: string): Promise<AdvisorSession | undefined> {
    const row = await this.database.db
      .selectFrom('handoff_advisor_sessions')
      .select(['advisor', 'csrf_token', 'expires_at'])
      .where('id_digest', '=', digest(id))
      .where('expires_at', '>', this.now().toISOString())
      .executeTakeFirst();
    return row && { advisor: row.advisor, csrfToken: row.csrf_token, expiresAt: row.expires_at };
  }

  async end(id: string): Promise<void> {
    await this.database.db.deleteFrom('handoff_advisor_sessions').where('id_digest', '=', digest(id)).execute();
    for (const listener of this.endListeners) listener(id);
  }

  /** Hears every session ended on this instance (one ended on another is noticed at the next check). */
  onEnd(listener: (id: string) => void): () => void {
    this.endListeners.add(listener);
    return () => this.endListeners.delete(listener);
  }
}
