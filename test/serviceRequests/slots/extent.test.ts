import { describe, expect, it } from 'vitest';
import { findExtent } from '../../../src/serviceRequests/slots.js';

describe('findExtent: how far damp or mould has spread, from a longer message', () => {
  it.each([
    ['theres black mould all over the wall in my babys bedroom', 'one-wall'],
    ['damp covering the whole wall behind the wardrobe', 'one-wall'],
    ['mould in every room', 'whole-home'],
    ['the damp is throughout the whole flat', 'whole-home'],
    ['condensation all through the house', 'whole-home'],
    ['mould in both bedrooms', 'several-rooms'],
    ['damp in most of the house', 'several-rooms'],
    ['the whole bathroom is black with mould', 'one-room'],
    ['there is mould all over the kitchen', 'one-room'],
    ['a small patch of mould by the window', 'small-patch'],
    ['just a few spots of mould on the sill', 'small-patch'],
    ['a small patch of damp in the hall, and now mould in every room', 'whole-home'],
  ])('%j → %s', (text, extent) => expect(findExtent(text)).toBe(extent));

  it.each([
    ['mould on the wall behind the bed', 'where it is, not how far it has spread'],
    ['damp in the bedroom', 'where it is, not how far it has spread'],
    ['water all over the wall from the leak', 'not damp or mould'],
    ['the whole flat is freezing, the heating is off', 'not damp or mould'],
    ['the mould is not all over the wall yet', 'denied'],
    ['could the mould spread to every room?', 'a question'],
    ['mould everywhere', '"everywhere" alone is not measured'],
  ])('%j → nothing (%s)', (text) => expect(findExtent(text)).toBeUndefined());
});
