import { conversationIdsJson, type IdleConversationData, type OpenConversation } from '../../storage/conversationRetention.js';
import type { SqliteDatabase } from '../../storage/database.js';

/** A Bot Framework activity as JSON; Direct Line passes it through without interpreting it. */
export type ActivityJson = Record<string, unknown> & { id?: string; type?: string };

export interface DirectLineConversation {
  id: string;
  userId: string;
  started: boolean;
}

/**
 * Databases made before retention have no `updated_at`: add it, starting every conversation's clock
 * now (created_at says nothing about the latest message, so it could delete a conversation in use).
 */
function addUpdatedAt(database: SqliteDatabase, now: Date): void {
  const present = database.prepare("SELECT 1 FROM pragma_table_info('directline_conversations') WHERE name = 'updated_at'").get();
  if (present) return;
  database.transaction(() => {
    database.exec("ALTER TABLE directline_conversations ADD COLUMN updated_at TEXT NOT NULL DEFAULT ''");
    database.prepare('UPDATE directline_conversations SET updated_at = ?').run(now.toISOString());
  })();
}

/**
 * The local Direct Line's durable log: each conversation's activities in order, so
 * Web Chat can poll with a watermark and pick up where it was after a restart.
 */
export class DirectLineStore implements IdleConversationData {
  private readonly insertConversation;
  private readonly selectConversation;
  private readonly markStarted;
  private readonly insertActivity;
  private readonly touchConversation;
  private readonly selectSince;
  private readonly deleteIdle;

  constructor(
    database: SqliteDatabase,
    private readonly now: () => Date = () => new Date(),
  ) {
    database.exec(`
      CREATE TABLE IF NOT EXISTS directline_conversations (
        id TEXT PRIMARY KEY, user_id TEXT NOT NULL, started INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
        updated_at TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS directline_activities (
        seq INTEGER PRIMARY KEY AUTOINCREMENT, conversation_id TEXT NOT NULL, activity TEXT NOT NULL);
      CREATE INDEX IF NOT EXISTS directline_activities_by_conversation ON directline_activities (conversation_id, seq);
    `);
    addUpdatedAt(database, now());
    this.insertConversation = database.prepare<[string, string, string]>('INSERT OR IGNORE INTO directline_conversations (id, user_id, updated_at) VALUES (?, ?, ?)');
    this.selectConversation = database.prepare<[string], { id: string; user_id: string; started: number }>(
      'SELECT id, user_id, started FROM directline_conversations WHERE id = ?',
    );
    this.markStarted = database.prepare('UPDATE directline_conversations SET started = 1 WHERE id = ? AND started = 0');
    this.insertActivity = database.prepare('INSERT INTO directline_activities (conversation_id, activity) VALUES (?, ?)');
    this.touchConversation = database.prepare<[string, string]>('UPDATE directline_conversations SET updated_at = ? WHERE id = ?');
    this.selectSince = database.prepare<[string, number], { seq: number; activity: string }>(
      'SELECT seq, activity FROM directline_activities WHERE conversation_id = ? AND seq > ? ORDER BY seq',
    );
    const idle = 'SELECT id FROM directline_conversations WHERE updated_at < @cutoff AND id NOT IN (SELECT value FROM json_each(@open))';
    const deleteActivities = database.prepare<[{ cutoff: string; open: string }]>(`DELETE FROM directline_activities WHERE conversation_id IN (${idle})`);
    const deleteConversations = database.prepare<[{ cutoff: string; open: string }]>(`DELETE FROM directline_conversations WHERE id IN (${idle})`);
    this.deleteIdle = database.transaction((cutoff: string, open: string) => {
      const activities = deleteActivities.run({ cutoff, open }).changes;
      return activities + deleteConversations.run({ cutoff, open }).changes;
    });
  }

  createConversation(id: string, userId: string): void {
    this.insertConversation.run(id, userId, this.now().toISOString());
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
    this.touchConversation.run(this.now().toISOString(), conversationId);
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

  /** Retention: conversations with no activity since `cutoff`, and their activities, except open ones. */
  async deleteIdleSince(cutoff: Date, open: readonly OpenConversation[]): Promise<number> {
    return this.deleteIdle(cutoff.toISOString(), conversationIdsJson(open));
  }
}

function activityId(conversationId: string, seq: number): string {
  return `${conversationId}|${String(seq).padStart(7, '0')}`;
}
