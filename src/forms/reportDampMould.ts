import type { CasePriority } from '../cases/caseSystem.js';
import { dampMouldNextSteps, type DampMouldNextSteps, type DampMouldRoute } from '../serviceRequests/rules.js';
import {
  extractSlotsFromText,
  parseDuration,
  parseExtent,
  parseRoomsAffected,
  type Duration,
  type Extent,
  type Room,
  type Tenure,
} from '../serviceRequests/slots.js';
import { addressFromPlace, addressSlots, fullAddress, prefilledAddress, type AddressDetails } from './addressSlots.js';
import { submitCase } from './caseSubmission.js';
import { choicesOf, fixedQuestion, tenureSlot, yesNoSlot } from './commonSlots.js';
import { contactSlots, type ContactDetails } from './contactSlots.js';
import type { FormDefinition } from './formDefinition.js';
import type { DetailLine, FormEnding } from './formResult.js';

/** The landlord is asked before the address: only council tenants get a council case. */
interface DampMouldDetails extends AddressDetails, ContactDetails {
  rooms: Room[];
  extent: Extent;
  duration: Duration;
  vulnerableOccupant: boolean;
  tenure: Tenure;
}

const extentNames: Readonly<Record<Extent, string>> = {
  'small-patch': 'A small patch',
  'one-wall': 'One wall',
  'one-room': 'One whole room',
  'several-rooms': 'Several rooms',
  'whole-home': 'The whole home',
};

/** Why the council does not record this report itself, said before the steps the rules give. */
const notOursBecause: Readonly<Record<Exclude<DampMouldRoute, 'council-landlord'>, string>> = {
  'housing-association': "Your housing association is your landlord, so they must put this right and I haven't logged it with the council.",
  'environmental-health': "As you rent from a private landlord, this isn't a council repair, so I haven't logged it as one. Our environmental health team can help if your landlord doesn't act.",
  'owner-advice': "As you own your home, this isn't a council repair, so I haven't logged it.",
};

const bulleted = (steps: string[]): string => steps.map((step) => `- ${step}`).join('\n');

/** An emergency hazard under Awaab's Law (see the rules) is an emergency case. */
const casePriority = (nextSteps: DampMouldNextSteps): CasePriority => (nextSteps.hazard === 'emergency' ? 'emergency' : 'urgent');

/** The health effects the form noticed in what the resident said. */
const healthEffectsNoted = (noticed: readonly DetailLine[]): boolean => noticed.some((line) => line.label === healthEffectsLabel);
const healthEffectsLabel = 'Health effects';

/** Said before the next question when the resident mentions health effects: see a GP or call NHS 111, and 999 if breathing is hard. */
function healthAdvice(severe: boolean): string {
  const urgent = 'If anyone is struggling to breathe, has blue lips or is too breathless to speak, call 999 now.';
  return severe
    ? `${urgent} I'll mark this report as urgent for the housing team.`
    : "I'm sorry to hear it's affecting someone's health. Please speak to your GP or call NHS 111 about the symptoms, and I'll make sure the housing team sees this first. " + urgent;
}

export const reportDampMouldForm: FormDefinition<DampMouldDetails> = {
  id: 'report-damp-mould',
  title: 'your damp and mould report',
  intro: "I can help with damp and mould in your home. I'll ask a few short questions.",
  slots: {
    rooms: {
      label: 'Rooms affected',
      ask: fixedQuestion('Which rooms have damp or mould? You can name more than one.', choicesOf('Bathroom', 'Bedroom', 'Kitchen', 'Living room')),
      help: 'Knowing the rooms helps find the cause, such as a leak, poor ventilation or condensation.',
      parse: parseRoomsAffected,
      describe: (rooms) => rooms.join(', '),
    },
    extent: {
      label: 'How much is affected',
      ask: fixedQuestion('How much is affected?', choicesOf(...Object.values(extentNames))),
      help: 'How far it has spread helps decide how quickly it must be dealt with.',
      parse: parseExtent,
      describe: (extent) => extentNames[extent],
    },
    duration: {
      label: 'How long',
      ask: fixedQuestion('How long has it been there? For example "3 weeks", "a few months" or "since last winter".'),
      help: 'Damp that has been there a long time can mean a leak or a fault in the building.',
      parse: parseDuration,
      describe: (duration) => duration.description,
    },
    vulnerableOccupant: yesNoSlot({
      label: 'Health or vulnerability',
      text: 'Does anyone living there have asthma or another breathing problem, or a weak immune system, or is anyone a baby or young child, older, or pregnant?',
      help: 'Damp and mould are more dangerous for these people, which makes the work more urgent.',
    }),
    tenure: tenureSlot('Who must fix damp and mould, and how fast, depends on who owns your home.'),
    ...addressSlots('your home'),
    ...contactSlots<DampMouldDetails>('We use it to arrange the inspection and to send you the written summary of what we found and will do.'),
  },
  fromPlace: addressFromPlace,
  freeText: {
    rooms: 'the rooms with damp or mould',
    extent: 'how far it has spread: a small patch, one wall, one room, several rooms or the whole home',
    duration: 'how long the damp or mould has been there',
  },
  prefill(text, { now, profile }) {
    const { location, extent, duration, vulnerableOccupant, healthEffects, tenure, contact, personName, ...address } = extractSlotsFromText(text, now, profile);
    return {
      ...(location ? { rooms: [location] } : {}),
      ...(extent && { extent }),
      ...(duration && { duration }),
      // Someone whose health the mould is already affecting is someone it is dangerous for.
      ...((vulnerableOccupant || healthEffects) && { vulnerableOccupant: true }),
      ...(tenure && { tenure }),
      ...(contact && { contact }),
      ...(personName && { name: personName }),
      ...prefilledAddress(address),
    };
  },
  notice(text, { now, profile }) {
    const { healthEffects, vulnerableOccupant } = extractSlotsFromText(text, now, profile);
    if (!healthEffects) return undefined;
    const who = vulnerableOccupant ? ` (${vulnerableOccupant.who})` : '';
    return {
      lines: [{ label: healthEffectsLabel, value: `${healthEffects.effects.join(', ')}${who}${healthEffects.severe ? ': breathing difficulty' : ''}` }],
      say: healthAdvice(healthEffects.severe),
    };
  },
  check({ tenure, vulnerableOccupant, extent }, { profile }): FormEnding | undefined {
    if (tenure === undefined || vulnerableOccupant === undefined || extent === undefined) return undefined;
    const { route, steps } = dampMouldNextSteps({ tenure, vulnerableOccupant, extent }, profile);
    if (route === 'council-landlord') return undefined;
    return { kind: 'not-logged', reason: route, reply: { text: `${notOursBecause[route]}\n\n${bulleted(steps)}` } };
  },
  confirm: true,
  async submit(details, context) {
    const nextSteps = dampMouldNextSteps({ ...details, healthEffects: healthEffectsNoted(context.noticed) }, context.profile);
    return submitCase(context, {
      type: 'damp-mould',
      priority: casePriority(nextSteps),
      details: { ...details, address: fullAddress(details), hazard: nextSteps.hazard },
      nextSteps: `Under Awaab's Law, this is what happens next:\n${bulleted(nextSteps.steps)}`,
      logged: 'Your damp and mould report is logged.',
    });
  },
};
