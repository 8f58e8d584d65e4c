import { repairElsewhereSteps, repairPriority } from '../serviceRequests/rules.js';
import {
  extractSlotsFromText,
  namesRepairItem,
  parseAccessTimes,
  parseDescription,
  parseDuration,
  parseRoomsAffected,
  type Duration,
  type Room,
  type Tenure,
} from '../serviceRequests/slots.js';
import { localIsoDate } from '../serviceRequests/calendarDate.js';
import { assessSafety } from '../triage/safety.js';
import { addressFromPlace, addressSlots, fullAddress, prefilledAddress, type AddressDetails } from './addressSlots.js';
import { submitCase } from './caseSubmission.js';
import { choicesOf, fixedQuestion, tenureSlot, yesNoSlot } from './commonSlots.js';
import { contactSlots, type ContactDetails } from './contactSlots.js';
import type { FormDefinition } from './formDefinition.js';

/** What is wrong comes first, so an emergency is recognised before anything else is asked. */
interface RepairDetails extends AddressDetails, ContactDetails {
  description: string;
  location: Room[];
  duration: Duration;
  vulnerableOccupant: boolean;
  accessTimes: string;
  tenure: Tenure;
}

export const reportRepairForm: FormDefinition<RepairDetails> = {
  id: 'report-repair',
  title: 'your repair report',
  intro: "I can report a repair to your council home. I'll ask a few short questions.",
  emergencyIntro: "I'll log this as an emergency repair, so it is dealt with first. I'll ask a few short questions.",
  slots: {
    description: {
      label: 'What is wrong',
      ask: fixedQuestion('What is wrong? Please describe the problem, for example "the kitchen tap is leaking under the sink".'),
      help: 'A clear description lets us send the right trade with the right parts, and decide how urgent it is.',
      parse: parseDescription,
      inOwnWords: true,
      describe: (description) => description,
    },
    location: {
      label: 'Where in the home',
      ask: fixedQuestion('Where in your home is the problem?', choicesOf('Kitchen', 'Bathroom', 'Bedroom', 'Living room', 'Outside')),
      help: 'Knowing the room helps the team find the problem quickly when they visit.',
      parse: parseRoomsAffected,
      describe: (rooms) => rooms.join(', '),
    },
    duration: {
      label: 'Since when',
      ask: fixedQuestion('How long has this been a problem? For example "2 days", "a few weeks" or "since last winter".'),
      help: 'How long a problem has gone on helps the team judge the damage it may have caused.',
      parse: parseDuration,
      describe: (duration) => duration.description,
    },
    vulnerableOccupant: yesNoSlot({
      label: 'Anyone vulnerable at home',
      text: 'Does anyone living there have a disability or a serious illness, or is anyone elderly, pregnant or a young child?',
      help: 'Some repairs are more urgent when someone vulnerable lives there, for example a heating fault for an older person.',
    }),
    accessTimes: {
      label: 'Access times',
      ask: fixedQuestion('When can the repairs team get into your home?', choicesOf('Any time', 'Weekday mornings', 'Weekday afternoons')),
      help: 'The team will plan the visit for a time someone is in.',
      parse: parseAccessTimes,
      describe: (times) => times,
    },
    // Never asked: the form is for council homes. Taken when the resident says who their landlord is, so a private tenant is not promised a council visit.
    tenure: tenureSlot('The council repairs the homes it rents out; other landlords repair theirs.', { applies: () => false }),
    ...addressSlots('your home'),
    ...contactSlots<RepairDetails>('The repairs team uses it to arrange a time to visit.'),
  },
  fromPlace: addressFromPlace,
  freeText: {
    description: 'what is broken or wrong in the home, in the resident\'s own words',
    location: 'the room or part of the home where the problem is',
    duration: 'how long it has been a problem, e.g. "two days" or "since last winter"',
    accessTimes: 'when the repairs team can get into the home',
  },
  prefill(text, { now, profile, priority }) {
    const { location, duration, vulnerableOccupant, tenure, contact, personName, ...address } = extractSlotsFromText(text, now, profile);
    // A message that names the broken thing ("my boiler has stopped"), or the emergency being reported, describes the problem.
    // Not any message said under an emergency: "yes, there's my baby" made no heating an emergency, but it is not what is broken.
    const description = namesRepairItem(text) || (priority === 'emergency' && assessSafety(text).emergency !== null) ? parseDescription(text) : undefined;
    return {
      ...(description?.ok ? { description: description.value } : {}),
      ...(location ? { location: [location] } : {}),
      ...(duration && { duration }),
      ...(vulnerableOccupant && { vulnerableOccupant: true }),
      ...(tenure && { tenure }),
      ...(contact && { contact }),
      ...(personName && { name: personName }),
      ...prefilledAddress(address),
    };
  },
  check(details, { priority, profile }) {
    // An emergency is said first whoever the landlord is; after its advice, "Report it" still needs the right landlord.
    const emergency = priority === 'emergency' || details.description === undefined ? null : assessSafety(details.description).emergency;
    if (emergency) return { kind: 'emergency', emergency };
    if (details.tenure && details.tenure !== 'council-tenant') {
      const { route, reason, steps } = repairElsewhereSteps(details.tenure, profile);
      return { kind: 'not-logged', reason: route, reply: { text: `${reason}\n\n${steps.map((step) => `- ${step}`).join('\n')}` } };
    }
    return undefined;
  },
  confirm: true,
  async submit(details, context) {
    const { profile } = context;
    const assessment = repairPriority(
      {
        description: details.description,
        location: details.location.join(' '),
        vulnerableOccupant: details.vulnerableOccupant,
        emergencyDetected: context.priority === 'emergency' && assessSafety(details.description).emergency !== null,
        reportedOn: localIsoDate(context.now, profile.council.timezone),
      },
      profile,
    );
    return submitCase(context, {
      type: 'repair',
      priority: assessment.priority,
      details: { ...details, address: fullAddress(details), priorityBasis: assessment.basis },
      // A logged emergency is not a call-out: the resident still rings now, so the team acts tonight rather than when the log is read (caller trial 11, F1).
      nextSteps:
        assessment.priority === 'emergency'
          ? `We've given it emergency priority: we aim to ${assessment.promise}. Please ring us now as well, so the team can act at once: ${profile.council.phone} in opening hours, or ${profile.council.outOfHoursRepairsPhone} at any other time.`
          : `We've given it ${assessment.priority} priority: we aim to ${assessment.promise}. ` +
            `If it becomes an emergency, call us on ${profile.council.phone}, or ${profile.council.outOfHoursRepairsPhone} out of hours.`,
      logged: 'Your repair is logged.',
    });
  },
};
