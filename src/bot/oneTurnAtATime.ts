import type { Middleware, TurnContext } from 'botbuilder';
import type { ConversationLock } from '../storage/conversationLock.js';

/**
 * The first middleware on every channel's adapter: the whole turn (memory read, the
 * conversation's steps, memory saved, replies sent) runs under the conversation's lock, so two
 * messages of one conversation never interleave, whichever instances receive them.
 */
export function oneTurnAtATime(lock: ConversationLock): Middleware {
  return {
    onTurn(context: TurnContext, next: () => Promise<void>) {
      const conversationId = context.activity.conversation?.id;
      if (!conversationId) return next();
      return lock.run(`${context.activity.channelId}/${conversationId}`, next);
    },
  };
}
