import { describe, expect, it } from 'vitest';
import { findRepeatedFailure } from '../../../src/serviceRequests/slots.js';

describe('findRepeatedFailure: the service has let the resident down before', () => {
  it.each([
    'my bins were missed 3 weeks in a row',
    'missed twice running',
    'missed again!!',
    "they've missed it AGAIN",
    'yet again my bin was not emptied',
    'once again they left my bin',
    "it's still not fixed",
    'I am still waiting',
    'it still hasn’t been collected',
    "this is the third time I've reported it",
    'for the umpteenth time, the lift is broken',
    "I've reported it three times",
    'I have called so many times',
    "I've already reported this",
    'nobody ever calls back',
    'no one has got back to me',
    "they said they'd come and nobody turned up",
    'they never called me back',
    "I've been waiting months",
    'waited over 6 weeks for a repair',
    'it keeps happening',
    'how many times do I have to ask?',
  ])('%j → yes', (text) => expect(findRepeatedFailure(text)).toBe(true));

  it.each([
    'my bin was missed yesterday',
    'thanks again!',
    'THANKS AGAIN',
    'can you say that again?',
    "I'll try again tomorrow",
    "this is the first time I've reported it",
    'the boiler still works but the radiators are cold',
    'the mould is still there after I cleaned it',
    "I'm still not sure which bin it was",
    'I take my tablets 3 times a day',
    'they collect every week',
    "I'm waiting for a call back today",
    "I've been waiting 2 days",
    'is it still Tuesday for collections?',
    'once again, thank you',
  ])('%j → no', (text) => expect(findRepeatedFailure(text)).toBe(false));
});
