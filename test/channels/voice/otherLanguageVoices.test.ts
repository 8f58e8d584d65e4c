import { describe, expect, it } from 'vitest';
import { spokenText } from '../../../src/channels/rendering/speech.js';
import { withoutOtherLanguageLine } from '../../../src/channels/voice/otherLanguageVoices.js';
import { profile } from '../../cases/profileFixture.js';

const english = 'I can report a missed bin collection. Which bin was missed?';

describe('withoutOtherLanguageLine', () => {
  it.each([
    ['pol', 'pl-PL', 'Polly.Ola-Neural'],
    ['ron', 'ro-RO', 'Polly.Carmen'],
    ['spa', 'es-ES', 'Polly.Lucia-Neural'],
    ['por', 'pt-PT', 'Polly.Ines-Neural'],
    ['arb', 'arb', 'Polly.Zeina'],
    ['ben', 'bn-IN', 'Google.bn-IN-Standard-A'],
  ])('the %s interpreter offer is taken out of the English, to be said by %s %s', (code, language, voice) => {
    const line = profile.spokenInterpreterLines[code]!;
    const { speech, line: said } = withoutOtherLanguageLine(spokenText(`${english}\n\n${line}`), Object.entries(profile.spokenInterpreterLines));
    expect(speech).toBe(english);
    expect(said).toEqual({ language, voice, text: spokenText(line) });
  });

  it.each([
    ['a language with no voice (Somali)', `${english}\n\n${profile.interpreterLines.som}`],
    ['English only', english],
  ])('%s is left in the English', (_case, text) => {
    const spoken = spokenText(text);
    expect(withoutOtherLanguageLine(spoken, Object.entries({ ...profile.interpreterLines, ...profile.spokenInterpreterLines }))).toEqual({ speech: spoken });
  });
});
