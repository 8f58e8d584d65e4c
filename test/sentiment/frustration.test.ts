import { describe, expect, it } from 'vitest';
import { LexiconSentimentAnalyser } from '../../src/sentiment/lexiconSentimentAnalyser.js';

const analyser = new LexiconSentimentAnalyser();

// Written for this test: a resident stuck trying to get through to the council, none with a
// word a general lexicon scores, and near misses that share the words but are no complaint.
describe('frustration with getting through', () => {
  it.each([
    'going round in circles on your website all morning',
    "I've been going round in circles trying to find the form",
    'I keep getting sent round in circles',
    'been on hold for an hour',
    'two hours on the phone and still nothing',
    "I've been trying all week to get through",
    "I've been on your website all morning",
    'your website keeps sending me back to the same page',
    'it keeps taking me back to the start',
    'I keep getting the same answer',
    "I can't find it anywhere on your website",
    'this is going nowhere',
    'getting nowhere with this',
    'passed from pillar to post',
    'nobody can give me a straight answer',
  ])('reads "%s" as negative', (text) => {
    expect(analyser.read(text).label).toBe('negative');
  });

  it.each([
    'the bin lorry goes round in circles in our cul-de-sac',
    "I'm going round the roundabout by the library",
    "I'll be in all morning if the engineer can come",
    "I'm waiting in all day for the repair",
    'we will be out all day on Monday',
    "I'm going nowhere near that mould without a mask",
    'Can I put the bins back after collection?',
    'the website says collection is all day',
    'I spent the morning on your website and found the form',
    'can I pay on the phone line?',
  ])('does not read "%s" as negative', (text) => {
    expect(analyser.read(text).label).not.toBe('negative');
  });
});
