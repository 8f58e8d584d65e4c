import { ActivityTypes, CloudAdapter, type ConfigurationBotFrameworkAuthenticationOptions, type TurnContext } from 'botbuilder';
import type { AppConfig } from '../config.js';
import type { Logger } from '../logger.js';
import { apologyForFailedTurn } from '../conversation/phrases.js';
import { ConversationLockLostError } from '../storage/conversationLock.js';
import { StateConflictError } from '../storage/sqlStorage.js';
import { pauseUnansweringMs, replyDeadline, replyDeadlineMs } from './replyDeadline.js';
import { ReusedClientsAuthentication } from './reusedClients.js';

/** What a failed turn says: the apology, unless the failure calls for something else (`lockedTurnReply`). */
export type FailedTurnReply = (context: TurnContext, error: Error) => string;

/**
 * A turn the app started itself (an advisor's reply, an accept, an end), not the resident: its
 * failure is its caller's to handle, and the resident, who sent nothing, is told nothing.
 */
const isProactive = (context: TurnContext): boolean =>
  context.activity.type === ActivityTypes.Event && context.activity.name?.toLowerCase() === 'continueconversation';

/**
 * The Bot Framework adapter for every channel that reaches /api/messages. With no app
 * credentials, inbound auth is off (local use); with them, unsigned requests get 401.
 */
export function createBotAdapter(botAuth: AppConfig['botAuth'], logger: Logger, onTurnFailed: () => void = () => undefined, replyFor: FailedTurnReply = () => apologyForFailedTurn): CloudAdapter {
  const settings: ConfigurationBotFrameworkAuthenticationOptions = botAuth
    ? {
        MicrosoftAppId: botAuth.appId,
        MicrosoftAppPassword: botAuth.appPassword,
        MicrosoftAppType: botAuth.appType,
        MicrosoftAppTenantId: botAuth.tenantId,
      }
    : {};
  if (!botAuth) logger.warn('Bot Framework authentication is OFF (no MicrosoftAppId): for local use only');
  const adapter = new CloudAdapter(new ReusedClientsAuthentication(settings));
  // First, so its deadline covers every send of the turn, the apology of a failed turn included.
  adapter.use(replyDeadline({ deadlineMs: replyDeadlineMs, pauseUnansweringMs: botAuth ? 0 : pauseUnansweringMs }));

  // A failing turn must not take the service down: log it with the conversation and apologise (or say what `replyFor` says).
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    if (error instanceof StateConflictError || error instanceof ConversationLockLostError) {
      // An instance that froze past its conversation lock and resumed: the conversation has moved on,
      // or may have, on another instance, so this turn's memory and replies are dropped, and an
      // apology would only confuse. The channels' logs run a message whose turn did not finish again.
      logger.warn({ conversationId: context.activity.conversation?.id, channelId: context.activity.channelId }, 'turn dropped: the conversation may have moved on meanwhile');
      return;
    }
    onTurnFailed();
    logger.error({ err: error, conversationId: context.activity.conversation?.id, channelId: context.activity.channelId }, 'turn failed');
    // An advisor's reply that could not take the conversation's lock was reported delivered, and the
    // resident was told "I'm still finishing your last message" (PostgreSQL trial 11, T20).
    if (isProactive(context)) throw error;
    try {
      await context.sendActivity(replyFor(context, error));
    } catch (sendError) {
      logger.error({ err: sendError, conversationId: context.activity.conversation?.id }, 'could not send the apology');
    }
  };
  return adapter;
}
