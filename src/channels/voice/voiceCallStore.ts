import type { IdleConversationData, OpenConversation } from '../../storage/conversationRetention.js';
import type { SqlDatabase } from '../../storage/sql/sqlDatabase.js';
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
  /** The sentence of safety advice (with its number) last said on this call, '' for none: said again when a transfer is not answered. */
  safetyLine: string;
  /** A transfer on this call was not answered: the same transfer is not offered again. */
  transferUnanswered: boolean;
}

const silentTurn: SpokenTurn = { urgent: [], said: '', prompt: '' };

/**
 * Per-call state in the app's database, so a restart between two turns of a call (or between a
 * turn and the provider's retry of it), or the next webhook reaching another instance, loses
 * nothing. A row lives from the first webhook of a call to its final status callback (or the
 * conversation retention). Writes are whole-row upserts by call: the call's turns are already one
 * at a time (the conversation lock), so the last write is the call's state.
 */
export class VoiceCallStore implements IdleConversationData {
  constructor(
    private readonly database: SqlDatabase,
    private readonly now: () => Date,
  ) {}

  async call(conversationId: string): Promise<VoiceCall | undefined> {
    const row = await this.database.db.selectFrom('voice_calls').selectAll().where('conversation_id', '=', conversationId).executeTakeFirst();
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
        safetyLine: row.safety_line,
        transferUnanswered: row.transfer_unanswered === 1,
      }
    );
  }

  async save(conversationId: string, call: VoiceCall): Promise<void> {
    const row = {
      question: call.question,
      choices: call.choices,
      unheard: call.unheard,
      misses: call.misses,
      turns: call.turns,
      last_request: call.lastRequest,
      last_answer: call.lastAnswer,
      last_turn: JSON.stringify(call.lastTurn),
      safety_line: call.safetyLine,
      transfer_unanswered: call.transferUnanswered ? 1 : 0,
      updated_at: this.now().getTime(),
    };
    await this.database.db
      .insertInto('voice_calls')
      .values({ conversation_id: conversationId, ...row })
      .onConflict((conflict) => conflict.column('conversation_id').doUpdateSet(row))
      .execute();
  }

  /** The call has ended: nothing of it is needed any more. */
  async forget(conversationId: string): Promise<void> {
    await this.database.db.deleteFrom('voice_calls').where('conversation_id', '=', conversationId).execute();
  }

  async deleteIdleSince(cutoff: Date, open: readonly OpenConversation[]): Promise<number> {
    let query = this.database.db.deleteFrom('voice_calls').where('updated_at', '<', cutoff.getTime());
    if (open.length > 0) query = query.where('conversation_id', 'not in', open.map((conversation) => conversation.conversationId));
    return Number((await query.executeTakeFirst()).numDeletedRows);
  }
}
