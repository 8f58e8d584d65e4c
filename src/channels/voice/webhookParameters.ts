import { z } from 'zod';

/** Twilio's call ids: "CA" and 32 hex digits. Anything else is not a call this channel can key state on. */
const callSidPattern = /^CA[0-9a-f]{32}$/;

/** Recognition can run on; a turn is about what was said first, and nothing longer is worth keeping. */
const maxSpeechCharacters = 1000;

/**
 * The parts of a Programmable Voice webhook this channel reads (Twilio: "TwiML voice webhooks",
 * <Gather> action parameters, <Dial> action, status callbacks). Telnyx TeXML and SignalWire LaML
 * send the same names. Every other parameter is signed and then ignored. Once the signature has
 * passed, a value the provider sends oddly is tolerated rather than refused (a refused turn is a
 * caller left in silence): long speech is cut, an unreadable confidence is unknown, stray keys
 * are dropped. Only the call id must be right, since all of the call's state hangs on it.
 */
export const webhookParametersSchema = z.object({
  CallSid: z.string().regex(callSidPattern),
  /** The caller's number: personal data, never logged and never stored, only hashed. */
  From: z.string().max(64).catch(''),
  /** The number the caller rang (one of the council's, in E.164). */
  To: z.string().max(64).catch(''),
  CallStatus: z.string().max(32).catch('in-progress'),
  /** What speech recognition heard on this turn, if the caller spoke. */
  SpeechResult: z
    .string()
    .transform((speech) => speech.slice(0, maxSpeechCharacters))
    .optional()
    .catch(undefined),
  /** How sure recognition is of SpeechResult, 0 to 1; anything else is unknown. */
  Confidence: z.string().trim().min(1).transform(Number).pipe(z.number().min(0).max(1)).optional().catch(undefined),
  /** Keys pressed on this turn: only keypad keys count. */
  Digits: z
    .string()
    .transform((keys) => keys.replace(/[^0-9*#]/g, '').slice(0, 32))
    .optional()
    .catch(undefined),
  /** How a <Dial> ended (its action webhook): "completed" when an advisor answered. */
  DialCallStatus: z.string().max(32).optional().catch(undefined),
});

export type WebhookParameters = z.infer<typeof webhookParametersSchema>;

/** Statuses after which there is no call to answer (Twilio status callback values). */
export const callEnded: ReadonlySet<string> = new Set(['completed', 'busy', 'failed', 'no-answer', 'canceled']);
