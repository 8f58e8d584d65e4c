import { describe, expect, it } from 'vitest';
import { saysNoSafeCall } from '../../../src/serviceRequests/slots.js';

describe('saysNoSafeCall: no call is safe or possible at all', () => {
  it.each([
    'please dont ring or text me',
    'no call me, he take my phone',
    'Can you not ring this phone, he looks at it',
    'he goes through my phone every night',
    'she checks my messages',
    "you mustn't call, only text",
    'no calls please',
    'texts only to my friend',
    "there isn't one, he's got my phone",
    'could I e-mail instead',
    "I don't want anyone ringing me",
    'he listens in on the landline',
    'she reads my texts and listens to my voicemails',
    'please phone mat karna, woh sunta hai',
    'proszę nie dzwonić, on sprawdza telefon',
    'no me llamen por favor',
    "he's always listening in on the extension",
    "she checks who's rung me every night",
    // Caller trial 18 (other words): the phone taken by whoever it is, every call checked, nobody may ring.
    'my husband takes my mobile off me when he gets in and reads the lot',
    'my girlfriend is checking all of my texts',
    "we can't have anybody phoning the flat, he'd go mad",
  ])('%j', (text) => expect(saysNoSafeCall(text)).toBe(true));

  it.each([
    "don't ring me before 10",
    'do not call me after 6pm, I work days',
    'please call me back on 07922 454545',
    'he keeps ringing me at all hours',
    "I couldn't call you yesterday",
    'my phone is broken, can you email the form',
    'nu mai suport zgomotul de la vecini',
    'my partner takes my mobile number down for the school forms',
    "we can't have anyone ringing before nine, the baby sleeps",
  ])('near miss: %j', (text) => expect(saysNoSafeCall(text)).toBe(false));
});
