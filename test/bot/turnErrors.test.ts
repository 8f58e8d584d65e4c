import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import type { TurnContext } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBotAdapter } from '../../src/bot/adapter.js';
import { apologyForFailedTurn } from '../../src/conversation/phrases.js';
import { createLogger } from '../../src/logger.js';
import { registerBotEndpoint } from '../../src/server/botEndpoint.js';
import { createServer } from '../../src/server/createServer.js';
import { ConversationLockLostError } from '../../src/storage/conversationLock.js';
import { StateConflictError } from '../../src/storage/sqlStorage.js';
import { exchange, messageTexts, residentMessage } from '../support/testApp.js';

describe('an exception inside a turn', () => {
  const logLines: Record<string, unknown>[] = [];
  const logSink = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const logger = createLogger('info', logSink);
  const server = createServer({ logger, adminToken: undefined, isReady: () => true });
  let url = '';

  beforeAll(async () => {
    const adapter = createBotAdapter(undefined, logger);
    const logic = async (context: TurnContext) => {
      if (context.activity.text === 'break') throw new Error('simulated failure');
      if (context.activity.text === 'stale') {
        await context.sendActivity('Which day should it have been collected?');
        throw new StateConflictError('Storage: eTag conflict');
      }
      if (context.activity.text === 'lost') throw new ConversationLockLostError('the database ended the frozen session');
      await context.sendActivity(`you said ${context.activity.text}`);
    };
    registerBotEndpoint(server, adapter, logic, logger, { authenticated: false, isLocalConversation: async () => false });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('gives the resident a short apology, logs the conversation id, and keeps serving', async () => {
    expect(messageTexts(await exchange(url, residentMessage('broken-1', 'break')))).toEqual([apologyForFailedTurn]);
    const failure = logLines.find((line) => line.msg === 'turn failed');
    expect(failure).toMatchObject({ conversationId: 'broken-1', level: 50 });
    expect(messageTexts(await exchange(url, residentMessage('broken-1', 'still there?')))).toEqual(['you said still there?']);
  });

  it('adds no apology to a turn whose memory another instance moved on meanwhile (it resumed after freezing past its lock): a warning, not an error (PostgreSQL trial 13)', async () => {
    expect(messageTexts(await exchange(url, residentMessage('stale-1', 'stale')))).toEqual(['Which day should it have been collected?']);
    expect(logLines.filter((line) => line.conversationId === 'stale-1').map((line) => [line.level, line.msg])).toEqual([[40, 'turn dropped: the conversation may have moved on meanwhile']]);
  });

  it('adds no apology to a turn that lost its lock (PostgreSQL re-trial 15: "Sorry, something went wrong" 3.5 s after another instance had answered)', async () => {
    expect(messageTexts(await exchange(url, residentMessage('lost-1', 'lost')))).toEqual([]);
    expect(logLines.filter((line) => line.conversationId === 'lost-1').map((line) => [line.level, line.msg])).toEqual([[40, 'turn dropped: the conversation may have moved on meanwhile']]);
  });

  it('tells the resident nothing when a turn the app started itself fails (an advisor’s reply): its caller is told instead (PostgreSQL trial 11, T20)', async () => {
    const adapter = createBotAdapter(undefined, logger);
    const sent: string[] = [];
    adapter.use(async (context, next) => {
      context.onSendActivities(async (_context, activities, send) => {
        sent.push(...activities.map((activity) => activity.text ?? ''));
        return send();
      });
      await next();
    });
    const reference = { channelId: 'test', serviceUrl: 'http://127.0.0.1:1', conversation: { id: 'proactive-1', isGroup: false, conversationType: 'personal', name: '' }, bot: { id: 'bot', name: 'bot' } };
    const failing = adapter.continueConversationAsync('', reference, async () => {
      throw new Error('could not take the conversation’s lock');
    });
    await expect(failing).rejects.toThrow('could not take the conversation’s lock');
    expect(sent).toEqual([]);
  });

  it('logs that Bot Framework auth is off when no credentials are set', () => {
    expect(logLines.some((line) => String(line.msg).includes('authentication is OFF'))).toBe(true);
  });
});
