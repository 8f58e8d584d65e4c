import type { CouncilProfile } from '../profile/councilProfile.js';
import type { IsoDate } from './calendarDate.js';
import { findCaseReference } from '../cases/caseReference.js';
import { findStreetAddress, type StreetAddress } from './slots/address.js';
import { defaultBinColours, findBinType, type BinColourMap, type BinType } from './slots/binType.js';
import { parseCollectionDate } from './slots/collectionDate.js';
import { findPostcode, type Postcode } from './slots/postcode.js';
import { findRepairItem, type RepairItem } from './slots/repairItem.js';
import { findRooms, type Room } from './slots/rooms.js';

/** Details a resident gave before being asked; the dialog asks only for what is missing. */
export interface ExtractedSlots {
  postcode?: Postcode;
  streetAddress?: StreetAddress;
  binType?: BinType;
  collectionDate?: IsoDate;
  /** The room a repair is in, when exactly one is named. */
  location?: Room;
  repairItem?: RepairItem;
  caseReference?: string;
}

const mentionsBins = /\b(bins?|collect(ed|ion)?|caddy|caddies|rubbish|recycling|waste)\b/i;

/**
 * Conservative extraction from a resident's first message: a slot is filled only when the
 * text states it clearly; anything doubtful is left for the dialog to ask.
 */
export function extractSlotsFromText(
  text: string,
  now: Date,
  profile: CouncilProfile,
  binColours: BinColourMap = defaultBinColours,
): ExtractedSlots {
  const slots: ExtractedSlots = {};
  const postcode = findPostcode(text);
  if (postcode) slots.postcode = postcode;
  const streetAddress = findStreetAddress(text);
  if (streetAddress) slots.streetAddress = streetAddress;
  const caseReference = findCaseReference(text, profile.council.referencePrefix);
  if (caseReference) slots.caseReference = caseReference;

  // A colour or "garden" only means a bin, and a date only a collection day, in a message about bins.
  if (mentionsBins.test(text)) {
    const binType = findBinType(text, binColours);
    if (binType) slots.binType = binType;
    const collectionDate = parseCollectionDate(text, { now, timeZone: profile.council.timezone });
    if (collectionDate.ok) slots.collectionDate = collectionDate.value;
  } else {
    const repairItem = findRepairItem(text);
    if (repairItem) slots.repairItem = repairItem;
    // "My toilet is leaking" names the item, not a room called the toilet.
    const rooms = findRooms(text).filter((room) => room !== repairItem);
    if (rooms.length === 1) slots.location = rooms[0];
  }
  return slots;
}
