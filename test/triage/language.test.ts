import { describe, expect, it } from 'vitest';
import { detectLanguage, requestedLanguage } from '../../src/triage/language.js';

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
    // English in several registers, names and short form answers: plain letters need the other language's own words.
    ['the smoke detector in the hallway will not stop beeping', 'eng'],
    ['Priscilla Okonkwo-Hartley', 'eng'],
    ['afternoons suit me best love', 'eng'],
    ['Flat 7 Alder Mansions', 'eng'],
    ['bins not emptied again, proper fed up', 'eng'],
    // Romanised Urdu and Punjabi by their function words; a greeting alone switches nothing.
    ['walaikum salaam, mera kooda nahi uthaya gaya, aap madad kar sakte hain', 'urd'],
    ['sat sri akal, mainu tuhanu kuch puchna hai', 'pan'],
    ['as-salamu alaykum', 'eng'],
    ['salam, could someone ring me back', 'eng'],
  ])('%j → %s', (text, language) => {
    expect(detectLanguage(text, communityLanguages)).toBe(language);
  });
});

describe('requestedLanguage', () => {
  it.each([
    ['Bengali please', 'ben'],
    ['could you do this in Somali', 'som'],
    ['po polsku? polski', 'pol'],
    ['I would like a translator', 'ask'],
    ['sorry my English is not so good', 'ask'],
    ['my English is not good', 'ask'],
    ['the bin men left it in English Street', undefined],
  ])('%j → %s', (text, language) => {
    expect(requestedLanguage(text, communityLanguages)).toBe(language);
  });
});
