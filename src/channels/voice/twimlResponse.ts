import twilio from 'twilio';

export const voiceWebhookPath = '/api/voice';

/** Twilio's British English neural voice (Amazon Polly Amy); TeXML and LaML map Polly voice names too. */
const voice = 'Polly.Amy-Neural';
const language = 'en-GB';

/** What the caller hears in answer to one webhook, in the order they hear it. */
export interface SpokenTurn {
  /** Safety advice: said before anything else, slowly and twice, and not cut short by the caller speaking. */
  urgent: string[];
  /** Everything else the bot said this turn, already cut to what is heard now. */
  said: string;
  /** The question's choices and any "say more": the last thing heard before the caller answers. */
  prompt: string;
  /** An E.164 number the call is put through to after `said`. */
  transferTo?: string;
  /** Say `said` and end the call. */
  hangUp?: boolean;
}

/**
 * The TwiML for a turn, built with the twilio package's own builder (valid markup, escaped text).
 * Speech and keys are gathered in British English; if the caller says nothing the <Gather> falls
 * through to a <Redirect>, so silence also comes back to this webhook as a turn with nothing heard.
 */
export function twimlFor(turn: SpokenTurn): string {
  const response = new twilio.twiml.VoiceResponse();
  for (const text of turn.urgent) {
    for (let time = 0; time < 2; time += 1) response.say({ voice, language }, '').prosody({ rate: 'slow' }, text);
  }
  if (turn.transferTo || turn.hangUp) {
    if (turn.said) response.say({ voice, language }, turn.said);
    if (turn.transferTo) response.dial({}, turn.transferTo);
    else response.hangup();
    return response.toString();
  }
  const gather = response.gather({ input: ['speech', 'dtmf'], language, speechTimeout: 'auto', action: voiceWebhookPath, method: 'POST' });
  for (const text of [turn.said, turn.prompt]) if (text) gather.say({ voice, language }, text);
  response.redirect({ method: 'POST' }, voiceWebhookPath);
  return response.toString();
}

/** The answer to a status callback: nothing to say. */
export const emptyTwiml = (): string => new twilio.twiml.VoiceResponse().toString();
