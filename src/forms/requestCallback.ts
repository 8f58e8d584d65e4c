import type { CouncilProfile } from '../profile/councilProfile.js';
import { extractSlotsFromText, parseCallbackTime, parsePersonName, parseUkPhoneNumber, type CallbackTime, type UkPhoneNumber } from '../serviceRequests/slots.js';
import { submitCase } from './caseSubmission.js';
import { accepted, choicesOf, fixedQuestion } from './commonSlots.js';
import type { FormDefinition } from './formDefinition.js';

interface CallbackDetails {
  name: string;
  phone: UkPhoneNumber;
  bestTime: CallbackTime;
}

const describeTime = (time: CallbackTime): string => (time.period === 'at' ? `At ${time.time}` : time.period === 'any' ? 'Any time' : `In the ${time.period}`);

/** What happens next, without the number or time: it is read back to whoever checks the case. */
export const callbackNextSteps = (profile: CouncilProfile): string =>
  `An advisor will call you during our opening hours: ${profile.council.openingHours.summary}.`;

export const requestCallbackForm: FormDefinition<CallbackDetails> = {
  id: 'request-callback',
  title: 'your call back request',
  intro: 'I can ask one of our advisors to call you back.',
  slots: {
    name: {
      label: 'Name',
      ask: fixedQuestion('What name should we ask for when we call?'),
      help: 'The advisor will ask for you by this name, so they know they are speaking to the right person.',
      parse: parsePersonName,
      describe: (name) => name,
    },
    phone: {
      label: 'Phone number',
      ask: fixedQuestion('What UK phone number should we call? A mobile, or a landline with its area code.'),
      help: 'We can only call UK mobiles and landlines.',
      parse: parseUkPhoneNumber,
      outOfTurn: (text) => accepted(parseUkPhoneNumber(text)),
      describe: (phone) => phone.display,
    },
    bestTime: {
      label: 'Best time to call',
      ask: fixedQuestion('When is the best time to call you?', choicesOf('Morning', 'Afternoon', 'Any time')),
      help: 'We will try to call when it suits you.',
      parse: parseCallbackTime,
      describe: describeTime,
    },
  },
  prefill(text, { now, profile }) {
    const { personName, contact } = extractSlotsFromText(text, now, profile);
    const phone = contact && 'phone' in contact ? contact.phone : undefined;
    return { ...(personName && { name: personName }), ...(phone && { phone }) };
  },
  freeText: {
    bestTime: 'when the resident would like to be called, e.g. "in the morning"',
  },
  confirm: true,
  async submit(details, context) {
    return submitCase(context, {
      type: 'callback',
      priority: 'normal',
      details: { ...details },
      nextSteps: callbackNextSteps(context.profile),
      logged: `Your call back request is logged: we'll call ${details.phone.display} (${describeTime(details.bestTime).toLowerCase()}).`,
    });
  },
};
