import type { CouncilProfile } from '../profile/councilProfile.js';
import type { IsoDate } from './calendarDate.js';
import { findCaseReference } from '../cases/caseReference.js';
import { findStreetAddress, type StreetAddress } from './slots/address.js';
import { defaultBinColours, findBinType, type BinColourMap, type BinType } from './slots/binType.js';
import { parseCollectionDate } from './slots/collectionDate.js';
import { findContact, type ContactDetails } from './slots/contact.js';
import { findDuration, type Duration } from './slots/duration.js';
import { findExtent, type Extent } from './slots/extent.js';
import { findHealthEffects, type HealthEffects } from './slots/healthEffects.js';
import { findPersonName } from './slots/personName.js';
import { findPostcode, type Postcode } from './slots/postcode.js';
import { findRepairItem, type RepairItem } from './slots/repairItem.js';
import { findRepeatedFailure } from './slots/repeatedFailure.js';
import { findRooms, type Room } from './slots/rooms.js';
import { findTenure, type Tenure } from './slots/tenure.js';
import { findVulnerableOccupant, type VulnerableOccupant } from './slots/vulnerableOccupant.js';

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
  /** How long a problem in the home has lasted: "for 3 days now". */
  duration?: Duration;
  tenure?: Tenure;
  /** How far damp or mould has spread. */
  extent?: Extent;
  /** Only ever a yes: free text never tells us that nobody in the home is at risk. */
  vulnerableOccupant?: VulnerableOccupant;
  /** What damp or mould is doing to someone's health, kept even though no form asks for it. */
  healthEffects?: HealthEffects;
  contact?: ContactDetails;
  personName?: string;
  /** The resident says the service has let them down before: acknowledge it and offer a complaint route. */
  repeatedFailure?: true;
}

const mentionsBins = /\b(bins?|collect(ed|ion)?|caddy|caddies|rubbish|recycling|waste)\b/i;

/**
 * Conservative extraction from anything the resident said (the first message or a later one): a
 * slot is filled only when the text states it clearly; anything doubtful is left for the form to ask.
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
  const contact = findContact(text);
  if (contact) slots.contact = contact;
  const personName = findPersonName(text);
  if (personName) slots.personName = personName;
  const vulnerableOccupant = findVulnerableOccupant(text);
  if (vulnerableOccupant) slots.vulnerableOccupant = vulnerableOccupant;
  const healthEffects = findHealthEffects(text);
  if (healthEffects) slots.healthEffects = healthEffects;
  if (findRepeatedFailure(text)) slots.repeatedFailure = true;

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
    // How long, whose home and how far spread describe a problem in the home, not a bin round.
    const duration = findDuration(text);
    if (duration) slots.duration = duration;
    const tenure = findTenure(text);
    if (tenure) slots.tenure = tenure;
    const extent = findExtent(text);
    if (extent) slots.extent = extent;
  }
  return slots;
}
