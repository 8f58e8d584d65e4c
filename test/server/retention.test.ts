import { describe, expect, it } from 'vitest';
import { DirectLineStore } from '../../src/channels/directLine/directLineStore.js';
import { WhatsAppStore } from '../../src/channels/whatsapp/whatsAppStore.js';
import { SqlHandoffHub } from '../../src/handoff/sqlHandoffHub.js';
import { ConversationReferences } from '../../src/storage/conversationReferences.js';
import { openDatabase } from '../../src/storage/database.js';
import { SqlStorage } from '../../src/storage/sqlStorage.js';
import { migrate } from '../../src/storage/sql/migrations.js';
import { openSqlite } from '../../src/storage/sql/sqlDatabase.js';
import { handoffRequest } from '../handoff/harness.js';
import { startTestApp, temporaryDataDir, thursdayMorning } from '../support/testApp.js';

const daysBeforeThursday = (days: number) => new Date(thursdayMorning.getTime() - days * 24 * 60 * 60 * 1000);

describe('retention schedules of the running app', () => {
  it('prunes idle conversations and WhatsApp data at start, keeps open handoffs, even with WhatsApp off', async () => {
    const dataDir = temporaryDataDir();
    const seeded = openDatabase(dataDir);
    const longAgo = () => daysBeforeThursday(40);
    const shared = openSqlite(seeded);
    await migrate(shared);
    const storage = new SqlStorage(shared, longAgo);
    const directLine = new DirectLineStore(shared, longAgo);
    const whatsApp = new WhatsAppStore(shared);
    for (const id of ['idle', 'open']) {
      await storage.write({ [`webchat/conversations/${id}`]: { assistant: {} } });
      await new ConversationReferences(shared, longAgo).remember({ conversation: { id, isGroup: false, conversationType: 'personal', name: 'webchat' }, channelId: 'webchat' });
      await directLine.createConversation(id, `user-${id}`);
    }
    await new SqlHandoffHub({ database: shared, now: longAgo }).initiate(handoffRequest({ conversationId: 'open', channel: 'webchat' }));
    await whatsApp.rememberContact('wa-idle', { phoneNumber: '447700900123' }, longAgo().getTime());
    await whatsApp.takeDelivery('wamid.old', daysBeforeThursday(8).getTime());
    await whatsApp.takeDelivery('wamid.recent', daysBeforeThursday(6).getTime());
    seeded.close();

    const app = await startTestApp({ DATA_DIR: dataDir }, { now: () => thursdayMorning });
    await app.close();

    const database = openDatabase(dataDir);
    const keys = database.prepare<[], { key: string }>('SELECT key FROM bot_state').all().map((row) => row.key);
    expect(keys).toEqual(['webchat/conversations/open']);
    const sharedAgain = openSqlite(database);
    expect(await new ConversationReferences(sharedAgain).find('idle')).toBeUndefined();
    expect(await new ConversationReferences(sharedAgain).find('open')).toBeDefined();
    expect(await new DirectLineStore(sharedAgain).findConversation('idle')).toBeUndefined();
    expect(await new DirectLineStore(sharedAgain).findConversation('open')).toBeDefined();
    const reopened = new WhatsAppStore(sharedAgain);
    expect(await reopened.contact('wa-idle')).toBeUndefined();
    expect(await reopened.takeDelivery('wamid.old', thursdayMorning.getTime())).toBe(true);
    expect(await reopened.takeDelivery('wamid.recent', thursdayMorning.getTime())).toBe(false);
    database.close();
  });
});
