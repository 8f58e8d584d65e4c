import { randomUUID } from 'node:crypto';
import twilio from 'twilio';

export const authToken = 'twilio-auth-token-for-tests';
export const publicBaseUrl = 'https://assistant.northbrook.example';
export const voiceEnvironment = { TWILIO_AUTH_TOKEN: authToken, PUBLIC_BASE_URL: publicBaseUrl };
export const callerNumber = '+447700900123';

/** What one TwiML answer says and does, read the simple way the tests need. */
export interface Heard {
  status: number;
  xml: string;
  /** Every <Say>, in order, as the caller hears it. */
  says: string[];
  /** All of it, one string. */
  text: string;
  /** The number a <Dial> puts the call through to. */
  dial?: string;
}

const decoded = (text: string): string => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

export function heard(status: number, xml: string): Heard {
  const says = [...xml.matchAll(/<Say[^>]*>(.*?)<\/Say>/gs)].map((match) => decoded(match[1]!.replace(/<[^>]+>/g, '')));
  const dial = /<Dial[^>]*>(.*?)<\/Dial>/.exec(xml)?.[1];
  return { status, xml, says, text: says.join(' '), ...(dial && { dial }) };
}

/**
 * A local stand-in for the phone provider: it posts form-encoded webhooks to the app's /api/voice
 * and signs them as Twilio does (twilio's own getExpectedTwilioSignature over the public URL).
 */
export function fakeProvider(appUrl: string) {
  async function post(parameters: Record<string, string>, signature: string | null = twilio.getExpectedTwilioSignature(authToken, `${publicBaseUrl}/api/voice`, parameters)): Promise<Heard> {
    const response = await fetch(`${appUrl}/api/voice`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...(signature !== null && { 'x-twilio-signature': signature }) },
      body: new URLSearchParams(parameters).toString(),
    });
    return heard(response.status, await response.text());
  }

  /** One call: each method is one webhook of it, as the provider would send it. */
  function call(callSid = `CA${randomUUID().replace(/-/g, '')}`) {
    const base = { AccountSid: 'AC00000000000000000000000000000000', CallSid: callSid, From: callerNumber, To: '+441632960000', Direction: 'inbound', ApiVersion: '2010-04-01' };
    return {
      callSid,
      answer: () => post({ ...base, CallStatus: 'ringing' }),
      say: (speech: string, confidence = 0.92) => post({ ...base, CallStatus: 'in-progress', SpeechResult: speech, Confidence: String(confidence) }),
      press: (digits: string) => post({ ...base, CallStatus: 'in-progress', Digits: digits }),
      silence: () => post({ ...base, CallStatus: 'in-progress' }),
      hangUp: () => post({ ...base, CallStatus: 'completed', CallDuration: '95' }),
    };
  }

  return { post, call };
}
