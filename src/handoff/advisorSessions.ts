import { createHash, randomBytes } from 'node:crypto';
import type { SqliteDatabase } from '../storage/database.js';

export interface AdvisorSession {
  advisor: string;
  /** Required as `x-csrf-token` on every state-changing request of this session. */
  csrfToken: string;
  expiresAt: string;
}

interface SessionRow {
  advisor: string;
  csrf_token: string;
  expires_at: string;
}

export interface AdvisorSessionsOptions {
  database: SqliteDatabase;
  /** Absolute lifetime; a shift plus a margin by default. */
  lifetimeMs?: number;
  now?: () => Date;
}

const randomToken = (): string => randomBytes(32).toString('base64url');
// Only a digest of the session id is stored, so a copy of the database cannot sign anyone in.
const digest = (sessionId: string): string => createHash('sha256').update(sessionId).digest('hex');

/** Server-side advisor sessions in SQLite: they survive a restart and expire on their own. */
export class AdvisorSessions {
  private readonly lifetimeMs: number;
  private readonly now: () => Date;
  private readonly statements;

  constructor({ database, lifetimeMs = 10 * 60 * 60 * 1000, now = () => new Date() }: AdvisorSessionsOptions) {
    this.lifetimeMs = lifetimeMs;
    this.now = now;
    database.exec(`CREATE TABLE IF NOT EXISTS handoff_advisor_sessions (
      id_digest TEXT PRIMARY KEY,
      advisor TEXT NOT NULL,
      csrf_token TEXT NOT NULL,
      expires_at TEXT NOT NULL
    )`);
    this.statements = {
      insert: database.prepare<[string, string, string, string]>(
        'INSERT INTO handoff_advisor_sessions (id_digest, advisor, csrf_token, expires_at) VALUES (?, ?, ?, ?)',
      ),
      select: database.prepare<[string, string], SessionRow>(
        'SELECT advisor, csrf_token, expires_at FROM handoff_advisor_sessions WHERE id_digest = ? AND expires_at > ?',
      ),
      delete: database.prepare<[string]>('DELETE FROM handoff_advisor_sessions WHERE id_digest = ?'),
      deleteExpired: database.prepare<[string]>('DELETE FROM handoff_advisor_sessions WHERE expires_at <= ?'),
    };
  }

  /** Starts a session; the returned id goes in the cookie and nowhere else. */
  create(advisor: string): { id: string; session: AdvisorSession } {
    const now = this.now();
    this.statements.deleteExpired.run(now.toISOString());
    const id = randomToken();
    const session: AdvisorSession = { advisor, csrfToken: randomToken(), expiresAt: new Date(now.getTime() + this.lifetimeMs).toISOString() };
    this.statements.insert.run(digest(id), session.advisor, session.csrfToken, session.expiresAt);
    return { id, session };
  }

  find(id: string): AdvisorSession | undefined {
    const row = this.statements.select.get(digest(id), this.now().toISOString());
    return row && { advisor: row.advisor, csrfToken: row.csrf_token, expiresAt: row.expires_at };
  }

  end(id: string): void {
    this.statements.delete.run(digest(id));
  }
}
