import { ActivityHandler, TurnContext, type BotState } from 'botbuilder';
import type { CouncilProfile } from '../profile/councilProfile.js';
import { renderReply } from '../channels/render.js';
import type { ConversationReferences } from '../storage/conversationReferences.js';
import type { Pipeline } from './pipeline.js';
import { welcomeChoices, welcomeText } from './phrases.js';

/** `handoff.status` from an engagement hub: `value.state` is accepted, failed or completed. */
interface HandoffStatusValue {
  state?: string;
  message?: string;
}

/**
 * The Bot Framework face of the assistant: greets new residents, hands every message to the
 * pipeline, and follows handoff status events. Other activity types are ignored (the base class
 * answers invokes). Conversation state is saved after every turn, proactive ones included.
 */
export class CouncilBot extends ActivityHandler {
  constructor(
    private readonly pipeline: Pipeline,
    profile: CouncilProfile,
    private readonly states: BotState[],
    references: ConversationReferences,
    /** How long each message took, by channel (for operations dashboards). */
    onMessageHandled: (channel: string, seconds: number) => void,
  ) {
    super();
    this.onMessage(async (context, next) => {
      const started = performance.now();
      references.remember(TurnContext.getConversationReference(context.activity));
      try {
        await pipeline.handle(context);
      } finally {
        onMessageHandled(context.activity.channelId, (performance.now() - started) / 1000);
      }
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const residentJoined = (context.activity.membersAdded ?? []).some((member) => member.id !== botId);
      if (residentJoined) {
        references.remember(TurnContext.getConversationReference(context.activity));
        await context.sendActivity(renderReply({ text: welcomeText(profile), choices: welcomeChoices.map((label) => ({ label })) }));
      }
      await next();
    });
    this.onEvent(async (context, next) => {
      if (context.activity.name === 'handoff.status') {
        const { state, message } = (context.activity.value ?? {}) as HandoffStatusValue;
        if (state === 'accepted') await pipeline.handoffAccepted(context, message || 'An advisor');
        if (state === 'failed') await pipeline.handoffFailed(context);
        if (state === 'completed') await pipeline.handoffEnded(context);
      }
      await next();
    });
  }

  /** Runs the turn and then saves conversation and user state, even when the handler replied early. */
  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.saveStates(context);
  }

  /** A proactive turn (an advisor's action) that reads or changes conversation state. */
  async runProactive(context: TurnContext, action: (pipeline: Pipeline) => Promise<void>): Promise<void> {
    await action(this.pipeline);
    await this.saveStates(context);
  }

  private async saveStates(context: TurnContext): Promise<void> {
    await Promise.all(this.states.map((state) => state.saveChanges(context, false)));
  }
}
