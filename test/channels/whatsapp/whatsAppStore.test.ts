import { describe, expect, it } from 'vitest';
import { WhatsAppStore } from '../../../src/channels/whatsapp/whatsAppStore.js';
import { engines, openTestDatabase, openTwoInstances } from '../../support/sqlDatabases.js';

describe.each(engines)('WhatsAppStore on %s', (engine) => {
  it('takes a message id without a turn once', async () => {
    const store = new WhatsAppStore(await openTestDatabase(engine));
    expect([await store.takeDelivery('wamid.1', 1000), await store.takeDelivery('wamid.1', 2000), await store.takeDelivery('wamid.2', 2000)]).toEqual([true, false, true]);
  });

  it('takes a redelivered message again while its turn has not finished, a few times at most, and never once it has', async () => {
    const store = new WhatsAppStore(await openTestDatabase(engine));
    const turn = { conversationId: 'wa-1', message: { id: 'wamid.1', text: { body: 'hello' } } };
    const taken = [];
    for (let delivery = 0; delivery < 5; delivery += 1) taken.push(await store.takeDelivery('wamid.1', 1000 + delivery, turn, 3));
    expect(taken).toEqual([true, true, true, true, false]);
    await store.takeDelivery('wamid.2', 2000, turn);
    await store.markHandled('wamid.2', 2500);
    expect([await store.isHandled('wamid.2'), await store.takeDelivery('wamid.2', 3000, turn)]).toEqual([true, false]);
  });

  it('lists unfinished turns oldest first, says which a later answered message overtook, and forgets the text once handled', async () => {
    const store = new WhatsAppStore(await openTestDatabase(engine));
    const turn = (conversationId: string, body: string) => ({ conversationId, message: { text: { body } } });
    await store.takeDelivery('wamid.a1', 1000, turn('wa-a', 'first'));
    await store.takeDelivery('wamid.b1', 1500, turn('wa-b', 'alone'));
    await store.takeDelivery('wamid.a2', 2000, turn('wa-a', 'second'));
    await store.markHandled('wamid.a2', 2100);
    await store.takeDelivery('wamid.late', 9000, turn('wa-b', 'too recent'));
    expect(await store.unfinishedTurns(5000)).toEqual([
      { messageId: 'wamid.a1', conversationId: 'wa-a', message: { text: { body: 'first' } }, overtaken: true, receivedAt: 1000 },
      { messageId: 'wamid.b1', conversationId: 'wa-b', message: { text: { body: 'alone' } }, overtaken: false, receivedAt: 1500 },
    ]);
    expect(await store.takeUpTurn('wamid.a2')).toBe(false);
    await store.markHandled('wamid.a1', 5000);
    expect((await store.unfinishedTurns(5000)).map((left) => left.messageId)).toEqual(['wamid.b1']);
  });

  it.each([
    ['a later message moves the window on', { phoneNumber: '447700900001' }, 5000, { phoneNumber: '447700900001', lastInboundAt: 5000 }],
    ['an earlier one (delivered late) does not', { phoneNumber: '447700900001' }, 500, { phoneNumber: '447700900001', lastInboundAt: 1000 }],
    ['a message with only a user id keeps the number', { userId: 'GB.123' }, 2000, { phoneNumber: '447700900001', userId: 'GB.123', lastInboundAt: 2000 }],
  ])('remembers a contact: %s', async (_, address, at, expected) => {
    const store = new WhatsAppStore(await openTestDatabase(engine));
    await store.rememberContact('c1', { phoneNumber: '447700900001' }, 1000);
    await store.rememberContact('c1', address, at);
    expect(await store.contact('c1')).toEqual({ ...expected, templateSentAt: undefined });
  });

  it('keeps the replies an unfinished turn has sent, and forgets them once it has finished', async () => {
    const store = new WhatsAppStore(await openTestDatabase(engine));
    await store.takeDelivery('wamid.1', 1000, { conversationId: 'wa-1', message: { id: 'wamid.1' } });
    expect(await store.repliesSent('wamid.1')).toEqual([]);
    await store.recordRepliesSent('wamid.1', ['turn-reply:wamid.1:0:a', 'turn-reply:wamid.1:1:b']);
    expect(await store.repliesSent('wamid.1')).toEqual(['turn-reply:wamid.1:0:a', 'turn-reply:wamid.1:1:b']);
    await store.markHandled('wamid.1', 2000);
    expect(await store.repliesSent('wamid.1')).toEqual([]);
    await store.recordRepliesSent('wamid.1', ['turn-reply:wamid.1:2:c']);
    expect(await store.repliesSent('wamid.1')).toEqual([]);
  });

  it('keeps late replies in order, held by one instance until its hold is over, then for whoever takes them; forgets each sent (operations trial 28, OPS28-01)', async () => {
    const store = new WhatsAppStore(await openTestDatabase(engine));
    const replies = [{ contact: { phoneNumber: '447700900001' }, body: { text: { body: 'Open the windows' } } }, { contact: { phoneNumber: '447700900001' }, body: { text: { body: 'Second' } } }];
    const ids = await store.keepLateReplies('wamid.co', 'wa-1', replies, 1000, 5000, 'instance-a');
    expect(ids).toHaveLength(2);
    // Held by its instance: nobody takes it before the hold is over.
    expect(await store.claimLateReplies(4999, 9000, 'instance-b')).toEqual([]);
    const [taken] = await store.claimLateReplies(5000, 9000, 'instance-b');
    expect(taken).toEqual({ messageId: 'wamid.co', conversationId: 'wa-1', keptAt: 1000, replies: ids.map((id, index) => ({ id, ...replies[index] })) });
    expect(await store.claimLateReplies(6000, 12000, 'instance-c')).toEqual([]);
    await store.forgetLateReply(ids[0]!);
    await store.releaseLateReplies('wamid.co', 7000);
    expect((await store.claimLateReplies(7000, 12000, 'instance-c'))[0]!.replies.map((reply) => reply.body)).toEqual([{ text: { body: 'Second' } }]);
    // Renewed by its holder only: another's renewal changes nothing.
    await store.holdLateReplies('wamid.co', 'instance-b', 20000);
    expect(await store.claimLateReplies(12000, 13000, 'instance-d')).toHaveLength(1);
    await store.holdLateReplies('wamid.co', 'instance-d', 20000);
    expect(await store.claimLateReplies(19999, 30000, 'instance-e')).toEqual([]);
    await store.forgetLateReplies('wamid.co');
    expect(await store.claimLateReplies(20000, 30000, 'instance-d')).toEqual([]);
  });

  it('records a template sent, a changed number, a move and statuses in order', async () => {
    const store = new WhatsAppStore(await openTestDatabase(engine));
    await store.rememberContact('c1', { phoneNumber: '447700900001' }, 1000);
    await store.templateSent('c1', 9000);
    await store.changeNumber('c1', '447700900002');
    expect(await store.contact('c1')).toEqual({ phoneNumber: '447700900002', lastInboundAt: 1000, templateSentAt: 9000 });
    await store.move('key-of-new-number', 'c1');
    expect(await store.movedTo('key-of-new-number')).toBe('c1');
    await store.recordStatus({ id: 'wamid.out', status: 'read', timestamp: '3' }, 'c1', 10);
    await store.recordStatus({ id: 'wamid.out', status: 'delivered', timestamp: '2' }, 'c1', 10);
    await store.recordStatus({ id: 'wamid.out', status: 'delivered', timestamp: '2' }, 'c1', 11);
    expect((await store.statusesOf('wamid.out')).map((row) => row.status)).toEqual(['delivered', 'read']);
  });
});

describe('WhatsAppStore shared by two instances on one PostgreSQL', () => {
  it('lets exactly one instance take the first delivery of a message Meta sent to both', async () => {
    const [first, second] = await openTwoInstances();
    const [a, b] = [new WhatsAppStore(first), new WhatsAppStore(second)];
    for (let message = 0; message < 50; message += 1) {
      const taken = await Promise.all([a, b, a, b].map((store) => store.takeDelivery(`wamid.${message}`, message)));
      expect(taken.filter(Boolean)).toHaveLength(1);
    }
  });

  it('lets exactly one instance take a message\'s kept replies', async () => {
    const [first, second] = await openTwoInstances();
    const [a, b] = [new WhatsAppStore(first), new WhatsAppStore(second)];
    for (let message = 0; message < 20; message += 1) {
      await a.keepLateReplies(`wamid.kept.${message}`, 'wa-1', [{ contact: { phoneNumber: '447700900001' }, body: { n: message } }], message, message, 'dead-instance');
      const taken = await Promise.all([a, b, a, b].map((store, index) => store.claimLateReplies(message, message + 1000, `instance-${index}`)));
      expect(taken.filter((claimed) => claimed.some((kept) => kept.messageId === `wamid.kept.${message}`))).toHaveLength(1);
      await a.forgetLateReplies(`wamid.kept.${message}`);
    }
  });

  it('lets exactly one instance take up an unfinished turn', async () => {
    const [first, second] = await openTwoInstances();
    const [a, b] = [new WhatsAppStore(first), new WhatsAppStore(second)];
    for (let message = 0; message < 20; message += 1) {
      await a.takeDelivery(`wamid.left.${message}`, message, { conversationId: 'wa-1', message: {} });
      const taken = await Promise.all([a, b, a, b].map((store) => store.takeUpTurn(`wamid.left.${message}`, 1)));
      expect(taken.filter(Boolean)).toHaveLength(1);
    }
  });
});
