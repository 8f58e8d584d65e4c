import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGraph, type FakeGraph } from '../channels/whatsapp/fakeGraph.js';
import { appSecret, imageMessage, locationMessage, phoneNumberId, signatureFor, textMessage } from '../channels/whatsapp/webhookPayloads.js';
import { residentChat } from '../support/residentChat.js';
import { exchange, residentMessage, startTestApp, thursdayMorning } from '../support/testApp.js';

type App = Awaited<ReturnType<typeof startTestApp>>;
const adminToken = 'a-long-enough-staff-token';
/** One missed-bin report, answer by answer, as a resident would type it on any channel. */
const script = ['Report a missed bin', 'Recycling', 'yesterday', 'no', 'NB1 1AA', '27 Larch Close', 'No thanks', 'Confirm'];

const graphText = (body: Record<string, unknown>): string => {
  const text = body.text as { body?: string } | undefined;
  const interactive = body.interactive as { body?: { text?: string } } | undefined;
  return text?.body ?? interactive?.body?.text ?? '';
};

describe('one missed-bin report on WhatsApp, Web Chat and Teams', () => {
  let app: App;
  let graph: FakeGraph;
  beforeAll(async () => {
    graph = await startFakeGraph();
    app = await startTestApp(
      {
        ADMIN_TOKEN: adminToken,
        WHATSAPP_VERIFY_TOKEN: 'verify-token-for-tests',
        WHATSAPP_APP_SECRET: appSecret,
        WHATSAPP_ACCESS_TOKEN: 'access-token-for-tests',
        WHATSAPP_PHONE_NUMBER_ID: phoneNumberId,
        WHATSAPP_GRAPH_URL: graph.url,
      },
      { now: () => thursdayMorning },
    );
  });
  afterAll(async () => {
    await app?.close();
    await graph?.close();
  });

  const caseDetails = async (reference: string) => {
    const response = await fetch(`${app.url}/api/cases/${reference}`, { headers: { authorization: `Bearer ${adminToken}` } });
    return (await response.json()) as { channel: string; details: Record<string, unknown> };
  };

  /** Sends one signed webhook (text, or another message's payload) and waits until the bot's replies to it have reached the Graph API. */
  async function whatsAppSay(message: string | { body: Record<string, unknown> }): Promise<string> {
    const before = graph.requests.length;
    const body = JSON.stringify((typeof message === 'string' ? textMessage(message) : message).body);
    const response = await fetch(`${app.url}/api/whatsapp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signatureFor(body) },
      body,
    });
    expect(response.status).toBe(200);
    await expect.poll(() => graph.requests.length, { timeout: 10_000 }).toBeGreaterThan(before);
    // Let the rest of the turn's replies arrive.
    let seen = -1;
    while (seen !== graph.requests.length) {
      seen = graph.requests.length;
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    return graph.requests.slice(before).map((request) => graphText(request.body)).join('\n\n');
  }

  it('completes the report over WhatsApp, and the same answers on Web Chat and Teams give the same case', async () => {
    let last = '';
    for (const answer of script) last = await whatsAppSay(answer);
    const whatsAppReference = /NBC-BIN-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(last)?.[0];
    expect(whatsAppReference, last).toBeDefined();
    // Choices became WhatsApp interactive messages, never more than three buttons.
    const interactive = graph.requests.map((request) => request.body.interactive as { type?: string; action?: { buttons?: unknown[] } } | undefined).filter(Boolean);
    expect(interactive.length).toBeGreaterThan(0);
    for (const message of interactive) if (message?.type === 'button') expect(message.action?.buttons?.length).toBeLessThanOrEqual(3);
    // The conversation id is not the resident's number.
    expect(graph.requests.every((request) => request.path.includes(phoneNumberId))).toBe(true);

    const webChat = residentChat(() => app.url, 'webchat-bin-1', { channelId: 'webchat' });
    let webChatLast = '';
    for (const answer of script) webChatLast = (await webChat.say(answer)).text;
    const webChatReference = /NBC-BIN-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(webChatLast)?.[0];

    let teamsLast = '';
    for (const answer of script) {
      const activity = {
        ...residentMessage('teams-bin-1', `<at>Northbrook Assistant</at> ${answer}`, 'msteams'),
        conversation: { id: 'teams-bin-1', conversationType: 'personal' },
        entities: [{ type: 'mention', text: '<at>Northbrook Assistant</at>', mentioned: { id: 'council-assistant', name: 'Northbrook Assistant' } }],
      };
      const replies = await exchange(app.url, activity);
      teamsLast = replies.map((reply) => String(reply.text ?? '')).join('\n\n');
    }
    const teamsReference = /NBC-BIN-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(teamsLast)?.[0];

    const cases = await Promise.all([whatsAppReference, webChatReference, teamsReference].map((reference) => caseDetails(reference!)));
    expect(cases.map((found) => found.channel)).toEqual(['whatsapp', 'webchat', 'msteams']);
    const comparable = ({ binType, collectionDate, contaminationTag, postcode, address }: Record<string, unknown>) => ({ binType, collectionDate, contaminationTag, postcode, address });
    expect(comparable(cases[1]!.details)).toEqual(comparable(cases[0]!.details));
    expect(comparable(cases[2]!.details)).toEqual(comparable(cases[0]!.details));
    expect(comparable(cases[0]!.details)).toEqual({ binType: 'recycling', collectionDate: '2026-11-04', contaminationTag: false, postcode: 'NB1 1AA', address: '27 Larch Close, NB1 1AA' });
  });

  it('puts a WhatsApp photo and location on the case: the photo as metadata, the location as the address', async () => {
    expect(await whatsAppSay(imageMessage())).toMatch(/kept that.*What would you like to report/s);
    await whatsAppSay('Report a missed bin');
    await whatsAppSay('Garden waste');
    await whatsAppSay('yesterday');
    await whatsAppSay('no');
    const askedAddress = await whatsAppSay('yes');
    expect(askedAddress).toMatch(/postcode/i);
    expect(await whatsAppSay(locationMessage({ latitude: 52.6291, longitude: -1.1325, name: 'Home', address: '8 Aspen Way, Northbrook NB2 4CD' }))).toMatch(/Would you like a confirmation/);
    const summary = await whatsAppSay('No thanks');
    expect(summary).toContain('Postcode: NB2 4CD');
    const done = await whatsAppSay('Confirm');
    const reference = /NBC-BIN-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(done)?.[0];
    expect(reference, done).toBeDefined();
    const { details } = await caseDetails(reference!);
    expect(details).toMatchObject({
      binType: 'garden',
      postcode: 'NB2 4CD',
      address: '8 Aspen Way, NB2 4CD',
      sharedLocation: { latitude: 52.6291, longitude: -1.1325 },
      attachments: [{ mediaId: '1479537139650973', mimeType: 'image/jpeg' }],
    });
  });
});
