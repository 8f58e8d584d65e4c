export const repairItems = ['boiler', 'heating', 'hot water', 'radiator', 'toilet', 'sink', 'bath', 'shower', 'tap', 'window', 'door', 'lock', 'roof', 'gutter', 'lights', 'sockets', 'extractor fan', 'ceiling', 'floor', 'stairs', 'drain', 'fence'] as const;
export type RepairItem = (typeof repairItems)[number];

const itemWords: ReadonlyArray<readonly [RegExp, RepairItem]> = [
  [/\bboiler\b/i, 'boiler'],
  [/\b(heating|central heating)\b/i, 'heating'],
  [/\bhot water\b/i, 'hot water'],
  [/\bradiators?\b/i, 'radiator'],
  [/\b(toilet|loo|wc|cistern)\b/i, 'toilet'],
  [/\bsinks?\b/i, 'sink'],
  [/\bbath\b/i, 'bath'],
  [/\bshower\b/i, 'shower'],
  [/\btaps?\b/i, 'tap'],
  [/\bwindows?\b/i, 'window'],
  [/\b(front |back )?doors?\b/i, 'door'],
  [/\blocks?\b/i, 'lock'],
  [/\broof\b/i, 'roof'],
  [/\bgutters?\b/i, 'gutter'],
  [/\blights?\b/i, 'lights'],
  [/\b(sockets?|plugs?)\b/i, 'sockets'],
  [/\bextractor( fan)?\b/i, 'extractor fan'],
  [/\bceiling\b/i, 'ceiling'],
  [/\b(floor|floorboards?)\b/i, 'floor'],
  [/\b(stairs|staircase|banister|handrail)\b/i, 'stairs'],
  [/\b(drains?|blocked drain)\b/i, 'drain'],
  [/\bfence\b/i, 'fence'],
];

/** Whether the text names something in a home that gets repaired ("the kitchen tap and the sink"). */
export const namesRepairItem = (text: string): boolean => itemWords.some(([pattern]) => pattern.test(text));

/** The thing that needs repairing, when the text names exactly one. */
export function findRepairItem(text: string): RepairItem | undefined {
  const found = itemWords.filter(([pattern]) => pattern.test(text));
  return found.length === 1 ? found[0]![1] : undefined;
}
