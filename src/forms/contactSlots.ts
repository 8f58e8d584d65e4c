import { parseContact, parsePersonName, parseUkPhoneNumber, reprompt, type Contact, type SlotResult } from '../serviceRequests/slots.js';
import { accepted, fixedQuestion } from './commonSlots.js';
import type { SlotDefinition } from './formDefinition.js';

export const describeContact = (contact: Contact): string => {
  switch (contact.kind) {
    case 'phone':
      return contact.phone.display;
    case 'email':
      return contact.email;
    case 'phone-and-email':
      return `${contact.phone.display}, ${contact.email}`;
    case 'declined':
      return 'None given';
  }
};

/** A phone number or e-mail address given before it was asked; a "no thanks" is an answer only to its own question. */
const givenContact = (text: string): Contact | undefined => {
  const contact = accepted(parseContact(text));
  return contact?.kind === 'declined' ? undefined : contact;
};

/** A run of ten or more digits written as a phone number is ("07700 900456", "+44 (0)20 7946 0000"). */
const phoneShaped = /\+?\d[\d ()-]{8,}\d/;

/** A phone number given before it was asked that cannot be rung back: which, and the phone parser's reason. */
const refusedNumber = (text: string): string | undefined => {
  const number = phoneShaped.exec(text)?.[0];
  if (!number || number.replace(/\D/g, '').length < 10 || givenContact(text)) return undefined;
  const phone = parseUkPhoneNumber(number);
  return phone.ok ? undefined : `I couldn't use ${number}: ${phone.reprompt.charAt(0).toLowerCase()}${phone.reprompt.slice(1).replace(/ Please give .*$/, '')}`;
};

export interface ContactDetails {
  name: string;
  contact: Contact;
}

/** A decline is an answer only where the service can go ahead without a way to reach the resident. */
const required =
  (why: string) =>
  (text: string): SlotResult<Contact> => {
    const contact = parseContact(text);
    return contact.ok && contact.value.kind === 'declined' ? reprompt(`We need a phone number or an e-mail address for this. ${why}`) : contact;
  };

/**
 * A name and a way to reach the resident, for a case someone must arrange access for or write to
 * (a repair; damp and mould, whose written summary Awaab's Law requires). Both are needed, and
 * the resident is told why.
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
      parse: required(why),
      outOfTurn: givenContact,
      notTaken: refusedNumber,
      describe: describeContact,
    },
  };
}

/** An optional way to send a confirmation: a missed bin can be logged without one. */
export function confirmationContactSlot<Details extends { contact: Contact }>(): SlotDefinition<Details, Contact> {
  return {
    label: 'Confirmation',
    ask: fixedQuestion('Would you like a confirmation? Give a mobile number or an e-mail address, or choose No thanks.', [{ label: 'No thanks' }]),
    help: "We'll send your reference and what happens next. You don't have to give one.",
    parse: parseContact,
    outOfTurn: givenContact,
    notTaken: refusedNumber,
    describe: describeContact,
  };
}
