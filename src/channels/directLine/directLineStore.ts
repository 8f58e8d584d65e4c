import type { SqliteDatabase } from '../../storage/database.js';

/** A Bot Framework activity as JSON; Direct Line passes it through without interpreting it. */
export type ActivityJson = Record<string, unknown> & { id?: string; type?: string };

export interface DirectLineConversation {
  id: string;
  userId: string;
  started: boolean;
}

/**
 * The local Direct Line's durable log: each conversation's activities in order, so
 * Web Chat can poll with a watermark and pick up where it was after a restart.
 */
export class DirectLineStore {
  private readonly insertConversation;
  private readonly selectConversation;
  private readonly markStarted;
  private readonly insertActivity;
  private readonly selectSince;

  constructor(database: SqliteDatabase) {
    database.exec(`
      CREATE TABLE IF NOT EXISTS directline_conversations (
        id TEXT PRIMARY KEY, user_id TEXT NOT NULL, started INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')));
      CREATE TABLE IF NOT EXISTS directline_activities (
        seq INTEGER PRIMARY KEY AUTOINCREMENT, conversation_id TEXT NOT NULL, activity TEXT NOT NULL);
      CREATE INDEX IF NOT EXISTS directline_activities_by_conversation ON directline_activities (conversation_id, seq);
    `);
    this.insertConversation = database.prepare('INSERT OR IGNORE INTO directline_conversations (id, user_id) VALUES (?, ?)');
    this.selectConversation = database.prepare<[string], { id: string; user_id: string; started: number }>(
      'SELECT id, user_id, started FROM directline_conversations WHERE id = ?',
    );
    this.markStarted = database.prepare('UPDATE directline_conversations SET started = 1 WHERE id = ? AND started = 0');
    this.insertActivity = database.prepare('INSERT INTO directline_activities (conversation_id, activity) VALUES (?, ?)');
    this.selectSince = database.prepare<[string, number], { seq: number; activity: string }>(
      'SELECT seq, activity FROM directline_activities WHERE conversation_id = ? AND seq > ? ORDER BY seq',
    );
  }

  createConversation(id: string, userId: string): void {
    this.insertConversation.run(id, userId);
  }

  findConversation(id: string): DirectLineConversation | undefined {
    const row = this.selectConversation.get(id);
    return row && { id: row.id, userId: row.user_id, started: row.started === 1 };
  }

  /** True only for the first caller, so the bot is told of a new conversation once. */
  claimStart(id: string): boolean {
    return this.markStarted.run(id).changes === 1;
  }

  /** Appends an activity and returns the Direct Line id it is known by (derived from its position). */
  append(conversationId: string, activity: ActivityJson): string {
    const seq = Number(this.insertActivity.run(conversationId, JSON.stringify(activity)).lastInsertRowid);
    return activityId(conversationId, seq);
  }

  /** Activities after `watermark` (exclusive) and the new watermark. */
  activitiesSince(conversationId: string, watermark: number): { activities: ActivityJson[]; watermark: number } {
    const rows = this.selectSince.all(conversationId, watermark);
    return {
      activities: rows.map((row) => ({ ...(JSON.parse(row.activity) as ActivityJson), id: activityId(conversationId, row.seq) })),
      watermark: rows.length > 0 ? rows[rows.length - 1]!.seq : watermark,
    };
  }
}

function activityId(conversationId: string, seq: number): string {
  return `${conversationId}|${String(seq).padStart(7, '0')}`;
}
