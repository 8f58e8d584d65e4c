import { ActivityHandler, type BotState, type TurnContext } from 'botbuilder';
import type { CouncilProfile } from '../profile/councilProfile.js';
import { renderReply } from '../channels/render.js';
import { welcomeChoices, welcomeText } from './phrases.js';

export interface MessageHandler {
  handle(context: TurnContext): Promise<void>;
}

/**
 * The Bot Framework face of the assistant: greets new residents and hands every message
 * to the pipeline. Other activity types are ignored (the base class answers invokes).
 */
export class CouncilBot extends ActivityHandler {
  constructor(
    pipeline: MessageHandler,
    profile: CouncilProfile,
    private readonly states: BotState[],
  ) {
    super();
    this.onMessage(async (context, next) => {
      await pipeline.handle(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const residentJoined = (context.activity.membersAdded ?? []).some((member) => member.id !== botId);
      if (residentJoined) {
        await context.sendActivity(renderReply({ text: welcomeText(profile), choices: welcomeChoices.map((label) => ({ label })) }));
      }
      await next();
    });
  }

  /** Runs the turn and then saves conversation and user state, even when the handler replied early. */
  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await Promise.all(this.states.map((state) => state.saveChanges(context, false)));
  }
}
