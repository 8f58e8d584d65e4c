import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { accept, reprompt, type SlotResult } from './slotResult.js';

export interface UkPhoneNumber {
  /** +447400123456 */
  e164: string;
  /** 07400 123456, the way a UK resident writes it */
  display: string;
  kind: 'mobile' | 'landline';
}

/** Ofcom's mobile numbers for films and TV (07700 900000 to 900999): no phone has one. */
export const isDramaMobile = (e164: string): boolean => /^\+447700900\d{3}$/.test(e164);

/**
 * A UK mobile number's shape (07, not 070 personal or 076 pager numbers, then nine digits).
 * libphonenumber's ranges lag Ofcom's allocations, so a mobile in a block it does not know yet
 * ("07911 654321" as a caller said it) is still taken, not refused as "not a UK phone number".
 */
const isMobileShaped = (e164: string): boolean => /^\+447[1-57-9]\d{8}$/.test(e164);

/** A UK mobile or landline we can call back; freephone, premium and non-UK numbers are refused. */
export function parseUkPhoneNumber(text: string): SlotResult<UkPhoneNumber> {
  const number = parsePhoneNumberFromString(text.trim(), 'GB');
  if (number && isDramaMobile(number.number)) return reprompt("That number is one of those kept for films and TV, so no phone has it. Please give your own mobile or landline number.");
  if (number && !number.isValid() && isMobileShaped(number.number)) return accept({ e164: number.number, display: number.formatNational(), kind: 'mobile' });
  if (!number || !number.isValid()) {
    return reprompt("That doesn't look like a UK phone number. Please give a mobile such as 07400 123456 or a landline with its area code, such as 020 7946 0000.");
  }
  if (number.countryCallingCode !== '44') {
    return reprompt('We can only call UK numbers. Please give a UK mobile or landline number.');
  }
  const type = number.getType();
  const kind = type === 'MOBILE' ? 'mobile' : type === 'FIXED_LINE' || type === 'FIXED_LINE_OR_MOBILE' ? 'landline' : undefined;
  if (!kind) {
    return reprompt("That number is a service number we can't call back on. Please give your own mobile or landline number.");
  }
  return accept({ e164: number.number, display: number.formatNational(), kind });
}
