import { describe, expect, it } from 'vitest';
import { assessSafety, type EmergencyKind } from '../../src/triage/safety.js';

/**
 * Round 4 of fresh wording, from the kinds training authors G21 and H21 found unflagged: a child or a
 * person with dementia missing now; someone not seen with signs they lie hurt inside; tablets taken
 * and someone drowsy; a lift stuck with someone whose condition will not wait; a baby shut in; a
 * beating or an attack told by what is happening; a car in floodwater; "caught" as caught fire; an
 * appliance's metal live; the same in community languages. Near misses stay unflagged.
 */
const emergencies: [text: string, kind: EmergencyKind][] = [
  ['our 9 year old went to the shop at four and still has not come home, it is dark now and his phone is off', 'danger-to-life'],
  ['dad has alzheimers and walked out of the house in his pyjamas two hours ago, we have searched the whole estate', 'danger-to-life'],
  ['nobody has seen the lady at number 6 since sunday, her milk is still outside and there is a bad smell from the letterbox', 'danger-to-life'],
  ['my flatmate is really drowsy and there are empty packets of paracetamol next to him', 'danger-to-life'],
  ['I have swallowed all my tablets, sorry, just wanted someone to know', 'danger-to-life'],
  ['the lift in Birch House is stuck between the 3rd and 4th floor and my son is in it, he has asthma and no inhaler', 'danger-to-life'],
  ['locked myself out, my newborn is asleep in the flat on her own', 'danger-to-life'],
  ['the lad upstairs is being beaten right now, I can hear him begging', 'danger-to-life'],
  ['he has got her pinned down on the floor in the hallway', 'danger-to-life'],
  ['there is a van stuck in the flood on Mill Road with a man inside, the water is up to the windows', 'danger-to-life'],
  ['next doors shed has caught and it is right by our fence', 'fire'],
  ['the kitchen tap is live, I got a shock filling the kettle', 'electrical-hazard'],
  ['Pan spod 3 leży na klatce i nie rusza się, usta ma sine', 'danger-to-life'],
  ['ابھی باہر کچھ لوگ ایک لڑکے کو مار رہے ہیں', 'danger-to-life'],
  ['ਬਾਹਰ ਦੋ ਬੰਦੇ ਇੱਕ ਮੁੰਡੇ ਨੂੰ ਕੁੱਟ ਰਹੇ ਹਨ', 'danger-to-life'],
];

const nearMisses: string[] = [
  'our bin has been missing since the collection on monday',
  'my son went missing for an hour last summer, he came home fine, can I get the school letter',
  'my daughter keeps missing the school bus, is there a council one',
  'I have not seen the council officer you said would come, can someone ring me',
  'there is a bad smell from the drains outside, nobody has been to look',
  'the lift is stuck again on the 5th floor, it is always breaking',
  'I caught the bus to the tip and they would not take my mattress',
  'the live music in the park is too loud every saturday',
  'I got locked out last week, can I get a spare key cut by the council',
  'my pills ran out and the GP is closed, can you help',
];

describe('round 4 emergencies are flagged', () => {
  it.each(emergencies)('%s → %s', (text, kind) => {
    expect(assessSafety(text).emergency).toBe(kind);
  });
});

describe('round 4 near misses are not emergencies', () => {
  it.each(nearMisses)('%s', (text) => {
    expect(assessSafety(text).emergency).toBeNull();
  });
});

describe('affairs settled in a routine request', () => {
  it('an account closed and its money given away, "I will not be needing it": the self-harm question', () => {
    expect(assessSafety('close my council tax account please and give the refund to my son, I will not be needing it').safetyCheck).toBe('self-harm');
  });

  it('near miss: the same, explained by a move, asks nothing', () => {
    const safety = assessSafety('close my garage account please, I will not be needing it once we move to Bristol in May');
    expect(safety.safetyCheck).toBeNull();
    expect(safety.safeguarding).toBeNull();
  });
});

describe('emergencies and disclosures in everyday shorthand (outside attack 19, A19-9)', () => {
  it.each([
    ['my dads no breathin, please', 'danger-to-life'],
    ['my daughter is fitting and it will not stop', 'danger-to-life'],
    ['grandad keeps fitting on and off', 'danger-to-life'],
  ])('%s → %s', (text, kind) => {
    expect(assessSafety(text).emergency).toBe(kind);
  });

  it.each(['honestly might just kms tonight', 'i want to unalive myself', 'thinking about unaliving me'])('%s → self-harm', (text) => {
    expect(assessSafety(text).safeguarding).toBe('self-harm');
  });

  it.each(['the fitter is fitting a new door on friday', 'the recycling centre is 5 kms away', 'lol kmsl at this bin app', 'there is no breathing space in this tiny flat'])('near miss: %s', (text) => {
    const safety = assessSafety(text);
    expect(safety.emergency).toBeNull();
    expect(safety.safeguarding).toBeNull();
  });
});

describe('stabbed or shot, told after the fact (outside attack 19, A19-9)', () => {
  it.each(['someone has been stabbed outside the chip shop', "my cousin's just been shot on the estate", 'there has been a stabbing outside, he is bleeding'])('%s → danger-to-life', (text) => {
    expect(assessSafety(text).emergency).toBe('danger-to-life');
  });

  it.each(['I feel stabbed in the back by the housing officer', 'can I get my flu shot at the community centre', 'my idea was shot down at the tenants meeting'])('near miss: %s', (text) => {
    expect(assessSafety(text).emergency).toBeNull();
  });
});
