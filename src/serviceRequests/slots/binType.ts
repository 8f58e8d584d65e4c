import { accept, reprompt, type SlotResult } from './slotResult.js';

export const binTypes = ['refuse', 'recycling', 'garden', 'food', 'communal'] as const;
export type BinType = (typeof binTypes)[number];

/** Bin colour word → bin type. Colours differ between councils, so callers pass their own map. */
export type BinColourMap = Readonly<Record<string, BinType>>;

/** The most common English scheme; a council whose bins differ passes its own map. */
export const defaultBinColours: BinColourMap = {
  black: 'refuse',
  grey: 'refuse',
  gray: 'refuse',
  blue: 'recycling',
  green: 'garden',
  brown: 'garden',
};

/** Words that name a bin's purpose, the same for every council. */
const purposeWords: ReadonlyArray<readonly [RegExp, BinType]> = [
  [/\b(communal|shared|euro ?bins?|flats? bins?|bin stores?)\b/i, 'communal'],
  [/\b(food|caddy|caddies|kitchen waste|food waste)\b/i, 'food'],
  [/\b(garden|green waste|grass|hedge|leaves|clippings)\b/i, 'garden'],
  [/\b(recycl\w*|cans|bottles|plastics?|paper|cardboard|glass)\b/i, 'recycling'],
  [/\b(refuse|general( waste)?|rubbish|household waste|landfill|non[- ]recyclable|residual|wheelie bin)\b/i, 'refuse'],
];

/** The bin type named in `text` by purpose or colour, if exactly one is clear. */
export function findBinType(text: string, colours: BinColourMap = defaultBinColours): BinType | undefined {
  const found = new Set<BinType>();
  for (const [pattern, type] of purposeWords) if (pattern.test(text)) found.add(type);
  for (const [colour, type] of Object.entries(colours)) {
    if (new RegExp(`\\b${colour}\\b`, 'i').test(text)) found.add(type);
  }
  // "green garden waste bin" names one type twice; "blue and black" names two and is ambiguous.
  return found.size === 1 ? [...found][0] : undefined;
}

export function parseBinType(text: string, colours: BinColourMap = defaultBinColours): SlotResult<BinType> {
  const type = findBinType(text, colours);
  if (!type) {
    const colourList = Object.keys(colours).join(', ');
    return reprompt(`Which bin was it: general rubbish, recycling, garden waste, food caddy or a communal bin? You can also tell me its colour (${colourList}). If more than one was missed, tell me one at a time.`);
  }
  return accept(type);
}
