import { BotAdapter, type ConversationReference } from 'botbuilder';
import type { TurnLogic } from '../server/botEndpoint.js';

/**
 * An adapter for a channel this process speaks itself (the local Direct Line, WhatsApp): no bot
 * identity or audience applies, so every way botbuilder has of continuing a conversation comes
 * down to the channel's own continueConversation.
 */
export abstract class InProcessAdapter extends BotAdapter {
  abstract override continueConversation(reference: Partial<ConversationReference>, logic: TurnLogic): Promise<void>;

  override async continueConversationAsync(
    _botAppIdOrClaimsIdentity: unknown,
    reference: Partial<ConversationReference>,
    logicOrAudience: string | TurnLogic,
    maybeLogic?: TurnLogic,
  ): Promise<void> {
    const logic = typeof logicOrAudience === 'function' ? logicOrAudience : maybeLogic;
    if (!logic) throw new TypeError('continueConversationAsync needs the turn logic');
    await this.continueConversation(reference, logic);
  }
}
