import { accept, reprompt, tidy, type SlotResult } from './slotResult.js';

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
