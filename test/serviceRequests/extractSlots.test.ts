import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCouncilProfile } from '../../src/profile/councilProfile.js';
import { extractSlotsFromText, type ExtractedSlots } from '../../src/serviceRequests/slots.js';

const profile = loadCouncilProfile(fileURLToPath(new URL('../../knowledge/council.yaml', import.meta.url)));
/** Thursday 5 November 2026, mid-morning in Northbrook. */
const now = new Date('2026-11-05T10:00:00Z');

describe('extractSlotsFromText: details said but not asked for', () => {
  it.each<[string, ExtractedSlots]>([
    [
      'hi my kitchen tap has been leaking for 3 days now and theres water all under the sink, i rent from the council',
      { location: 'kitchen', duration: { description: 'for 3 days now', approximateDays: 3 }, tenure: 'council-tenant' },
    ],
    [
      "theres black mould all over the wall in my babys bedroom and shes got a cough… been like this for months, we rent from the council",
      {
        location: 'bedroom',
        extent: 'one-wall',
        vulnerableOccupant: { vulnerable: true, who: 'a baby' },
        healthEffects: { effects: ['cough'], severe: false },
        duration: { description: 'for months' },
        tenure: 'council-tenant',
      },
    ],
    [
      'my black bin has been missed 3 weeks in a row and nobody ever calls back',
      { binType: 'refuse', repeatedFailure: true },
    ],
    [
      "Hi, my name is Sarah Jones, my boiler's broken, call me on 07400 123456 after 5",
      {
        repairItem: 'boiler',
        personName: 'Sarah Jones',
        contact: { kind: 'phone', phone: { e164: '+447400123456', display: '07400 123456', kind: 'mobile' } },
      },
    ],
    [
      "mould in every room, my son can't breathe properly at night",
      { extent: 'whole-home', healthEffects: { effects: ['struggling to breathe'], severe: true } },
    ],
    // A wait for the council is a failure to acknowledge, not how long the damp has been there.
    ["I've been waiting for weeks about the damp", { repeatedFailure: true }],
  ])('%j', (text, slots) => expect(extractSlotsFromText(text, now, profile)).toEqual(slots));

  it.each([
    'the council is breathing down my neck about the rent',
    "I'm worried, I'm at home all day",
    'is mould dangerous for babies?',
  ])('finds nothing in %j', (text) => expect(extractSlotsFromText(text, now, profile)).toEqual({}));
});
