import { describe, expect, it } from 'vitest';
import { WhatsAppStore } from '../../../src/channels/whatsapp/whatsAppStore.js';
import { engines, openTestDatabase, openTwoInstances } from '../../support/sqlDatabases.js';

describe.each(engines)('WhatsAppStore on %s', (engine) => {
  it('says a message id is new once', async () => {
    const store = new WhatsAppStore(await openTestDatabase(engine));
    expect([await store.firstDelivery('wamid.1', 1000), await store.firstDelivery('wamid.1', 2000), await store.firstDelivery('wamid.2', 2000)]).toEqual([true, false, true]);
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
      const taken = await Promise.all([a, b, a, b].map((store) => store.firstDelivery(`wamid.${message}`, message)));
      expect(taken.filter(Boolean)).toHaveLength(1);
    }
  });
});
