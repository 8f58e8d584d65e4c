import { accept, reprompt, type SlotResult } from './slotResult.js';

export const rooms = ['kitchen', 'bathroom', 'toilet', 'bedroom', 'living room', 'dining room', 'front door', 'back door', 'hallway', 'landing', 'stairs', 'loft', 'utility room', 'garage', 'conservatory', 'outside'] as const;
export type Room = (typeof rooms)[number];

const roomWords: ReadonlyArray<readonly [RegExp, Room]> = [
  [/\bkitchen\b/i, 'kitchen'],
  [/\b(bathroom|shower ?room|en-?suite)\b/i, 'bathroom'],
  [/\b(toilet|wc|loo|cloakroom)\b/i, 'toilet'],
  [/\b(bedrooms?|box ?room|nursery|kids'? room|child'?s room|spare room)\b/i, 'bedroom'],
  [/\b(living ?room|lounge|front room|sitting room)\b/i, 'living room'],
  [/\b(dining ?room)\b/i, 'dining room'],
  // Where a door or lock repair is: "front door" to "where in your home?" was asked again, round and round (caller trial 29, H29-06).
  [/\b(front door|porch|doorstep)\b/i, 'front door'],
  [/\bback door\b/i, 'back door'],
  [/\b(hall|hallway|entrance)\b/i, 'hallway'],
  [/\blanding\b/i, 'landing'],
  [/\b(stairs|staircase|stairwell)\b/i, 'stairs'],
  [/\b(loft|attic)\b/i, 'loft'],
  [/\butility( room)?\b/i, 'utility room'],
  [/\bgarage\b/i, 'garage'],
  [/\bconservatory\b/i, 'conservatory'],
  [/\b(garden|outside|outdoors|external|roof|gutter|drive|driveway)\b/i, 'outside'],
];

/** Every room named in `text`, in the order of the list above, each once. */
export function findRooms(text: string): Room[] {
  return roomWords.filter(([pattern]) => pattern.test(text)).map(([, room]) => room).filter((room, index, all) => all.indexOf(room) === index);
}

/** The rooms affected, e.g. "the back bedroom and the bathroom" → ['bedroom', 'bathroom']. */
export function parseRoomsAffected(text: string): SlotResult<Room[]> {
  const found = findRooms(text);
  if (found.length === 0) {
    return reprompt('Which rooms are affected? For example: bedroom, bathroom, kitchen, living room or hallway. You can name more than one.');
  }
  return accept(found);
}
