import { describeDate, type IsoDate } from '../serviceRequests/calendarDate.js';
import { missedBinEligibility, type MissedBinEligibility } from '../serviceRequests/rules.js';
import { extractSlotsFromText, parseBinType, parseCollectionDate, type BinType, type Contact } from '../serviceRequests/slots.js';
import { addressFromPlace, addressSlots, fullAddress, prefilledAddress, type AddressDetails } from './addressSlots.js';
import { submitCase } from './caseSubmission.js';
import { accepted, choicesOf, fixedQuestion, yesNoSlot } from './commonSlots.js';
import { confirmationContactSlot } from './contactSlots.js';
import type { FormContext, FormDefinition } from './formDefinition.js';
import type { FormEnding } from './formResult.js';

/** Asked in this order: the rules can turn a report away from the first three, before any address is asked. */
interface MissedBinDetails extends AddressDetails {
  binType: BinType;
  collectionDate: IsoDate;
  contaminationTag: boolean;
  /** Asked for garden bins only: garden waste is a paid subscription. */
  gardenSubscription?: boolean;
  /** Where to send a confirmation, or declined. */
  contact: Contact;
}

const binNames: Readonly<Record<BinType, string>> = {
  refuse: 'General rubbish',
  recycling: 'Recycling',
  garden: 'Garden waste',
  food: 'Food waste',
  communal: 'Communal bin',
};

type RuleDetails = Pick<MissedBinDetails, 'binType' | 'collectionDate' | 'contaminationTag' | 'gardenSubscription'>;

const decide = ({ binType, collectionDate, contaminationTag, gardenSubscription }: RuleDetails, { profile, now }: FormContext): MissedBinEligibility =>
  missedBinEligibility({ binType, collectionDate, contaminationTag, gardenSubscriptionActive: gardenSubscription, now }, profile);

/** A report the rules turn away is explained, not logged. */
const notLogged = ({ reason, explanation }: Extract<MissedBinEligibility, { eligible: false }>): FormEnding => ({
  kind: 'not-logged',
  reason,
  reply: { text: explanation },
});

/** As soon as the rule has what it needs, a report it turns away ends before the address is asked. */
function turnedAway(details: Partial<MissedBinDetails>, context: FormContext): FormEnding | undefined {
  const { binType, collectionDate, contaminationTag, gardenSubscription } = details;
  if (binType === undefined || collectionDate === undefined || contaminationTag === undefined) return undefined;
  const decision = decide({ binType, collectionDate, contaminationTag, gardenSubscription }, context);
  // The subscription is not needed to turn a report away for anything else: a garden bin out of season ends before it is asked.
  return decision.eligible ? undefined : notLogged(decision);
}

/**
 * A tag told before it is asked: "there's a sticker on it saying contaminated" is a yes, "no tag or anything" a no; otherwise
 * undefined, and the question is asked. Asked again, a resident who had said so answered "yes I just told you that" (caller trial 29, H29-02).
 */
function tagTold(text: string): boolean | undefined {
  if (/\bno (?:tag|sticker|label|note)s?\b|\b(?:didn'?t|did not|never) (?:leave|put) (?:a|any) (?:tag|sticker|label|note)/i.test(text)) return false;
  return /\b(?:tag|tagged|sticker|label|hanger|note)\b[^.!?]{0,60}\b(?:contaminat\w*|wrong (?:things|items|stuff|bin))|\bcontaminat\w*\b[^.!?]{0,40}\b(?:tag|sticker|label|hanger)\b/i.test(text) ? true : undefined;
}

export const reportMissedBinForm: FormDefinition<MissedBinDetails> = {
  id: 'report-missed-bin',
  title: 'your missed bin report',
  intro: "I can report a missed bin collection. I'll ask a few short questions.",
  slots: {
    binType: {
      label: 'Bin type',
      ask: fixedQuestion('Which bin was missed?', choicesOf(...Object.values(binNames))),
      help: 'Each bin is emptied by a different crew, so we need to know which one to send back.',
      parse: (text) => parseBinType(text),
      describe: (binType) => binNames[binType],
    },
    collectionDate: {
      label: 'Collection day',
      ask: fixedQuestion('Which day should it have been collected?', choicesOf('Today', 'Yesterday')),
      help: 'Missed bins can only be collected again if they are reported soon after the collection day.',
      parse: (text, { now, profile }) => parseCollectionDate(text, { now, timeZone: profile.council.timezone }),
      outOfTurn: (text, { now, profile }) => accepted(parseCollectionDate(text, { now, timeZone: profile.council.timezone })),
      describe: describeDate,
    },
    contaminationTag: yesNoSlot({
      label: 'Contamination tag',
      text: 'Did the crew leave a tag or sticker on the bin saying it had the wrong things in it?',
      help: "Crews don't empty a bin with the wrong things in it; they leave a tag to say so. That isn't a missed collection.",
    }),
    gardenSubscription: yesNoSlot({
      label: 'Garden waste subscription',
      text: 'Do you have a current garden waste subscription for this address?',
      help: 'Garden waste is collected only for homes with a paid garden waste subscription.',
      applies: (details) => details.binType === 'garden',
      dependsOn: 'binType',
    }),
    ...addressSlots('the address where the bin was missed'),
    contact: confirmationContactSlot<MissedBinDetails>(),
  },
  fromPlace: addressFromPlace,
  freeText: {
    binType: 'which bin was missed: general rubbish, recycling, garden waste, food waste or a communal bin',
    collectionDate: 'the day the bin should have been collected, e.g. "Tuesday" or "yesterday"',
  },
  prefill(text, { now, profile }) {
    const { binType, collectionDate, contact, ...address } = extractSlotsFromText(text, now, profile);
    const tagged = tagTold(text);
    return { ...(binType ? { binType } : {}), ...(collectionDate ? { collectionDate } : {}), ...(tagged !== undefined && { contaminationTag: tagged }), ...(contact && { contact }), ...prefilledAddress(address) };
  },
  check: turnedAway,
  confirm: true,
  async submit(details, context) {
    // Decided again at submit: a report confirmed just after midnight may have run out of time.
    const decision = decide(details, context);
    if (!decision.eligible) return notLogged(decision);
    return submitCase(context, {
      type: 'missed-bin',
      priority: 'normal',
      details: { ...details, address: fullAddress(details) },
      nextSteps: `${decision.promise} Please leave the bin out where it is until then.`,
      logged: 'Your missed bin report is logged.',
    });
  },
};
