/** One parser per slot the service-request dialogs ask for; each answers a value or a specific re-prompt. */
export { accept, reprompt, type SlotResult } from './slots/slotResult.js';
export { parsePostcode, findPostcode, type Postcode } from './slots/postcode.js';
export { parseStreetAddress, findStreetAddress, type StreetAddress } from './slots/address.js';
export { parseBinType, findBinType, binTypes, defaultBinColours, type BinType, type BinColourMap } from './slots/binType.js';
export { parseCollectionDate, type DateContext } from './slots/collectionDate.js';
export { parseYesNo } from './slots/yesNo.js';
export { parseUkPhoneNumber, type UkPhoneNumber } from './slots/phone.js';
export { parsePersonName } from './slots/personName.js';
export { parseCallbackTime, type CallbackTime } from './slots/callbackTime.js';
export { parseDescription, descriptionLimits } from './slots/description.js';
export { parseCaseReference } from './slots/caseReference.js';
export { parseRoomsAffected, findRooms, rooms, type Room } from './slots/rooms.js';
export { parseExtent, extents, type Extent } from './slots/extent.js';
export { parseDuration, type Duration } from './slots/duration.js';
export { parseTenure, tenures, type Tenure } from './slots/tenure.js';
export { parseAccessTimes } from './slots/accessTimes.js';
export { findRepairItem, repairItems, type RepairItem } from './slots/repairItem.js';
export { extractSlotsFromText, type ExtractedSlots } from './extractSlots.js';
