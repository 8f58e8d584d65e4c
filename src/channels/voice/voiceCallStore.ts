import { conversationIdsJson, type IdleConversationData, type OpenConversation } from '../../storage/conversationRetention.js';
import type { SqliteDatabase } from '../../storage/database.js';
import type { SpokenTurn } from './twimlResponse.js';

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
  /** Turns answered so far: numbers the next turn's webhook address, so a retry can be told from the caller saying the same again. */
  turns: number;
  /** The fingerprint of the last webhook answered (its address and every parameter). */
  lastRequest: string;
  /** The TwiML it was answered with: a replay of that webhook gets it again, without a second turn. */
  lastAnswer: string;
  /** What the caller heard last, for "say that again". */
  lastTurn: SpokenTurn;
}

interface Row {
  question: string;
  choices: string;
  unheard: string;
  misses: number;
  turns: number;
  last_request: string;
  last_answer: string;
  last_turn: string;
}

const silentTurn: SpokenTurn = { urgent: [], said: '', prompt: '' };

/** Columns added after the table first shipped: a data directory from before gets them with their defaults. */
const addedColumns = [
  ['turns', 'INTEGER NOT NULL DEFAULT 0'],
  ['last_request', "TEXT NOT NULL DEFAULT ''"],
  ['last_answer', "TEXT NOT NULL DEFAULT ''"],
  ['last_turn', "TEXT NOT NULL DEFAULT ''"],
] as const;

/**
 * Per-call state in SQLite, so a restart between two turns of a call (or between a turn and the
 * provider's retry of it) loses nothing. A row lives from the first webhook of a call to its final
 * status callback (or the conversation retention).
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
    for (const [name, definition] of addedColumns) {
      if (!database.prepare("SELECT 1 FROM pragma_table_info('voice_calls') WHERE name = ?").get(name)) database.exec(`ALTER TABLE voice_calls ADD COLUMN ${name} ${definition}`);
    }
  }

  call(conversationId: string): VoiceCall | undefined {
    const row = this.database
      .prepare<[string], Row>('SELECT question, choices, unheard, misses, turns, last_request, last_answer, last_turn FROM voice_calls WHERE conversation_id = ?')
      .get(conversationId);
    return (
      row && {
        question: row.question,
        choices: row.choices,
        unheard: row.unheard,
        misses: row.misses,
        turns: row.turns,
        lastRequest: row.last_request,
        lastAnswer: row.last_answer,
        lastTurn: row.last_turn ? (JSON.parse(row.last_turn) as SpokenTurn) : silentTurn,
      }
    );
  }

  save(conversationId: string, call: VoiceCall): void {
    this.database
      .prepare(
        `INSERT INTO voice_calls (conversation_id, question, choices, unheard, misses, turns, last_request, last_answer, last_turn, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (conversation_id) DO UPDATE SET question = excluded.question, choices = excluded.choices, unheard = excluded.unheard, misses = excluded.misses,
           turns = excluded.turns, last_request = excluded.last_request, last_answer = excluded.last_answer, last_turn = excluded.last_turn, updated_at = excluded.updated_at`,
      )
      .run(conversationId, call.question, call.choices, call.unheard, call.misses, call.turns, call.lastRequest, call.lastAnswer, JSON.stringify(call.lastTurn), this.now().getTime());
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
