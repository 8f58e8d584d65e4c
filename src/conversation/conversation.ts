import { setImmediate as nextLoopTurn } from 'node:timers/promises';
import type { ConversationMemory } from './memory.js';
import { withoutCallBack } from './noCallBack.js';
import { advisorJoined, anythingElseQuestion, handoffEndedSurvey, noAdvisorAvailable } from './phrases.js';
import { readMessage } from './steps/01-readMessage.js';
import { checkSafety } from './steps/02-checkSafety.js';
import { unreadableMedia } from './steps/03-unreadableMedia.js';
import { relayToAdvisor } from './steps/04-relayToAdvisor.js';
import { raiseConcern } from './steps/05-raiseConcern.js';
import { setBoundary } from './steps/06-setBoundary.js';
import { answerBotQuestion } from './steps/07-answerBotQuestion.js';
import { continueFormInProgress } from './steps/08-continueForm.js';
import { route } from './steps/09-route.js';
import type { ConversationPorts, ResidentMessage, Step, Turn, TurnOutput } from './turn.js';
import { noSentiment } from '../sentiment/sentiment.js';
import type { BotReply } from '../reply.js';
import type { SafetyAssessment } from '../triage/safety.js';
import type { CouncilProfile } from '../profile/councilProfile.js';

/**
 * One resident message, top to bottom: each step handles the turn or passes it on. Safety comes
 * before anything else, every time; a step that adds a new kind of turn goes where it belongs in
 * this list, in its own file in ./steps/.
 */
const steps: readonly Step[] = [
  readMessage, //          1. bounded work; nothing said → a form asks again
  checkSafety, //          2. safety triage (every message, first) and sentiment
  unreadableMedia, //      3. media the assistant cannot open
  relayToAdvisor, //       4. an open handoff: relay to the advisor (after any safety advice)
  raiseConcern, //         5. an emergency or disclosure interrupts; the grey zone gets one question
  setBoundary, //          6. abuse gets a boundary
  answerBotQuestion, //    7. an answer to the bot's own question (safety question, helpful?, rating, an offer)
  continueFormInProgress, // 8. a form in progress takes its answer; anything else goes on
  route, //                9. route: a form to start, a person, small talk or a grounded answer
];

/**
 * Runs the steps from `index`, giving the event loop a turn before each after the first. A step's
 * work is synchronous (rules, retrieval, SQLite) chained by promises, so without the pause the
 * turns admitted together ran whole in one pass of the loop: under 50 concurrent conversations
 * timers and health probes waited 120–140 ms; with it, 37–55 ms, for the same turns a second.
 */
async function runSteps(turn: Turn, index = 0): Promise<void> {
  const step = steps[index];
  if (!step) return;
  if (index > 0) await nextLoopTurn();
  return step(turn, () => runSteps(turn, index + 1));
}

/**
 * The conversation core: plain code the project owns. A channel's edge turns its activity into a
 * `ResidentMessage`, loads the conversation's memory, and passes a `TurnOutput` that speaks its
 * protocol; the turn changes the memory in place, and the edge saves it. Every reply is
 * channel-neutral (`BotReply`): the channel rendering shapes it.
 */
export function createConversation(ports: ConversationPorts) {
  const { profile, telemetry, handoffs } = ports;

  return {
    async handle(message: ResidentMessage, memory: ConversationMemory, out: TurnOutput): Promise<void> {
      const offers = withOffers(out, memory, profile);
      const turn: Turn = {
        message,
        memory,
        ports,
        out: offers.out,
        bounded: { read: message.text, checked: message.text, unread: 'none' },
        text: message.text,
        // Filled by step 2, which every turn with something in it reaches.
        safety: notYetAssessed,
        sentiment: noSentiment,
      };
      await runSteps(turn);
      // An offer made last ("I can ask someone to call you back") waits for a plain yes or no, unless another question does.
      if (offers.last && !memory.awaiting) memory.awaiting = { kind: 'offer', choice: offers.last };
      // "Is there anything else I can help with?" said last waits for a "no" that ends the conversation.
      if (!memory.awaiting && offers.lastText?.endsWith(anythingElseQuestion)) memory.awaiting = { kind: 'anything-else' };
      if (!turn.outcome) return;
      const { route, topic } = turn.outcome;
      const { safety } = turn;
      const ids = { conversationId: message.conversationId, channel: message.channel };
      ports.logger.info({ ...ids, topic, route, emergency: safety.emergency, safeguarding: safety.safeguarding, evidence: safety.evidence }, 'message handled');
      telemetry.record({ name: 'message', ...ids, topic, route, sentiment: turn.sentiment, contractors: ports.contractorsNamed(turn.text) });
    },

    /** An advisor picked up the conversation (the embedded console, or an engagement hub's status event). */
    async handoffAccepted(memory: ConversationMemory, out: TurnOutput, advisor: string): Promise<void> {
      if (memory.advisorAnnounced === advisor) return;
      memory.advisorAnnounced = advisor;
      await out.say({ text: advisorJoined(advisor) });
    },

    /** The advisor finished: the bot takes the conversation back and asks for a rating. */
    async handoffEnded(conversationId: string, memory: ConversationMemory, out: TurnOutput): Promise<void> {
      await handoffs.close(conversationId);
      delete memory.advisorAnnounced;
      memory.awaiting = { kind: 'satisfaction' };
      memory.lowConfidenceTurns = 0;
      memory.sentiment = [];
      await out.say(handoffEndedSurvey);
    },

    /** An engagement hub could not find an advisor: close our record and offer a call back. */
    async handoffFailed(conversationId: string, memory: ConversationMemory, out: TurnOutput): Promise<void> {
      await handoffs.close(conversationId);
      const reply = noAdvisorAvailable(profile);
      await out.say(reply);
      if (reply.offer) memory.awaiting = { kind: 'offer', choice: reply.offer };
    },
  };
}

const notYetAssessed: SafetyAssessment = { emergency: null, emergencyInfo: null, safeguarding: null, wantsHuman: false, abusive: false, safetyCheck: null, evidence: [] };

/**
 * Notes the offer and the words of the last reply said, so "yes please" can take it next turn; and
 * once the resident has said we must not call them, takes every call-back offer out (`withoutCallBack`).
 */
function withOffers(out: TurnOutput, memory: ConversationMemory, profile: CouncilProfile): { out: TurnOutput; last: string | undefined; lastText?: string } {
  let saidOtherWays = false;
  const tracked: { out: TurnOutput; last: string | undefined; lastText?: string } = {
    last: undefined,
    out: {
      say: async (said: BotReply) => {
        let reply = said;
        if (memory.noCalls) {
          const guarded = withoutCallBack(said, profile, saidOtherWays);
          reply = guarded.reply;
          saidOtherWays ||= guarded.saidOtherWays;
        }
        tracked.last = reply.offer;
        tracked.lastText = reply.text;
        await out.say(reply);
      },
      typing: () => out.typing(),
      draft: (textSoFar) => out.draft(textSoFar),
      end: () => out.end(),
      handoffStarted: (handoff) => out.handoffStarted(handoff),
    },
  };
  return tracked;
}
export type Conversation = ReturnType<typeof createConversation>;
