import { ConversationState, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { DialogSet, type DialogState } from 'botbuilder-dialogs';
import { fileURLToPath } from 'node:url';
import { renderReply } from '../../src/channels/render.js';
import { SqliteCaseCheckGuard } from '../../src/cases/caseCheckGuard.js';
import { SqliteCaseSystem } from '../../src/cases/sqliteCaseSystem.js';
import {
  createServiceDialogs,
  type DetailLine,
  type ServiceDialogId,
  type ServiceDialogOptions,
  type ServiceDialogResult,
} from '../../src/dialogs/serviceDialogs.js';
import type { DetailReader } from '../../src/dialogs/flowDialog.js';
import { loadCouncilProfile } from '../../src/profile/councilProfile.js';
import { openDatabase, type SqliteDatabase } from '../../src/storage/database.js';
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
  /** Shared between two conversations to simulate a server restart. */
  storage?: MemoryStorage;
  database?: SqliteDatabase;
  /** The LLM's slot extraction, or a stand-in for it. */
  readDetails?: DetailReader;
  /** Who is talking: another conversation (or another channel user) is another resident. */
  resident?: { conversationId: string; userId: string };
}

/**
 * A resident talking to the service dialogs through botbuilder's TestAdapter, with a tiny
 * pipeline: the first message starts the named flow (and is its initial text), later ones
 * continue it, and an ended flow's reply is sent the way the real pipeline sends it.
 */
export function openConversation({
  now = thursdayMorning,
  storage = new MemoryStorage(),
  database = openDatabase(temporaryDataDir()),
  readDetails,
  resident = { conversationId: 'conversation-1', userId: 'resident-1' },
}: ConversationOptions = {}) {
  const cases = new SqliteCaseSystem({ database, profile, now: () => now });
  const serviceDialogs = createServiceDialogs({ cases, caseChecks: new SqliteCaseCheckGuard({ database, now: () => now }), profile, now: () => now, ...(readDetails && { readDetails }) });
  const conversationState = new ConversationState(storage);
  const dialogs = new DialogSet(conversationState.createProperty<DialogState>('dialogState'));
  dialogs.add(serviceDialogs);
  const results: ServiceDialogResult[] = [];
  const notRunningTurns: string[] = [];
  const interruptedWith: DetailLine[][] = [];
  let starting: { flow: ServiceDialogId; options: ServiceDialogOptions } | undefined;
  let interrupting = false;

  const adapter = new TestAdapter(async (context) => {
    const dc = await dialogs.createContext(context);
    const text = context.activity.text ?? '';
    if (interrupting) {
      // What the pipeline does on an emergency or safeguarding disclosure mid-flow.
      interruptedWith.push(serviceDialogs.detailsCollectedSoFar(dc));
      await dc.cancelAllDialogs();
      await conversationState.saveChanges(context);
      return;
    }
    const turn = starting
      ? await serviceDialogs.startFlow(dc, starting.flow, { ...starting.options, initialText: text })
      : await serviceDialogs.continueFlow(dc);
    starting = undefined;
    if (turn.status === 'not-running') notRunningTurns.push(text);
    if (turn.status === 'ended') {
      results.push(turn.result);
      if ('reply' in turn.result) await context.sendActivity(renderReply(turn.result.reply));
    }
    await conversationState.saveChanges(context);
  }, { conversation: { id: resident.conversationId, isGroup: false, name: resident.conversationId, conversationType: 'personal' }, from: { id: resident.userId, name: 'resident' } });

  /** Text, or a whole activity (a photo, a shared location). */
  async function say(message: string | Partial<Activity>): Promise<BotTurn> {
    await adapter.receiveActivity(message);
    const sent = adapter.activeQueue.splice(0) as Partial<Activity>[];
    const last = sent.at(-1);
    return {
      text: sent.map((activity) => activity.text ?? '').join('\n\n'),
      buttons: (last?.suggestedActions?.actions ?? []).map((action) => action.title ?? ''),
    };
  }

  return {
    cases,
    database,
    storage,
    results,
    notRunningTurns,
    serviceDialogs,
    /** The resident's first message, which starts `flow`. */
    start(flow: ServiceDialogId, text: string, options: ServiceDialogOptions = {}): Promise<BotTurn> {
      starting = { flow, options };
      return say(text);
    },
    say,
    /** A message the pipeline acts on itself, cancelling the flow and keeping the details given so far. */
    async interrupt(text: string): Promise<DetailLine[] | undefined> {
      interrupting = true;
      await say(text);
      interrupting = false;
      return interruptedWith.at(-1);
    },
    /** Several answers in a row; the bot's turn after the last one. */
    async answer(...texts: string[]): Promise<BotTurn> {
      let turn: BotTurn = { text: '', buttons: [] };
      for (const text of texts) turn = await say(text);
      return turn;
    },
    lastResult(): ServiceDialogResult | undefined {
      return results.at(-1);
    },
    /** The reference of the case the last flow recorded. */
    lastReference(): string {
      const result = results.at(-1);
      if (result?.kind !== 'submitted') throw new Error(`the last flow recorded no case: ${result?.kind}`);
      return result.reference;
    },
    caseCount(): number {
      return (database.prepare('SELECT COUNT(*) AS count FROM cases').get() as { count: number }).count;
    },
  };
}
