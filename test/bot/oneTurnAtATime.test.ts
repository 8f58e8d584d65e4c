import { TurnContext, TestAdapter } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { oneTurnAtATime, voiceLockWaitMs } from '../../src/bot/oneTurnAtATime.js';
import { TurnGate, turnSender } from '../../src/server/turnGate.js';
import { ConversationLockLostError, type ConversationLock, type HeldLock } from '../../src/storage/conversationLock.js';

const held: HeldLock = { confirm: async () => undefined };

/** A lock that counts how many turns hold a lock at once, as pooled connections would be held. */
function countingLock() {
  let holding = 0;
  let most = 0;
  const lock: ConversationLock = {
    async run(_key, work) {
      holding += 1;
      most = Math.max(most, holding);
      try {
        await new Promise((resolve) => setTimeout(resolve, 5));
        return await work(held);
      } finally {
        holding -= 1;
      }
    },
  };
  return { lock, most: () => most };
}

describe('oneTurnAtATime', () => {
  it('waits less for a phone turn\'s lock than for a chat\'s, so a caller hears something before the carrier gives up (PostgreSQL trial 11, T23)', async () => {
    const waits: Record<string, number | undefined> = {};
    const lock: ConversationLock = { run: async (key, work, waitMs) => ((waits[key.split('/')[0]!] = waitMs), work(held)) };
    const adapter = new TestAdapter(async () => undefined);
    adapter.use(oneTurnAtATime(lock));
    for (const channelId of ['voice', 'webchat']) {
      await adapter.processActivity({ type: 'message', text: 'hello', channelId, conversation: { id: 'c1', isGroup: false, name: '', conversationType: 'personal' }, from: { id: 'u', name: '' }, recipient: { id: 'bot', name: '' } }, async () => undefined);
    }
    expect(waits.voice).toBe(voiceLockWaitMs);
    expect(voiceLockWaitMs).toBeLessThan(15_000);
    expect(waits.webchat).toBeUndefined();
  });

  it('lets only a few turns of the instance hold their conversations\' locks at once, and runs every turn (PostgreSQL trial 11: ten at once held the whole pool)', async () => {
    const { lock, most } = countingLock();
    const ran: string[] = [];
    const adapter = new TestAdapter(async (context: TurnContext) => void ran.push(context.activity.conversation.id));
    adapter.use(oneTurnAtATime(lock));
    await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        adapter.processActivity({ type: 'message', text: 'hello', channelId: 'test', conversation: { id: `c${index}`, isGroup: false, name: '', conversationType: 'personal' }, from: { id: 'u', name: '' }, recipient: { id: 'bot', name: '' } }, async (context) => {
          ran.push(context.activity.conversation.id);
        }),
      ),
    );
    expect(new Set(ran).size).toBe(20);
    expect(most()).toBeLessThanOrEqual(4);
    expect(most()).toBeGreaterThan(1);
  });

  it('sends nothing once the turn has lost its lock (an instance frozen past the hold and resumed: PostgreSQL re-trial 15), and fails the turn so the channel leaves its message for another run', async () => {
    let lockGone = false;
    const lock: ConversationLock = {
      run: async (_key, work) => work({ confirm: async () => { if (lockGone) throw new ConversationLockLostError('lost'); } }),
    };
    const adapter = new TestAdapter(async (context: TurnContext) => {
      await context.sendActivity('Which bin was it?');
      lockGone = true;
      await context.sendActivity('Which day should it have been collected?');
    });
    adapter.use(oneTurnAtATime(lock));
    const failures: Error[] = [];
    adapter.onTurnError = async (_context, error) => void failures.push(error);
    await adapter.send('Recycling');
    expect(adapter.activeQueue.map((activity) => activity.text)).toEqual(['Which bin was it?']);
    expect(failures.map((error) => error.constructor)).toEqual([ConversationLockLostError]);
  });

  it("waits by the sender the route named, not by conversation: one address's many conversations queue as one (outside attack 16b, N6)", async () => {
    const started: string[] = [];
    let release!: () => void;
    const holding = new Promise<void>((resolve) => (release = resolve));
    const adapter = new TestAdapter(async () => undefined);
    adapter.use(oneTurnAtATime({ run: async (_key, work) => work(held) }, new TurnGate({ concurrent: 1, queued: 20 })));
    const turn = (sender: string, conversation: string, text = 'hello') =>
      adapter.processActivity(
        turnSender.note({ type: 'message', text, channelId: 'webchat', conversation: { id: conversation, isGroup: false, name: '', conversationType: 'personal' }, from: { id: 'u', name: '' }, recipient: { id: 'bot', name: '' } }, sender),
        async (context) => {
          started.push(context.activity.conversation.id);
          if (context.activity.text === 'hold') await holding;
        },
      );
    const floodConversations = ['f1', 'f2', 'f3', 'f4'];
    for (const conversation of [...floodConversations, 'resident']) await turn(conversation === 'resident' ? 'resident address' : 'flood address', conversation);
    started.length = 0;
    const runs = [turn('flood address', 'f1', 'hold'), ...floodConversations.slice(1).map((conversation) => turn('flood address', conversation)), turn('resident address', 'resident')];
    release();
    await Promise.all(runs);
    expect(started).toEqual(['f1', 'resident', 'f2', 'f3', 'f4']);
  });
});
