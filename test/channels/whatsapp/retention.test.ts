import type { Activity } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { webhookPayloadSchema } from '../../../src/channels/whatsapp/webhookPayload.js';
import { redeliveryWindowDays } from '../../../src/channels/whatsapp/whatsAppStore.js';
import { daysBefore } from '../../../src/storage/retention.js';
import { echo, whatsAppHarness, type Harness } from './harness.js';
import { residentNumber, statusUpdate, textMessage } from './webhookPayloads.js';

const day = 24 * 60 * 60 * 1000;
const otherNumber = '447700900456';

describe('WhatsApp retention', () => {
  let harness: Harness;
  let seen: Partial<Activity>[];

  beforeEach(async () => {
    harness = await whatsAppHarness();
    seen = [];
  });
  afterEach(async () => harness.close());

  const deliver = async (body: Record<string, unknown>) => {
    await harness.adapter.receive(webhookPayloadSchema.parse(body), echo(seen));
    await harness.adapter.idle();
  };
  /** A resident's message sent at the adapter's current time; returns its conversation id. */
  const write = async (from: string, text = 'hello') => {
    const message = textMessage(text, from, String(Math.floor(harness.clock.now / 1000)));
    await deliver(message.body);
    return { conversationId: seen.at(-1)!.conversation!.id, message };
  };
  const advance = (days: number) => {
    harness.clock.now += days * day;
  };
  const cutoff = (days: number) => daysBefore(new Date(harness.clock.now), days);

  it('deletes the number of a resident who has not written for the retention period, and old delivery statuses', async () => {
    const quiet = await write(residentNumber);
    await deliver(statusUpdate('wamid.sent-early', 'delivered'));
    advance(29);
    const recent = await write(otherNumber);
    advance(2);

    expect(await harness.store.deleteIdleSince(cutoff(30), [])).toBe(2);
    expect(await harness.store.contact(quiet.conversationId)).toBeUndefined();
    expect(await harness.store.statusesOf('wamid.sent-early')).toEqual([]);
    expect(await harness.store.contact(recent.conversationId)).toMatchObject({ phoneNumber: otherNumber });
  });

  it('keeps the number and statuses of a conversation whose handoff is still open', async () => {
    const { conversationId } = await write(residentNumber);
    await deliver(statusUpdate('wamid.to-open', 'read'));
    advance(60);
    expect(await harness.store.deleteIdleSince(cutoff(30), [{ channel: 'whatsapp', conversationId }])).toBe(0);
    expect(await harness.store.contact(conversationId)).toMatchObject({ phoneNumber: residentNumber });
    expect(await harness.store.statusesOf('wamid.to-open')).toHaveLength(1);
  });

  it(`remembers message ids for ${redeliveryWindowDays} days, so Meta's retries are still dropped, then forgets them`, async () => {
    const { message } = await write(residentNumber, 'my bin was missed');
    advance(redeliveryWindowDays - 1);
    expect(await harness.store.forgetMessageIdsBefore(cutoff(redeliveryWindowDays))).toBe(0);
    await deliver(message.body);
    expect(seen.map((activity) => activity.text)).toEqual(['my bin was missed']);

    advance(2);
    expect(await harness.store.forgetMessageIdsBefore(cutoff(redeliveryWindowDays))).toBe(1);
    expect(await harness.store.takeDelivery(message.id, harness.clock.now)).toBe(true);
  });
});
