import { z } from 'zod';
import { activityLocale, activityText, activityValue, attachmentMetadata, activityLimits, refusalFor } from '../activityFields.js';

/**
 * What a resident may post through the local Direct Line: a message, rebuilt from these fields
 * only. Everything else Web Chat or a caller adds (from, serviceUrl, entities, other channelData)
 * is dropped, and other types (events such as handoff.status, conversationUpdate, invoke) are
 * refused, so a resident can speak only as themselves and never as the bot or the hub.
 */
const residentActivity = z.object({
  type: z.literal('message'),
  text: activityText.optional(),
  /** A submitted card's values. */
  value: activityValue.optional(),
  attachments: z.array(attachmentMetadata).max(activityLimits.attachments).optional(),
  locale: activityLocale.optional(),
  /** Web Chat matches the echo of what it sent by this id. */
  channelData: z.object({ clientActivityID: z.string().max(128).optional() }).optional(),
});

export type ResidentActivity = z.infer<typeof residentActivity>;

/** The resident's activity, or a short reason it is refused (safe to send back). */
export function readResidentActivity(body: unknown): { activity: ResidentActivity } | { refusal: string } {
  const parsed = residentActivity.safeParse(body);
  if (parsed.success) return { activity: parsed.data };
  return { refusal: parsed.error.issues[0]?.path.join('.') === 'type' ? 'Only message activities can be sent here' : refusalFor(parsed.error) };
}
