import type VoiceResponse from 'twilio/lib/twiml/VoiceResponse.js';
import { spokenText } from '../rendering/speech.js';

/**
 * The interpreter offer to a caller in another language is heard in that language: said by the
 * English voice it is unintelligible. Twilio's <Say> takes a voice per language (Amazon Polly,
 * or Google where Polly has none), keyed here by the ISO 639-3 codes the council profile's
 * interpreter lines use. A language Twilio has no voice and language code for (Lithuanian, Urdu,
 * Somali) is said by the English voice, as before.
 */
type SayAttributes = Exclude<Parameters<VoiceResponse['say']>[0], string>;

export interface LanguageVoice {
  /** BCP 47, for <Say language="…">. */
  language: NonNullable<SayAttributes['language']>;
  /** A Twilio <Say> voice for that language. */
  voice: NonNullable<SayAttributes['voice']>;
}

export const otherLanguageVoices: Readonly<Record<string, LanguageVoice>> = {
  pol: { language: 'pl-PL', voice: 'Polly.Ola-Neural' },
  ron: { language: 'ro-RO', voice: 'Polly.Carmen' },
  spa: { language: 'es-ES', voice: 'Polly.Lucia-Neural' },
  por: { language: 'pt-PT', voice: 'Polly.Ines-Neural' },
  arb: { language: 'arb', voice: 'Polly.Zeina' },
  ben: { language: 'bn-IN', voice: 'Google.bn-IN-Standard-A' },
  pan: { language: 'pa-IN', voice: 'Google.pa-IN-Standard-A' },
};

/** A line of the turn in another language, to be said in its own voice. */
export interface OtherLanguageLine extends LanguageVoice {
  text: string;
}

/**
 * `speech` without the first of `lines` (the profile's spoken interpreter lines, by language) found
 * in it, and that line with its voice; the speech as it was when it has none, or none with a voice.
 */
export function withoutOtherLanguageLine(speech: string, lines: readonly (readonly [code: string, line: string])[]): { speech: string; line?: OtherLanguageLine } {
  for (const [code, written] of lines) {
    const voice = otherLanguageVoices[code];
    // As the line was rendered for speech with the rest of the reply.
    const text = spokenText(written);
    const at = speech.indexOf(text);
    if (!voice || at === -1) continue;
    return { speech: `${speech.slice(0, at)}${speech.slice(at + text.length)}`.replace(/\s+/g, ' ').trim(), line: { ...voice, text } };
  }
  return { speech };
}
