// The package's TwiML builder alone: its index also loads every REST client (about 5 MB of heap) that the voice channel never calls.
import VoiceResponse from 'twilio/lib/twiml/VoiceResponse.js';
import { keySentence } from '../rendering/speech.js';
import type { OtherLanguageLine } from './otherLanguageVoices.js';

export const voiceWebhookPath = '/api/voice';

/** Twilio's British English neural voice (Amazon Polly Amy); TeXML and LaML map Polly voice names too. */
const voice = 'Polly.Amy-Neural';
const language = 'en-GB';

/** Seconds the contact centre's phones ring before the caller is offered a call back instead (Twilio's default is 30). */
const dialTimeoutSeconds = 25;

/** What the caller hears in answer to one webhook, in the order they hear it. */
export interface SpokenTurn {
  /** Safety advice: said before anything else, slowly, with its number said twice, and not cut short by the caller speaking. */
  urgent: string[];
  /** Everything else the bot said this turn, already cut to what is heard now. */
  said: string;
  /** The question's choices and any "say more": the last thing heard before the caller answers. */
  prompt: string;
  /** An E.164 number the call is put through to after `said`. */
  transferTo?: string;
  /** Say `said` and end the call. */
  hangUp?: boolean;
  /** The interpreter offer in the caller's language, said after `said` in that language's voice. */
  otherLanguage?: OtherLanguageLine;
  /** Said slowly: the caller asked to hear it again. */
  slowly?: boolean;
  /** A case reference was read: the caller was asked whether there is anything else, and silence now is not a caller in trouble. */
  referenceRead?: boolean;
}

/**
 * The TwiML for a turn, built with the twilio package's own builder (valid markup, escaped text).
 * Safety advice is read once in full, then its sentence with the number again: the number is what
 * the caller must catch, and the whole advice twice is too long to hold. Speech and keys are
 * gathered in British English; if the caller says nothing the <Gather> falls through to a
 * <Redirect>, so silence also comes back as a turn with nothing heard. `next` is the address the
 * next webhook of the call is sent to (this turn's <Gather>, <Redirect> or <Dial> action). A <Dial>
 * rings for a bounded time and then comes back there, so nobody answering is not the end of the call.
 */
export function twimlFor(turn: SpokenTurn, next: string): string {
  const response = new VoiceResponse();
  for (const text of turn.urgent) {
    const key = keySentence(text);
    for (const said of key ? [text, key] : [text]) response.say({ voice, language }, '').prosody({ rate: 'slow' }, said);
  }
  const inTheirLanguage = turn.otherLanguage && { voice: turn.otherLanguage.voice, language: turn.otherLanguage.language };
  if (turn.transferTo || turn.hangUp) {
    if (turn.said) response.say({ voice, language }, turn.said);
    if (inTheirLanguage) response.say(inTheirLanguage, turn.otherLanguage!.text);
    if (turn.transferTo) response.dial({ timeout: dialTimeoutSeconds, action: next, method: 'POST' }, turn.transferTo);
    else response.hangup();
    return response.toString();
  }
  const gather = response.gather({ input: ['speech', 'dtmf'], language, speechTimeout: 'auto', action: next, method: 'POST' });
  for (const text of [turn.said, turn.prompt]) {
    if (text && turn.slowly) gather.say({ voice, language }, '').prosody({ rate: 'slow' }, text);
    else if (text) gather.say({ voice, language }, text);
    if (text === turn.said && inTheirLanguage) gather.say(inTheirLanguage, turn.otherLanguage!.text);
  }
  response.redirect({ method: 'POST' }, next);
  return response.toString();
}

/** The answer to a webhook of a call that has ended: nothing is run, and the line is put down. */
export const hangUpTwiml = (): string => {
  const response = new VoiceResponse();
  response.hangup();
  return response.toString();
};

/**
 * The answer to a turn that cannot run because the database is not answering: the safety rules'
 * advice for what was said, if it needs any, read as safety advice always is, then a short apology
 * with the number to ring, and the line put down. A provider given a 503 instead plays its own
 * error message, and a caller reporting a gas leak would hear neither 999 nor the gas line
 * (two-instance trial 20, PG20-02).
 */
export const unavailableTwiml = (urgent: string[], said: string): string => twimlFor({ urgent, said, prompt: '', hangUp: true }, voiceWebhookPath);

/** The answer to a status callback: nothing to say. */
export const emptyTwiml = (): string => new VoiceResponse().toString();
