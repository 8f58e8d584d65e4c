import { ActivityTypes, type TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { OfferedChoicesStore } from '../../../src/channels/rendering/offeredChoicesStore.js';
import { CallOutbox } from '../../../src/channels/voice/callOutbox.js';
import { VoiceAdapter } from '../../../src/channels/voice/voiceAdapter.js';
import { VoiceCallStore } from '../../../src/channels/voice/voiceCallStore.js';
import type { WebhookParameters } from '../../../src/channels/voice/webhookParameters.js';
import { createLogger } from '../../../src/logger.js';
import { openTestDatabase } from '../../support/sqlDatabases.js';

const now = () => new Date('2026-11-05T10:00:00Z');

async function phoneChannel() {
  const shared = await openTestDatabase('sqlite');
  const outbox = new CallOutbox();
  const adapter = new VoiceAdapter({
    calls: new VoiceCallStore(shared, now),
    offered: new OfferedChoicesStore(shared),
    outbox,
    conversationKey: Buffer.alloc(32, 7),
    contactCentre: '+441632960001',
    referencePrefix: 'NBC',
    onTransferred: async () => {},
    onCallEnded: async () => {},
    readsAsConcern: (text) => /smell of gas/.test(text),
    adviceNow: (speech) => (/smell of gas/.test(speech) ? ['Leave the building now, then call the gas emergency line.'] : []),
    interpreterLines: [],
    advisorsIn: () => true,
    logger: createLogger('silent'),
    now,
  });
  /** A bot that greets, says goodbye when the call ends, and relays an advisor's message whenever it comes. */
  const conversations: string[] = [];
  const logic = async (context: TurnContext): Promise<void> => {
    const { type, name, conversation } = context.activity;
    if (type === ActivityTypes.ConversationUpdate) conversations.push(conversation.id);
    if (type === ActivityTypes.Event && name === 'continueConversation') await context.sendActivity({ type: 'message', speak: 'An advisor says hello.' });
    else await context.sendActivity({ type: 'message', speak: type === ActivityTypes.EndOfConversation ? 'Goodbye.' : 'Hello.' });
  };
  const advisorSays = (conversationId: string) =>
    adapter.continueConversation({ channelId: 'voice', serviceUrl: 'urn:voice', conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: 'voice' }, bot: { id: 'bot', name: 'bot' } }, logic);
  return { adapter, outbox, logic, conversations, advisorSays };
}

const callSid = (index: number): string => `CA${index.toString(16).padStart(32, '0')}`;
const webhook = (index: number, CallStatus: string): WebhookParameters => ({ CallSid: callSid(index), From: '+447700900123', To: '+441632960000', CallStatus });

describe('VoiceAdapter', () => {
  it('says a failed turn\'s reply, which no rendering middleware saw (a call held by a frozen instance, PostgreSQL trial 11, T23)', async () => {
    const { adapter, logic } = await phoneChannel();
    await adapter.answer(webhook(7, 'ringing'), 'first', logic);
    // The lock's middleware gives up before the turn, and the adapter's error handler sends the safety rules' reply as plain text.
    adapter.onTurnError = async (context) => void (await context.sendActivity('Leave the building now and call **0800 111 999**.'));
    const stuck = async () => {
      throw new Error('could not take the conversation’s lock');
    };
    const twiml = await adapter.answer({ ...webhook(7, 'in-progress'), SpeechResult: 'I can smell gas in my kitchen', Confidence: 0.9 }, 'second', stuck);
    expect(twiml).toContain('Leave the building now and call');
    expect(twiml).not.toContain('**');
  });

  // A turn dropped when the database ended its lock's connection mid-turn said nothing: the caller heard silence, then
  // "Sorry, I didn't catch that", and the gas advice never came (two-instance trial 23, PG23-01).
  it('never answers words that read as an emergency with silence: the safety advice, when the turn said nothing', async () => {
    const { adapter, logic } = await phoneChannel();
    await adapter.answer(webhook(8, 'ringing'), 'first', logic);
    const dropped = async () => undefined;
    const twiml = await adapter.answer({ ...webhook(8, 'in-progress'), SpeechResult: 'there is a strong smell of gas and my daughter feels dizzy', Confidence: 0.9 }, 'second', dropped);
    expect(twiml).toContain('Leave the building now, then call the gas emergency line.');
    const quiet = await adapter.answer({ ...webhook(8, 'in-progress'), SpeechResult: 'how do I pay my council tax', Confidence: 0.9 }, 'third', dropped, 2);
    expect(quiet).not.toContain('Leave the building');
  });

  it('an advisor reply between turns waits for the caller, and is said on their next turn', async () => {
    const { adapter, outbox, logic, conversations, advisorSays } = await phoneChannel();
    await adapter.answer(webhook(1, 'ringing'), 'first', logic);
    await advisorSays(conversations[0]!);
    expect(outbox.size).toBe(1);
    expect(await adapter.answer({ ...webhook(1, 'in-progress'), SpeechResult: 'hi', Confidence: 0.9 }, 'second', logic)).toContain('An advisor says hello.');
    expect(outbox.size).toBe(0);
  });

  it('keeps nothing for calls that have ended, however many, even when an advisor answers after the caller hung up', async () => {
    const { adapter, outbox, logic, conversations, advisorSays } = await phoneChannel();
    for (let index = 0; index < 300; index += 1) {
      await adapter.answer(webhook(index, 'ringing'), `first-${index}`, logic);
      await advisorSays(conversations[index]!);
      await adapter.hangUp(webhook(index, 'completed'), logic);
      await advisorSays(conversations[index]!);
    }
    expect(outbox.size).toBe(0);
  });
});
