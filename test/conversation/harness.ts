import { SqlCaseCheckGuard } from '../../src/cases/caseCheckGuard.js';
import { SqlCaseSystem } from '../../src/cases/sqlCaseSystem.js';
import { createConversation } from '../../src/conversation/conversation.js';
import { createHandoffs } from '../../src/conversation/handoffs.js';
import { freshMemory, type ConversationMemory } from '../../src/conversation/memory.js';
import type { HandoffContext, ResidentMessage, TurnOutput } from '../../src/conversation/turn.js';
import { createForms } from '../../src/forms/forms.js';
import type { DetailReader } from '../../src/forms/formRunner.js';
import type { TranscriptLine } from '../../src/handoff/handoffHub.js';
import { SqlHandoffHub } from '../../src/handoff/sqlHandoffHub.js';
import { createLogger } from '../../src/logger.js';
import type { BotReply } from '../../src/reply.js';
import { LexiconSentimentAnalyser } from '../../src/sentiment/lexiconSentimentAnalyser.js';
import { contractorFinder } from '../../src/sentiment/contractorMentions.js';
import { openDatabase } from '../../src/storage/database.js';
import { migrate } from '../../src/storage/sql/migrations.js';
import { openSqlite } from '../../src/storage/sql/sqlDatabase.js';
import type { ConversationEvent } from '../../src/telemetry/conversationEvents.js';
import { assessSafety } from '../../src/triage/safety.js';
import type { TriageLlm } from '../../src/triage/triage.js';
import { createAssistantTriage } from '../../src/conversation/assistantTriage.js';
import { bundledProfile, openBundledKnowledge } from '../support/offlineTriage.js';
import { temporaryDataDir } from '../support/tempDir.js';
import type { SafetyReading } from '../../src/llm/safetyCheck.js';

/** Thursday 5 November 2026, 10:00 in Northbrook: customer services is open; "yesterday" is Wednesday. */
export const thursdayMorning = new Date('2026-11-05T10:00:00Z');
/** Saturday 7 November 2026, 22:00: customer services is closed. */
export const saturdayNight = new Date('2026-11-07T22:00:00Z');

let knowledge: ReturnType<typeof openBundledKnowledge> | undefined;
/** The bundled knowledge on the shared index, opened once for every conversation in a test file. */
const sharedKnowledge = (): ReturnType<typeof openBundledKnowledge> => (knowledge ??= openBundledKnowledge());

/** What the bot said in one turn: every reply's text, and the last reply's buttons. */
export interface BotTurn {
  text: string;
  buttons: string[];
  replies: BotReply[];
  /** A handoff began this turn (what an engagement hub would receive). */
  handoff?: HandoffContext;
  ended: boolean;
}

export interface ConversationOptions {
  now?: Date;
  /** The model's slot extraction, or a stand-in for it. */
  readDetails?: DetailReader;
  /** A stand-in model for the triage (query rewriting, answers); none by default, as offline. */
  llm?: TriageLlm;
  /**
   * A stand-in for the nearest-examples reading (none by default): a test of what the conversation
   * does with a reading alone, whatever the trained models make of its words this round.
   */
  readSafetyByExample?: (text: string) => Promise<SafetyReading | undefined>;
}

/**
 * A council in-process: the real steps, forms, offline triage, SQLite cases and handoff queue in a
 * temporary folder, on one clock. Several residents can talk to it (`resident()`), sharing its cases
 * and queue, as they would share a server. No HTTP, no botbuilder: a turn takes milliseconds.
 */
export async function openCouncil({ now = thursdayMorning, readDetails, llm, readSafetyByExample }: ConversationOptions = {}) {
  const database = openDatabase(temporaryDataDir());
  const clock = () => now;
  const events: ConversationEvent[] = [];
  const shared = openSqlite(database);
  await migrate(shared);
  const cases = new SqlCaseSystem({ database: shared, profile: bundledProfile, now: clock });
  const hub = new SqlHandoffHub({ database: shared, now: clock });
  const transcripts = new Map<string, TranscriptLine[]>();
  const transcriptOf = (conversationId: string): TranscriptLine[] => transcripts.get(conversationId) ?? transcripts.set(conversationId, []).get(conversationId)!;
  const telemetry = { record: (event: ConversationEvent) => void events.push(event) };
  const conversation = createConversation({
    assessSafety,
    ...(readSafetyByExample && { readSafetyByExample }),
    // The conversation's clock, so safety replies and the conversation agree on whether we are open.
    triage: createAssistantTriage({ profile: bundledProfile, knowledge: await sharedKnowledge(), knowledgeDir: 'knowledge', now: clock, ...(llm && { llm }) }),
    forms: createForms({ cases, caseChecks: new SqlCaseCheckGuard({ database: shared, now: clock }), profile: bundledProfile, now: clock, ...(readDetails && { readDetails }) }),
    handoffs: createHandoffs({
      hub,
      profile: bundledProfile,
      conversationSoFar: async ({ conversationId }) => [...transcriptOf(conversationId)],
      suggestArticles: async () => [],
      summarise: async ({ topic }) => `About ${topic}`,
      telemetry,
      onHandoff: () => undefined,
      now: clock,
    }),
    sentiment: new LexiconSentimentAnalyser(),
    contractorsNamed: contractorFinder(bundledProfile.contractors),
    telemetry,
    profile: bundledProfile,
    logger: createLogger('silent'),
    now: clock,
  });

  /** What one call into the core said, and the memory passed through JSON around it as storage would. */
  function speaker(conversationId: string) {
    let stored = JSON.stringify(freshMemory());
    return {
      memory: (): ConversationMemory => JSON.parse(stored) as ConversationMemory,
      async speak(run: (memory: ConversationMemory, out: TurnOutput) => Promise<void>, said?: string): Promise<BotTurn> {
        const memory = JSON.parse(stored) as ConversationMemory;
        const replies: BotReply[] = [];
        const turn: BotTurn = { text: '', buttons: [], replies, ended: false };
        const out: TurnOutput = {
          say: async (reply) => void replies.push(reply),
          typing: async () => undefined,
          draft: () => undefined,
          end: async () => void (turn.ended = true),
          handoffStarted: async (handoff) => void (turn.handoff = handoff),
        };
        await run(memory, out);
        stored = JSON.stringify(memory);
        // The turn saw the conversation before it, as the edge's transcript store gives it.
        if (said !== undefined) transcriptOf(conversationId).push({ from: 'resident', text: said, at: now.toISOString() });
        transcriptOf(conversationId).push(...replies.map((reply) => ({ from: 'bot' as const, text: reply.text, at: now.toISOString() })));
        turn.text = replies.map((reply) => reply.text).join('\n\n');
        turn.buttons = (replies.at(-1)?.choices ?? []).map((choice) => choice.label);
        return turn;
      },
      /** The memory as it was before the last turn: that turn's save was lost (its database went away after its writes). */
      forgetLastTurn(before: string): void {
        stored = before;
      },
      saved: (): string => stored,
    };
  }

  /** A resident in a conversation of their own with this council. */
  function resident(conversationId = `conversation-${Math.random().toString(36).slice(2)}`) {
    const { memory, speak, forgetLastTurn, saved } = speaker(conversationId);
    const say = async (text: string, extra: Partial<ResidentMessage> = {}): Promise<BotTurn> =>
      speak((memory, out) => conversation.handle({ conversationId, channel: 'test', userId: `resident-of-${conversationId}`, text, ...extra }, memory, out), text);
    return {
      conversationId,
      memory,
      say,
      /** A message whose turn wrote what it wrote, then failed before the conversation's memory was saved: the resident heard nothing. */
      async sayButTurnFails(text: string, extra: Partial<ResidentMessage> = {}): Promise<void> {
        const before = saved();
        await say(text, extra);
        forgetLastTurn(before);
      },
      /** The case a reference in the bot's words names. */
      async caseFrom(turn: BotTurn) {
        const reference = turn.replies.find((reply) => reply.caseReference)?.caseReference;
        return reference ? cases.find(reference) : undefined;
      },
      /** This conversation's place in the handoff queue, as the advisor console lists it. */
      async queued() {
        return (await hub.list('waiting')).find((entry) => entry.conversationId === conversationId);
      },
      /** An advisor picked the conversation up from the queue. */
      async advisorAccepted(advisor = 'Sam Patel'): Promise<BotTurn> {
        await hub.accept(conversationId, advisor);
        return speak((memory, out) => conversation.handoffAccepted(memory, out, advisor));
      },
      /** An advisor ended the handoff: the bot takes the conversation back. */
      async advisorEnded(): Promise<BotTurn> {
        return speak((memory, out) => conversation.handoffEnded(conversationId, memory, out));
      },
      /** What the advisor sees of the conversation. */
      transcript: async () => (await hub.latest(conversationId))?.transcript ?? [],
    };
  }

  return { resident, cases, hub, events };
}

/** One resident talking to a council of their own (see `openCouncil`). */
export async function openConversation(options: ConversationOptions = {}) {
  const council = await openCouncil(options);
  return { ...council.resident(), cases: council.cases, hub: council.hub, events: council.events };
}

export type Council = Awaited<ReturnType<typeof openCouncil>>;
export type Resident = Awaited<ReturnType<typeof openConversation>>;

/** Answers the form's questions by what each asks, until a summary (or `limit` turns); the summary turn. */
export async function answerUntilSummary(resident: Resident, first: BotTurn, answers: [RegExp, string][], limit = 12): Promise<BotTurn> {
  let turn = first;
  for (let step = 0; step < limit && !/Please check these details/.test(turn.text); step += 1) {
    const question = turn.text.split('\n\n').at(-1) ?? '';
    const answer = answers.find(([asks]) => asks.test(question))?.[1];
    if (!answer) throw new Error(`no scripted answer for: ${question}`);
    turn = await resident.say(answer);
  }
  return turn;
}
