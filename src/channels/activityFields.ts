import { z } from 'zod';
import { safetyCeiling } from '../triage/messageLimits.js';

/**
 * Bounds on the activity fields the bot reads, shared by /api/messages and the local Direct Line,
 * so a type-confused or oversized field is refused at the door instead of failing deep in a turn.
 * The limits are generous for a resident's message and small against the 256 KB body limit.
 */
export const activityLimits = {
  /**
   * As long as the body limit allows: a long message is answered, not refused, the pipeline reading
   * only its first part and saying so (src/triage/messageLimits.ts). Teams' own limit is about 28 KB.
   */
  textCharacters: 256 * 1024,
  /** A submitted card's values, as JSON. */
  valueCharacters: 16_384,
  /** Ids: Teams conversation ids run to a few hundred characters. */
  idCharacters: 1024,
  attachments: 20,
  entities: 50,
  members: 50,
} as const;

const shortText = z.string().max(256);

/** The first thing wrong with an activity, short and safe to send back: the field and what it must be. */
export function refusalFor(error: z.ZodError): string {
  const [issue] = error.issues;
  return `Invalid activity: ${issue?.path.join('.') || 'body'} ${issue?.message ?? ''}`.trim();
}
export const activityId = z.string().min(1).max(activityLimits.idCharacters);
/**
 * Past what safety triage reads, a message's text is kept cut, with a mark: nothing reads the rest,
 * and a 255 KB message kept whole, in the chat log and the transcript, let one client fill the disk
 * at about 1 GB a minute (attacker trial 11). The mark keeps it longer than the ceiling, so the
 * resident is still told part of it went unread.
 */
export const activityText = z
  .string()
  .max(activityLimits.textCharacters)
  .transform((text) => (text.length > safetyCeiling ? `${text.slice(0, safetyCeiling).replace(/[\uD800-\uDBFF]$/, '')} […]` : text));

/** Any JSON a card can submit, no bigger than a card's inputs need. */
export const activityValue = z.unknown().refine((value) => (JSON.stringify(value) ?? '').length <= activityLimits.valueCharacters, {
  message: `must be at most ${activityLimits.valueCharacters} characters of JSON`,
});

/** A BCP 47 language tag such as en-GB. */
export const activityLocale = z.string().max(35).regex(/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/);

/** What an attachment says about itself; its content stays as the channel sent it. */
export const attachmentMetadata = z.object({ contentType: shortText, name: shortText.optional() });
export const activityAttachments = z.array(z.looseObject({ ...attachmentMetadata.shape, contentUrl: z.string().max(2048).optional() })).max(activityLimits.attachments);
