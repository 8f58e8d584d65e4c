import { BotAdapter, type ConversationReference } from 'botbuilder';
import type { TurnLogic } from '../server/botEndpoint.js';
import { ConversationLockLostError } from '../storage/conversationLock.js';
import { isDatabaseUnavailable } from '../storage/sql/databaseUnavailable.js';

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

/**
 * Whether a failed turn of one of these channels is left unfinished, for the channel to run again: its conversation's lock was
 * lost (the instance froze past the hold), or the database went away during an emergency's or a disclosure's turn. Closed with
 * an apology, a domestic-abuse disclosure whose reply could not be written in a database stall had its handoff never queued
 * (operations trial 26, OPS26-02); anything else is closed, as running it again would only fail again.
 */
export function leftToRunAgain(error: unknown, text: string, readsAsConcern: (text: string) => boolean): boolean {
  return error instanceof ConversationLockLostError || (isDatabaseUnavailable(error) && readsAsConcern(text));
}
