import type { CasePriority } from '../cases/caseSystem.js';
import { dampMouldNextSteps, mouldHealthAdvice, type DampMouldNextSteps, type DampMouldRoute } from '../serviceRequests/rules.js';
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

/** The landlord is asked first: only council tenants get a council case, and a private renter or an owner is told where to go at once. */
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

export const reportDampMouldForm: FormDefinition<DampMouldDetails> = {
  id: 'report-damp-mould',
  title: 'your damp and mould report',
  intro: "I can help with damp and mould in your home. I'll ask a few short questions.",
  slots: {
    tenure: tenureSlot('Who must fix damp and mould, and how fast, depends on who owns your home.'),
    rooms: {
      label: 'Rooms affected',
      ask: fixedQuestion('Which rooms have damp or mould? You can name more than one.', choicesOf('Bathroom', 'Bedroom', 'Kitchen', 'Living room')),
      help: 'Knowing the rooms helps find the cause, such as a leak, poor ventilation or condensation.',
      parse: parseRoomsAffected,
      describe: (rooms) => rooms.join(', '),
      applies: ({ tenure }) => tenure !== 'housing-association',
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
      // A housing association tenant is told what their landlord must do: only how far it has spread and who lives there decide it.
      applies: ({ tenure }) => tenure !== 'housing-association',
    },
    vulnerableOccupant: yesNoSlot({
      label: 'Health or vulnerability',
      text: 'Does anyone living there have asthma or another breathing problem, or a weak immune system, or is anyone a baby or young child, older, or pregnant?',
      help: 'Damp and mould are more dangerous for these people, which makes the work more urgent.',
    }),
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
    const { healthEffects, vulnerableOccupant, tenure } = extractSlotsFromText(text, now, profile);
    if (!healthEffects) return undefined;
    // Someone else's tenant is told where to go, not that our housing team will see it.
    const reporting = tenure === undefined || tenure === 'council-tenant' ? 'reporting' : undefined;
    const who = vulnerableOccupant ? ` (${vulnerableOccupant.who})` : '';
    return {
      lines: [{ label: healthEffectsLabel, value: `${healthEffects.effects.join(', ')}${who}${healthEffects.severe ? ': breathing difficulty' : ''}` }],
      say: mouldHealthAdvice(healthEffects.severe, reporting),
    };
  },
  check({ tenure, vulnerableOccupant, extent }, { profile }): FormEnding | undefined {
    // A private renter's or an owner's steps do not depend on the rest, so they hear them before any more questions
    // (caller trial 30, C30-28: a private renter answered every question, then heard nothing was logged); a housing
    // association's timescales depend on who lives there and how far it has spread.
    if (tenure === undefined || (tenure === 'housing-association' && (vulnerableOccupant === undefined || extent === undefined))) return undefined;
    const { route, steps } = dampMouldNextSteps({ tenure, vulnerableOccupant: vulnerableOccupant ?? false, extent: extent ?? 'small-patch' }, profile);
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
