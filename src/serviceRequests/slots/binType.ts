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

const onlyOne = (found: ReadonlySet<BinType>): BinType | undefined => (found.size === 1 ? [...found][0] : undefined);

/**
 * The bin type named in `text`, if exactly one is clear. Its purpose ("recycling") is the same in
 * every council and wins over its colour, which is not: a resident's "green recycling bin" is their
 * recycling, whatever the council's green bin is. With no purpose named, the colour decides;
 * "blue and black" names two and is ambiguous.
 */
export function findBinType(text: string, colours: BinColourMap = defaultBinColours): BinType | undefined {
  const purposes = new Set(purposeWords.filter(([pattern]) => pattern.test(text)).map(([, type]) => type));
  if (purposes.size > 0) return onlyOne(purposes);
  return onlyOne(new Set(Object.entries(colours).filter(([colour]) => new RegExp(`\\b${colour}\\b`, 'i').test(text)).map(([, type]) => type)));
}

export function parseBinType(text: string, colours: BinColourMap = defaultBinColours): SlotResult<BinType> {
  const type = findBinType(text, colours);
  if (!type) {
    // "gray" is understood, but the question says each colour once.
    const colourList = Object.keys(colours).filter((colour) => colour !== 'gray' || !('grey' in colours)).join(', ');
    return reprompt(`Which bin was it: general rubbish, recycling, garden waste, food caddy or a communal bin? You can also tell me its colour (${colourList}). If more than one was missed, tell me one at a time.`);
  }
  return accept(type);
}
