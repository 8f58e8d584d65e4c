import { ConversationState, MemoryStorage, TestAdapter, type TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { conversationMemoryState } from '../../src/bot/conversationMemoryState.js';
import { freshMemory } from '../../src/conversation/memory.js';

/** Runs one turn that reads the conversation's memory and saves the state, as the bot does. */
async function readOnce(storage: MemoryStorage): Promise<{ sent: string[]; memory: unknown }> {
  const state = new ConversationState(storage);
  const memoryState = conversationMemoryState(state);
  let memory: unknown;
  const adapter = new TestAdapter(async (context: TurnContext) => {
    memory = await memoryState.read(context);
    await state.saveChanges(context);
  });
  await adapter.send('hello');
  const sent = adapter.activeQueue.splice(0).map((activity) => activity.text ?? '');
  return { sent, memory };
}

/** The storage key botbuilder's ConversationState uses for the TestAdapter's conversation. */
const key = 'test/conversations/Convo1/';

describe('conversation memory at the Bot Framework edge', () => {
  it.each([
    ['a form left half-way by the dialog version is reported once, then forgotten', { dialogStack: [{ id: 'service-requests', state: {} }] }, 1],
    ['an empty dialog stack says nothing', { dialogStack: [] }, 0],
  ])('%s', async (_, dialogState, notices) => {
    const storage = new MemoryStorage();
    await storage.write({ [key]: { dialogState, eTag: '*' } });
    const first = await readOnce(storage);
    expect(first.sent.filter((text) => /report you were part-way through/.test(text))).toHaveLength(notices);
    expect(first.memory).toEqual(freshMemory());
    const second = await readOnce(storage);
    expect(second.sent).toEqual([]);
    expect((await storage.read([key]))[key]).not.toHaveProperty('dialogState');
  });
});
