import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import { findEmailAddress, spokenAnswerEmail, type EmailAddress } from './email.js';
import { parseUkPhoneNumber, type UkPhoneNumber } from './phone.js';
import { accept, reprompt, tidy, type SlotResult } from './slotResult.js';

/** A way to reach the resident about their case: a UK phone number, an e-mail address, or both. */
export type ContactDetails =
  | { kind: 'phone'; phone: UkPhoneNumber }
  | { kind: 'email'; email: EmailAddress }
  | { kind: 'phone-and-email'; phone: UkPhoneNumber; email: EmailAddress };

/** The answer to "how can we reach you?": details, or a decline where the service allows one. */
export type Contact = ContactDetails | { kind: 'declined' };

const decline =
  /^(?:no|nope|nah|no thanks|no thank you|no ta|i'?d rather not(?: say| give it| give one)?|rather not(?: say)?|i'?d prefer not(?: to(?: say)?)?|prefer not(?: to(?: say)?)?|skip(?: it| this| that)?|pass|not now|none|i don'?t want to(?: give it| say)?|don'?t want to(?: give it| say)?)(?:,? that'?s all|,? that is all)?(?:,? thanks|,? thank you)?$/;

/** A phone number said as one the resident called, not one to call them on: "I rang 01632 960000 twice". */
const calledNotMine = /\b(called|rang|rung|phoned|dialled|dialed|tried|ringing|calling)\b(?!.*\b(me|my|mine)\b)[^.!?]*$/i;

/**
 * Where a UK number may be written: a 0 or a + and then ten digits, one space, dash, dot or
 * bracket between any two. libphonenumber is shown only these places and a few characters either
 * side: its search throws and catches for every run of digits it tries, so 2,000 characters of
 * "0. 0. 0." held the event loop at every form question (outside attack 16b, N7), and every form
 * answer is searched ("Confirm", "NB1 1AA").
 */
const likelyUkNumber = /(?:\+|(?<!\p{Nd})0)(?:(?:[ \-.]|\) ?| ?\()?\p{Nd}){9}/gu;
/** Room before a likely number for its opening bracket, and after it for the last digits and an extension. */
const [roomBefore, roomAfter] = [2, 12];
/** A UK number is written in three or four groups at most ("+44 (0) 7700 900123"): "0.0.0.0.0" is no number. */
const separatorsAtMost = 4;
/** Likely numbers looked at in one message: a resident gives one or two. */
const likelyNumbersAtMost = 8;

/**
 * The resident's own UK phone number written anywhere in `text`: "call me on 07700 900123 after 5".
 * Possible numbers are looked at too (`extended`), so a mobile in a block libphonenumber does not
 * list yet is taken as `parseUkPhoneNumber` takes it; that parser still refuses what is not a number to call.
 */
function findUkPhoneNumber(text: string): UkPhoneNumber | undefined {
  let looked = 0;
  for (const likely of text.matchAll(likelyUkNumber)) {
    if ((likely[0].match(/[^\p{Nd}+]+/gu)?.length ?? 0) > separatorsAtMost) continue;
    if ((looked += 1) > likelyNumbersAtMost) break;
    const from = Math.max(0, likely.index - roomBefore);
    for (const found of findPhoneNumbersInText(text.slice(from, likely.index + likely[0].length + roomAfter), { defaultCountry: 'GB', extended: true })) {
      const [start, end] = [from + found.startsAt, from + found.endsAt];
      // A UK number is written from its 0 or +44; bare digits are more often an account number.
      if (!/^[0+(]/.test(text.slice(start, end))) continue;
      if (calledNotMine.test(text.slice(0, start))) continue;
      const phone = parseUkPhoneNumber(found.number.number);
      if (phone.ok) return phone.value;
    }
  }
  return undefined;
}

const combine = (phone: UkPhoneNumber | undefined, email: EmailAddress | undefined): ContactDetails | undefined =>
  phone && email ? { kind: 'phone-and-email', phone, email } : phone ? { kind: 'phone', phone } : email ? { kind: 'email', email } : undefined;

/**
 * A phone number or e-mail address inside a longer message ("call me on 07700 900123 after 5",
 * "email me at sam@example.com"), so a form that needs a way to reach the resident need not ask.
 * A number the resident says they called, a service number or a foreign number is not theirs to be called on.
 */
export function findContact(text: string): ContactDetails | undefined {
  return combine(findUkPhoneNumber(text), findEmailAddress(text));
}

/**
 * The answer to "What's the best phone number or e-mail address to reach you?": a UK phone number,
 * an e-mail address, or a clear decline ("I'd rather not", "no thanks", "skip").
 */
export function parseContact(text: string): SlotResult<Contact> {
  const answer = tidy(text).toLowerCase().replace(/[‘’]/g, "'").replace(/[.!]+$/, '');
  if (decline.test(answer)) return accept({ kind: 'declined' });
  const spoken = spokenAnswerEmail(text);
  if (spoken) return accept({ kind: 'email', email: spoken });
  const details = findContact(text);
  if (details) return accept(details);
  // A number that is not one we can call gets the phone parser's own reason.
  if (/\d{5,}/.test(answer.replace(/[\s()-]/g, '')) && !answer.includes('@')) {
    const phone = parseUkPhoneNumber(text);
    if (!phone.ok) return reprompt(phone.reprompt);
  }
  return reprompt('Please give a UK phone number, such as 07400 123456, or an e-mail address, such as sam.patel@example.com.');
}
