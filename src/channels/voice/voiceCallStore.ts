import { conversationIdsJson, type IdleConversationData, type OpenConversation } from '../../storage/conversationRetention.js';
import type { SqliteDatabase } from '../../storage/database.js';

/** What the phone channel remembers between two turns of a call, beside the bot's own state. */
export interface VoiceCall {
  /** The last sentence the caller heard (usually the question): said again after silence. */
  question: string;
  /** The choices last offered, as words with keypad numbers. */
  choices: string;
  /** The rest of a long answer, for "more". */
  unheard: string;
  /** Turns in a row with no speech, or speech too unsure to act on. */
  misses: number;
}

/**
 * Per-call state in SQLite, so a restart between two turns of a call loses nothing. A row lives
 * from the first webhook of a call to its final status callback (or the conversation retention).
 */
export class VoiceCallStore implements IdleConversationData {
  constructor(
    private readonly database: SqliteDatabase,
    private readonly now: () => Date,
  ) {
    database.exec(`CREATE TABLE IF NOT EXISTS voice_calls (
      conversation_id TEXT PRIMARY KEY,
      question TEXT NOT NULL,
      choices TEXT NOT NULL,
      unheard TEXT NOT NULL,
      misses INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    )`);
  }

  call(conversationId: string): VoiceCall | undefined {
    const row = this.database
      .prepare<[string], VoiceCall>('SELECT question, choices, unheard, misses FROM voice_calls WHERE conversation_id = ?')
      .get(conversationId);
    return row && { question: row.question, choices: row.choices, unheard: row.unheard, misses: row.misses };
  }

  save(conversationId: string, call: VoiceCall): void {
    this.database
      .prepare(
        `INSERT INTO voice_calls (conversation_id, question, choices, unheard, misses, updated_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (conversation_id) DO UPDATE SET question = excluded.question, choices = excluded.choices, unheard = excluded.unheard, misses = excluded.misses, updated_at = excluded.updated_at`,
      )
      .run(conversationId, call.question, call.choices, call.unheard, call.misses, this.now().getTime());
  }

  /** The call has ended: nothing of it is needed any more. */
  forget(conversationId: string): void {
    this.database.prepare('DELETE FROM voice_calls WHERE conversation_id = ?').run(conversationId);
  }

  async deleteIdleSince(cutoff: Date, open: readonly OpenConversation[]): Promise<number> {
    return this.database
      .prepare('DELETE FROM voice_calls WHERE updated_at < ? AND conversation_id NOT IN (SELECT value FROM json_each(?))')
      .run(cutoff.getTime(), conversationIdsJson(open)).changes;
  }
}
