import { ConversationState, MemoryStorage, MemoryTranscriptStore, TestAdapter } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { conversationMemoryState } from '../../src/bot/conversationMemoryState.js';
import { CouncilBot } from '../../src/bot/councilBot.js';
import type { Conversation } from '../../src/conversation/conversation.js';
import { bundledProfile } from '../support/offlineTriage.js';

/** A bot over one stored conversation whose core answers every message with what it heard. */
function botOverStorage(storage: MemoryStorage) {
  const heard: string[] = [];
  const conversation = {
    async handle(message: { text: string }, _memory: unknown, out: { say(reply: { text: string }): Promise<void> }) {
      heard.push(message.text);
      await out.say({ text: `heard ${message.text}` });
    },
  } as unknown as Conversation;
  const state = new ConversationState(storage);
  const bot = new CouncilBot({
    conversation,
    profile: bundledProfile,
    memory: conversationMemoryState(state),
    states: [state],
    references: { remember: async () => undefined } as never,
    transcripts: new MemoryTranscriptStore(),
    onMessageHandled: () => undefined,
  });
  // A new adapter per instance, as after a restart: the storage is what the two share.
  const adapter = new TestAdapter((context) => bot.run(context));
  const say = async (text: string, id: string): Promise<string[]> => {
    await adapter.send({ type: 'message', text, id });
    return adapter.activeQueue.splice(0).map((activity) => activity.text ?? '');
  };
  return { heard, say };
}

describe('CouncilBot: a message run again after its turn was saved', () => {
  it.each([
    ['the same message id again (a resend after the instance that answered it died before marking it)', ['dl-1', 'dl-1'], ['Confirm'], 1],
    ['a later message with its own id', ['dl-1', 'dl-2'], ['Confirm', 'Thanks'], 2],
  ] as const)('%s', async (_, ids, expectedHeard, answered) => {
    const storage = new MemoryStorage();
    const first = botOverStorage(storage);
    const second = botOverStorage(storage);
    const texts = expectedHeard.length === 1 ? ['Confirm', 'Confirm'] : expectedHeard;
    const replies = [await first.say(texts[0]!, ids[0]), await second.say(texts[1]!, ids[1])];
    expect([...first.heard, ...second.heard]).toEqual(expectedHeard);
    expect(replies.filter((sent) => sent.length > 0)).toHaveLength(answered);
  });
});
