import type { Activity, TurnContext } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { residentMediaContentType } from '../../../src/channels/inboundMedia.js';
import { webhookPayloadSchema } from '../../../src/channels/whatsapp/webhookPayload.js';
import { concernUnfinishedAfterMs, unfinishedAfterMs } from '../../../src/channels/whatsapp/whatsAppAdapter.js';
import { ConversationLockLostError } from '../../../src/storage/conversationLock.js';
import { echo, whatsAppHarness, type Harness } from './harness.js';
import { buttonReply, changedNumber, imageMessage, inbound, listReply, locationMessage, residentNumber, textMessage, usernameOnlyMessage } from './webhookPayloads.js';

describe('WhatsApp messages as Bot Framework activities', () => {
  let harness: Harness;
  let seen: Partial<Activity>[];

  const deliver = async (message: { body: Record<string, unknown> }): Promise<Partial<Activity> | undefined> => {
    seen.length = 0;
    await harness.adapter.receive(webhookPayloadSchema.parse(message.body), echo(seen));
    await harness.adapter.idle();
    return seen[0];
  };

  beforeEach(async () => {
    harness = await whatsAppHarness();
    seen = [];
  });
  afterEach(async () => harness.close());

  it.each([
    ['on this number', true],
    ['same one please', true],
    ['is this the right number for repairs?', false],
    ['after 11 any day', false],
  ])('writes the sender\'s own number in for %j, a message that only says to use it (caller trial 31, C31-07): %s', async (said, written) => {
    const activity = await deliver(textMessage(said, '447912345678'));
    expect(activity?.text).toBe(written ? '07912 345678' : said);
  });

  it('leaves "this number" as written when the sender\'s number is not a UK one', async () => {
    expect((await deliver(textMessage('this number', '14155550123')))?.text).toBe('this number');
  });

  it('gives a text message to the bot under a conversation id that is not the phone number', async () => {
    const activity = await deliver(textMessage('Report a missed bin'));
    expect(activity).toMatchObject({ type: 'message', channelId: 'whatsapp', text: 'Report a missed bin', conversation: { conversationType: 'personal' } });
    expect(activity?.conversation?.id).toMatch(/^wa-[0-9a-f]{32}$/);
    expect(JSON.stringify(activity)).not.toContain(residentNumber);
    expect(JSON.stringify(activity)).not.toContain(residentNumber.slice(2));
  });

  it('keeps one conversation per number', async () => {
    const first = await deliver(textMessage('hello'));
    const second = await deliver(textMessage('again'));
    const other = await deliver(textMessage('hi', '447700900456'));
    expect(second?.conversation?.id).toBe(first?.conversation?.id);
    expect(other?.conversation?.id).not.toBe(first?.conversation?.id);
  });

  it('uses the id of a tapped reply button or list row as the text (the value the bot offered)', async () => {
    expect((await deliver(buttonReply('Report a missed bin', 'Missed bin')))?.text).toBe('Report a missed bin');
    expect((await deliver(listReply('council tax', 'Council tax')))?.text).toBe('council tax');
  });

  it('passes a shared location as value and Place entity, never as text to classify', async () => {
    const location = { latitude: 52.9548, longitude: -1.1581, name: 'Northbrook Library', address: '12 Market Street, Northbrook NB1 2AB' };
    const activity = await deliver(locationMessage(location));
    expect(activity?.text).toBe('');
    expect(activity?.value).toEqual(location);
    expect(activity?.entities?.[0]).toMatchObject({ type: 'Place', address: location.address, geo: { latitude: 52.9548, longitude: -1.1581 } });

    const pinOnly = await deliver(locationMessage({ latitude: 52.95, longitude: -1.15 }));
    expect(pinOnly?.text).toBe('');
    expect(pinOnly?.value).toMatchObject({ latitude: 52.95, longitude: -1.15 });
  });

  it('describes an image by its metadata only and never downloads it', async () => {
    const activity = await deliver(imageMessage('Bin left on the pavement'));
    expect(activity?.text).toBe('Bin left on the pavement');
    expect(activity?.attachments).toEqual([
      {
        contentType: residentMediaContentType,
        content: { kind: 'image', mediaId: '1479537139650973', mimeType: 'image/jpeg', sha256: expect.any(String), caption: 'Bin left on the pavement' },
      },
    ]);
    // The only Graph requests are the echo reply: no media lookup.
    expect(harness.graph.requests.every((request) => request.path.endsWith('/messages'))).toBe(true);
  });

  it('ignores message types the bot cannot read, and webhooks for another business number', async () => {
    expect(await deliver(inbound('reaction', { reaction: { message_id: 'wamid.x', emoji: '👍' } }))).toBeUndefined();
    const other = textMessage('not ours');
    const change = (other.body.entry as { changes: { value: { metadata: { phone_number_id: string } } }[] }[])[0]!.changes[0]!;
    change.value.metadata.phone_number_id = '999';
    expect(await deliver(other)).toBeUndefined();
  });

  it('runs one resident’s messages one at a time, in order', async () => {
    const order: string[] = [];
    const slow = async (context: TurnContext) => {
      order.push(`start ${context.activity.text}`);
      await new Promise((resolve) => setTimeout(resolve, context.activity.text === 'first' ? 30 : 0));
      order.push(`end ${context.activity.text}`);
    };
    await harness.adapter.receive(webhookPayloadSchema.parse(textMessage('first').body), slow);
    await harness.adapter.receive(webhookPayloadSchema.parse(textMessage('second').body), slow);
    await harness.adapter.idle();
    expect(order).toEqual(['start first', 'end first', 'start second', 'end second']);
  });
});

describe('WhatsApp messages whose instance died mid-turn (PostgreSQL trial 11, T35)', () => {
  let harness: Harness;
  let seen: Partial<Activity>[];
  /** Turn logic of an instance that dies (or freezes) inside the turn: it never finishes. */
  const dies = () => new Promise<void>(() => undefined);
  const texts = () => seen.map((activity) => activity.text);

  beforeEach(async () => {
    harness = await whatsAppHarness();
    seen = [];
  });
  afterEach(async () => harness.close());

  it('runs the message when Meta redelivers it to another instance, and only once', async () => {
    const message = textMessage('my partner hits me and I am scared to go home tonight');
    await harness.secondInstance().receive(webhookPayloadSchema.parse(message.body), dies);
    for (let delivery = 0; delivery < 2; delivery += 1) {
      await harness.adapter.receive(webhookPayloadSchema.parse(message.body), echo(seen));
      await harness.adapter.idle();
    }
    expect(texts()).toEqual(['my partner hits me and I am scared to go home tonight']);
  });

  it('runs a message the dead instance had acknowledged, once it has been left long enough', async () => {
    await harness.secondInstance().receive(webhookPayloadSchema.parse(textMessage('Report a missed bin').body), dies);
    await harness.adapter.takeUpUnfinishedTurns(echo(seen));
    expect(texts()).toEqual([]);
    harness.clock.now += unfinishedAfterMs + 1;
    await harness.adapter.takeUpUnfinishedTurns(echo(seen));
    await harness.adapter.takeUpUnfinishedTurns(echo(seen));
    expect(texts()).toEqual(['Report a missed bin']);
  });

  it('takes up an emergency the dead instance had acknowledged 8 s on, an ordinary message only after 30 s (operations trial 28, OPS28-03)', async () => {
    await harness.secondInstance().receive(webhookPayloadSchema.parse(textMessage('my son has taken a load of tablets and wont wake up').body), dies);
    await harness.secondInstance().receive(webhookPayloadSchema.parse(textMessage('Report a missed bin', '447700900123').body), dies);
    harness.clock.now += concernUnfinishedAfterMs + 1;
    await harness.adapter.takeUpUnfinishedTurns(echo(seen));
    expect(texts()).toEqual(['my son has taken a load of tablets and wont wake up']);
  });

  it.each([
    ['drops an ordinary message a later answered one overtook (it would answer a later question)', 'Recycling', []],
    ['still runs a safety concern a later answered one overtook', 'I can smell gas in my kitchen', ['I can smell gas in my kitchen']],
  ])('%s', async (_, lost, expected) => {
    await harness.secondInstance().receive(webhookPayloadSchema.parse(textMessage(lost).body), dies);
    harness.clock.now += 1000;
    await harness.adapter.receive(webhookPayloadSchema.parse(textMessage('hello? are you there?').body), async () => undefined);
    await harness.adapter.idle();
    harness.clock.now += unfinishedAfterMs;
    await harness.adapter.takeUpUnfinishedTurns(echo(seen));
    expect(texts()).toEqual(expected);
    expect(await harness.store.unfinishedTurns(harness.clock.now)).toEqual([]);
  });

  describe('replies the dead instance had sent (PostgreSQL trial 12, R1)', () => {
    const disclosure = 'my partner hits me and I am scared to go home tonight';
    const safety = 'If you are in danger now, call 999.';
    const sentTexts = () => harness.graph.requests.map((request) => (request.body.text as { body?: string } | undefined)?.body);
    /** The instance sends the turn's first reply, then dies before the turn finishes. */
    const diesAfterFirstReply = async (context: TurnContext) => {
      await context.sendActivity(safety);
      await new Promise<void>(() => undefined);
    };
    const runAgain = (first: string) => async (context: TurnContext) => {
      await context.sendActivity(first);
      await context.sendActivity('I have asked an advisor to join this chat.');
    };

    it('are not sent again when another instance runs the turn again; the rest are', async () => {
      await harness.secondInstance().receive(webhookPayloadSchema.parse(textMessage(disclosure).body), diesAfterFirstReply);
      await vi.waitFor(() => expect(sentTexts()).toEqual([safety]));
      harness.clock.now += unfinishedAfterMs + 1;
      await harness.adapter.takeUpUnfinishedTurns(runAgain(safety));
      expect(sentTexts()).toEqual([safety, 'I have asked an advisor to join this chat.']);
    });

    it('are sent when the turn run again says something else in their place', async () => {
      await harness.secondInstance().receive(webhookPayloadSchema.parse(textMessage(disclosure).body), diesAfterFirstReply);
      await vi.waitFor(() => expect(sentTexts()).toEqual([safety]));
      harness.clock.now += unfinishedAfterMs + 1;
      await harness.adapter.takeUpUnfinishedTurns(runAgain('Thank you for telling me.'));
      expect(sentTexts()).toEqual([safety, 'Thank you for telling me.', 'I have asked an advisor to join this chat.']);
    });

    it('do not hold back the same words in the next message’s turn', async () => {
      await harness.adapter.receive(webhookPayloadSchema.parse(textMessage('I can smell gas').body), runAgain(safety));
      await harness.adapter.receive(webhookPayloadSchema.parse(textMessage('I can smell gas again').body), runAgain(safety));
      await harness.adapter.idle();
      expect(sentTexts().filter((text) => text === safety)).toHaveLength(2);
    });
  });

  it('says nothing when a frozen instance resumes and fails a turn another instance has run since', async () => {
    let resume!: () => void;
    const frozen = new Promise<void>((resolve) => (resume = resolve));
    const first = harness.secondInstance();
    first.onTurnError = async (context) => void (await context.sendActivity('Sorry, something went wrong.'));
    await first.receive(webhookPayloadSchema.parse(textMessage('Recycling').body), async () => {
      await frozen;
      throw new Error('the database ended the frozen session');
    });
    harness.clock.now += unfinishedAfterMs + 1;
    await harness.adapter.takeUpUnfinishedTurns(echo(seen));
    expect(texts()).toEqual(['Recycling']);
    resume();
    await first.idle();
    expect(harness.graph.requests.map((request) => (request.body.text as { body?: string } | undefined)?.body)).toEqual(['echo: Recycling']);
  });

  it('leaves a message whose turn lost its lock before anyone ran it for the next instance to run, not marked answered (PostgreSQL re-trial 15)', async () => {
    const first = harness.secondInstance();
    first.onTurnError = async () => undefined;
    await first.receive(webhookPayloadSchema.parse(textMessage('I can smell gas in the hall').body), async () => {
      throw new ConversationLockLostError('the database ended the frozen session');
    });
    await first.idle();
    harness.clock.now += unfinishedAfterMs + 1;
    await harness.adapter.takeUpUnfinishedTurns(echo(seen));
    expect(texts()).toEqual(['I can smell gas in the hall']);
  });

  // Operations trial 26, OPS26-02: a disclosure's turn failed in a database stall and was closed with the apology, its handoff never queued.
  it('leaves an emergency or a disclosure whose turn the database failed for the next taking-up to run; an ordinary message is closed', async () => {
    const first = harness.secondInstance();
    first.onTurnError = async () => undefined;
    const stalled = async () => {
      throw new Error('Query read timeout');
    };
    await first.receive(webhookPayloadSchema.parse(textMessage('my boyfriend hit me again and took my phone').body), stalled);
    await first.receive(webhookPayloadSchema.parse(textMessage('when is my bin day').body), stalled);
    await first.idle();
    harness.clock.now += unfinishedAfterMs + 1;
    await harness.adapter.takeUpUnfinishedTurns(echo(seen));
    expect(texts()).toEqual(['my boyfriend hit me again and took my phone']);
  });
});

describe('WhatsApp identities: numbers, business-scoped user ids and changed numbers', () => {
  let harness: Harness;
  const seen: Partial<Activity>[] = [];

  const deliver = async (body: Record<string, unknown>): Promise<Partial<Activity> | undefined> => {
    seen.length = 0;
    await harness.adapter.receive(webhookPayloadSchema.parse(body), echo(seen));
    await harness.adapter.idle();
    return seen[0];
  };

  beforeEach(async () => {
    harness = await whatsAppHarness();
  });
  afterEach(async () => harness.close());

  it('keys a username-only user by the user id and replies through `recipient` (Meta Cloud API: messages.from_user_id, messages endpoint `recipient`)', async () => {
    const activity = await deliver(usernameOnlyMessage('GB.1502576394655843', 'my bin was missed').body);
    expect(activity?.conversation?.id).toMatch(/^wa-[0-9a-f]{32}$/);
    expect(JSON.stringify(activity)).not.toContain('1502576394655843');
    expect(harness.graph.requests.at(-1)?.body).toMatchObject({ recipient: 'GB.1502576394655843', text: { body: 'echo: my bin was missed' } });
    expect(harness.graph.requests.at(-1)?.body.to).toBeUndefined();
  });

  it('finds the number’s conversation when the same resident later comes with the user id only', async () => {
    const withBoth = inbound('text', { from_user_id: 'GB.777', text: { body: 'first' } });
    const first = await deliver(withBoth.body);
    const later = await deliver(usernameOnlyMessage('GB.777', 'second').body);
    expect(later?.conversation?.id).toBe(first?.conversation?.id);
    // The number is still known, so replies keep going to it.
    expect(harness.graph.requests.at(-1)?.body).toMatchObject({ to: residentNumber });
  });

  it('moves the conversation to the new number on user_changed_number, and forgets the move with the conversation (Meta Cloud API: messages.system)', async () => {
    const before = await deliver(textMessage('hello').body);
    expect(await deliver(changedNumber(residentNumber, '447700900789').body)).toBeUndefined();
    const after = await deliver(textMessage('again', '447700900789').body);
    expect(after?.conversation?.id).toBe(before?.conversation?.id);
    expect(harness.graph.requests.at(-1)?.body).toMatchObject({ to: '447700900789' });
    harness.clock.now += 60 * 24 * 60 * 60 * 1000;
    await harness.store.deleteIdleSince(new Date(harness.clock.now - 30 * 24 * 60 * 60 * 1000), []);
    expect(await harness.store.movedTo(after!.conversation!.id)).toBeUndefined();
    const fresh = await deliver(textMessage('new start', '447700900789').body);
    expect(fresh?.conversation?.id).not.toBe(before?.conversation?.id);
  });

  it('skips a message or status it cannot read and handles the rest of the delivery', async () => {
    const good = textMessage('still answered');
    const value = (good.body.entry as { changes: { value: { messages: unknown[]; statuses?: unknown[] } }[] }[])[0]!.changes[0]!.value;
    value.messages.unshift({ id: 'wamid.no-sender', timestamp: '1700000000', type: 'text', text: { body: 'no from' } }, 'not even an object');
    value.statuses = [{ status: 'read' }];
    expect((await deliver(good.body))?.text).toBe('still answered');
  });
});

/**
 * An emergency or a disclosure whose turn is slow (a stalled database, a queue of other residents' messages) gets the safety
 * rules' advice ahead of its turn, from the webhook's words alone; one answered in time gets only its turn's reply.
 */
describe('WhatsApp: the safety advice goes ahead of a turn slow to answer an emergency', () => {
  const withinMs = 60;
  const gas = 'there is a really strong smell of gas on the landing';
  let harness: Harness;
  /** Holds every call of one store method (the database has stopped answering) until released. */
  let release: () => void;

  const stalledAt = (method: 'takeDelivery' | 'contact') => (store: Harness['store']): Harness['store'] => {
    const thawed = new Promise<void>((resolve) => (release = resolve));
    return new Proxy(store, {
      get(target, property) {
        const value: unknown = Reflect.get(target, property);
        if (property === method && typeof value === 'function') return async (...args: unknown[]) => (await thawed, (value as (...args: unknown[]) => unknown).apply(target, args));
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  };
  const bodies = (): string[] => harness.graph.requests.map((request) => (request.body.text as { body: string } | undefined)?.body ?? '');
  const receive = (text: string, logic = echo([])) => harness.adapter.receive(webhookPayloadSchema.parse(textMessage(text).body), logic);
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  afterEach(async () => {
    release?.();
    await harness.close();
  });

  it('sends the gas advice to the number the webhook came from while the database is stalled, and nothing for a routine question', async () => {
    harness = await whatsAppHarness({}, { answerConcernWithinMs: withinMs, storeSeenByAdapter: stalledAt('takeDelivery') });
    void receive('when do you collect the green bin');
    void receive(gas);
    await vi.waitFor(() => expect(bodies().length).toBe(1), { timeout: 2_000 });
    expect(harness.graph.requests[0]!.body).toMatchObject({ to: residentNumber });
    expect(bodies()[0]).toMatch(/0800 111 999[\s\S]*slow to answer/);
    await pause(withinMs * 3);
    expect(bodies()).toHaveLength(1);
    release();
    await harness.adapter.idle();
    // Once the database answers, both turns run and reply as usual.
    expect(bodies().slice(1)).toEqual([expect.stringMatching(/^echo: when do you/), expect.stringMatching(/^echo: there is a really strong smell/)]);
  });

  // Operations re-checks 27 and 27b, OPS24-01: the turn had begun its reply, so no advice went ahead, and the reply then waited 30 s for a restarting database.
  it('sends the advice ahead of a turn whose reply waits for the stalled database', async () => {
    harness = await whatsAppHarness({}, { answerConcernWithinMs: withinMs, storeSeenByAdapter: stalledAt('contact') });
    void receive(gas);
    await vi.waitFor(() => expect(bodies().length).toBe(1), { timeout: 2_000 });
    expect(bodies()[0]).toMatch(/0800 111 999[\s\S]*slow to answer/);
    release();
    await harness.adapter.idle();
    expect(bodies().slice(1)).toEqual([expect.stringMatching(/^echo: there is a really strong smell/)]);
  });

  it('sends nothing ahead of a turn that answers in time, nor of a redelivered message already answered', async () => {
    harness = await whatsAppHarness({}, { answerConcernWithinMs: withinMs });
    const message = textMessage(gas);
    await harness.adapter.receive(webhookPayloadSchema.parse(message.body), echo([]));
    await harness.adapter.idle();
    await harness.adapter.receive(webhookPayloadSchema.parse(message.body), echo([]));
    await harness.adapter.idle();
    await pause(withinMs * 3);
    expect(bodies()).toEqual([expect.stringMatching(/^echo: there is a really/)]);
  });

  it('sends the advice ahead of a turn that is slow to reply, and the turn still answers', async () => {
    harness = await whatsAppHarness({}, { answerConcernWithinMs: withinMs });
    await receive(gas, async (context: TurnContext) => {
      await pause(withinMs * 4);
      await context.sendActivity('the turn itself');
    });
    await harness.adapter.idle();
    expect(bodies()).toEqual([expect.stringMatching(/slow to answer/), 'the turn itself']);
  });
});

/** A follow-up to an emergency is no concern by itself: it goes ahead of others' turns and gets the emergency's advice ahead when slow (outside attack 26, A26-4). */
describe('WhatsApp: a follow-up to an emergency, slow to be answered', () => {
  const withinMs = 60;
  let harness: Harness;
  afterEach(async () => harness.close());
  const bodies = (): string[] => harness.graph.requests.map((request) => (request.body.text as { body: string } | undefined)?.body ?? '');
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('"what do i do now" after "my baby is not breathing" gets the advice ahead of a slow turn; the same words from another number do not', async () => {
    harness = await whatsAppHarness({}, { answerConcernWithinMs: withinMs });
    await harness.adapter.receive(webhookPayloadSchema.parse(textMessage('my baby is not breathing').body), echo([]));
    await harness.adapter.idle();
    const slow = async (context: TurnContext) => {
      await pause(withinMs * 4);
      await context.sendActivity('the turn itself');
    };
    await harness.adapter.receive(webhookPayloadSchema.parse(textMessage('what do i do now').body), slow);
    await harness.adapter.receive(webhookPayloadSchema.parse(textMessage('what do i do now', '447700900999').body), slow);
    await harness.adapter.idle();
    const afterFirst = bodies().slice(1);
    expect(afterFirst.filter((body) => /999/.test(body))).toHaveLength(1);
    expect(afterFirst.filter((body) => body === 'the turn itself')).toHaveLength(2);
    const ahead = harness.graph.requests.slice(1).find((request) => /999/.test((request.body.text as { body: string }).body));
    expect(ahead?.body).toMatchObject({ to: residentNumber });
  });
});
