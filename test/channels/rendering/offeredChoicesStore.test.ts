import { describe, expect, it } from 'vitest';
import { OfferedChoicesStore } from '../../../src/channels/rendering/offeredChoicesStore.js';
import { engines, openTestDatabase, openTwoInstances } from '../../support/sqlDatabases.js';

describe.each(engines)('OfferedChoicesStore on %s', (engine) => {
  it('keeps the last offer of a conversation, and forgets it when nothing is offered', async () => {
    const store = new OfferedChoicesStore(await openTestDatabase(engine));
    await store.remember('sms/c1', [{ label: 'Bins' }], 1);
    await store.remember('sms/c1', [{ label: 'Council tax' }, { label: 'Parking' }], 2);
    expect(await store.offered('sms/c1')).toEqual([{ label: 'Council tax' }, { label: 'Parking' }]);
    await store.remember('sms/c1', [], 3);
    expect(await store.offered('sms/c1')).toEqual([]);
  });

  it('lets retention delete old offers except those of open conversations', async () => {
    const store = new OfferedChoicesStore(await openTestDatabase(engine));
    await store.remember('sms/old', [{ label: 'Bins' }], 1000);
    await store.remember('sms/open', [{ label: 'Bins' }], 1000);
    await store.remember('sms/new', [{ label: 'Bins' }], 5000);
    expect(await store.deleteIdleSince(new Date(2000), [{ channel: 'sms', conversationId: 'open' }])).toBe(1);
    expect(await store.offered('sms/old')).toEqual([]);
    expect(await store.offered('sms/open')).toHaveLength(1);
  });
});

describe('OfferedChoicesStore shared by two instances on one PostgreSQL', () => {
  it('lets a resident pick on one instance what the other offered', async () => {
    const [first, second] = await openTwoInstances();
    await new OfferedChoicesStore(first).remember('whatsapp/c1', [{ label: 'Report a missed bin' }]);
    expect(await new OfferedChoicesStore(second).offered('whatsapp/c1')).toEqual([{ label: 'Report a missed bin' }]);
  });
});
