import { createHmac } from 'node:crypto';

/**
 * The Bot Framework conversation id for a WhatsApp number: a keyed hash, so ids in state, logs
 * and transcripts do not reveal the number, yet the same number always finds its conversation.
 */
export const conversationIdFor = (phoneNumber: string, key: Buffer): string =>
  `wa-${createHmac('sha256', key).update(phoneNumber).digest('hex').slice(0, 32)}`;
