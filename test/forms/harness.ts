import type { Activity } from 'botbuilder';
import { fileURLToPath } from 'node:url';
import { evidenceIn } from '../../src/channels/inboundMedia.js';
import { SqlCaseCheckGuard } from '../../src/cases/caseCheckGuard.js';
import type { CaseSystem } from '../../src/cases/caseSystem.js';
import { SqlCaseSystem } from '../../src/cases/sqlCaseSystem.js';
import { createForms } from '../../src/forms/forms.js';
import type { DetailReader, FormState, FormStart, FormTurn } from '../../src/forms/formRunner.js';
import type { FormId } from '../../src/forms/formIds.js';
import type { DetailLine, FormResult } from '../../src/forms/formResult.js';
import { loadCouncilProfile } from '../../src/profile/councilProfile.js';
import { openDatabase, type SqliteDatabase } from '../../src/storage/database.js';
import { migrate } from '../../src/storage/sql/migrations.js';
import { openSqlite } from '../../src/storage/sql/sqlDatabase.js';
import { temporaryDataDir } from '../support/tempDir.js';

export const profile = loadCouncilProfile(fileURLToPath(new URL('../../knowledge/council.yaml', import.meta.url)));

/** Thursday 5 November 2026, 10:00 in Northbrook: "yesterday" is Wednesday 4 November. */
export const thursdayMorning = new Date('2026-11-05T10:00:00Z');

export interface BotTurn {
  /** Every message the bot sent this turn, joined: prompts, then the final reply when a flow ended. */
  text: string;
  /** Button labels of the last message. */
  buttons: string[];
}

export interface ConversationOptions {
  now?: Date;
  /** Shared between two conversations to simulate a server restart: the form's state as stored (JSON). */
  storage?: Map<string, string>;
  database?: SqliteDatabase;
  /** The LLM's slot extraction, or a stand-in for it. */
  readDetails?: DetailReader;
  /** Who is talking: another conversation (or another channel user) is another resident. */
  resident?: { conversationId: string; userId: string };
}

/**
 * A resident talking to the form runner directly, with a tiny conversation around it: the first
 * message starts the named form (and is what the resident has said), later ones continue it, an
 * ended form's reply is said the way the conversation says it, and the state goes through JSON
 * between turns as it does in storage.
 */
export function openConversation({
  now = thursdayMorning,
  storage = new Map<string, string>(),
  database = openDatabase(temporaryDataDir()),
  readDetails,
  resident = { conversationId: 'conversation-1', userId: 'resident-1' },
}: ConversationOptions = {}) {
  const shared = openSqlite(database);
  // Opening stays synchronous for the tests: the schema is brought up to date before the first case is touched.
  const migrated = migrate(shared);
  const recorded = new SqlCaseSystem({ database: shared, profile, now: () => now });
  const cases: CaseSystem = {
    create: async (input) => (await migrated, recorded.create(input)),
    find: async (reference) => (await migrated, recorded.find(reference)),
    list: async (filter) => (await migrated, recorded.list(filter)),
  };
  const forms = createForms({ cases, caseChecks: new SqlCaseCheckGuard({ database: shared, now: () => now }), profile, now: () => now, ...(readDetails && { readDetails }) });
  const caller = { channel: 'test', conversationId: resident.conversationId, userId: resident.userId };
  const results: FormResult[] = [];
  /** Messages that arrived with no form in progress, or that the form gave back to the conversation. */
  const notRunningTurns: string[] = [];
  const interruptedWith: DetailLine[][] = [];
  let starting: { form: FormId; options: Omit<FormStart, 'said'> } | undefined;

  const stored = (): FormState | undefined => {
    const json = storage.get(resident.conversationId);
    return json ? (JSON.parse(json) as FormState) : undefined;
  };
  const store = (state: FormState | undefined): void => {
    if (state) storage.set(resident.conversationId, JSON.stringify(state));
    else storage.delete(resident.conversationId);
  };

  function said(turn: FormTurn): BotTurn {
    if (turn.status === 'not-an-answer') return { text: '', buttons: [] };
    const replies = [...turn.replies, ...(turn.status === 'ended' && 'reply' in turn.result ? [turn.result.reply] : [])];
    return { text: replies.map((reply) => reply.text).join('\n\n'), buttons: (replies.at(-1)?.choices ?? []).map((choice) => choice.label) };
  }

  /** Text, or a whole activity (a photo, a shared location). */
  async function say(message: string | Partial<Activity>): Promise<BotTurn> {
    const activity: Partial<Activity> = typeof message === 'string' ? { type: 'message', text: message } : message;
    const text = (activity.text ?? '').trim();
    const evidence = evidenceIn(activity);
    await migrated;
    const state = stored();
    let turn: FormTurn;
    if (starting) {
      turn = await forms.start(starting.form, { ...starting.options, said: text ? [text] : [] }, caller);
      starting = undefined;
    } else if (state) {
      turn = await forms.continue(state, { text, ...(evidence && { evidence }) }, caller, (words) => words.trim().endsWith('?'));
    } else {
      notRunningTurns.push(text);
      return { text: '', buttons: [] };
    }
    if (turn.status === 'not-an-answer') notRunningTurns.push(text);
    if (turn.status === 'ended') results.push(turn.result);
    if (turn.status !== 'not-an-answer') store(turn.status === 'waiting' ? turn.state : undefined);
    return said(turn);
  }

  return {
    cases,
    database,
    storage,
    results,
    notRunningTurns,
    forms,
    /** The resident's first message, which starts `form`. */
    start(form: FormId, text: string, options: Omit<FormStart, 'said'> = {}): Promise<BotTurn> {
      starting = { form, options };
      return say(text);
    },
    say,
    /** A message the conversation acts on itself (an emergency), stopping the form and keeping the details given so far. */
    async interrupt(_text: string): Promise<DetailLine[] | undefined> {
      const state = stored();
      if (!state) return undefined;
      interruptedWith.push(forms.detailsSoFar(state));
      store(undefined);
      return interruptedWith.at(-1);
    },
    /** Several answers in a row; the bot's turn after the last one. */
    async answer(...texts: string[]): Promise<BotTurn> {
      let turn: BotTurn = { text: '', buttons: [] };
      for (const text of texts) turn = await say(text);
      return turn;
    },
    lastResult(): FormResult | undefined {
      return results.at(-1);
    },
    /** The reference of the case the last form recorded. */
    lastReference(): string {
      const result = results.at(-1);
      if (result?.kind !== 'submitted') throw new Error(`the last form recorded no case: ${result?.kind}`);
      return result.reference;
    },
    caseCount(): number {
      return (database.prepare('SELECT COUNT(*) AS count FROM cases').get() as { count: number }).count;
    },
  };
}
