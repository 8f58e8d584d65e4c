import { describe, expect, it } from 'vitest';
import { VoiceCallStore, type VoiceCall } from '../../../src/channels/voice/voiceCallStore.js';
import { openDatabase } from '../../../src/storage/database.js';
import { migrate } from '../../../src/storage/sql/migrations.js';
import { openSqlite } from '../../../src/storage/sql/sqlDatabase.js';
import { engines, openTestDatabase } from '../../support/sqlDatabases.js';
import { temporaryDataDir } from '../../support/tempDir.js';

const call: VoiceCall = {
  question: 'Which bin was missed?',
  choices: 'Say recycling, or press 1.',
  unheard: '',
  misses: 1,
  turns: 3,
  lastRequest: 'fingerprint',
  lastAnswer: '<Response/>',
  lastTurn: { urgent: [], said: 'Thanks.', prompt: 'Which bin was missed?' },
  safetyLine: 'If you are in danger now, call nine nine nine.',
  transferUnanswered: true,
};

describe.each(engines)('the calls between webhooks on %s', (engine) => {
  it('keeps a call until it is forgotten, and lets retention spare an open one', async () => {
    let now = new Date('2026-11-01T10:00:00Z');
    const calls = new VoiceCallStore(await openTestDatabase(engine), () => now);
    await calls.save('idle', call);
    await calls.save('open', call);
    await calls.save('ended', { ...call, misses: 0 });
    expect(await calls.call('idle')).toEqual(call);
    await calls.save('idle', { ...call, turns: 4 });
    expect((await calls.call('idle'))?.turns).toBe(4);
    await calls.forget('ended');
    expect(await calls.call('ended')).toBeUndefined();
    now = new Date('2026-12-15T10:00:00Z');
    expect(await calls.deleteIdleSince(new Date('2026-12-01T00:00:00Z'), [{ channel: 'voice', conversationId: 'open' }])).toBe(1);
    expect(await calls.call('open')).toEqual(call);
  });
});

describe('a data folder from before replays were recognised', () => {
  it('keeps its calls and gains the new columns', async () => {
    const file = openDatabase(temporaryDataDir());
    file.exec(`CREATE TABLE voice_calls (conversation_id TEXT PRIMARY KEY, question TEXT NOT NULL, choices TEXT NOT NULL, unheard TEXT NOT NULL, misses INTEGER NOT NULL, updated_at INTEGER NOT NULL);
      INSERT INTO voice_calls VALUES ('mid-call', 'What is your postcode?', '', '', 0, 1);`);
    const database = openSqlite(file);
    await migrate(database);
    const calls = new VoiceCallStore(database, () => new Date());
    expect(await calls.call('mid-call')).toMatchObject({ question: 'What is your postcode?', turns: 0, lastRequest: '', lastTurn: { said: '' } });
    await database.close();
    file.close();
  });
});
