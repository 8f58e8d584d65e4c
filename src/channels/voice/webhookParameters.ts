import { z } from 'zod';

/**
 * The parts of a Programmable Voice webhook this channel reads (Twilio: "TwiML voice webhooks",
 * <Gather> action parameters, status callbacks). Telnyx TeXML and SignalWire LaML send the same
 * names. Every other parameter is signed and then ignored.
 */
export const webhookParametersSchema = z.object({
  CallSid: z.string().min(1).max(64),
  /** The caller's number: personal data, never logged and never stored, only hashed. */
  From: z.string().max(64).default(''),
  CallStatus: z.string().max(32).default('in-progress'),
  /** What speech recognition heard on this turn, if the caller spoke. */
  SpeechResult: z.string().max(2000).optional(),
  /** How sure recognition is of SpeechResult, 0 to 1. */
  Confidence: z.coerce.number().min(0).max(1).optional(),
  /** Keys pressed on this turn. */
  Digits: z.string().regex(/^[0-9*#w]{0,32}$/).optional(),
});

export type WebhookParameters = z.infer<typeof webhookParametersSchema>;

/** Statuses after which there is no call to answer (Twilio status callback values). */
export const callEnded: ReadonlySet<string> = new Set(['completed', 'busy', 'failed', 'no-answer', 'canceled']);
