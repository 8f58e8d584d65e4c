import { z } from 'zod';
import { accept, parsePersonName, parseUkPhoneNumber, reprompt, type SlotResult, type UkPhoneNumber } from '../serviceRequests/slots.js';
import { fixedQuestion } from './commonSlots.js';
import type { SlotDefinition } from './formDefinition.js';

/** How the council can reach the resident about a case; `declined` only where the service can go ahead without one. */
export type Contact = { kind: 'phone'; phone: UkPhoneNumber } | { kind: 'email'; email: string } | { kind: 'declined' };

const email = z.string().email();
const declines = /^(no|no thanks?|no thank you|nope|rather not|i'?d rather not|skip|none|not needed|no need|don'?t need (one|it))\b/i;

/** A UK phone number or an e-mail address, checked; `mayDecline` accepts "no thanks". */
export function parseContact(text: string, mayDecline: boolean, why: string): SlotResult<Contact> {
  const answer = text.trim();
  if (mayDecline && declines.test(answer)) return accept({ kind: 'declined' });
  const address = /\S+@\S+/.exec(answer)?.[0]?.replace(/[.,;]+$/, '');
  if (address) {
    return email.safeParse(address).success
      ? accept({ kind: 'email', email: address.toLowerCase() })
      : reprompt("That e-mail address doesn't look complete. Please check it, for example name@example.com.");
  }
  const phone = parseUkPhoneNumber(answer);
  if (phone.ok) return accept({ kind: 'phone', phone: phone.value });
  return reprompt(`Please give a UK phone number (such as 07400 123456) or an e-mail address. ${why}`);
}

export const describeContact = (contact: Contact): string =>
  contact.kind === 'phone' ? contact.phone.display : contact.kind === 'email' ? contact.email : 'None given';

export interface ContactDetails {
  name: string;
  contact: Contact;
}

/**
 * A name and a way to reach the resident, for a case someone must arrange access for or write to
 * (a repair; damp and mould, whose written summary Awaab's Law requires). Both are needed: the
 * resident is told why.
 */
export function contactSlots<Details extends ContactDetails>(why: string): { name: SlotDefinition<Details, string>; contact: SlotDefinition<Details, Contact> } {
  return {
    name: {
      label: 'Your name',
      ask: fixedQuestion("What's your name?"),
      help: `We use your name to find your case when you call us. ${why}`,
      parse: (text) => {
        const name = parsePersonName(text);
        return name.ok ? name : reprompt('Please write just your name, for example Sam Patel.');
      },
      describe: (name) => name,
    },
    contact: {
      label: 'How to contact you',
      ask: fixedQuestion(`What's the best phone number or e-mail address to reach you? ${why}`),
      help: `A UK mobile or landline, or an e-mail address. ${why}`,
      parse: (text) => parseContact(text, false, why),
      describe: describeContact,
    },
  };
}

/** An optional way to send a confirmation (a missed bin can be logged without one). */
export function confirmationContactSlot<Details extends { contact: Contact }>(): SlotDefinition<Details, Contact> {
  return {
    label: 'Confirmation to',
    ask: fixedQuestion('Would you like a confirmation? Give a mobile number or an e-mail address, or choose No thanks.', [{ label: 'No thanks' }]),
    help: "We'll send your reference and what happens next. You don't have to give one.",
    parse: (text) => parseContact(text, true, "Or choose No thanks if you don't want a confirmation."),
    describe: describeContact,
  };
}
