import { accept, reprompt, tidy, type SlotResult } from './slotResult.js';
import { clauses } from './clauses.js';

export const extents = ['small-patch', 'one-wall', 'one-room', 'several-rooms', 'whole-home'] as const;
export type Extent = (typeof extents)[number];

// Largest first, so "a small patch in several rooms" is counted as several rooms.
const extentWords: ReadonlyArray<readonly [RegExp, Extent]> = [
  [/\b(whole (house|home|flat|property)|every ?where|every room|all (the |of the )?rooms|throughout)\b/, 'whole-home'],
  [/\b(several|many|lots of|a few|two|three|four|multiple|most|both) (rooms|bedrooms)\b|\b(more than one|several) room/, 'several-rooms'],
  [/\b(whole|entire|all of the|all over the) (room|ceiling|bedroom|bathroom|kitchen)\b|\b(one|a|the|single) room\b|\bwalls\b/, 'one-room'],
  [/\b(one|a|single|the whole|an entire|entire|whole) wall\b|\bwall\b/, 'one-wall'],
  [/\b(small|little|tiny|few|some) (patch|patches|spot|spots|area|bit|marks?)\b|\b(patch|spots|corner|window ?sill|around the window)\b/, 'small-patch'],
];

/** How far the damp or mould has spread, from "a small patch" to "the whole house". */
export function parseExtent(text: string): SlotResult<Extent> {
  const answer = tidy(text).toLowerCase();
  const found = extentWords.find(([pattern]) => pattern.test(answer));
  if (!found) {
    return reprompt('How much is affected: a small patch, one wall, one whole room, several rooms, or the whole home?');
  }
  return accept(found[1]);
}

const home = String.raw`(?:house|home|flat|property|place|maisonette|bungalow)`;
const room = String.raw`(?:room|bedroom|bathroom|kitchen|lounge|living room|ceiling)`;
// Only phrases that measure the spread; "on the wall" or "in the bedroom" say where, not how much.
const statedExtents: ReadonlyArray<readonly [RegExp, Extent]> = [
  [new RegExp(String.raw`\b(?:(?:the )?(?:whole|entire) ${home}|every (?:single )?room|all (?:the |of the |of our |of my )?rooms|(?:all )?(?:throughout|through|all over|all round|all around) (?:the|my|our) ${home}|everywhere in (?:the|my|our) ${home})\b`), 'whole-home'],
  [new RegExp(String.raw`\b(?:(?:several|many|lots of|two|three|four|multiple|most|both|most of the|most of our) (?:rooms|bedrooms)|more than one room|most of (?:the|my|our) ${home})\b`), 'several-rooms'],
  [new RegExp(String.raw`\b(?:(?:the )?(?:whole|entire) ${room}|all over (?:the|my|our) ${room})\b`), 'one-room'],
  [new RegExp(String.raw`\b(?:(?:the )?(?:whole|entire) wall|all (?:over|across|up|down) (?:the|one|a) wall|cover(?:s|ing|ed)? (?:the|a|one) (?:whole |entire )?wall|(?:the )?wall is covered)\b`), 'one-wall'],
  [/\b(?:(?:a |one |some )?(?:small|little|tiny) (?:patch|patches|spot|spots|area|bit|marks?)|a few (?:small )?(?:spots|patches|marks))\b/, 'small-patch'],
];
const mentionsDamp = /\b(damp|mou?ld|mildew|condensation|fungus|black spots)\b/i;

/**
 * How far damp or mould has spread, from a longer message, when the resident measures it ("all
 * over the wall", "every room", "a small patch"). Only in a message about damp or mould, so "water
 * all over the wall" from a leak is not read as an extent; the largest stated extent wins.
 */
export function findExtent(text: string): Extent | undefined {
  if (!mentionsDamp.test(text)) return undefined;
  const said = clauses(text).filter((clause) => !clause.endsWith('?') && !/\b(no|not|isn't|never)\b/.test(clause)).join(' . ');
  return statedExtents.find(([pattern]) => pattern.test(said))?.[1];
}
