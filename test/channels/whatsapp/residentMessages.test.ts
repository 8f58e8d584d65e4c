import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capturedLogger } from '../../support/capturedLogger.js';
import { startTestApp, thursdayMorning } from '../../support/testApp.js';
import { startFakeGraph, type FakeGraph } from './fakeGraph.js';
import {
  appSecret,
  batch,
  changedNumber,
  freshNumber,
  inbound,
  mediaMessage,
  phoneNumberId,
  signatureFor,
  textMessage,
  usernameOnlyMessage,
} from './webhookPayloads.js';

type App = Awaited<ReturnType<typeof startTestApp>>;

const gasReply = /National Gas Emergency Service on \*0800 111 999\*/;
const childReply = /children's social care/;
const council = /01632 960000/;
const gasWords = 'I can smell gas in the kitchen';

/** What the pipeline logged for a handled message: its route and what safety triage found (never the text). */
interface Handled {
  route: string;
  emergency: string | null;
  safeguarding: string | null;
}

/** One resident message of each documented type, end to end: the app's webhook, the real bot, a fake Graph API. */
describe('every WhatsApp message a resident can send gets a reply, and every word is triaged first', () => {
  let app: App;
  let graph: FakeGraph;
  const log = capturedLogger();

  beforeAll(async () => {
    graph = await startFakeGraph();
    app = await startTestApp(
      {
        WHATSAPP_VERIFY_TOKEN: 'verify-token-for-tests',
        WHATSAPP_APP_SECRET: appSecret,
        WHATSAPP_ACCESS_TOKEN: 'access-token-for-tests',
        WHATSAPP_PHONE_NUMBER_ID: phoneNumberId,
        WHATSAPP_GRAPH_URL: graph.url,
      },
      { now: () => thursdayMorning },
      log.logger,
    );
  });
  afterAll(async () => {
    await app?.close();
    await graph?.close();
  });

  const post = async (body: Record<string, unknown>): Promise<number> => {
    const raw = JSON.stringify(body);
    const response = await fetch(`${app.url}/api/whatsapp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signatureFor(raw) },
      body: raw,
    });
    return response.status;
  };

  const handledLines = (): Handled[] =>
    log.lines.map((line) => JSON.parse(line) as Handled & { msg: string }).filter((line) => line.msg === 'message handled');

  /** Every text the bot sent to one address (`to` a number, or `recipient` a user id), joined. */
  const sentTo = (address: string): string =>
    graph.requests
      .filter((request) => request.body.to === address || request.body.recipient === address)
      .map((request) => {
        const body = request.body as { text?: { body?: string }; interactive?: { body?: { text?: string } } };
        return body.text?.body ?? body.interactive?.body?.text ?? '';
      })
      .join('\n\n');

  /** Waits until `count` more messages have been handled and their replies have reached the Graph API. */
  async function settle(handledBefore: number, count = 1): Promise<void> {
    await expect.poll(() => handledLines().length, { timeout: 15_000 }).toBeGreaterThanOrEqual(handledBefore + count);
    let seen = -1;
    while (seen !== graph.requests.length) {
      seen = graph.requests.length;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  const voice = { mime_type: 'audio/ogg; codecs=opus', voice: true };

  it.each([
    // [source, payload for a number, reply, route, emergency, safeguarding]
    ['Meta Cloud API webhook reference: messages.text', (from: string) => textMessage(gasWords, from), gasReply, 'safety', 'gas', null],
    ['Meta Cloud API webhook reference: messages.video (with caption)', (from: string) => mediaMessage('video', { mime_type: 'video/mp4', caption: gasWords }, from), gasReply, 'safety', 'gas', null],
    ['Meta Cloud API webhook reference: messages.image (with caption)', (from: string) => mediaMessage('image', { mime_type: 'image/jpeg', caption: gasWords }, from), gasReply, 'safety', 'gas', null],
    [
      'Meta Cloud API webhook reference: messages.document (with caption and filename)',
      (from: string) => mediaMessage('document', { mime_type: 'application/pdf', filename: 'note.pdf', caption: 'my neighbour is hitting his child' }, from),
      childReply,
      'safety',
      null,
      expect.any(String),
    ],
    ['Meta Cloud API webhook reference: messages.audio (voice note, voice: true)', (from: string) => mediaMessage('audio', voice, from), /can't listen to voice messages.*01632 960000/s, 'evidence', null, null],
    ['Meta Cloud API webhook reference: messages.audio (audio file)', (from: string) => mediaMessage('audio', { mime_type: 'audio/mpeg' }, from), /can't listen to audio messages/, 'evidence', null, null],
    ['Meta Cloud API webhook reference: messages.video (no caption)', (from: string) => mediaMessage('video', { mime_type: 'video/mp4' }, from), /can't watch videos/, 'evidence', null, null],
    ['Meta Cloud API webhook reference: messages.document (no caption)', (from: string) => mediaMessage('document', { mime_type: 'application/pdf', filename: 'tenancy.pdf' }, from), /can't open documents/, 'evidence', null, null],
    ['Meta Cloud API webhook reference: messages.sticker', (from: string) => mediaMessage('sticker', { mime_type: 'image/webp', animated: false }, from), /can't read stickers/, 'evidence', null, null],
    [
      'Meta Cloud API webhook reference: messages.contacts',
      (from: string) => inbound('contacts', { contacts: [{ name: { formatted_name: 'Alex Example', first_name: 'Alex' }, phones: [{ phone: '+44 7700 900999', type: 'CELL' }] }] }, from),
      /can't read contact cards/,
      'evidence',
      null,
      null,
    ],
    [
      'Meta Cloud API webhook reference: messages.unsupported',
      (from: string) => inbound('unsupported', { errors: [{ code: 131051, title: 'Message type unknown', error_data: { details: 'Message type is currently not supported.' } }] }, from),
      /can't open that kind of message/,
      'evidence',
      null,
      null,
    ],
    [
      'Meta Cloud API webhook reference: messages.location (outside a form)',
      // A Spanish street name: read as a typed message, it once drew a Spanish interpreter line.
      (from: string) => inbound('location', { location: { latitude: 52.6291, longitude: -1.1325, name: 'Biblioteca', address: 'Calle de la Biblioteca 3, Northbrook NB1 2AB' } }, from),
      /noted that location\. What would you like to report there\?/,
      'evidence',
      null,
      null,
    ],
  ])('%s', async (_source, payload, reply, route, emergency, safeguarding) => {
    const from = freshNumber();
    const before = handledLines().length;
    expect(await post(payload(from).body)).toBe(200);
    await settle(before);
    expect(sentTo(from)).toMatch(reply);
    expect(handledLines().at(-1)).toMatchObject({ route, emergency, safeguarding });
    // Council numbers on anything it cannot open; never an interpreter line or "not sure" for a pin or a file.
    if (route === 'evidence' && !/location/.test(String(reply))) expect(sentTo(from)).toMatch(council);
    expect(sentTo(from)).not.toMatch(/interpreter|not sure/i);
  });

  it('Meta Cloud API webhook reference: messages.reaction: acknowledged, no turn, no reply', async () => {
    const from = freshNumber();
    expect(await post(inbound('reaction', { reaction: { message_id: 'wamid.earlier', emoji: '👍' } }, from).body)).toBe(200);
    const before = handledLines().length;
    expect(await post(textMessage('hello', from).body)).toBe(200);
    await settle(before);
    expect(handledLines()).toHaveLength(before + 1);
  });

  it('asks a form’s question again after a voice note, with the council’s numbers', async () => {
    const from = freshNumber();
    let before = handledLines().length;
    await post(textMessage('Report a missed bin', from).body);
    await settle(before);
    const asked = sentTo(from);
    before = handledLines().length;
    await post(mediaMessage('audio', voice, from).body);
    await settle(before);
    const after = sentTo(from).slice(asked.length);
    expect(after).toMatch(/can't listen to voice messages/);
    // The question the form was waiting on, again (the last one it asked before the voice note).
    const question = asked.split('\n\n').at(-1)!;
    expect(after).toContain(question);
  });

  it('handles a batch with an unreadable message, a username-only emergency and a bad status: 200, and both emergencies answered', async () => {
    const resident = freshNumber();
    const userId = 'GB.1349120865530274191';
    const before = handledLines().length;
    const body = batch(textMessage(gasWords, resident), usernameOnlyMessage(userId, 'there is a gas leak in my flat'));
    const value = (body.entry as { changes: { value: { messages: unknown[]; statuses: unknown[] } }[] }[])[0]!.changes[0]!.value;
    // Neither a number nor a user id (Meta Cloud API: from is conditional once usernames arrive), and a status without an id.
    value.messages.splice(1, 0, { id: 'wamid.nobody', timestamp: '1700000000', type: 'text', text: { body: 'who am I?' } });
    value.statuses = [{ status: 'delivered', timestamp: '1700000000' }, { id: 'wamid.kept', status: 'read', timestamp: '1700000000', recipient_id: resident }];
    expect(await post(body)).toBe(200);
    await settle(before, 2);
    expect(sentTo(resident)).toMatch(gasReply);
    // Meta Cloud API messages endpoint: a user id goes in `recipient`, with no `to`.
    expect(sentTo(userId)).toMatch(gasReply);
    expect(graph.requests.filter((request) => request.body.recipient === userId).every((request) => request.body.to === undefined)).toBe(true);
    expect(handledLines().slice(before)).toHaveLength(2);
  });

  it('Meta Cloud API webhook reference: messages.system user_changed_number: the open form follows the resident to the new number', async () => {
    const oldNumber = freshNumber();
    const newNumber = freshNumber();
    let before = handledLines().length;
    await post(textMessage('Report a missed bin', oldNumber).body);
    await settle(before);
    expect(sentTo(oldNumber)).toMatch(/Which bin/i);
    expect(await post(changedNumber(oldNumber, newNumber).body)).toBe(200);
    before = handledLines().length;
    await post(textMessage('Recycling', newNumber).body);
    await settle(before);
    // The answer continued the form (the next question), and it went to the new number.
    expect(sentTo(newNumber)).toMatch(/when|collect/i);
    expect(sentTo(newNumber)).not.toMatch(/not sure/i);
    expect(handledLines().at(-1)).toMatchObject({ route: 'form' });
  });
});
