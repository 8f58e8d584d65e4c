import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SendActivitiesHandler, TurnContext } from 'botbuilder';
import { ReplyDeadlineError, replyDeadline, type ReplyDeadlineOptions } from '../../src/bot/replyDeadline.js';
import { exchange, messageTexts, residentMessage, startTestApp } from '../support/testApp.js';

/**
 * A turn of a message from `serviceUrl` through the middleware, sending one reply to a connector
 * that answers as `answer` says; resolves to the error the send threw, if any.
 */
function turnThrough(options: ReplyDeadlineOptions) {
  const middleware = replyDeadline(options);
  const sentTo: string[] = [];
  let registered = 0;
  const turn = async (serviceUrl: string, answer: () => Promise<void>, deliveryMode = 'normal'): Promise<unknown> => {
    const handlers: SendActivitiesHandler[] = [];
    const context = { activity: { type: 'message', serviceUrl, deliveryMode }, onSendActivities: (handler: SendActivitiesHandler) => (registered += 1, handlers.push(handler)) } as unknown as TurnContext;
    let failure: unknown;
    await middleware.onTurn(context, async () => {
      if (handlers.length === 0) return;
      try {
        await handlers[0]!(context, [], async () => {
          sentTo.push(serviceUrl);
          await answer();
          return [];
        });
      } catch (error) {
        failure = error;
      }
    });
    return failure;
  };
  return { sentTo, turn, registered: () => registered };
}

const answers = async () => undefined;
const neverAnswers = () => new Promise<void>(() => undefined);
const httpError = async () => {
  throw Object.assign(new Error('Internal Server Error'), { statusCode: 500 });
};

describe('the deadline on replies to a channel connector (outside attack 13, H2)', () => {
  it('ends a send the connector does not answer at the deadline', async () => {
    const { turn } = turnThrough({ deadlineMs: 50, pauseUnansweringMs: 0 });
    expect(await turn('http://127.0.0.1:4301', neverAnswers)).toBeInstanceOf(ReplyDeadlineError);
    expect(await turn('http://127.0.0.1:4301', answers)).toBeUndefined();
  });

  it('with authentication off, fails at once on every port of this machine after one did not answer, until the pause ends (outside attack 15, H2)', async () => {
    let clock = 0;
    const { sentTo, turn } = turnThrough({ deadlineMs: 50, pauseUnansweringMs: 60_000, now: () => clock });
    expect(await turn('http://127.0.0.1:4301/a', neverAnswers)).toBeInstanceOf(ReplyDeadlineError);
    expect(String(await turn('http://127.0.0.1:4301/b', answers))).toMatch(/did not answer a reply; not tried again/);
    for (const other of ['http://127.0.0.1:4302/c', 'http://localhost:4399/', 'http://127.0.0.9:80/', 'http://[::1]:4400/']) {
      expect(String(await turn(other, answers))).toMatch(/not tried again/);
    }
    clock = 60_000;
    expect(await turn('http://127.0.0.1:4301/d', answers)).toBeUndefined();
    expect(sentTo).toEqual(['http://127.0.0.1:4301/a', 'http://127.0.0.1:4301/d']);
  });

  it('with authentication off, pauses an address that answered only after half the deadline (outside attack 14, H2)', async () => {
    const { sentTo, turn } = turnThrough({ deadlineMs: 100, pauseUnansweringMs: 60_000 });
    expect(await turn('http://127.0.0.1:4304/a', () => new Promise((resolve) => setTimeout(resolve, 10)))).toBeUndefined();
    expect(await turn('http://127.0.0.1:4303/b', () => new Promise((resolve) => setTimeout(resolve, 70)))).toBeUndefined();
    expect(String(await turn('http://127.0.0.1:4303/c', answers))).toMatch(/not tried again/);
    expect(String(await turn('http://127.0.0.1:4304/d', answers))).toMatch(/not tried again/);
    expect(sentTo).toEqual(['http://127.0.0.1:4304/a', 'http://127.0.0.1:4303/b']);
  });

  it('with authentication off, pauses this machine after a reply that took over a second, however long the deadline (outside attack 15b, H2b)', async () => {
    let clock = 0;
    const { sentTo, turn } = turnThrough({ deadlineMs: 10_000, pauseUnansweringMs: 60_000, now: () => clock });
    expect(await turn('http://127.0.0.1:4305/a', async () => void (clock += 900))).toBeUndefined();
    expect(await turn('http://127.0.0.1:4305/b', async () => void (clock += 1_200))).toBeUndefined();
    expect(String(await turn('http://127.0.0.1:4306/c', answers))).toMatch(/not tried again/);
    expect(sentTo).toEqual(['http://127.0.0.1:4305/a', 'http://127.0.0.1:4305/b']);
  });

  it('does not pause an address that answered, even with an error, nor any address with authentication on', async () => {
    const answeredWithError = turnThrough({ deadlineMs: 50, pauseUnansweringMs: 60_000 });
    const authenticated = turnThrough({ deadlineMs: 50, pauseUnansweringMs: 0 });
    for (const [{ sentTo, turn }, answer] of [[answeredWithError, httpError], [authenticated, neverAnswers]] as const) {
      await turn('https://smba.trafficmanager.net/emea/', answer);
      await turn('https://smba.trafficmanager.net/emea/', answer);
      expect(sentTo).toHaveLength(2);
    }
  });

  it('leaves replies carried by the HTTP response (expectReplies) alone', async () => {
    const { turn, registered } = turnThrough({ deadlineMs: 50, pauseUnansweringMs: 60_000 });
    await turn('http://127.0.0.1:4301', neverAnswers, 'expectReplies');
    expect(registered()).toBe(0);
    await turn('http://127.0.0.1:4301', answers);
    expect(registered()).toBe(1);
  });
});

describe('a serviceUrl that accepts connections and never answers, on the real app with authentication off', () => {
  let app: Awaited<ReturnType<typeof startTestApp>>;
  let tarpit: Server;
  const held: Socket[] = [];
  beforeAll(async () => {
    app = await startTestApp();
    tarpit = createServer((socket) => {
      held.push(socket);
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => tarpit.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    for (const socket of held) socket.destroy();
    tarpit.close();
    await app.close();
  });

  it('holds a turn place for one deadline at most, so other residents are answered', async () => {
    const serviceUrl = `http://127.0.0.1:${(tarpit.address() as { port: number }).port}`;
    const tarpitPosts = Array.from({ length: 8 }, (_, index) =>
      fetch(`${app.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...residentMessage(`tarpit-${index}`, 'hello'), serviceUrl }),
      }).then((response) => response.status),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    const replies = await exchange(app.url, residentMessage('resident-behind-tarpit', 'How do I pay my council tax?'));
    expect(messageTexts(replies).join(' ')).toMatch(/council tax/i);
    expect((await Promise.all(tarpitPosts)).every((status) => status > 0)).toBe(true);
  }, 45_000);
});
