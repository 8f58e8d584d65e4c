import type { CaseRecord, CaseStatus, CaseType } from '../cases/caseSystem.js';
import type { BotReply } from '../reply.js';
import { describeDate, localIsoDate } from '../serviceRequests/calendarDate.js';
import { exampleReference, extractSlotsFromText, parseCaseReference, parseSecondFactor, type SecondFactor } from '../serviceRequests/slots.js';
import type { CouncilProfile } from '../profile/councilProfile.js';
import { proves, raisedBy } from './caseAccess.js';
import { fixedQuestion } from './commonSlots.js';
import type { FormDefinition } from './formDefinition.js';
import { callbackNextSteps } from './requestCallback.js';
import type { FormEnding } from './formResult.js';

interface CheckCaseDetails {
  reference: string;
  /** Asked of everyone but the resident who raised the case, whether or not the reference exists, so asking says nothing. */
  secondFactor: SecondFactor;
}

const caseNames: Readonly<Record<CaseType, string>> = {
  repair: 'repair',
  'damp-mould': 'damp and mould report',
  'missed-bin': 'missed bin report',
  callback: 'call back request',
};

const statusNames: Readonly<Record<CaseStatus, string>> = {
  received: "we've received it and are passing it to the team that deals with it",
  'sent-to-service': 'it is with the team that deals with it',
  'in-progress': 'the team is working on it',
  closed: 'it is closed',
};

/** A call back's next step is said afresh: those recorded before references were random named the number and time. */
const nextStepsOf = (record: CaseRecord, profile: CouncilProfile): string | undefined =>
  record.type === 'callback' ? callbackNextSteps(profile) : record.nextSteps;

/** Reference, type, status, date and what happens next: never the case's details, which are personal. */
function statusText(record: CaseRecord, profile: CouncilProfile): string {
  const reported = describeDate(localIsoDate(new Date(record.createdAt), profile.council.timezone));
  const lines = [`${record.reference} is a ${caseNames[record.type]} made on ${reported}. Status: ${statusNames[record.status]}.`];
  const nextSteps = nextStepsOf(record, profile);
  if (nextSteps && record.status !== 'closed') lines.push(`What happens next: ${nextSteps}`);
  return lines.join('\n\n');
}

const shown = (record: CaseRecord, profile: CouncilProfile): FormEnding => ({
  kind: 'case-status',
  reference: record.reference,
  shown: true,
  reply: { text: statusText(record, profile) },
});

/** The same words for an unknown reference and for details that do not match, so a reply never tells whether a case exists. */
export function caseNotShown(profile: CouncilProfile): BotReply {
  return {
    text:
      "I can't show a case for those details. Please check the reference against the message you got when you reported it, " +
      `and give the postcode or phone number you gave then. If you need more help, please call us on ${profile.council.phone}. ` +
      `We're open ${profile.council.openingHours.summary}.`,
  };
}

export const checkCaseForm: FormDefinition<CheckCaseDetails> = {
  id: 'check-case',
  title: 'checking your case',
  intro: 'I can check on something you have reported.',
  slots: {
    reference: {
      label: 'Reference',
      ask: (_details, { profile }) => ({ text: `What is your reference? It looks like ${exampleReference(profile.council.referencePrefix)}.` }),
      help: 'The reference was in the message you got when you reported it.',
      parse: (text, { profile }) => parseCaseReference(text, profile.council.referencePrefix),
      describe: (reference) => reference,
    },
    secondFactor: {
      label: 'Postcode or phone digits',
      ask: fixedQuestion('To keep your details safe, please tell me the postcode you gave when you reported it, or the last 4 digits of the phone number you gave.'),
      help: 'We only show a case to the person who reported it. The postcode or phone number you gave then shows it is yours.',
      parse: parseSecondFactor,
      // Not repeated back, even to an advisor: it is only a key.
      describe: () => 'Given',
    },
  },
  prefill(text, { now, profile }) {
    const { caseReference } = extractSlotsFromText(text, now, profile);
    return caseReference ? { reference: caseReference } : {};
  },
  confirm: false,
  /** The resident who raised the case sees it at once. */
  async check({ reference, secondFactor }, context) {
    if (reference === undefined || secondFactor !== undefined) return undefined;
    const record = await context.cases.find(reference);
    return record && raisedBy(record, context) ? shown(record, context.profile) : undefined;
  },
  async submit({ reference, secondFactor }, context) {
    const record = await context.cases.find(reference);
    if (record && raisedBy(record, context)) return shown(record, context.profile);
    // Counted per case across conversations, and the lock holds even for the right answer, so guessing the digits gets nowhere.
    if (record && !(await context.caseChecks.locked(record.reference))) {
      if (proves(record, secondFactor)) return shown(record, context.profile);
      await context.caseChecks.failed(record.reference);
    }
    return { kind: 'case-status', reference, shown: false, reply: caseNotShown(context.profile) };
  },
};
