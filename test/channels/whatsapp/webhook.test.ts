import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { maxBodyBytes } from '../../../src/server/bodyParsing.js';
import { echo, startWebhookServer, verifyToken, whatsAppHarness, type Harness } from './harness.js';
import { signatureFor, statusUpdate, textMessage } from './webhookPayloads.js';

describe('WhatsApp webhook on a real restify server', () => {
  let harness: Harness;
  let server: Awaited<ReturnType<typeof startWebhookServer>>;
  const seen: Partial<Activity>[] = [];

  const post = (body: Buffer | string, signature?: string) =>
    fetch(server.url, {
      method: 'POST',
      headers: { ...server.headers, 'content-type': 'application/json', ...(signature ? { 'x-hub-signature-256': signature } : {}) },
      body: typeof body === 'string' ? body : new Uint8Array(body),
    });
  const postSigned = (payload: unknown) => {
    const body = JSON.stringify(payload);
    return post(body, signatureFor(body));
  };

  beforeAll(async () => {
    harness = await whatsAppHarness();
    server = await startWebhookServer(harness, echo(seen));
  });
  afterAll(async () => {
    await server.close();
    await harness.close();
  });
  beforeEach(() => {
    seen.length = 0;
  });

  describe('subscription handshake', () => {
    const handshake = (query: string) => fetch(`${server.url}?${query}`, { headers: server.headers });

    it('echoes the challenge as plain text when the verify token matches', async () => {
      const response = await handshake(`hub.mode=subscribe&hub.verify_token=${verifyToken}&hub.challenge=1158201444`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(await response.text()).toBe('1158201444');
    });

    it('refuses a wrong token or mode with 403', async () => {
      expect((await handshake('hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1')).status).toBe(403);
      expect((await handshake(`hub.mode=unsubscribe&hub.verify_token=${verifyToken}&hub.challenge=1`)).status).toBe(403);
      expect((await handshake('hub.challenge=1')).status).toBe(403);
    });
  });

  describe('signatures', () => {
    it('accepts a correctly signed message, acknowledges it and replies through the Graph API', async () => {
      const { body } = textMessage('When is my bin collected?');
      const response = await postSigned(body);
      expect(response.status).toBe(200);
      await harness.adapter.idle();
      expect(seen.map((activity) => activity.text)).toEqual(['When is my bin collected?']);
      expect(harness.graph.requests.at(-1)?.body).toMatchObject({ type: 'text', text: { body: 'echo: When is my bin collected?' } });
    });

    it('checks the exact bytes, so raw UTF-8 and unusual spacing still verify', async () => {
      const { body } = textMessage('Café on Saint-Étienne Road 🗑️');
      const bytes = Buffer.from(JSON.stringify(body, null, 3), 'utf8');
      expect((await post(bytes, signatureFor(bytes))).status).toBe(200);
      await harness.adapter.idle();
      expect(seen.at(-1)?.text).toBe('Café on Saint-Étienne Road 🗑️');
    });

    it('verifies bytes that are not valid UTF-8, which a decoded string (restify’s rawBody) would not reproduce', async () => {
      const [before, after] = JSON.stringify(textMessage('caf\u0000').body).split('\\u0000');
      const bytes = Buffer.concat([Buffer.from(before!), Buffer.from([0xe9]), Buffer.from(after!)]);
      expect(Buffer.from(bytes.toString('utf8'))).not.toEqual(bytes);
      expect((await post(bytes, signatureFor(bytes))).status).toBe(200);
    });

    it('reads the bytes whatever the content type says', async () => {
      const body = JSON.stringify(textMessage('sent as octet-stream').body);
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { ...server.headers, 'content-type': 'application/octet-stream', 'x-hub-signature-256': signatureFor(body) },
        body,
      });
      expect(response.status).toBe(200);
      await harness.adapter.idle();
      expect(seen.at(-1)?.text).toBe('sent as octet-stream');
    });

    it('refuses a missing signature, a wrong one, and a body changed by one byte, with 401 and no turn', async () => {
      const { body } = textMessage('unsigned');
      const bytes = Buffer.from(JSON.stringify(body));
      const tampered = Buffer.from(bytes);
      tampered[tampered.indexOf('unsigned')] = 'U'.charCodeAt(0);

      expect((await post(bytes)).status).toBe(401);
      expect((await post(bytes, signatureFor(bytes, 'another-secret'))).status).toBe(401);
      expect((await post(bytes, 'sha256=not-hex')).status).toBe(401);
      expect((await post(tampered, signatureFor(bytes))).status).toBe(401);
      await harness.adapter.idle();
      expect(seen).toEqual([]);
    });

    it('rejects signed bodies that are not a WhatsApp webhook with 400', async () => {
      const body = JSON.stringify({ object: 'page', entry: [] });
      expect((await post(body, signatureFor(body))).status).toBe(400);
    });
  });

  describe('the signature comes before any parsing', () => {
    const malformed = '{"object": "whatsapp_business_account", "entry": [';

    it('refuses unsigned malformed JSON with 401, not the parser’s 400', async () => {
      const response = await post(malformed);
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ code: 'Unauthorized' });
    });

    it('refuses malformed JSON under a wrong signature with 401', async () => {
      expect((await post(malformed, signatureFor(malformed, 'another-secret'))).status).toBe(401);
    });

    it('answers 400 only once a correctly signed body turns out not to be JSON', async () => {
      const response = await post(malformed, signatureFor(malformed));
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ code: 'BadRequest', message: 'The body is not JSON' });
    });

    it('refuses a body over the limit with 413, signed or not, and runs no turn', async () => {
      const { body } = textMessage('padded');
      const bytes = Buffer.from(JSON.stringify({ ...body, padding: 'x'.repeat(maxBodyBytes) }));
      const response = await post(bytes, signatureFor(bytes));
      expect(response.status).toBe(413);
      expect(await response.json()).toMatchObject({ code: 'PayloadTooLarge' });
      expect((await post(bytes)).status).toBe(413);
      // A body exactly at the limit is still read and checked.
      const atLimit = Buffer.concat([bytes.subarray(0, maxBodyBytes - 1), Buffer.from('}')]);
      expect((await post(atLimit, signatureFor(atLimit))).status).toBe(400);
      await harness.adapter.idle();
      expect(seen).toEqual([]);
    });
  });

  it('runs one turn for a message Meta delivers twice', async () => {
    const { body } = textMessage('my bin was missed');
    expect((await postSigned(body)).status).toBe(200);
    expect((await postSigned(body)).status).toBe(200);
    await harness.adapter.idle();
    expect(seen.map((activity) => activity.text)).toEqual(['my bin was missed']);
  });

  it('records delivery statuses without starting a turn', async () => {
    expect((await postSigned(statusUpdate('wamid.sent1', 'delivered'))).status).toBe(200);
    expect((await postSigned(statusUpdate('wamid.sent1', 'read'))).status).toBe(200);
    expect((await postSigned(statusUpdate('wamid.sent2', 'failed', [{ code: 131047, title: 'Re-engagement message' }]))).status).toBe(200);
    await harness.adapter.idle();
    expect(seen).toEqual([]);
    expect((await harness.store.statusesOf('wamid.sent1')).map((row) => row.status)).toEqual(['delivered', 'read']);
    expect(await harness.store.statusesOf('wamid.sent2')).toEqual([expect.objectContaining({ status: 'failed', errorCodes: [131047] })]);
  });
});
