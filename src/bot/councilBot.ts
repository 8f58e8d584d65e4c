import {
  ActivityHandler,
  TurnContext,
  type Activity,
  type AdaptiveCardInvokeAction,
  type AdaptiveCardInvokeValue,
  type BotState,
  type InvokeResponse,
  type TranscriptStore,
} from 'botbuilder';
import type { CouncilProfile } from '../profile/councilProfile.js';
import { renderReply } from '../channels/render.js';
import type { Conversation } from '../conversation/conversation.js';
import type { ConversationReferences } from '../storage/conversationReferences.js';
import { cardActionAnswered, teamsSharedChatHello, welcomeChoices, welcomeText } from '../conversation/phrases.js';
import type { ConversationMemoryState } from './conversationMemoryState.js';
import { residentMessageOf } from './residentMessage.js';
import { botFrameworkOutput } from './turnOutput.js';

/** `handoff.status` from an engagement hub: `value.state` is accepted, failed or completed. */
interface HandoffStatusValue {
  state?: string;
  message?: string;
}

/** A Teams channel or group chat: several people, one conversation. */
const isTeamsSharedChat = (activity: Activity): boolean =>
  activity.channelId === 'msteams' && activity.conversation?.conversationType !== undefined && activity.conversation.conversationType !== 'personal';

/** What an `Action.Execute` button stands for: the words it sends (as our choice buttons do), or its verb. */
function wordsOf(action: AdaptiveCardInvokeAction | undefined): string | undefined {
  const data = (action?.data ?? {}) as { msteams?: { text?: unknown }; text?: unknown; value?: unknown };
  const candidates = [data.msteams?.text, data.text, data.value, action?.verb];
  return candidates.find((candidate): candidate is string => typeof candidate === 'string' && candidate.trim() !== '')?.trim();
}

/** The invoke response Teams waits for after an `adaptiveCard/action`: a message shown on the card. */
const cardActionResponse = (message: string): InvokeResponse => ({
  status: 200,
  body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: message },
});

export interface CouncilBotParts {
  conversation: Conversation;
  profile: CouncilProfile;
  /** Where the conversation's memory is kept between turns. */
  memory: ConversationMemoryState;
  /** Saved after every turn, proactive ones included. */
  states: BotState[];
  references: ConversationReferences;
  /** Read for the `handoff.initiate` event an engagement hub receives. */
  transcripts: TranscriptStore;
  /** How long each message took, by channel (for operations dashboards). */
  onMessageHandled: (channel: string, seconds: number) => void;
}

/** What an advisor's action does to the conversation, run as a proactive turn. */
export type ProactiveAction = { kind: 'accepted'; advisor: string } | { kind: 'ended' } | { kind: 'failed' };

/**
 * The Bot Framework face of the assistant, at the edge: greets new residents, turns every message
 * into the conversation core's terms (a resident message, its memory, an output) and follows
 * handoff status events. Other activity types are ignored (the base class answers other invokes).
 * Conversation state is saved after every turn, proactive ones included.
 */
export class CouncilBot extends ActivityHandler {
  private readonly parts: CouncilBotParts;

  constructor(parts: CouncilBotParts) {
    super();
    this.parts = parts;
    const { profile, references, onMessageHandled } = parts;
    this.onMessage(async (context, next) => {
      const started = performance.now();
      await references.remember(TurnContext.getConversationReference(context.activity));
      try {
        await this.handleMessage(context);
      } finally {
        onMessageHandled(context.activity.channelId, (performance.now() - started) / 1000);
      }
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const { activity } = context;
      const botId = activity.recipient?.id;
      const added = activity.membersAdded ?? [];
      if (isTeamsSharedChat(activity)) {
        // A team channel or group chat: the bot says who it is once, when it is added; colleagues joining later get nothing.
        if (added.some((member) => member.id === botId)) await context.sendActivity(teamsSharedChatHello(profile));
      } else if (added.some((member) => member.id !== botId) || (activity.channelId === 'msteams' && added.length > 0)) {
        // In a Teams personal chat the member added may be the bot itself: the resident has just opened it.
        await references.remember(TurnContext.getConversationReference(activity));
        await context.sendActivity(renderReply({ text: welcomeText(profile), choices: welcomeChoices.map((label) => ({ label })) }));
      }
      await next();
    });
    this.onEvent(async (context, next) => {
      if (context.activity.name === 'handoff.status') {
        const { state, message } = (context.activity.value ?? {}) as HandoffStatusValue;
        if (state === 'accepted') await this.runAction(context, { kind: 'accepted', advisor: message || 'An advisor' });
        if (state === 'failed') await this.runAction(context, { kind: 'failed' });
        if (state === 'completed') await this.runAction(context, { kind: 'ended' });
      }
      await next();
    });
  }

  /**
   * An `adaptiveCard/action` invoke (Teams Universal Actions, `Action.Execute`): the button's words
   * go through the pipeline as if typed, and Teams gets the invoke response it waits for (Microsoft
   * docs: "Universal Actions for Adaptive Cards", a message response) instead of the base class's 501.
   */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name !== 'adaptiveCard/action') return super.onInvokeActivity(context);
    const invoke = context.activity.value as (AdaptiveCardInvokeValue & { trigger?: string }) | undefined;
    // A card refreshing itself as someone opens the chat (Universal Actions' automatic refresh): nobody spoke.
    if (invoke?.trigger === 'automatic') return cardActionResponse('');
    const words = wordsOf(invoke?.action);
    if (words) {
      context.activity.text = words;
      await this.parts.references.remember(TurnContext.getConversationReference(context.activity));
      await this.handleMessage(context);
    }
    return cardActionResponse(cardActionAnswered(words !== undefined));
  }

  /** Runs the turn and then saves conversation and user state, even when the handler replied early. */
  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.saveStates(context);
  }

  /** A proactive turn (an advisor's action) that reads or changes conversation state. */
  async runProactive(context: TurnContext, action: ProactiveAction): Promise<void> {
    await this.runAction(context, action);
    await this.saveStates(context);
  }

  /** One message through the conversation core: its memory read before, its replies spoken as activities. */
  private async handleMessage(context: TurnContext): Promise<void> {
    if (await this.parts.memory.handledAlready(context)) return;
    const memory = await this.parts.memory.read(context);
    const out = botFrameworkOutput(context, this.parts.transcripts);
    try {
      await this.parts.conversation.handle(residentMessageOf(context), memory, out);
    } finally {
      await out.close();
    }
    await this.parts.memory.noteHandled(context);
  }

  private async runAction(context: TurnContext, action: ProactiveAction): Promise<void> {
    const { conversation, memory, transcripts } = this.parts;
    const out = botFrameworkOutput(context, transcripts);
    const conversationId = context.activity.conversation.id;
    const state = await memory.read(context);
    if (action.kind === 'accepted') return conversation.handoffAccepted(state, out, action.advisor);
    if (action.kind === 'ended') return conversation.handoffEnded(conversationId, state, out);
    return conversation.handoffFailed(conversationId, state, out);
  }

  private async saveStates(context: TurnContext): Promise<void> {
    await Promise.all(this.parts.states.map((state) => state.saveChanges(context, false)));
  }
}
