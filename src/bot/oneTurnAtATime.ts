import type { Middleware, TurnContext } from 'botbuilder';
import { TurnGate, turnSender, type TurnLimits } from '../server/turnGate.js';
import { voiceChannelId } from '../channels/rendering/channelRendering.js';
import type { ConversationLock, HeldLock } from '../storage/conversationLock.js';

/** A turn the instance has no room to queue: its channel's error reply goes out instead. */
export class TurnsFullError extends Error {}

/**
 * Turns of every channel that may hold a conversation's lock at once. On PostgreSQL each lock holds
 * one pooled connection for the whole turn and the turn's own queries need more: with 10 chat
 * messages at once on a pool of 10, every connection held a lock and every turn waited for a
 * connection until it failed (PostgreSQL trial 11). Four leave the rest of the pool to the turns'
 * queries, and the measurements behind `defaultTurnLimits` found no more turns a second above four.
 */
export const lockedTurnLimits: TurnLimits = { concurrent: 4, queued: 1_000 };

/**
 * How long a phone turn waits for its conversation's lock: the carrier hangs up a webhook after 15 s
 * (Twilio's default), so a caller whose call is held by a frozen instance hears the safety rules'
 * reply and "say that again" in time, not 20 s of silence (PostgreSQL trial 11, T23).
 */
export const voiceLockWaitMs = 8_000;

/**
 * Runs the rest of the turn, each of its replies sent only while the turn still holds its lock: an
 * instance frozen past the lock's hold and resumed says nothing about a conversation another
 * instance has taken on since (`HeldLock.confirm`); the turn fails with `ConversationLockLostError`.
 */
function underLock(context: TurnContext, next: () => Promise<void>): (held: HeldLock) => Promise<void> {
  return (held) => {
    context.onSendActivities(async (_context, _activities, send) => {
      await held.confirm();
      return send();
    });
    return next();
  };
}

/**
 * The first middleware on every channel's adapter: the whole turn (memory read, the
 * conversation's steps, memory saved, replies sent) runs under the conversation's lock, so two
 * messages of one conversation never interleave, whichever instances receive them; and only a
 * few turns of the instance hold their locks at once (`lockedTurnLimits`), the others waiting by
 * conversation, or by client address where the route noted one (`turnSender`). A turn must never
 * start another turn and wait for it, as it would wait for a place it may hold itself: none does
 * (turns start from routes and timers), so no turn is let in past the others.
 */
export function oneTurnAtATime(lock: ConversationLock, gate = new TurnGate(lockedTurnLimits)): Middleware {
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>) {
      const conversationId = context.activity.conversation?.id;
      if (!conversationId) return next();
      const key = `${context.activity.channelId}/${conversationId}`;
      const waitMs = context.activity.channelId === voiceChannelId ? voiceLockWaitMs : undefined;
      const ran = await gate.run(() => lock.run(key, underLock(context, next), waitMs), turnSender.of(context.activity) ?? key);
      if (!ran) throw new TurnsFullError(`no room to queue a turn of ${key}`);
    },
  };
}
