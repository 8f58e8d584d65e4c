import { beforeAll, describe, expect, it } from 'vitest';
import { englishTermsIn, loadServiceTerms } from '../../src/knowledge/serviceTerms.js';
import type { Triage } from '../../src/triage/triage.js';
import { openOfflineTriage } from '../support/offlineTriage.js';

const terms = { pol: { napraw: 'repair', 'podatek lokalny': 'council tax' } };

describe('service terms in other languages', () => {
  it('finds a term at the start of a word, so a stem covers its endings, and gives its English words once', () => {
    expect(englishTermsIn('Potrzebuję naprawy, proszę o naprawę', 'pol', terms)).toBe('repair');
    expect(englishTermsIn('Podatek lokalny jest za wysoki', 'pol', terms)).toBe('council tax');
    // Inside a word is not the term.
    expect(englishTermsIn('przenaprawa', 'pol', terms)).toBe('');
    expect(englishTermsIn('naprawa', 'ron', terms)).toBe('');
  });

  it('loads the bundled terms for every language the council profile has an interpreter line for', () => {
    const bundled = loadServiceTerms('knowledge');
    expect(Object.keys(bundled).sort()).toEqual(['arb', 'ben', 'lit', 'pan', 'pol', 'por', 'ron', 'som', 'spa', 'urd']);
    expect(loadServiceTerms('no-such-folder')).toEqual({});
  });
});

describe('a message in another language reaches its topic', () => {
  let triage: Triage;
  beforeAll(async () => {
    triage = await openOfflineTriage();
  });

  it.each([
    ['Od tygodnia mam pleśń w łazience i czuć wilgoć na ścianach', 'damp-mould'],
    ['Quiero pagar el impuesto municipal a plazos, ¿cómo lo hago?', 'council-tax'],
    ['O meu vizinho faz muito barulho todas as noites', 'asb-noise'],
    ['Am nevoie de o reparație, centrala nu merge deloc', 'repairs'],
    ['Gavau parkavimo baudą ir noriu ją apskųsti', 'parking'],
  ])('%s → %s', async (text, topic) => {
    const decision = await triage(text);
    expect(decision.language).toBeDefined();
    expect(decision.topic).toBe(topic);
  });
});
