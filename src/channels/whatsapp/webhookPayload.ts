import { z } from 'zod';

/**
 * The parts of Meta's `messages` webhook this channel reads. Unknown fields are dropped and
 * unknown message types keep only their envelope, so new WhatsApp features do not break parsing.
 */
const reply = z.object({ id: z.string().min(1), title: z.string() });

const inboundMessage = z.object({
  /** The resident's WhatsApp number: personal data, kept only to reply. */
  from: z.string().min(1),
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
  image: z.object({ id: z.string(), mime_type: z.string(), sha256: z.string().optional(), caption: z.string().optional() }).optional(),
});

const messageStatus = z.object({
  /** The id of a message we sent (a wamid). */
  id: z.string().min(1),
  status: z.string(),
  timestamp: z.string().regex(/^\d+$/),
  recipient_id: z.string().optional(),
  errors: z.array(z.object({ code: z.number(), title: z.string().optional() })).optional(),
});

export const webhookPayloadSchema = z.object({
  object: z.literal('whatsapp_business_account'),
  entry: z.array(
    z.object({
      changes: z.array(
        z.object({
          field: z.string(),
          value: z.object({
            metadata: z.object({ phone_number_id: z.string() }).optional(),
            messages: z.array(inboundMessage).optional(),
            statuses: z.array(messageStatus).optional(),
          }),
        }),
      ),
    }),
  ),
});

export type WebhookPayload = z.infer<typeof webhookPayloadSchema>;
export type InboundMessage = z.infer<typeof inboundMessage>;
export type MessageStatus = z.infer<typeof messageStatus>;
