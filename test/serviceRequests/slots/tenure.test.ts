import { describe, expect, it } from 'vitest';
import { findTenure } from '../../../src/serviceRequests/slots.js';

describe('findTenure: whose home, from a longer message', () => {
  it.each([
    ['theres black mould in the bedroom, i rent from the council', 'council-tenant'],
    ['we rent it from the council', 'council-tenant'],
    ["I'm a council tenant and the boiler is broken", 'council-tenant'],
    ['it is a council flat on the third floor', 'council-tenant'],
    ['our landlord is the council', 'council-tenant'],
    ["we're housing association", 'housing-association'],
    ['we rent our house from Northbrook Homes housing association', 'housing-association'],
    ['it is a housing association property', 'housing-association'],
    ['my landlord is a housing trust', 'housing-association'],
    ['my private landlord refuses to fix it', 'private-renter'],
    ['private landlord', 'private-renter'],
    ['I rent privately through an agency', 'private-renter'],
    ['the letting agent ignores me', 'private-renter'],
    ['I own my flat', 'owner'],
    ['we own our home outright', 'owner'],
    ["I'm a leaseholder", 'owner'],
    ["I'm not a council tenant, I rent privately", 'private-renter'],
  ])('%j → %s', (text, tenure) => expect(findTenure(text)).toBe(tenure));

  it.each([
    ['I called the council about the mould', 'a mention of the council is not a tenancy'],
    ['the council is useless', 'a mention of the council is not a tenancy'],
    ['my landlord will not answer', '"landlord" alone does not say which kind'],
    ['my neighbour is a council tenant', "someone else's home"],
    ['the housing association flats next door', "someone else's home"],
    ['I used to rent from the council', 'in the past'],
    ['I was a council tenant', 'in the past'],
    ["we're not housing association", 'denied'],
    ['is it the council or the housing association who fixes this?', 'a question'],
    ['I should feel safe in my own home', '"own" is not ownership'],
    ['my landlord owns the building', "the landlord's ownership, not the resident's"],
    ['we rent from the council but we own our home', 'two different answers'],
    ['do I have to be a council tenant to rent a garage', 'a question without its question mark'],
    ['my mates gf is 19 and has a council flat', "a friend's home, said over two clauses"],
    ['he lives round the corner in a council flat', "someone else's home"],
    ['I want to transfer to a bigger council flat', 'a home the resident wants'],
  ])('%j → nothing (%s)', (text) => expect(findTenure(text)).toBeUndefined());
});
