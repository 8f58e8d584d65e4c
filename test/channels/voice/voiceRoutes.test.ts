import type { AddressInfo } from 'node:net';
import restify from 'restify';
import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VoiceAdapter } from '../../../src/channels/voice/voiceAdapter.js';
import { registerVoiceRoutes, whileUnavailable } from '../../../src/channels/voice/voiceRoutes.js';
import { createLogger } from '../../../src/logger.js';
import { assessSafety } from '../../../src/triage/safety.js';
import { bundledProfile } from '../../support/offlineTriage.js';
import { authToken, callerNumber, heard, publicBaseUrl } from './fakeProvider.js';

/** A call's turn that fails as every store does while PostgreSQL is down. */
const databaseAway = { answer: () => Promise.reject(new Error('Connection terminated unexpectedly')) } as unknown as VoiceAdapter;

/** The voice webhook on a server of its own, its turns run by `adapter`; `url()` once listening. */
function voiceRoutesWith(adapter: VoiceAdapter, answerWithinMs?: number) {
  const server = restify.createServer();
  let url = '';
  beforeAll(async () => {
    registerVoiceRoutes(server, {
      adapter,
      logic: async () => {},
      logger: createLogger('silent'),
      authToken,
      publicBaseUrl,
      unavailable: whileUnavailable(bundledProfile, assessSafety),
      ...(answerWithinMs !== undefined && { answerWithinMs }),
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server.close());
  return () => url;
}

describe('a call while the database is not answering (two-instance trial 20, PG20-02)', () => {
  const urlOf = voiceRoutesWith(databaseAway);

  async function say(speech: string) {
    const parameters = { CallSid: 'CA00000000000000000000000000000abc', From: callerNumber, CallStatus: 'in-progress', SpeechResult: speech, Confidence: '0.9' };
    const response = await fetch(`${urlOf()}/api/voice?turn=2`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilio.getExpectedTwilioSignature(authToken, `${publicBaseUrl}/api/voice?turn=2`, parameters) },
      body: new URLSearchParams(parameters).toString(),
    });
    return heard(response.status, await response.text());
  }

  it('a gas leak still hears what to do and the gas line, then the apology, and the call ends with TwiML, not an error', async () => {
    const call = await say('there is a strong smell of gas and my daughter feels dizzy');
    expect(call.status).toBe(200);
    expect(call.says[0]).toMatch(/Leave the building now/);
    expect(call.text).toMatch(/oh eight oh oh, one one one, nine nine nine/);
    expect(call.text).toMatch(/Please call again in a few minutes/);
    expect(call.xml).toMatch(/<Hangup\/>/);
  });

  it('anything else hears the apology, the number to ring and 999', async () => {
    const call = await say('when is my bin collected');
    expect(call.status).toBe(200);
    expect(call.says).toHaveLength(1);
    expect(call.text).toMatch(/call again in a few minutes[\s\S]*nine nine nine/);
  });
});

/** A call's turn held by a database that stopped answering but kept its connections open: it never settles. */
const databaseStalled = { answer: () => new Promise(() => undefined) } as unknown as VoiceAdapter;

describe('a call while the database is stalled (operations trial 25, OPS25-01: the gas advice came at 30 and 60 s, past the provider\'s 15 s)', () => {
  const urlOf = voiceRoutesWith(databaseStalled, 300);

  it('a gas leak hears what to do and the gas line once the turn is late, then the apology, in TwiML', async () => {
    const parameters = { CallSid: 'CA00000000000000000000000000000def', From: callerNumber, CallStatus: 'in-progress', SpeechResult: 'there is a strong smell of gas in the hall', Confidence: '0.9' };
    const response = await fetch(`${urlOf()}/api/voice?turn=2`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilio.getExpectedTwilioSignature(authToken, `${publicBaseUrl}/api/voice?turn=2`, parameters) },
      body: new URLSearchParams(parameters).toString(),
      signal: AbortSignal.timeout(5_000),
    });
    const call = heard(response.status, await response.text());
    expect(call.status).toBe(200);
    expect(call.says[0]).toMatch(/Leave the building now/);
    expect(call.text).toMatch(/Please call again in a few minutes/);
  });
});
