import type { BotReply } from '../reply.js';
import type { CaseCheckGuard } from '../cases/caseCheckGuard.js';
import type { CaseSystem } from '../cases/caseSystem.js';
import type { CouncilProfile } from '../profile/councilProfile.js';
import type { SlotResult } from '../serviceRequests/slots.js';
import type { FormId } from './formIds.js';
import type { SharedEvidence } from './sharedEvidence.js';
import type { ConversationConcern, DetailLine, FormEnding } from './formResult.js';

/** What every step of a form may read: the council's facts and the time of this turn. */
export interface FormContext {
  profile: CouncilProfile;
  now: Date;
  /** The conversation raised an emergency or safeguarding concern earlier. */
  priority?: ConversationConcern;
}

/** What submitting (and a form's check) needs besides the details: where cases are, and who is asking. */
export interface SubmitContext extends FormContext {
  cases: CaseSystem;
  /** Wrong second factors per case, across conversations. */
  caseChecks: CaseCheckGuard;
  channel: string;
  conversationId: string;
  /** The channel's id for the resident (activity.from.id). */
  userId: string;
  /**
   * What keys the case this submission raises: the form's own key (`FormState.caseKey`), or the
   * message whose turn submits (activity.id) for a form without one. A turn that wrote the case and
   * then failed leaves the form at its read-back; "Confirm" sent again finds that case, not a second.
   */
  caseKey?: string;
  /** Photos and a location the resident sent, for the case. */
  evidence?: SharedEvidence;
  /** What the form noticed in the resident's words without asking (see `notice`). */
  noticed: DetailLine[];
  /** What the conversation told the staff who take the case up (`FormStart.forStaff`). */
  forStaff?: DetailLine[];
}

/** What a form noticed: lines for the summary and the case, and what the reply says about it first. */
export interface Noticed {
  lines: DetailLine[];
  /** An acknowledgement with any advice it calls for ("I'm sorry to hear about the cough…"). */
  say?: string;
}

/** One detail a form collects; `Value` is what the parser returns and what is stored (plain JSON). */
export interface SlotDefinition<Details, Value> {
  /** Names the detail in the summary and the "what would you like to change" menu. */
  label: string;
  /** The question, with choices when the answer is one of a few. */
  ask(details: Partial<Details>, context: FormContext): BotReply;
  /** Why we ask, shown with the question again when the resident types "help". */
  help: string;
  parse(text: string, context: FormContext): SlotResult<Value>;
  describe(value: Value): string;
  /**
   * Reads an answer given while another question was asked: only a shape no other question's
   * answer has (a date, a postcode, a phone number or e-mail), never a bare "no" or a number.
   */
  outOfTurn?(text: string, context: FormContext): Value | undefined;
  /**
   * Something of this detail's shape said before it was asked that its parser refuses (a number that cannot be rung back): why,
   * said with the question when it comes. Asked in silence, a resident who had given "07700 900456" in their first message
   * reported being asked again for what they had just said (caller trial 28, C28-28).
   */
  notTaken?(text: string): string | undefined;
  /** The answer is the resident's own words (a description): anything long enough parses, so a question is not taken as one. */
  inOwnWords?: boolean;
  /** Asked only when this holds, e.g. the garden-waste subscription for garden bins, or only after a disclosure (`context.priority`). */
  applies?(details: Partial<Details>, context: FormContext): boolean;
  /** Cleared when this other detail is changed, as its answer may no longer fit. */
  dependsOn?: keyof Details;
}

/** One slot definition per detail, in the order they are asked. */
export type SlotTable<Details> = { [Key in keyof Details]-?: SlotDefinition<Details, Exclude<Details[Key], undefined>> };

/** A whole form, declared once; the form runner (formRunner.ts) runs it on plain state. */
export interface FormDefinition<Details> {
  id: FormId;
  /** How the conversation names the form in progress: "Back to your repair report: which room?". */
  title: string;
  /** The first thing the resident reads. */
  intro: string;
  /** Said instead of `intro` when the report follows emergency advice ("Report it"), so it is not heard as a routine form. */
  emergencyIntro?: string;
  slots: SlotTable<Details>;
  /** Details stated in what the resident says, before or instead of the answer asked for; only what is clear. */
  prefill?(text: string, context: FormContext): Partial<Details>;
  /** Things said that no question asks but the case should carry and the reply acknowledge (a cough, a baby). */
  notice?(text: string, context: FormContext): Noticed | undefined;
  /**
   * Details a language model may find in the first message when `prefill` missed them, with what
   * the model is told about each. Its words still go through the slot's own parser.
   */
  freeText?: Partial<Record<keyof Details, string>>;
  /** Details the address of a shared location gives (a WhatsApp location), for forms that ask an address. */
  fromPlace?(address: string, context: FormContext): Partial<Details>;
  /** Runs after every answer: a rule that already decides the outcome ends the form before more questions. */
  check?(details: Partial<Details>, context: SubmitContext): FormEnding | undefined | Promise<FormEnding | undefined>;
  /** Whether the resident sees a Confirm / Change summary before submit. */
  confirm: boolean;
  submit(details: Details, context: SubmitContext): Promise<FormEnding>;
}
