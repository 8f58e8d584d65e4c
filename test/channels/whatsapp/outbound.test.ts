import { TurnContext, type Activity } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderReply } from '../../../src/channels/render.js';
import { webhookPayloadSchema } from '../../../src/channels/whatsapp/webhookPayload.js';
import { customerServiceWindowMs, whatsAppTurnsAtOnce, withheldOutsideWindow } from '../../../src/channels/whatsapp/whatsAppAdapter.js';
import type { WhatsAppOptions } from '../../../src/channels/whatsapp/whatsAppOptions.js';
import { accessToken, echo, whatsAppHarness, type Harness } from './harness.js';
import { phoneNumberId, residentNumber, textMessage } from './webhookPayloads.js';

const labels = (count: number): string[] => Array.from({ length: count }, (_, index) => `Service ${index + 1}`);

/** A small scripted bot: "menu N" offers N choices; anything else is echoed. */
const scripted = (seen: Partial<Activity>[]) => async (context: TurnContext) => {
  seen.push(structuredClone(context.activity));
  const menu = /^menu (\d+)$/.exec(context.activity.text ?? '');
  if (menu) {
    const choices = labels(Number(menu[1])).map((label, index) => ({ label, value: `service-${index + 1}` }));
    await context.sendActivity(renderReply({ text: 'Which service?', choices }));
  } else {
    await context.sendActivities([{ type: 'typing' }, { type: 'message', text: `echo: ${context.activity.text}` }]);
  }
};

describe('WhatsApp replies', () => {
  let harness: Harness;
  let seen: Partial<Activity>[];

  async function start(overrides: Partial<WhatsAppOptions> = {}): Promise<void> {
    harness = await whatsAppHarness(overrides);
    seen = [];
  }
  const say = async (text: string, timestamp?: string) => {
    await harness.adapter.receive(webhookPayloadSchema.parse(textMessage(text, undefined, timestamp).body), scripted(seen));
    await harness.adapter.idle();
  };
  const sent = () => harness.graph.requests.map((request) => request.body);

  beforeEach(() => start());
  afterEach(async () => harness.close());

  it('posts to /{version}/{phone number id}/messages with the bearer token, and skips typing indicators', async () => {
    await say('hello');
    expect(harness.graph.requests).toEqual([
      {
        path: `/v23.0/${phoneNumberId}/messages`,
        authorization: `Bearer ${accessToken}`,
        body: { messaging_product: 'whatsapp', recipient_type: 'individual', to: residentNumber, type: 'text', text: { body: 'echo: hello', preview_url: false } },
      },
    ]);
  });

  describe('choices', () => {
    it('shows 2 choices as reply buttons whose ids are the values', async () => {
      await say('menu 2');
      expect(sent()[0]).toMatchObject({
        type: 'interactive',
        interactive: {
          type: 'button',
          body: { text: 'Which service?' },
          action: {
            buttons: [
              { type: 'reply', reply: { id: 'service-1', title: 'Service 1' } },
              { type: 'reply', reply: { id: 'service-2', title: 'Service 2' } },
            ],
          },
        },
      });
    });

    it('shows 5 choices as a list', async () => {
      await say('menu 5');
      const interactive = sent()[0]!.interactive as { type: string; action: { button: string; sections: { rows: { id: string; title: string }[] }[] } };
      expect(interactive.type).toBe('list');
      expect(interactive.action.button.length).toBeLessThanOrEqual(20);
      expect(interactive.action.sections[0]!.rows.map((row) => row.id)).toEqual(['service-1', 'service-2', 'service-3', 'service-4', 'service-5']);
    });

    it('shows 12 choices as numbered text, and a typed "2" reaches the bot as the second value', async () => {
      await say('menu 12');
      const body = (sent()[0]!.text as { body: string }).body;
      expect(body).toMatch(/^Which service\?\n\n1\. Service 1\n2\. Service 2\n/);
      expect(body).toContain('12. Service 12');

      await say('2');
      expect(seen.at(-1)?.text).toBe('service-2');
      // The choices are spent once the bot has moved on: a later "2" is just "2".
      await say('2');
      expect(seen.at(-1)?.text).toBe('2');
    });
  });

  describe('the 24-hour customer-service window', () => {
    const advisorSays = async (text: string) => {
      const reference = TurnContext.getConversationReference(seen[0]!);
      let response: { id: string } | undefined;
      await harness.adapter.continueConversationAsync('app-id', reference, async (context) => {
        response = await context.sendActivity(text);
      });
      return response;
    };

    it('lets an advisor reply later through the adapter while the window is open', async () => {
      await say('can someone call me?');
      harness.clock.now += customerServiceWindowMs - 60_000;
      const response = await advisorSays('This is Priya from customer services.');
      expect(response?.id).toMatch(/^wamid\./);
      expect(sent().at(-1)).toMatchObject({ to: residentNumber, text: { body: 'This is Priya from customer services.' } });
    });

    it('withholds free-form messages after 24 hours when no template is configured', async () => {
      await say('can someone call me?');
      const before = harness.graph.requests.length;
      harness.clock.now += customerServiceWindowMs + 1;
      expect(await advisorSays('Sorry for the wait.')).toEqual({ id: withheldOutsideWindow });
      expect(harness.graph.requests.length).toBe(before);
    });

    it('sends the approved template instead, once until the resident writes again', async () => {
      await harness.close();
      await start({ template: { name: 'advisor_reply_waiting', language: 'en_GB' } });
      await say('can someone call me?');
      const before = harness.graph.requests.length;
      harness.clock.now += 2 * customerServiceWindowMs;
      expect(await advisorSays('Sorry for the wait.')).toEqual({ id: withheldOutsideWindow });
      expect(await advisorSays('Are you still there?')).toEqual({ id: withheldOutsideWindow });
      expect(sent().slice(before)).toEqual([
        {
          messaging_product: 'whatsapp',
          recipient_type: 'individual',
          to: residentNumber,
          type: 'template',
          template: { name: 'advisor_reply_waiting', language: { code: 'en_GB' } },
        },
      ]);
      // The resident answers: the window reopens and free-form replies flow again.
      await say('yes I am here', String(Math.floor(harness.clock.now / 1000)));
      expect(sent().at(-1)).toMatchObject({ type: 'text', text: { body: 'echo: yes I am here' } });
    });
  });

  it(`runs at most ${whatsAppTurnsAtOnce} residents' turns at once and the rest in turn, so a surge waits here, not in the places the chat and the phone need (outside attack 18, A18-3)`, async () => {
    let running = 0;
    let most = 0;
    const answered: string[] = [];
    const numbers = ['447700900101', '447700900102', '447700900103', '447700900104', '447700900105', '447700900106'];
    for (const number of numbers) {
      await harness.adapter.receive(webhookPayloadSchema.parse(textMessage(`hello from ${number}`, number).body), async (context) => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 20));
        answered.push(context.activity.text ?? '');
        running -= 1;
      });
    }
    await harness.adapter.idle();
    expect(most).toBe(whatsAppTurnsAtOnce);
    expect(answered).toHaveLength(numbers.length);
  });

  it('runs an emergency ahead of the residents waiting for a turn (outside attack 19, A19-2: 92 s behind a surge)', async () => {
    const order: string[] = [];
    const logic = async (context: TurnContext) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      order.push(context.activity.text ?? '');
    };
    for (let number = 1; number <= 6; number += 1) await harness.adapter.receive(webhookPayloadSchema.parse(textMessage(`bin day please ${number}`, `44770090020${number}`).body), logic);
    await harness.adapter.receive(webhookPayloadSchema.parse(textMessage('I can smell gas in my flat', '447700900299').body), logic);
    await harness.adapter.idle();
    expect(order.indexOf('I can smell gas in my flat')).toBeLessThanOrEqual(whatsAppTurnsAtOnce);
  });

  describe('retries', () => {
    it('waits as long as Retry-After asks after a 429, then delivers', async () => {
      harness.graph.failNext({ status: 429, headers: { 'retry-after': '2' } });
      await say('hello');
      expect(harness.sleeps).toEqual([2000]);
      expect(harness.graph.requests).toHaveLength(2);
      expect(harness.graph.requests[1]!.body).toEqual(harness.graph.requests[0]!.body);
    });

    it('backs off exponentially on server errors for about two minutes after the turn, then gives up (outside attack 19, A19-4: four tries in 3 s lost every reply)', async () => {
      harness.graph.failNext(...Array.from({ length: 9 }, () => ({ status: 503 })));
      await say('hello');
      // Equal jitter (the fake random is 0.5): three-quarters of 1, 2, 4, 8, 16 s and then of the 30 s cap.
      expect(harness.sleeps).toEqual([750, 1500, 3000, 6000, 12000, 22500, 22500, 22500]);
      expect(harness.graph.requests).toHaveLength(9);
    });

    it('keeps a reply the Graph API did not take in two minutes of tries, and any instance posts it once it takes sends again (operations trial 28, OPS28-01)', async () => {
      harness.graph.failNext(...Array.from({ length: 9 }, () => ({ status: 503 })));
      await say('carbon monoxide alarm is going off');
      expect(harness.graph.requests).toHaveLength(9);
      const other = harness.secondInstance();
      // Left for another try in 30 s: not before.
      await other.postKeptReplies();
      expect(harness.graph.requests).toHaveLength(9);
      harness.clock.now += 30_000;
      await other.postKeptReplies();
      expect(sent().at(-1)).toMatchObject({ text: { body: 'echo: carbon monoxide alarm is going off' } });
      await other.postKeptReplies();
      expect(harness.graph.requests).toHaveLength(10);
    });

    it('posts the replies an instance that died was posting, once its hold is over (half a minute)', async () => {
      await harness.store.keepLateReplies('wamid.dead', 'wa-dead', [{ contact: { phoneNumber: residentNumber }, body: { messaging_product: 'whatsapp', to: residentNumber, type: 'text', text: { body: 'Open the windows and get out' } } }], harness.clock.now, harness.clock.now + 30_000, 'an-instance-that-died');
      const other = harness.secondInstance();
      await other.postKeptReplies();
      expect(harness.graph.requests).toHaveLength(0);
      harness.clock.now += 30_000;
      await other.postKeptReplies();
      expect(sent()).toEqual([expect.objectContaining({ text: { body: 'Open the windows and get out' } })]);
    });

    it('gives up a kept reply an hour on, and says so', async () => {
      await harness.store.keepLateReplies('wamid.old', 'wa-old', [{ contact: { phoneNumber: residentNumber }, body: { text: { body: 'too late' } } }], harness.clock.now, harness.clock.now, 'an-instance-that-died');
      harness.clock.now += 60 * 60 * 1000 + 1;
      await harness.secondInstance().postKeptReplies();
      expect(harness.graph.requests).toHaveLength(0);
      expect(await harness.store.claimLateReplies(harness.clock.now, harness.clock.now + 1, 'anyone')).toEqual([]);
    });

    it('delivers a reply the Graph API refused for a while once it takes sends again', async () => {
      harness.graph.failNext(...Array.from({ length: 6 }, () => ({ status: 500 })));
      await say('hello');
      expect(sent().at(-1)).toMatchObject({ text: { body: 'echo: hello' } });
      expect(harness.graph.requests).toHaveLength(7);
    });

    it('does not retry a request Meta refuses as wrong', async () => {
      harness.graph.failNext({ status: 400 });
      await say('hello');
      expect(harness.sleeps).toEqual([]);
      expect(harness.graph.requests).toHaveLength(1);
    });

    // Operations re-check 28b, OPS-B11: refused as wrong, a reply under an expired token was lost for good, fire advice included.
    it('keeps a reply refused for an expired access token, and sends it once the token is taken again', async () => {
      harness.graph.failNext(...Array.from({ length: 9 }, () => ({ status: 401, code: 190 })));
      await say('hello');
      expect(harness.graph.requests).toHaveLength(9);
      harness.clock.now += 30_000;
      await harness.secondInstance().postKeptReplies();
      expect(sent()).toHaveLength(10);
      expect(sent().at(-1)).toMatchObject({ text: { body: 'echo: hello' } });
    });

    // Operations re-check 28b, OPS-B8: cut off at 2 s and sent again, every reply of a Graph API taking 4 s arrived twice.
    it('waits for a quick try the Graph API is slow to answer, and does not send the reply again', async () => {
      harness.graph.failNext({ status: 200, delayMs: 2_500 });
      await say('hello');
      expect(sent().map((body) => (body.text as { body: string }).body)).toEqual(['echo: hello']);
      expect(harness.sleeps).toEqual([]);
    });

    it("retries a reply the Graph API did not take at once only after the turn has ended, so a slow Graph API does not hold the places the chat and the phone need (outside attack 18, A18-1)", async () => {
      const events: string[] = [];
      harness.adapter.use({
        onTurn: async (_context, next) => {
          await next();
          events.push(`turn over after ${harness.sleeps.length} waits`);
        },
      });
      harness.graph.failNext({ status: 503 });
      await say('hello');
      expect(events).toEqual(['turn over after 0 waits']);
      expect(harness.sleeps).toEqual([750]);
      expect(sent().map((body) => (body.text as { body: string }).body)).toEqual(['echo: hello', 'echo: hello']);
    });

    it('posts the replies after a slow one in order, after the turn, and the safety reply before it at once', async () => {
      const events: string[] = [];
      harness.adapter.use({
        onTurn: async (_context, next) => {
          await next();
          events.push(`turn over after ${harness.graph.requests.length} posts`);
        },
      });
      harness.graph.failNext({ status: 200 }, { status: 429, headers: { 'retry-after': '1' } });
      await harness.adapter.receive(webhookPayloadSchema.parse(textMessage('I smell gas').body), async (context) => {
        await context.sendActivity('Leave the building and call 0800 111 999.');
        await context.sendActivity('Second.');
        await context.sendActivity('Third.');
      });
      await harness.adapter.idle();
      expect(events).toEqual(['turn over after 2 posts']);
      expect(sent().map((body) => (body.text as { body: string }).body)).toEqual(['Leave the building and call 0800 111 999.', 'Second.', 'Second.', 'Third.']);
    });

    it('retries network failures too', async () => {
      await harness.close();
      await start({ graphBaseUrl: 'http://127.0.0.1:9' });
      await say('hello');
      expect(harness.sleeps).toEqual([750, 1500, 3000, 6000, 12000, 22500, 22500, 22500]);
    });
  });
});
