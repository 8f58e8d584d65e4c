import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WaitingConcerns, type PostedMessage } from '../../../src/channels/directLine/waitingConcerns.js';
import { createLogger } from '../../../src/logger.js';

const concern = (text: string): PostedMessage => ({
  conversationId: 'c1',
  userId: 'dl_resident',
  activity: { type: 'message', text, channelData: { clientActivityID: `id-${text.length}` } },
  clientActivityId: `id-${text.length}`,
  sender: '203.0.113.9',
  postedAt: '2026-12-07T10:00:00.000Z',
});

const logger = createLogger('silent');
const files = (folder: string) => readdirSync(folder).filter((name) => name.endsWith('.json'));

describe('the emergencies and disclosures waiting for the database', () => {
  it('are read back by the next run on the same folder, and forgotten on disk once done', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'waiting-'));
    const first = new WaitingConcerns(folder, logger);
    expect(await first.keep(concern('I can smell gas in my kitchen'))).toBe(true);
    expect(await first.keep(concern('my partner hits me'))).toBe(true);
    expect(files(folder)).toHaveLength(2);

    const next = new WaitingConcerns(folder, logger);
    expect(await next.load()).toBe(2);
    expect(next.entries().map(([, waiting]) => waiting.activity.text).sort()).toEqual(['I can smell gas in my kitchen', 'my partner hits me']);
    for (const [key] of next.entries()) await next.done(key);
    expect(files(folder)).toEqual([]);
    expect(await new WaitingConcerns(folder, logger).load()).toBe(0);
  });

  it('keep no more than their limit, so a flood while the database is down cannot fill the disk', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'waiting-'));
    const waiting = new WaitingConcerns(folder, logger, 3_600_000, 2);
    expect([await waiting.keep(concern('fire')), await waiting.keep(concern('fire!')), await waiting.keep(concern('fire!!'))]).toEqual([true, true, false]);
    expect(files(folder)).toHaveLength(2);
  });

  it('remove a file that is not one of theirs as written, rather than run what it says', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'waiting-'));
    writeFileSync(join(folder, '00000000-0000-4000-8000-000000000001.json'), '{"conversationId":"c1"');
    writeFileSync(join(folder, '00000000-0000-4000-8000-000000000002.json'), JSON.stringify({ ...concern('hello'), activity: { type: 'event', name: 'handoff.status' } }));
    const waiting = new WaitingConcerns(folder, logger);
    expect(await waiting.load()).toBe(0);
    expect(files(folder)).toEqual([]);
  });

  it('still keep a message in memory when its file cannot be written', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'waiting-')), 'a-file');
    writeFileSync(folder, 'not a folder');
    const waiting = new WaitingConcerns(folder, logger);
    expect(await waiting.keep(concern('there is smoke coming under the door'))).toBe(true);
    expect(waiting.entries()).toHaveLength(1);
    // Said when the instance stops: those are lost with it.
    expect(waiting.unwritten).toBe(1);
    await waiting.done(waiting.entries()[0]![0]);
    expect(waiting.unwritten).toBe(0);
  });
});
