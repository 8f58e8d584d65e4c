import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { residentMediaContentType } from '../../src/channels/inboundMedia.js';
import { evidenceIn } from '../../src/channels/inboundMedia.js';
import { openConversation } from './harness.js';

/** A shared location as channels describe it to the bot: a schema.org Place entity (WhatsApp's adapter makes one). */
const place = (latitude: number, longitude: number, address?: string): Partial<Activity> => ({
  type: 'message',
  text: address ?? '',
  entities: [{ type: 'Place', ...(address && { address }), geo: { type: 'GeoCoordinates', latitude, longitude } }],
});

const photo = (id: string, caption?: string): Partial<Activity> => ({
  type: 'message',
  text: caption ?? '',
  attachments: [{ contentType: residentMediaContentType, content: { kind: 'image', mediaId: id, mimeType: 'image/jpeg', sha256: `hash-${id}`, ...(caption && { caption }) } }],
});

describe('photos and a shared location in a report', () => {
  it('uses a shared location\'s address as the address, and keeps its coordinates on the case', async () => {
    const chat = openConversation();
    await chat.start('report-missed-bin', 'Report a missed bin');
    const asked = await chat.answer('Recycling', 'yesterday', 'no');
    expect(asked.text).toMatch(/What is the postcode/);
    const used = await chat.say(place(52.6291, -1.1325, '27 Larch Close, Northbrook NB1 1AA'));
    expect(used.text).toMatch(/used the address of the location you sent[\s\S]*Would you like a confirmation/);
    const summary = await chat.say('No thanks');
    expect(summary.text).toContain('- Postcode: NB1 1AA');
    expect(summary.text).toContain('- Location: 27 Larch Close, Northbrook NB1 1AA');
    await chat.say('Confirm');
    const reference = chat.lastResult();
    expect(reference).toMatchObject({ kind: 'submitted' });
    const record = await chat.cases.find((reference as { reference: string }).reference);
    expect(record?.details).toMatchObject({
      postcode: 'NB1 1AA',
      address: '27 Larch Close, NB1 1AA',
      sharedLocation: { latitude: 52.6291, longitude: -1.1325, address: '27 Larch Close, Northbrook NB1 1AA' },
    });
  });

  it('keeps a pin with no address for the case and still asks for the postcode', async () => {
    const chat = openConversation();
    await chat.start('report-missed-bin', 'Report a missed bin');
    await chat.answer('Recycling', 'yesterday', 'no');
    const again = await chat.say(place(52.63, -1.13));
    expect(again.text).toMatch(/added that to your report[\s\S]*What is the postcode/);
    await chat.answer('NB1 1AA', '27 Larch Close', 'No thanks');
    await chat.say('Confirm');
    const record = await chat.cases.find((chat.lastResult() as { reference: string }).reference);
    expect(record?.details).toMatchObject({ sharedLocation: { latitude: 52.63, longitude: -1.13 }, address: '27 Larch Close, NB1 1AA' });
  });

  it('adds photos sent mid-form to the case as metadata, without counting them as wrong answers', async () => {
    const chat = openConversation();
    const opening = await chat.start('report-damp-mould', 'There is mould in the bathroom of my council flat');
    expect(opening.text).toMatch(/How much is affected/);
    // Two photos and no words: the question is asked again each time, and no advisor is called in.
    for (const id of ['media-1', 'media-2']) expect((await chat.say(photo(id))).text).toMatch(/added that to your report[\s\S]*How much is affected/);
    expect(chat.lastResult()).toBeUndefined();
    // A photo with a caption: the caption is the answer.
    await chat.say(photo('media-3', 'One wall'));
    const summary = await chat.answer('a few months', 'no', 'NB1 1AA', '6 Hazel Mews', 'Sam Patel', '07400 123456');
    expect(summary.text).toContain('- Photos: 3 added');
    await chat.say('Confirm');
    const record = await chat.cases.find((chat.lastResult() as { reference: string }).reference);
    expect(record?.details.attachments).toEqual([
      { kind: 'image', mediaId: 'media-1', mimeType: 'image/jpeg', sha256: 'hash-media-1' },
      { kind: 'image', mediaId: 'media-2', mimeType: 'image/jpeg', sha256: 'hash-media-2' },
      { kind: 'image', mediaId: 'media-3', mimeType: 'image/jpeg', sha256: 'hash-media-3', caption: 'One wall' },
    ]);
  });

  it('takes photos sent before the form started', async () => {
    const chat = openConversation();
    const evidence = evidenceIn(photo('early-1'));
    await chat.start('report-repair', 'My kitchen tap is dripping', evidence ? { evidence } : {});
    await chat.answer('2 days', 'no', 'any time', 'NB1 1AA', '6 Hazel Mews', 'Sam Patel', '07400 123456');
    await chat.say('Confirm');
    const record = await chat.cases.find((chat.lastResult() as { reference: string }).reference);
    expect(record?.details.attachments).toEqual([{ kind: 'image', mediaId: 'early-1', mimeType: 'image/jpeg', sha256: 'hash-early-1' }]);
  });

  it('does not take a shared location as the answer to a question that is not about the address', async () => {
    const chat = openConversation();
    const opening = await chat.start('request-callback', 'Please call me back');
    expect(opening.text).toMatch(/What name should we ask for/);
    const again = await chat.say(place(52.63, -1.13, '27 Larch Close, Northbrook NB1 1AA'));
    expect(again.text).toMatch(/added that to your report[\s\S]*What name should we ask for/);
  });

  it('reads nothing from messages with neither', () => {
    expect(evidenceIn({ type: 'message', text: 'hello' })).toBeUndefined();
    expect(evidenceIn({ type: 'message', attachments: [{ contentType: 'application/pdf', name: 'letter.pdf' }] })).toBeUndefined();
  });
});
