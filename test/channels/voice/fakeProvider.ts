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

/** Where a TwiML answer sends the call's next webhook: its <Gather>, <Dial> or <Redirect> address. */
const nextAddress = (xml: string): string | undefined =>
  /<(?:Gather|Dial)[^>]* action="([^"]+)"/.exec(xml)?.[1]?.replace(/&amp;/g, '&') ?? /<Redirect[^>]*>([^<]+)<\/Redirect>/.exec(xml)?.[1]?.replace(/&amp;/g, '&');

/**
 * A local stand-in for the phone provider: it posts form-encoded webhooks to the app's /api/voice
 * and signs them as Twilio does (twilio's own getExpectedTwilioSignature over the public URL). Like
 * the provider, a call's next turn goes to the address the last answer gave; the first webhook and
 * status callbacks go to the number's configured /api/voice.
 */
export function fakeProvider(appUrl: string) {
  async function post(
    parameters: Record<string, string>,
    signature: string | null = twilio.getExpectedTwilioSignature(authToken, `${publicBaseUrl}/api/voice`, parameters),
    path = '/api/voice',
  ): Promise<Heard> {
    const response = await fetch(`${appUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...(signature !== null && { 'x-twilio-signature': signature }) },
      body: new URLSearchParams(parameters).toString(),
    });
    return heard(response.status, await response.text());
  }

  /** A webhook to `path`, signed over it. */
  const postTo = (path: string, parameters: Record<string, string>): Promise<Heard> =>
    post(parameters, twilio.getExpectedTwilioSignature(authToken, `${publicBaseUrl}${path}`, parameters), path);

  /** One call (from `from`): each method is one webhook of it, as the provider would send it. */
  function call(callSid = `CA${randomUUID().replace(/-/g, '')}`, from = callerNumber) {
    const base = { AccountSid: 'AC00000000000000000000000000000000', CallSid: callSid, From: from, To: '+441632960000', Direction: 'inbound', ApiVersion: '2010-04-01' };
    let next = '/api/voice';
    let last: { path: string; parameters: Record<string, string> } | undefined;
    const send = async (path: string, parameters: Record<string, string>): Promise<Heard> => {
      last = { path, parameters };
      const answer = await postTo(path, parameters);
      next = nextAddress(answer.xml) ?? next;
      return answer;
    };
    return {
      callSid,
      answer: () => send('/api/voice', { ...base, CallStatus: 'ringing' }),
      say: (speech: string, confidence: number | string = 0.92) => send(next, { ...base, CallStatus: 'in-progress', SpeechResult: speech, Confidence: String(confidence) }),
      press: (digits: string) => send(next, { ...base, CallStatus: 'in-progress', Digits: digits }),
      silence: () => send(next, { ...base, CallStatus: 'in-progress' }),
      /** The <Dial> has ended, with Twilio's DialCallStatus (completed, busy, no-answer, failed, canceled). */
      dialEnded: (dialCallStatus: string) => send(next, { ...base, CallStatus: 'in-progress', DialCallStatus: dialCallStatus }),
      /** The provider sends the last webhook again, exactly (a retry after a timeout). */
      replay: () => postTo(last!.path, last!.parameters),
      /** The last webhook sent, to send again to another instance of the app. */
      lastWebhook: () => last!,
      /** Any parameters of this call's own, signed, to the next address (odd values from a provider). */
      send: (parameters: Record<string, string>) => send(next, { ...base, CallStatus: 'in-progress', ...parameters }),
      hangUp: () => send('/api/voice', { ...base, CallStatus: 'completed', CallDuration: '95' }),
    };
  }

  /** A webhook sent again as it was, e.g. after the app restarted. */
  const resend = ({ path, parameters }: { path: string; parameters: Record<string, string> }): Promise<Heard> => postTo(path, parameters);

  return { post, call, resend };
}
