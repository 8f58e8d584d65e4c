import type { ActionDialogId } from '../knowledge/article.js';
import type { ServiceDialogId } from '../dialogs/serviceDialogs.js';
import { findCaseReference } from '../cases/caseReference.js';
import type { TopicId } from '../triage/topics.js';

/**
 * Which service-request flow a message starts, if any. Questions ("how long does a repair
 * take?") get a grounded answer with the flow as a button; reports ("the bath tap is
 * leaking", "report a repair") start the flow, with the message's details filled in.
 */
const reportingTopics: Partial<Record<TopicId, ServiceDialogId>> = {
  repairs: 'report-repair',
  'damp-mould': 'report-damp-mould',
  'missed-bin': 'report-missed-bin',
};

const questionStart = /^(how|what|when|where|why|who|which|can|could|do|does|did|is|are|will|would|should|shall|am|may|have|has)\b/;
const reportVerb = /\b(report|log|book|raise|arrange|send (someone|somebody)|come (and|to) (fix|look)|needs? (fixing|repairing|sorting))\b/;
const caseCheck = /\b(check|track|update on|progress|status|chase|chasing|follow up)\b.*\b(case|report|repair|request|reference|complaint)\b/;
const callBack = /\b(call|ring|phone) me( back)?\b|\bcall ?back\b/;

const normalised = (text: string): string => text.toLowerCase().replace(/[’']/g, '').replace(/\s+/g, ' ').trim();

const isQuestion = (text: string): boolean => text.endsWith('?') || questionStart.test(text);

/** `confident`: retrieval found an article it trusts, so the topic is not a guess. */
export function flowForMessage(text: string, topic: TopicId, confident: boolean, referencePrefix: string): ServiceDialogId | undefined {
  const message = normalised(text);
  if (findCaseReference(text, referencePrefix) || caseCheck.test(message)) return 'check-case';
  if (callBack.test(message)) return 'request-callback';
  const flow = reportingTopics[topic];
  if (!flow) return undefined;
  if (reportVerb.test(message)) return flow;
  // A statement about a confidently recognised problem is a report; a question gets an answer first.
  return confident && !isQuestion(message) ? flow : undefined;
}

/** The flow a menu button starts ("Report a repair"); article buttons are matched from what was offered. */
export const menuFlows: Readonly<Record<string, ActionDialogId>> = {
  'report a repair': 'report-repair',
  // The choice under an emergency reply: an emergency repair report.
  'report it': 'report-repair',
  'report damp or mould': 'report-damp-mould',
  'report a missed bin': 'report-missed-bin',
  'check a case': 'check-case',
  'request a call back': 'request-callback',
};

export function flowForChoice(text: string, offered: { label: string; dialog: ActionDialogId }[]): ActionDialogId | undefined {
  const message = normalised(text);
  return menuFlows[message] ?? offered.find((action) => normalised(action.label) === message)?.dialog;
}

/** The topic a flow belongs to, for routing metrics and handoffs. */
export const flowTopics: Readonly<Record<ServiceDialogId, TopicId | undefined>> = {
  'report-repair': 'repairs',
  'report-damp-mould': 'damp-mould',
  'report-missed-bin': 'missed-bin',
  'check-case': undefined,
  'request-callback': 'contact-human',
};
