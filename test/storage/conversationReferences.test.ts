import { describe, expect, it } from 'vitest';
import { ConversationReferences } from '../../src/storage/conversationReferences.js';
import { engines, openTestDatabase } from '../support/sqlDatabases.js';

const reference = (id: string, serviceUrl: string) => ({ conversation: { id, isGroup: false, conversationType: 'personal', name: '' }, channelId: 'webchat', serviceUrl });

describe.each(engines)('conversation references on %s', (engine) => {
  it('keeps the latest reference of each conversation, and lets retention spare an open one', async () => {
    let now = new Date('2026-11-01T10:00:00Z');
    const references = new ConversationReferences(await openTestDatabase(engine), () => now);
    await references.remember(reference('idle', 'http://127.0.0.1:1'));
    await references.remember(reference('open', 'http://127.0.0.1:1'));
    await references.remember(reference('idle', 'http://127.0.0.1:2'));
    await references.remember({ channelId: 'webchat' });
    expect(await references.find('idle')).toEqual(reference('idle', 'http://127.0.0.1:2'));
    expect(await references.find('never')).toBeUndefined();
    now = new Date('2026-12-15T10:00:00Z');
    expect(await references.deleteIdleSince(new Date('2026-12-01T00:00:00Z'), [{ channel: 'webchat', conversationId: 'open' }])).toBe(1);
    expect(await references.find('idle')).toBeUndefined();
    expect(await references.find('open')).toBeDefined();
  });
});
