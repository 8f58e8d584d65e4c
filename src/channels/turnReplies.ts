import { createHash } from 'node:crypto';
import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder';

const positionKey = Symbol('turnReplyPosition');

/**
 * Names a reply of a resident's turn by the message it answers, its place among the turn's
 * replies and what it says. A channel that runs a message's turn again, because the instance
 * running it died after sending some replies, skips the replies whose key it has already sent:
 * the same turn from the same state says the same things in the same order, so the resident
 * does not get the safety advice twice (PostgreSQL trial 12, R1), and a reply that differs this
 * time is sent. Undefined for proactive turns and for anything but a message.
 */
export function turnReplyKey(context: TurnContext, reply: Partial<Activity>): string | undefined {
  const inbound = context.activity;
  if (inbound.type !== ActivityTypes.Message || !inbound.id || reply.type !== ActivityTypes.Message) return undefined;
  const position = (context.turnState.get(positionKey) as number | undefined) ?? 0;
  context.turnState.set(positionKey, position + 1);
  const said = createHash('sha256')
    .update(JSON.stringify([reply.text ?? '', reply.attachments ?? [], reply.suggestedActions ?? null]))
    .digest('base64url')
    .slice(0, 22);
  return `turn-reply:${inbound.id}:${position}:${said}`;
}
