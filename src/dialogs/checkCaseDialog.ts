import type { CaseRecord, CaseStatus, CaseType } from '../cases/caseSystem.js';
import { describeDate, localIsoDate } from '../serviceRequests/calendarDate.js';
import { extractSlotsFromText, parseCaseReference } from '../serviceRequests/slots.js';
import type { CouncilProfile } from '../profile/councilProfile.js';
import type { FlowDefinition } from './flowDefinition.js';

interface CheckCaseDetails {
  reference: string;
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

function statusText(record: CaseRecord, profile: CouncilProfile): string {
  const reported = describeDate(localIsoDate(new Date(record.createdAt), profile.council.timezone));
  const lines = [`${record.reference} is a ${caseNames[record.type]} made on ${reported}. Status: ${statusNames[record.status]}.`];
  if (record.nextSteps && record.status !== 'closed') lines.push(`What happens next: ${record.nextSteps}`);
  return lines.join('\n\n');
}

export const checkCaseFlow: FlowDefinition<CheckCaseDetails> = {
  id: 'check-case',
  intro: 'I can check on something you have reported.',
  slots: {
    reference: {
      label: 'Reference',
      ask: (_details, { profile }) => ({ text: `What is your reference? It looks like ${profile.council.referencePrefix}-REP-000123.` }),
      help: 'The reference was in the message you got when you reported it.',
      parse: (text, { profile }) => parseCaseReference(text, profile.council.referencePrefix),
      describe: (reference) => reference,
    },
  },
  prefill(initialText, { now, profile }) {
    const { caseReference } = extractSlotsFromText(initialText, now, profile);
    return caseReference ? { reference: caseReference } : {};
  },
  confirm: false,
  async submit({ reference }, { cases, profile }) {
    const record = await cases.find(reference);
    if (!record) {
      return {
        kind: 'case-status',
        reference,
        found: false,
        reply: {
          text:
            `I can't find a case with the reference ${reference}. Please check it against the message you got when you reported it. ` +
            `If it is right, please call us on ${profile.council.phone}. We're open ${profile.council.openingHours.summary}.`,
        },
      };
    }
    return { kind: 'case-status', reference: record.reference, found: true, reply: { text: statusText(record, profile) } };
  },
};
