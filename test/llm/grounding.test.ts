import { describe, expect, it } from 'vitest';
import { claimTerms, isGrounded, passagesOf, sentencesOf } from '../../src/llm/grounding.js';

describe('claimTerms', () => {
  it.each([
    ['a negation joined to the word it negates', 'You are not eligible for help.', ['not elig', 'help']],
    ['a contraction read as a negation', "We won't empty it.", ['not empti']],
    ['conversation words dropped', "Yes, I'm sorry: here are some checks.", ['check']],
    ['a negation with nothing after it dropped', 'Our articles do not say.', []],
    ['numbers left to the fact checks', 'It costs £52.00 for two bins.', ['cost', 'bin']],
    // Attacker trial 11: "If you do not, you lose the right" read as "not lose" grounded "you will not lose the right".
    ['a negation ends with its clause', 'If you do not, you lose the right to pay.', ['lose', 'right', 'pay']],
  ])('%s', (_case, text, terms) => {
    expect(claimTerms(text)).toEqual(terms);
  });
});

describe('sentencesOf', () => {
  const text = 'Report it online.\n- Check the lid: it must be closed. Then wait';
  it('splits a text cut after a sentence end into the whole text\'s first sentences', () => {
    expect(sentencesOf(text)).toEqual(['Report it online.', '- Check the lid:', 'it must be closed.', 'Then wait']);
    expect(sentencesOf(text.slice(0, text.indexOf('Then')))).toEqual(sentencesOf(text).slice(0, 3));
  });
});

describe('isGrounded', () => {
  const passages = passagesOf('We will not empty a bin with the wrong items in it. Garden waste costs a fee.\nOur office is closed on bank holidays.');
  it.each([
    ['a paraphrase of one passage', 'A bin with the wrong items will not be emptied.', true],
    ['a sentence claiming nothing', 'Yes.', true],
    ['words gathered from separate passages', 'Your garden bin is closed.', false],
    ['a negation the sources do not make', 'Garden waste does not cost a fee.', false],
  ])("%s: %s", (_case, sentence, grounded) => {
    expect(isGrounded(sentence, passages)).toBe(grounded);
  });

  const councilTax = passagesOf('If you miss a council tax payment we send a reminder, and you have 7 days to catch up. If you do not, you lose the right to pay by instalments and may get a court summons with extra costs.');
  it.each([
    ['the article paraphrased', 'If you miss a payment, we send a reminder and you have 7 days to catch up.', true],
    ['its opposite', 'If you miss a council tax payment, you will not get a reminder and you will not lose the right to pay by instalments.', false],
    ['half of it turned around', 'You will not lose the right to pay by instalments.', false],
  ])('%s: %s', (_case, sentence, grounded) => {
    expect(isGrounded(sentence, councilTax)).toBe(grounded);
  });
});
