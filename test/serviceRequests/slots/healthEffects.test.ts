import { describe, expect, it } from 'vitest';
import { findHealthEffects } from '../../../src/serviceRequests/slots.js';

describe('findHealthEffects: what damp or mould is doing to someone in the home', () => {
  it.each([
    ['theres black mould all over the wall in my babys bedroom and shes got a cough… been like this for months', ['cough'], false],
    ['my son keeps coughing at night', ['cough'], false],
    ['she is wheezy every morning', ['wheezing'], false],
    ['his asthma has got worse since the mould', ['asthma'], false],
    ["she's had 3 chest infections this winter", ['chest infection'], false],
    ['my daughter has a rash on her arms', ['rash'], false],
    ['her eczema is flaring up', ['eczema'], false],
    ['we all have breathing problems', ['breathing problems'], false],
    ['my baby is struggling to breathe', ['struggling to breathe'], true],
    ["he can't breathe properly and his lips are blue", ['struggling to breathe', 'blue lips'], true],
    ["I'm breathless all the time", ['breathless'], true],
    ['my dad is short of breath', ['breathless'], true],
    ['my son has a cough and my daughter is wheezing', ['cough', 'wheezing'], false],
    ["I'm coughing and wheezing, can't breathe", ['struggling to breathe', 'cough', 'wheezing'], true],
  ])('%j → %j, severe %s', (text, effects, severe) => expect(findHealthEffects(text)).toEqual({ effects, severe }));

  it.each([
    ['the landlord is breathing down my neck', 'a figure of speech'],
    ['take a deep breath, I know', 'a figure of speech'],
    ["I can't breathe a word of this to him", 'a figure of speech'],
    ['I had to cough up £200 for a plumber', 'a figure of speech'],
    ['that was a rash decision', 'a figure of speech'],
    ['she had a cough last year but it cleared up', 'a past illness, over'],
    ["my son had a rash, it's gone now", 'a past illness, over'],
    ['I used to have asthma as a kid', 'a past illness, over'],
    ['my dog has a cough', 'a pet'],
    ['the cat keeps wheezing', 'a pet'],
    ['my dog has a cough and is wheezing', 'a pet, in every clause of the sentence'],
    ['can mould cause asthma?', 'a question'],
    ['no one has a cough yet', 'denied'],
    ['my neighbour is wheezing', 'someone elsewhere'],
    ['if anyone in the home has asthma, tell us', 'a supposition'],
    ['does damp cause breathing problems', 'a question without its question mark'],
  ])('%j → nothing (%s)', (text) => expect(findHealthEffects(text)).toBeUndefined());
});
