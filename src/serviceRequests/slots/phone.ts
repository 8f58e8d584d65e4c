import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { accept, reprompt, type SlotResult } from './slotResult.js';

export interface UkPhoneNumber {
  /** +447400123456 */
  e164: string;
  /** 07400 123456, the way a UK resident writes it */
  display: string;
  kind: 'mobile' | 'landline';
}

/** A UK mobile or landline we can call back; freephone, premium and non-UK numbers are refused. */
export function parseUkPhoneNumber(text: string): SlotResult<UkPhoneNumber> {
  const number = parsePhoneNumberFromString(text.trim(), 'GB');
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
