import { Dialog, type DialogContext, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import type { BotReply } from '../bot/reply.js';
import type { CaseCheckGuard } from '../cases/caseCheckGuard.js';
import type { CaseSystem } from '../cases/caseSystem.js';
import { renderReply } from '../channels/render.js';
import type { SlotSpecs } from '../llm/slotExtractor.js';
import type { CouncilProfile } from '../profile/councilProfile.js';
import {
  changeMenuHelp,
  changeMenuReply,
  changeMenuReprompt,
  readChangeChoice,
  readConfirmAnswer,
  summaryHelp,
  summaryReply,
  summaryReprompt,
  type ChangeOption,
} from './confirmStep.js';
import type { ServiceDialogId } from './dialogIds.js';
import type { FlowContext, FlowDefinition, SlotDefinition, SubmitContext } from './flowDefinition.js';
import type { ConversationConcern, DetailLine, FlowEnding, ServiceDialogResult } from './serviceDialogResult.js';
import { combineEvidence, evidenceIn, evidenceLines, type SharedEvidence } from './sharedEvidence.js';
import { commandsHint, failedAnswersBeforeAdvisor, readSlotAnswer, repromptSlot, slotHelp } from './slotPrompt.js';

export interface FlowOptions {
  /** The resident's first message, whose details fill slots before any question. */
  initialText?: string;
  priority?: ConversationConcern;
  /** Set by "start again": the flow opens with an acknowledgement rather than its introduction. */
  restarting?: boolean;
  /** Photos or a location the resident sent before the flow started. */
  evidence?: SharedEvidence;
}

/** Finds details in free text (the LLM's slot extraction); resolves to what it found, or nothing. */
export type DetailReader = <Details>(text: string, slots: SlotSpecs<Details>) => Promise<Partial<Details>>;

export interface FlowDependencies {
  cases: CaseSystem;
  caseChecks: CaseCheckGuard;
  profile: CouncilProfile;
  now: () => Date;
  /** Present when an LLM is configured. */
  readDetails?: DetailReader;
}

/** Where the flow is waiting; persisted with the conversation, so plain JSON only. */
type FlowStep =
  | { kind: 'asking'; slot: string; failures: number }
  | { kind: 'confirming'; failures: number }
  | { kind: 'choosing-change'; failures: number };

interface FlowState<Details> {
  details: Partial<Details>;
  step: FlowStep;
  priority?: ConversationConcern;
  /** Photos and a location sent during the flow, for the case. */
  evidence?: SharedEvidence;
}

/** What the parent component needs from any flow to act on commands given at any step. */
export interface ServiceFlow {
  readonly flowId: ServiceDialogId;
  sendHelp(dc: DialogContext): Promise<void>;
  restart(dc: DialogContext): Promise<DialogTurnResult>;
  detailsSoFar(instance: DialogInstance): DetailLine[];
}

function activeInstance<Details>(dc: DialogContext): DialogInstance<FlowState<Details>> {
  const instance = dc.activeDialog;
  if (!instance) throw new Error('a flow dialog was run with no active dialog instance');
  return instance as DialogInstance<FlowState<Details>>;
}

type SlotName<Details> = keyof Details & string;

/** A question with a sentence before it: an introduction, or an acknowledgement of what was just sent. */
const withLead = (question: BotReply, lead: string | undefined): BotReply => (lead ? { ...question, text: `${lead}\n\n${question.text}` } : question);

/**
 * Runs a declared flow as a botbuilder dialog: asks each missing detail in order, re-prompts
 * with the parser's specific message, hands over to an advisor after repeated failures, applies
 * the flow's rules after every answer, then shows a Confirm / Change summary and submits.
 */
export class FlowDialog<Details extends object> extends Dialog<FlowOptions> implements ServiceFlow {
  readonly flowId: ServiceDialogId;
  private readonly slotNames: SlotName<Details>[];

  constructor(
    private readonly flow: FlowDefinition<Details>,
    private readonly dependencies: FlowDependencies,
  ) {
    super(flow.id);
    this.flowId = flow.id;
    this.slotNames = Object.keys(flow.slots) as SlotName<Details>[];
  }

  override async beginDialog(dc: DialogContext, options: FlowOptions = {}): Promise<DialogTurnResult> {
    const context = { ...this.context(), ...(options.priority && { priority: options.priority }) };
    const { evidence } = options;
    // Kept on the instance for `advance`, which writes the rest of the state.
    if (evidence) activeInstance<Details>(dc).state.evidence = evidence;
    const typed = options.initialText ? await this.detailsIn(options.initialText, context) : {};
    const details = { ...typed, ...this.detailsFromPlace(evidence, context) };
    const lead = options.restarting ? "OK, let's start again." : `${this.flow.intro} ${commandsHint}`;
    return this.advance(dc, details, options.priority, lead);
  }

  /** A shared location's address fills the flow's address details, when it has one the flow can read. */
  private detailsFromPlace(evidence: SharedEvidence | undefined, context: FlowContext): Partial<Details> {
    const address = evidence?.place?.address;
    return (address && this.flow.fromPlace?.(address, context)) || {};
  }

  /** The flow's own extractors first; the model is asked only for the free-text details they missed. */
  private async detailsIn(text: string, context: FlowContext): Promise<Partial<Details>> {
    const found: Partial<Details> = this.flow.prefill?.(text, context) ?? {};
    const readDetails = this.dependencies.readDetails;
    const missed = (Object.entries(this.flow.freeText ?? {}) as [SlotName<Details>, string][]).filter(([name]) => found[name] === undefined);
    if (!readDetails || missed.length === 0) return found;
    const specs = Object.fromEntries(
      missed.map(([name, description]) => [name, { description, parse: (words: string) => this.slot(name).parse(words, context) }]),
    ) as SlotSpecs<Details>;
    return { ...(await readDetails(text, specs)), ...found };
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = activeInstance<Details>(dc).state;
    const text = (dc.context.activity.text ?? '').trim();
    const shared = evidenceIn(dc.context.activity);
    if (shared) {
      state.evidence = combineEvidence(state.evidence, shared);
      const fromPlace = this.detailsFromPlace(shared, this.context());
      if (Object.keys(fromPlace).length > 0) return this.advance(dc, { ...state.details, ...fromPlace }, state.priority, "Thanks, I've used the address of the location you sent.");
      // A photo with nothing typed, or a location the flow has no use for, is not an answer: say it is kept and ask again.
      if (!text || shared.place) {
        await this.send(dc, withLead(this.currentQuestion(state), "Thanks, I've added that to your report."));
        return Dialog.EndOfTurn;
      }
    }
    const { step, details } = state;
    if (step.kind === 'asking') {
      const name = step.slot as SlotName<Details>;
      const slot = this.slot(name);
      const answer = readSlotAnswer(slot, text, details, this.context());
      if (!answer.ok) return this.retry(dc, state, repromptSlot(slot, answer.reprompt, details, this.context()));
      return this.advance(dc, { ...details, [name]: answer.value }, state.priority);
    }
    if (step.kind === 'confirming') {
      const answer = readConfirmAnswer(text, this.changeOptions(details));
      if (!answer) return this.retry(dc, state, summaryReprompt(this.lines(details, state.evidence)));
      if (answer.decision === 'confirm') return this.submit(dc, details, state.priority);
      if (answer.slot) return this.change(dc, state, answer.slot);
      state.step = { kind: 'choosing-change', failures: 0 };
      await this.send(dc, changeMenuReply(this.changeOptions(details)));
      return Dialog.EndOfTurn;
    }
    const choice = readChangeChoice(text, this.changeOptions(details));
    if (!choice) return this.retry(dc, state, changeMenuReprompt(this.changeOptions(details)));
    if (choice === 'keep') return this.advance(dc, details, state.priority);
    return this.change(dc, state, choice.slot);
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    await context.sendActivity(renderReply(this.currentQuestion((instance as DialogInstance<FlowState<Details>>).state)));
  }

  async sendHelp(dc: DialogContext): Promise<void> {
    const { step, details, evidence } = activeInstance<Details>(dc).state;
    const help =
      step.kind === 'asking'
        ? slotHelp(this.slot(step.slot as SlotName<Details>), details, this.context())
        : step.kind === 'confirming'
          ? summaryHelp(this.lines(details, evidence))
          : changeMenuHelp(this.changeOptions(details));
    await this.send(dc, help);
  }

  restart(dc: DialogContext): Promise<DialogTurnResult> {
    const { priority } = activeInstance<Details>(dc).state;
    const options: FlowOptions = priority ? { priority, restarting: true } : { restarting: true };
    return dc.replaceDialog(this.id, options);
  }

  detailsSoFar(instance: DialogInstance): DetailLine[] {
    const { details, evidence } = (instance as DialogInstance<FlowState<Details>>).state;
    return this.lines(details, evidence);
  }

  /** After each answer: a deciding rule ends the flow; otherwise ask what is missing, then confirm or submit. */
  private async advance(dc: DialogContext, details: Partial<Details>, priority: ConversationConcern | undefined, lead?: string): Promise<DialogTurnResult> {
    const ending = await this.flow.check?.(details, this.submitContext(dc, priority));
    if (ending) return this.end(dc, details, ending);
    const missing = this.slotNames.find((name) => this.applies(name, details) && details[name] === undefined);
    if (!missing && !this.flow.confirm) return this.submit(dc, details, priority);
    const step: FlowStep = missing ? { kind: 'asking', slot: missing, failures: 0 } : { kind: 'confirming', failures: 0 };
    const { evidence } = activeInstance<Details>(dc).state;
    const state: FlowState<Details> = { details, step, ...(priority && { priority }), ...(evidence && { evidence }) };
    activeInstance(dc).state = state;
    await this.send(dc, withLead(this.currentQuestion(state), lead));
    return Dialog.EndOfTurn;
  }

  private currentQuestion({ step, details, evidence }: FlowState<Details>): BotReply {
    if (step.kind === 'asking') return this.slot(step.slot as SlotName<Details>).ask(details, this.context());
    return step.kind === 'confirming' ? summaryReply(this.lines(details, evidence)) : changeMenuReply(this.changeOptions(details));
  }

  /** A changed detail is asked again; details that depend on it are cleared, as they may no longer fit. */
  private change(dc: DialogContext, state: FlowState<Details>, slotName: string): Promise<DialogTurnResult> {
    const cleared: Partial<Details> = { ...state.details };
    for (const name of this.slotNames) if (name === slotName || this.slot(name).dependsOn === slotName) delete cleared[name];
    return this.advance(dc, cleared, state.priority);
  }

  private async retry(dc: DialogContext, state: FlowState<Details>, reprompt: BotReply): Promise<DialogTurnResult> {
    state.step.failures += 1;
    if (state.step.failures >= failedAnswersBeforeAdvisor) {
      return this.end(dc, state.details, { kind: 'needs-advisor', reason: 'repeated-invalid-answers' });
    }
    await this.send(dc, reprompt);
    return Dialog.EndOfTurn;
  }

  private async submit(dc: DialogContext, details: Partial<Details>, priority: ConversationConcern | undefined): Promise<DialogTurnResult> {
    // Only details that apply now are sent: a garden subscription answer is dropped if the bin type changed.
    const applicable: Partial<Details> = { ...details };
    for (const name of this.slotNames) if (!this.applies(name, details)) delete applicable[name];
    const ending = await this.flow.submit(
      // Every applicable slot has a value by now: advance only submits when none is missing.
      applicable as Details,
      this.submitContext(dc, priority),
    );
    return this.end(dc, details, ending);
  }

  private end(dc: DialogContext, details: Partial<Details>, ending: FlowEnding | { kind: 'needs-advisor'; reason: 'repeated-invalid-answers' }): Promise<DialogTurnResult> {
    const result: ServiceDialogResult = { ...ending, flow: this.flowId, details: this.lines(details, activeInstance<Details>(dc).state.evidence) };
    return dc.endDialog(result);
  }

  private slot(name: SlotName<Details>): SlotDefinition<Details, unknown> {
    return this.flow.slots[name];
  }

  private applies(name: SlotName<Details>, details: Partial<Details>): boolean {
    return this.slot(name).applies?.(details) ?? true;
  }

  private lines(details: Partial<Details>, evidence?: SharedEvidence): DetailLine[] {
    return this.slotNames
      .filter((name) => this.applies(name, details) && details[name] !== undefined)
      .map((name) => ({ label: this.slot(name).label, value: this.slot(name).describe(details[name]) }))
      .concat(evidenceLines(evidence));
  }

  private changeOptions(details: Partial<Details>): ChangeOption[] {
    return this.slotNames.filter((name) => this.applies(name, details)).map((name) => ({ slot: name, label: this.slot(name).label }));
  }

  /** Where cases are and who is asking, for the flow's check and its submit. */
  private submitContext(dc: DialogContext, priority: ConversationConcern | undefined): SubmitContext {
    const { activity } = dc.context;
    const { evidence } = activeInstance<Details>(dc).state;
    return {
      ...this.context(),
      cases: this.dependencies.cases,
      caseChecks: this.dependencies.caseChecks,
      channel: activity.channelId,
      conversationId: activity.conversation.id,
      userId: activity.from.id,
      ...(priority ? { priority } : {}),
      ...(evidence && { evidence }),
    };
  }

  private context(): FlowContext {
    return { profile: this.dependencies.profile, now: this.dependencies.now() };
  }

  private async send(dc: DialogContext, reply: BotReply): Promise<void> {
    await dc.context.sendActivity(renderReply(reply));
  }
}
