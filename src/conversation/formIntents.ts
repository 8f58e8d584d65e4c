import type { ActionTarget } from '../knowledge/article.js';
import type { FormId } from '../forms/formIds.js';
import { findCaseReference } from '../cases/caseReference.js';
import { findRepairItem } from '../serviceRequests/slots.js';
import type { TopicId } from '../triage/topics.js';

/**
 * Which form a message starts, if any. Questions ("how long does a repair take?") get a grounded
 * answer with the form as a button; reports ("the bath tap is leaking", "report a repair") start
 * the form, with the message's details filled in.
 */
const reportingTopics: Partial<Record<TopicId, FormId>> = {
  repairs: 'report-repair',
  'damp-mould': 'report-damp-mould',
  'missed-bin': 'report-missed-bin',
};

/** What is wrong with a fitting, or that it needs putting right: a repair named by its fault. */
const repairFault = /\b(repair|repairs|broken|leak\w*|drip\w*|blocked|cracked|smashed|damaged|faulty|not working|stopped working|wont (work|open|close|lock|flush|turn))\b/;
/**
 * What a report must name before its form starts: "book me a GP appointment" or "renew my passport"
 * may be routed near repairs, but they name nothing a council repairs, so they are answered (with
 * the right signpost), never turned into a form.
 */
const namesItsSubject: Readonly<Record<'report-repair' | 'report-damp-mould' | 'report-missed-bin', (message: string) => boolean>> = {
  'report-repair': (message) => findRepairItem(message) !== undefined || repairFault.test(message),
  'report-damp-mould': (message) => /\b(damp|mould|mold|mildew|condensation|wet walls?|black spots?)\b/.test(message),
  'report-missed-bin': (message) => /\b(bins?|collect\w*|caddy|caddies|rubbish|recycling|waste|refuse)\b/.test(message),
};

/** The forms that take a report of a problem, each started when a message names its subject. */
export const reportForms = ['report-damp-mould', 'report-repair', 'report-missed-bin'] as const;
export type ReportForm = (typeof reportForms)[number];

/** Whether a form takes a report of a problem (`reportForms`). */
export const isReportForm = (form: FormId): form is ReportForm => (reportForms as readonly FormId[]).includes(form);

/** Whether the text names what a report is about (damp and mould, a repair, a bin). */
export const namesSubjectOf = (form: ReportForm, text: string): boolean => namesItsSubject[form](normalised(text));

const questionStart = /^(how|what|when|where|why|who|which|can|could|do|does|did|is|are|will|would|should|shall|am|may|have|has)\b/;
const reportVerb = /\b(report|log|book|raise|arrange|send (someone|somebody)|come (and|to) (fix|look)|needs? (fixing|repairing|sorting))\b/;
/**
 * How long there is to report something: a question about the rules, answered from the article, not a report. "How long can I
 * report a missed bin after" started the form, and "no I'm asking how many days I've got" was taken for a wrong bin (caller trial
 * 29, H29-04).
 */
const asksHowLongToReport = /\b(how (long|many days|soon|late|far back)|(until|by) when|time ?limit|deadline|too late)\b.*\b(report|log)\b|\b(report|log)\b.*\b(how (long|many days|soon)|time ?limit|deadline|too late)\b/;
const caseCheck = /\b(check|track|update on|progress|status|chase|chasing|follow up)\b.*\b(case|report|repair|request|reference|complaint)\b/;
/**
 * Asking after something already reported: "whats happening with my bin report", "any news on my
 * repair", "I reported a leak last week, any update?". It names the resident's own report (or says
 * they reported it) and asks how it stands; a new report never asks that.
 */
const statusQuestion = /\b(whats? (happening|going on|happened)|what is (happening|going on)|what happened|any (news|update|word|progress)|heard (nothing|anything)( back)?|where are (you|we)( up to)? with|hows it going with|how is it going with)\b/;
const ownReport = /\b(my|our|the) (\w+ )?(case|report|repair|request|complaint|job)\b|\b(i|we) (reported|logged|raised|rang about|called about)\b/;
const callBack = /\b(call|ring|phone) me( back)?\b|\bcall ?back\b/;

const normalised = (text: string): string => text.toLowerCase().replace(/[’']/g, '').replace(/\s+/g, ' ').trim();

/** A question rather than a report or an answer: it ends with a question mark or opens like one. */
export const isQuestion = (text: string): boolean => {
  const message = normalised(text);
  return message.endsWith('?') || questionStart.test(message);
};

/** A case check named outright: "check case N B C…", "can you track my reference". */
const namedCaseCheck = /\b(check|track|chase|chasing|update on|status of)\b.*\b(case|reference)\b/;

/**
 * A case check in the middle of a form: a reference, or a check named outright. Looser words
 * ("the status light", "a follow up repair") describe a problem there, not a check.
 */
export const asksForCaseCheck = (text: string, referencePrefix: string): boolean => findCaseReference(text, referencePrefix) !== undefined || namedCaseCheck.test(normalised(text));

/** `confident`: retrieval found an article it trusts, so the topic is not a guess. */
export function formForMessage(text: string, topic: TopicId, confident: boolean, referencePrefix: string): FormId | undefined {
  const message = normalised(text);
  if (findCaseReference(text, referencePrefix) || caseCheck.test(message) || (statusQuestion.test(message) && ownReport.test(message))) return 'check-case';
  // A report that also says "call me on …" is a report with a number in it, not a call back request.
  return reportFor(message, topic, confident) ?? (callBack.test(message) ? 'request-callback' : undefined);
}

function reportFor(message: string, topic: TopicId, confident: boolean): FormId | undefined {
  const form = reportingTopics[topic];
  if (!form || !namesItsSubject[form as keyof typeof namesItsSubject](message)) return undefined;
  if (asksHowLongToReport.test(message)) return undefined;
  if (reportVerb.test(message)) return form;
  // A statement about a confidently recognised problem is a report; a question gets an answer first.
  return confident && !isQuestion(message) ? form : undefined;
}

/**
 * Whether a message that names a home's fitting asks for it to be put right ("the back door lock is
 * broken", "can you send someone to fix the door") rather than only mentions it ("I have been
 * knocking on his door for ages").
 */
export const asksForARepair = (text: string): boolean => {
  const message = normalised(text);
  return reportVerb.test(message) || repairFault.test(message);
};

/** Whether a message asks in words for something to be reported or sent ("can you send someone", "report it"), not only tells of a fault. */
export const asksToReport = (text: string): boolean => reportVerb.test(normalised(text));

/** What a menu button starts ("Report a repair"); article buttons are matched from what was offered. A Map, as it is looked up by what the resident wrote. */
export const menuActions: ReadonlyMap<string, ActionTarget> = new Map(Object.entries({
  'report a repair': 'report-repair',
  // The choice under an emergency reply: an emergency repair report.
  'report it': 'report-repair',
  'report damp or mould': 'report-damp-mould',
  'report a missed bin': 'report-missed-bin',
  'check a case': 'check-case',
  'request a call back': 'request-callback',
  'talk to someone': 'talk-to-someone',
  'talk to an advisor now': 'talk-to-someone',
} satisfies Record<string, ActionTarget>));

/** "I want to", "I'd like to", "can I", "please": said before a menu action, it is still that action. */
const askedFor = /^(?:(?:i (?:want|need|would like|wanna) to|id like to|can i|could i|may i|please) )+/;

/**
 * The action a message names: a menu button's label, or an article button offered, with or without
 * "I want to" before it. "I want to report a repair" was routed by its words alone, and a topic
 * classifier that had learned "I want to…" from complaints took it for one.
 */
export function actionForChoice(text: string, offered: readonly { label: string; start: ActionTarget }[]): ActionTarget | undefined {
  const message = normalised(text).replace(askedFor, '').replace(/(?: please)?[.!]*$/, '');
  return menuActions.get(message) ?? offered.find((action) => normalised(action.label) === message)?.start;
}

/**
 * Topics a form's own answers are about: "the day the bin lorry comes" to "which day was it?"
 * sounds like collection days, but it is a (wrong) answer, not a new subject.
 */
export const formSubjects: Readonly<Record<FormId, readonly TopicId[]>> = {
  'report-repair': ['repairs', 'damp-mould'],
  'report-damp-mould': ['damp-mould', 'repairs'],
  'report-missed-bin': ['missed-bin', 'waste-collections', 'street-care'],
  'check-case': ['repairs', 'damp-mould', 'missed-bin', 'contact-human'],
  'request-callback': ['contact-human'],
};

/** The topic a form belongs to, for routing metrics and handoffs. */
export const formTopics: Readonly<Record<FormId, TopicId | undefined>> = {
  'report-repair': 'repairs',
  'report-damp-mould': 'damp-mould',
  'report-missed-bin': 'missed-bin',
  'check-case': undefined,
  'request-callback': 'contact-human',
};

/**
 * Coming back to a form after a pause: "sorry, back. where were we", "ok carry on", "what was the question?". The form's
 * question again, not the message routed: "sorry back. where were we" was offered a call back and the damp report was lost
 * (caller trial 31, C31-09).
 */
export const backToTheForm = (text: string): boolean => {
  // The last sentence says it: "sorry, had to answer the door. where were we" (re-check 31b, R31B-21).
  const last = normalised(text).split(/[.!?]+/).map((sentence) => sentence.trim()).filter(Boolean).at(-1) ?? '';
  return whereWereWe.test(last.replace(/[^a-z\s]/g, ' ').replace(/\s+/g, ' ').trim());
};
const whereWereWe =
  /^(?:(?:sorry|soz|ok|okay|right|hi|hello|yes|yeah|back|im back|i am back|i m back|again|now|so|about that|for that|anyway)\s*)*(?:where (?:were|was) (?:we|i)|what was (?:the|your|that) question|what (?:were|was) you asking|carry on|lets carry on|im back|i am back|i m back|back now|back again)(?:\s*(?:then|now|please|thanks|again))*$/;

/**
 * An answer with another report told after it: "about a month. oh and my recycling got missed again this morning" to a repair's
 * "how long?". The answer for this form, and the other report with its own words, kept to be offered once this one is made: the
 * whole message went into the repair's "since when", and the missed bin was never taken (caller trial 31, C31-10).
 */
export function anotherReportAfter(text: string, current: FormId): { answer: string; later: { form: ReportForm; said: string } } | undefined {
  const parts = text.split(/(?<=[.!?;])\s+|,?\s+(?=(?:oh |and )?(?:also|and also|plus|oh and|another thing|while i'?m (?:at it|here))\b)/i);
  for (let index = 1; index < parts.length; index += 1) {
    const answer = parts.slice(0, index).join(' ').trim();
    // "Oh and also my recycling…" is all the other report: nothing before it answers.
    if (!/\p{L}/u.test(answer.replace(/\b(?:oh|and|also|plus|so|um|er|right|ok|okay|well|then)\b/gi, ''))) continue;
    const rest = parts.slice(index).join(' ').trim();
    const form = reportForms.find((other) => other !== current && namesSubjectOf(other, rest));
    if (form) return { answer, later: { form, said: rest } };
  }
  return undefined;
}
