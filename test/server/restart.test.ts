import { describe, expect, it } from 'vitest';
import { exchange, messageTexts, residentMessage, startTestApp, temporaryDataDir, thursdayMorning } from '../support/testApp.js';

describe('restart persistence', () => {
  it('continues a conversation where it was after the server restarts on the same DATA_DIR', async () => {
    const dataDir = temporaryDataDir();
    const conversationId = 'restart-1';
    const puzzling = 'zebra quantum banjo marmalade';

    const first = await startTestApp({ DATA_DIR: dataDir }, { now: () => thursdayMorning });
    const beforeRestart = messageTexts(await exchange(first.url, residentMessage(conversationId, puzzling))).join('\n');
    expect(beforeRestart).toMatch(/not sure/i);
    await first.close();

    // The second unsure turn in a row brings in a person: only possible if the first was remembered.
    const second = await startTestApp({ DATA_DIR: dataDir }, { now: () => thursdayMorning });
    try {
      const afterRestart = messageTexts(await exchange(second.url, residentMessage(conversationId, `${puzzling} again`))).join('\n');
      expect(afterRestart).toMatch(/haven't been able to find the right answer/);

      // A different conversation on the same server starts afresh.
      const other = messageTexts(await exchange(second.url, residentMessage('restart-2', puzzling))).join('\n');
      expect(other).not.toMatch(/haven't been able to find the right answer/);
    } finally {
      await second.close();
    }
  });
});
