import type { BotReply } from '../bot/reply.js';
import type { CaseCheckGuard } from '../cases/caseCheckGuard.js';
import type { CaseSystem } from '../cases/caseSystem.js';
import type { CouncilProfile } from '../profile/councilProfile.js';
import type { SlotResult } from '../serviceRequests/slots.js';
import type { ServiceDialogId } from './dialogIds.js';
import type { SharedEvidence } from './sharedEvidence.js';
import type { ConversationConcern, FlowEnding } from './serviceDialogResult.js';

/** What every step of a flow may read: the council's facts and the time of this turn. */
export interface FlowContext {
  profile: CouncilProfile;
  now: Date;
  /** The conversation raised an emergency or safeguarding concern earlier. */
  priority?: ConversationConcern;
}

/** What submitting (and a flow's check) needs besides the details: where cases are, and who is asking. */
export interface SubmitContext extends FlowContext {
  cases: CaseSystem;
  /** Wrong second factors per case, across conversations. */
  caseChecks: CaseCheckGuard;
  channel: string;
  conversationId: string;
  /** The channel's id for the resident (activity.from.id). */
  userId: string;
  /** Photos and a location the resident sent, for the case. */
  evidence?: SharedEvidence;
}

/** One detail a flow collects; `Value` is what the parser returns and what is stored (plain JSON). */
export interface SlotDefinition<Details, Value> {
  /** Names the detail in the summary and the "what would you like to change" menu. */
  label: string;
  /** The question, with choices when the answer is one of a few. */
  ask(details: Partial<Details>, context: FlowContext): BotReply;
  /** Why we ask, shown with the question again when the resident types "help". */
  help: string;
  parse(text: string, context: FlowContext): SlotResult<Value>;
  describe(value: Value): string;
  /** Asked only when this holds, e.g. the garden-waste subscription for garden bins. */
  applies?(details: Partial<Details>): boolean;
  /** Cleared when this other detail is changed, as its answer may no longer fit. */
  dependsOn?: keyof Details;
}

/** One slot definition per detail, in the order they are asked. */
export type SlotTable<Details> = { [Key in keyof Details]-?: SlotDefinition<Details, Exclude<Details[Key], undefined>> };

/** A whole service-request flow, declared once; FlowDialog runs it as a botbuilder dialog. */
export interface FlowDefinition<Details> {
  id: ServiceDialogId;
  /** The first thing the resident reads. */
  intro: string;
  slots: SlotTable<Details>;
  /** Details already given in the resident's first message. */
  prefill?(initialText: string, context: FlowContext): Partial<Details>;
  /**
   * Details a language model may find in the first message when `prefill` missed them, with what
   * the model is told about each. Its words still go through the slot's own parser.
   */
  freeText?: Partial<Record<keyof Details, string>>;
  /** Details the address of a shared location gives (a WhatsApp location), for flows that ask an address. */
  fromPlace?(address: string, context: FlowContext): Partial<Details>;
  /** Runs after every answer: a rule that already decides the outcome ends the flow before more questions. */
  check?(details: Partial<Details>, context: SubmitContext): FlowEnding | undefined | Promise<FlowEnding | undefined>;
  /** Whether the resident sees a Confirm / Change summary before submit. */
  confirm: boolean;
  submit(details: Details, context: SubmitContext): Promise<FlowEnding>;
}
