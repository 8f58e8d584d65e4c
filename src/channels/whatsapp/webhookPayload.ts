import { z } from 'zod';

/**
 * The parts of Meta's `messages` webhook this channel reads (Meta Cloud API webhook reference:
 * messages, statuses, system messages). Unknown fields are dropped and unknown message types keep
 * only their envelope, so new WhatsApp features do not break parsing.
 *
 * Only the envelope is checked as a whole. Each message and each status is checked on its own
 * (`inboundMessageSchema`, `messageStatusSchema`): one that cannot be read is logged and skipped,
 * and the rest of the delivery is still handled.
 */
const reply = z.object({ id: z.string().min(1), title: z.string() });

/** Video, audio, document and sticker objects share these fields; only the metadata is read. */
const media = z.object({
  id: z.string().min(1),
  mime_type: z.string().optional(),
  sha256: z.string().optional(),
  caption: z.string().optional(),
  filename: z.string().optional(),
});

export const inboundMessageSchema = z
  .object({
    /** The resident's WhatsApp number: personal data, kept only to reply. Absent for a user with a username whose number Meta withholds. */
    from: z.string().min(1).optional(),
    /** The business-scoped user id (BSUID) Meta sends alongside, or instead of, the number. */
    from_user_id: z.string().min(1).optional(),
    id: z.string().min(1),
    timestamp: z.string().regex(/^\d+$/),
    type: z.string(),
    text: z.object({ body: z.string() }).optional(),
    interactive: z
      .object({ type: z.string(), button_reply: reply.optional(), list_reply: reply.extend({ description: z.string().optional() }).optional() })
      .optional(),
    /** A quick-reply button on a message template. */
    button: z.object({ text: z.string(), payload: z.string().optional() }).optional(),
    location: z
      .object({ latitude: z.number(), longitude: z.number(), name: z.string().optional(), address: z.string().optional() })
      .optional(),
    image: media.optional(),
    video: media.optional(),
    document: media.optional(),
    sticker: media.optional(),
    /** `voice` is true for a voice note recorded in WhatsApp, absent or false for a sent audio file. */
    audio: media.extend({ voice: z.boolean().optional() }).optional(),
    /** Contact cards: only that some were sent is read, never the people in them. */
    contacts: z.array(z.unknown()).optional(),
    /** `user_changed_number`: `wa_id` is the new number (older payloads call it `new_wa_id`). */
    system: z.object({ type: z.string().optional(), wa_id: z.string().optional(), new_wa_id: z.string().optional() }).optional(),
  })
  .refine((message) => message.from !== undefined || message.from_user_id !== undefined, { message: 'a message needs from or from_user_id', path: ['from'] });

export const messageStatusSchema = z.object({
  /** The id of a message we sent (a wamid). */
  id: z.string().min(1),
  status: z.string(),
  timestamp: z.string().regex(/^\d+$/),
  recipient_id: z.string().optional(),
  recipient_user_id: z.string().optional(),
  errors: z.array(z.object({ code: z.number(), title: z.string().optional() })).optional(),
});

/** The sender's profile, which carries the BSUID as `user_id` (Meta: contacts[].user_id). */
const contact = z.object({ wa_id: z.string().optional(), user_id: z.string().optional() });

export const webhookPayloadSchema = z.object({
  object: z.literal('whatsapp_business_account'),
  entry: z.array(
    z.object({
      changes: z.array(
        z.object({
          field: z.string(),
          value: z.object({
            metadata: z.object({ phone_number_id: z.string() }).optional(),
            contacts: z.array(z.unknown()).optional(),
            messages: z.array(z.unknown()).optional(),
            statuses: z.array(z.unknown()).optional(),
          }),
        }),
      ),
    }),
  ),
});

export type WebhookPayload = z.infer<typeof webhookPayloadSchema>;
export type InboundMessage = z.infer<typeof inboundMessageSchema>;
export type MessageStatus = z.infer<typeof messageStatusSchema>;

/** The BSUID of the delivery's one sender, when Meta put it only on the contact. */
export function contactUserId(contacts: readonly unknown[] | undefined): string | undefined {
  if (contacts?.length !== 1) return undefined;
  const parsed = contact.safeParse(contacts[0]);
  return parsed.success ? parsed.data.user_id : undefined;
}
