import {
  accept,
  extractSlotsFromText,
  parsePostcode,
  parseStreetAddress,
  reprompt,
  type ExtractedSlots,
  type Postcode,
  type SlotResult,
  type StreetAddress,
} from '../serviceRequests/slots.js';
import { accepted, fixedQuestion } from './commonSlots.js';
import type { FormContext, SlotTable } from './formDefinition.js';

export interface AddressDetails {
  postcode: Postcode;
  streetAddress: StreetAddress;
  /** Asked only when the street was given without a number or name, e.g. "Holly Road". */
  houseNumber?: string;
}

/** A bare street such as "Holly Road": no digits, no comma before a house name, a few words at most. */
const isBareStreet = (street: string): boolean => !/\d/.test(street) && !street.includes(',') && street.split(/\s+/).length <= 3;

/** "Like I said", "I told you": said beside an answer given again, never part of it ("9, like I said" was kept whole, caller trial 30, C30-02). */
const saidAgain = /^(?:i (?:already )?(?:said|told you)|like i said|as i said)[,.!:]?\s*(?:it'?s\s+)?|[,.!;]?\s*(?:like|as) i (?:already )?(?:said|told you|wrote)\b.*$|[,.!;]\s*i (?:already )?(?:said|told you)\b.*$/gi;

function parseHouseNumberOrName(text: string): SlotResult<string> {
  const answer = text.trim().replace(/\s+/g, ' ').replace(saidAgain, '').trim().replace(/^(?:house |door )?(?:number|no\.?)\s*(?=\d)/i, '');
  if (answer.length > 60 || !/\d|\p{L}{3}/u.test(answer)) {
    return reprompt('Please give just the house number or name, for example 14 or Rose Cottage.');
  }
  return accept(answer);
}

/** Postcode, street and house: what a crew or a repairs team needs to find the home. `place` says whose, e.g. "your home". */
export function addressSlots(place: string): SlotTable<AddressDetails> {
  return {
    postcode: {
      label: 'Postcode',
      ask: fixedQuestion(`What is the postcode of ${place}?`),
      help: 'The postcode tells us which area and collection round or repairs team covers the address.',
      parse: parsePostcode,
      outOfTurn: (text) => accepted(parsePostcode(text)),
      describe: (postcode) => postcode,
    },
    streetAddress: {
      label: 'Address',
      ask: fixedQuestion(`What is the house number or name and the street of ${place}? For example, 14 Holly Road.`),
      help: 'With the postcode, the house number and street let the team find the right door.',
      parse: parseStreetAddress,
      describe: (address) => address,
    },
    houseNumber: {
      label: 'House number or name',
      applies: (details) => details.streetAddress !== undefined && isBareStreet(details.streetAddress),
      dependsOn: 'streetAddress',
      ask: (details) => ({ text: `What is the house number or name on ${details.streetAddress ?? 'that street'}?` }),
      help: 'There are many homes on a street, so we need the house number or name to find yours.',
      parse: parseHouseNumberOrName,
      describe: (house) => house,
    },
  };
}

/** The postcode and street from a resident's first message, when they gave them. */
export function prefilledAddress({ postcode, streetAddress }: ExtractedSlots): Partial<AddressDetails> {
  return { ...(postcode ? { postcode } : {}), ...(streetAddress ? { streetAddress } : {}) };
}

/** The postcode and street in the address of a location the resident shared, e.g. "14 Holly Road, Northbrook NB1 1AA". */
export const addressFromPlace = (address: string, { now, profile }: FormContext): Partial<AddressDetails> =>
  prefilledAddress(extractSlotsFromText(address, now, profile));

/** "14 Holly Road, NB1 1AA", as the service reads it on the case. */
export const fullAddress = ({ postcode, streetAddress, houseNumber }: AddressDetails): string =>
  `${houseNumber ? `${houseNumber} ` : ''}${streetAddress}, ${postcode}`;
