import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/triage/language.js';

const communityLanguages = ['pol', 'ron', 'spa', 'por', 'lit', 'urd', 'ben', 'arb', 'pan', 'som'];

describe('detectLanguage', () => {
  it.each([
    // Short replies: too few trigrams, but a letter only one of the languages writes.
    ['tak poproszę', 'pol'],
    ['da, mulțumesc', 'ron'],
    ['taip, ačiū', 'lit'],
    ['sí, mañana', 'spa'],
    ['sim, não', 'por'],
    // Longer messages, by trigrams.
    ['Dzień dobry, śmieci nie zostały odebrane w tym tygodniu', 'pol'],
    ['Buenos días, no han recogido la basura de mi calle esta semana', 'spa'],
    // English, whatever names or loan words it carries.
    ['my name is Łukasz and my bin was missed', 'eng'],
    ['the café on the corner leaves rubbish out', 'eng'],
    ['yes please', 'eng'],
  ])('%j → %s', (text, language) => {
    expect(detectLanguage(text, communityLanguages)).toBe(language);
  });
});
