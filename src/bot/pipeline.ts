import { ActivityTypes, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import type { Logger } from '../logger.js';
import type { CouncilProfile } from '../profile/councilProfile.js';
import { renderReply } from '../channels/render.js';
import type { Triage } from '../triage/triage.js';
import { abuseBoundaryReply } from '../triage/safetyReplies.js';
import type { TopicId } from '../triage/topics.js';
import type { MessageHandler } from './councilBot.js';
import { goodbyeAfterRepeatedAbuse, lowConfidenceEscalation } from './phrases.js';

/** What the assistant remembers about a conversation between turns (persisted with the conversation). */
export interface ConversationMemory {
  lowConfidenceTurns: number;
  abusiveTurns: number;
  lastTopic?: TopicId;
  /** Set once an emergency or safeguarding concern is raised: later cases and handoffs are priority. */
  priority?: 'emergency' | 'safeguarding';
}

export const freshMemory = (): ConversationMemory => ({ lowConfidenceTurns: 0, abusiveTurns: 0 });

export interface PipelineParts {
  triage: Triage;
  memory: StatePropertyAccessor<ConversationMemory>;
  profile: CouncilProfile;
  logger: Logger;
}

/** Repeated abuse after the first boundary message ends the conversation. */
const abusiveTurnsBeforeEnding = 3;
/** Two unsure answers in a row: offer a person rather than a third guess. */
const lowConfidenceTurnsBeforeOffer = 2;

/**
 * One resident message, top to bottom:
 *   1. safety triage (deterministic, every message, before anything else)
 *   2. route: topic + confidence
 *   3. act: safety reply | boundary | person | grounded answer or "not sure"
 *   4. reply rendered for the channel
 */
export function createPipeline({ triage, memory, profile, logger }: PipelineParts): MessageHandler {
  return {
    async handle(context: TurnContext): Promise<void> {
      const text = (context.activity.text ?? '').trim();
      if (!text) return;
      const remembered = await memory.get(context, freshMemory());
      await context.sendActivity({ type: ActivityTypes.Typing });

      // 1–2. Safety triage and routing, the same decision the triage CLI prints.
      const decision = await triage(text);
      const { safety } = decision;
      logger.info(
        {
          conversationId: context.activity.conversation.id,
          channelId: context.activity.channelId,
          topic: decision.topic,
          route: decision.route.kind,
          emergency: safety.emergency,
          safeguarding: safety.safeguarding,
          evidence: safety.evidence,
        },
        'message triaged',
      );

      // 3. Act.
      if (decision.route.kind === 'safety') {
        remembered.priority = safety.safeguarding ? 'safeguarding' : 'emergency';
      }
      if (decision.route.kind === 'abuse') {
        remembered.abusiveTurns += 1;
        if (remembered.abusiveTurns >= abusiveTurnsBeforeEnding) {
          await context.sendActivity(renderReply({ text: goodbyeAfterRepeatedAbuse(profile) }));
          await context.sendActivity({ type: ActivityTypes.EndOfConversation, code: 'completedSuccessfully' });
          return;
        }
        await context.sendActivity(renderReply({ text: abuseBoundaryReply(remembered.abusiveTurns > 1) }));
        return;
      }
      if (decision.route.kind === 'answer') {
        remembered.lastTopic = decision.topic;
        remembered.lowConfidenceTurns = decision.route.answer.kind === 'unsure' ? remembered.lowConfidenceTurns + 1 : 0;
        if (remembered.lowConfidenceTurns >= lowConfidenceTurnsBeforeOffer) {
          remembered.lowConfidenceTurns = 0;
          await context.sendActivity(renderReply(lowConfidenceEscalation(profile)));
          return;
        }
      }
      // 4. Reply.
      await context.sendActivity(renderReply(decision.reply));
    },
  };
}

