import type { CaseCheckGuard } from '../cases/caseCheckGuard.js';
import type { CaseSystem } from '../cases/caseSystem.js';
import type { SlotSpecs } from '../llm/slotExtractor.js';
import type { CouncilProfile } from '../profile/councilProfile.js';
import { asksOrTells, type BotReply } from '../reply.js';
import { saysCorrection } from '../serviceRequests/slots.js';
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
import type { FormContext, FormDefinition, SlotDefinition, SubmitContext } from './formDefinition.js';
import type { FormId } from './formIds.js';
import type { ConversationConcern, DetailLine, FormEnding, FormResult, InterruptedEnding } from './formResult.js';
import { globalCommand } from './globalCommands.js';
import { echoed } from './echoedText.js';
import { combineEvidence, evidenceLines, type SharedEvidence } from './sharedEvidence.js';
import { commandsHint, failedAnswersBeforeAdvisor, personOrAgain, readSlotAnswer, repromptSlot, slotHelp } from './slotPrompt.js';

/** Where a form is waiting. */
export type FormStep =
  | { kind: 'asking'; slot: string; failures: number }
  | { kind: 'confirming'; failures: number }
  | { kind: 'choosing-change'; failures: number };

/** A form in progress, kept in the conversation's memory between turns: plain JSON only. */
export interface FormState {
  form: FormId;
  details: Record<string, unknown>;
  step: FormStep;
  priority?: ConversationConcern;
  /** Photos and a location sent for the case. */
  evidence?: SharedEvidence;
  /** What the resident said that no question asks for but the case carries (a cough, a baby). */
  noticed?: DetailLine[];
  /**
   * Keys the case this form raises: "form:" and the id of the message that started it. Keyed by the
   * message that sent "Confirm" instead, a turn that wrote the case and then lost its database left
   * the form at its read-back, and the resident's "Confirm" again raised a second case with another
   * reference (PostgreSQL trials 20 and 21, PG20-03, PG21-01 and PG21-02).
   */
  caseKey?: string;
  /** Why a detail said before its question was not taken (`SlotDefinition.notTaken`), by slot: said once, with its question. */
  notTaken?: Record<string, string>;
  /** `FormStart.forStaff`, kept for the case. */
  forStaff?: DetailLine[];
}

/** Finds details in free text (the LLM's slot extraction); resolves to what it found, or nothing. */
export type DetailReader = <Details>(text: string, slots: SlotSpecs<Details>) => Promise<Partial<Details>>;

export interface FormPorts {
  cases: CaseSystem;
  caseChecks: CaseCheckGuard;
  profile: CouncilProfile;
  now: () => Date;
  /** Present when an LLM is configured. */
  readDetails?: DetailReader;
}

/** Who is asking: the case is recorded for this conversation and resident. */
export interface FormCaller {
  channel: string;
  conversationId: string;
  userId: string;
  /** The message being answered (activity.id), which keys a case it raises. */
  messageId?: string;
  /** Answers are heard on a call: one that cannot be used may be the recogniser's mistake, so a person is offered before one is brought in. */
  spoken?: boolean;
}

export interface FormStart {
  /** What the resident has said so far in the conversation, oldest first: details in it are not asked again. */
  said?: readonly string[];
  priority?: ConversationConcern;
  /** Photos or a location the resident sent before the form started. */
  evidence?: SharedEvidence;
  /** The same form, cut short earlier in the conversation: what it had is kept where this start says nothing newer. */
  earlier?: Pick<FormState, 'details' | 'noticed'>;
  /** Lines the case carries from the conversation rather than from any answer (the interpreter a call back needs). */
  notes?: DetailLine[];
  /**
   * Lines for the staff who take the case up, never read back to the resident: a disclosure named on their screen could be read
   * over their shoulder by the person it is about.
   */
  forStaff?: DetailLine[];
}

export interface FormMessage {
  text: string;
  evidence?: SharedEvidence;
}

/**
 * One turn of a form. `not-an-answer`: the message answers nothing the form asks (a question, another
 * subject); the conversation takes it and the form resumes after, its state untouched.
 */
export type FormTurn =
  | { status: 'waiting'; state: FormState; replies: BotReply[] }
  | { status: 'ended'; result: FormResult; replies: BotReply[] }
  | { status: 'not-an-answer' };

/**
 * Whether a message belongs to the conversation rather than the form (a question, a new subject).
 * `answered`: the message would do as the answer (a description takes any words); false when it fills nothing.
 */
export type ReadsAsSomethingElse = (text: string, answered: boolean) => boolean | Promise<boolean>;

const cancelledReply: BotReply = { text: "OK, I've stopped. Nothing has been sent to the council." };

/** A question with a sentence before it: an introduction, or an acknowledgement of what was just said. */
const withLead = (question: BotReply, lead: string | undefined): BotReply => (lead ? { ...question, text: `${lead}\n\n${question.text}` } : question);
const joined = (...parts: (string | undefined)[]): string | undefined => parts.filter(Boolean).join(' ') || undefined;

type AnyForm = FormDefinition<Record<string, unknown>>;
type AnySlot = SlotDefinition<Record<string, unknown>, unknown>;

/**
 * Runs declared forms on plain state: fills every detail it can from what the resident has said,
 * asks what is missing in order, re-prompts with the parser's own words, hands over after repeated
 * wrong answers, applies the form's rules after every answer, then shows a Confirm / Change summary
 * and submits. A message that answers a different question fills that detail instead; one that
 * answers nothing (a question, a new subject) goes back to the conversation without counting against
 * the resident. The commands that work at any step ("help", "start again", "cancel", "talk to
 * someone") are read before anything else.
 */
export function createFormRunner(forms: readonly FormDefinition<never>[], ports: FormPorts) {
  const byId = new Map(forms.map((form) => [form.id, form as unknown as AnyForm]));
  const definition = (id: FormId): AnyForm => {
    const form = byId.get(id);
    if (!form) throw new Error(`no form is registered as ${id}`);
    return form;
  };
  const context = (priority?: ConversationConcern): FormContext => ({ profile: ports.profile, now: ports.now(), ...(priority && { priority }) });
  const slotNames = (form: AnyForm): string[] => Object.keys(form.slots);
  const slot = (form: AnyForm, name: string): AnySlot => form.slots[name] as AnySlot;
  /** A detail as the resident will see it read back: the slot's own words for it, with no Markdown of theirs. */
  const shown = (form: AnyForm, name: string, value: unknown): string => echoed(slot(form, name).describe(value));
  const applies = (form: AnyForm, name: string, details: Record<string, unknown>, priority?: ConversationConcern): boolean => slot(form, name).applies?.(details, context(priority)) ?? true;
  const missing = (form: AnyForm, details: Record<string, unknown>, priority?: ConversationConcern): string[] =>
    slotNames(form).filter((name) => applies(form, name, details, priority) && details[name] === undefined);

  function lines(state: FormState): DetailLine[] {
    const form = definition(state.form);
    return slotNames(form)
      .filter((name) => applies(form, name, state.details, state.priority) && state.details[name] !== undefined)
      .map((name) => ({ label: slot(form, name).label, value: shown(form, name, state.details[name]) }))
      .concat(state.noticed ?? [], evidenceLines(state.evidence));
  }

  const changeOptions = (state: FormState): ChangeOption[] => {
    const form = definition(state.form);
    return slotNames(form)
      .filter((name) => applies(form, name, state.details, state.priority))
      .map((name) => ({ slot: name, label: slot(form, name).label }));
  };

  function question(state: FormState): BotReply {
    const { step } = state;
    if (step.kind === 'asking') return slot(definition(state.form), step.slot).ask(state.details, context(state.priority));
    return step.kind === 'confirming' ? summaryReply(lines(state)) : changeMenuReply(changeOptions(state));
  }

  /** Details a message gives for the questions still open; the form's own extractors, never a guess. */
  function detailsIn(form: AnyForm, text: string, state: Pick<FormState, 'details' | 'priority'>): Record<string, unknown> {
    const found = form.prefill?.(text, context(state.priority)) ?? {};
    return Object.fromEntries(Object.entries(found).filter(([name, value]) => value !== undefined && state.details[name] === undefined && name in form.slots));
  }

  /** Notes why a detail of a question still to come, said in `text`, was not taken: the question then says so. */
  function noteNotTaken(form: AnyForm, text: string, state: FormState): void {
    for (const name of missing(form, state.details, state.priority)) {
      const why = slot(form, name).notTaken?.(text);
      if (why) state.notTaken = { ...state.notTaken, [name]: why };
    }
  }

  /** An answer to a question not yet asked, when exactly one open question recognises its shape: two would be a guess. */
  function answersOutOfTurn(form: AnyForm, text: string, state: FormState): Record<string, unknown> {
    const heard = missing(form, state.details, state.priority).flatMap((name) => {
      const value = slot(form, name).outOfTurn?.(text, context(state.priority));
      return value === undefined ? [] : [[name, value] as const];
    });
    return heard.length === 1 ? Object.fromEntries(heard) : {};
  }

  /**
   * "Sorry, no, I meant NB1 1AB" to the next question: a detail already given, said again as a
   * correction, when exactly one answered question recognises it. On a call the street question took
   * the corrected postcode as the street (caller trial 12).
   */
  function correctsAnswer(form: AnyForm, text: string, state: FormState): Record<string, unknown> {
    const given = (name: string): boolean => state.details[name] !== undefined && applies(form, name, state.details, state.priority);
    const swapped = numberSwapped(form, text, state, given);
    if (Object.keys(swapped).length > 0) return swapped;
    if (!saysCorrection(text)) return {};
    const heard = slotNames(form).flatMap((name) => {
      if (!given(name)) return [];
      const value = slot(form, name).outOfTurn?.(text, context(state.priority));
      return value === undefined || value === state.details[name] ? [] : [[name, value] as const];
    });
    if (heard.length === 1) return Object.fromEntries(heard);
    // "It's the bathroom sink, not the kitchen one": the form's own reading of what is said, without what it says is wrong.
    const saidRight = text.replace(/\bnot (?:the |my |a |number )?[\w'-]+(?: (?:one|room|sink|tap|window|door))?/gi, ' ');
    const found = form.prefill?.(saidRight, context(state.priority)) ?? {};
    // Never an own-words answer ("actually it's the whole kitchen" is not a new description), nor a yes or no.
    const changes = (name: string, value: unknown): boolean => given(name) && !slot(form, name).inOwnWords && typeof value !== 'boolean' && JSON.stringify(value) !== JSON.stringify(state.details[name]);
    return Object.fromEntries(Object.entries(found).filter(([name, value]) => changes(name, value)));
  }

  /**
   * "Sorry, it's flat 12 not 21", "it's number 41 not 14": one number put right wherever it was given, the address and the
   * resident's own description alike. Read as the next question's answer, or refused as one, the wrong flat went on the case, and
   * after a Change the description still named it (caller trial 29, H29-01).
   */
  function numberSwapped(form: AnyForm, text: string, state: FormState, given: (name: string) => boolean): Record<string, unknown> {
    const said = /\b(\d+[a-z]?)\s*,?\s*not\s+(?:flat |number |no\.? )?(\d+[a-z]?)\b/i.exec(text);
    if (!said) return {};
    const [, right, wrong] = said as unknown as [string, string, string];
    const token = new RegExp(`(?<![\\w/-])${wrong}(?![\\w/-])`, 'gi');
    return Object.fromEntries(
      slotNames(form)
        .filter((name) => given(name) && typeof state.details[name] === 'string' && (state.details[name] as string).search(token) >= 0)
        .map((name) => [name, (state.details[name] as string).replace(token, right)]),
    );
  }

  /** The model is asked only for the free-text details the extractors missed, and its words still go through each slot's parser. */
  async function detailsFromModel(form: AnyForm, text: string, found: Record<string, unknown>, priority?: ConversationConcern): Promise<Record<string, unknown>> {
    const readDetails = ports.readDetails;
    const missed = Object.entries(form.freeText ?? {}).filter(([name]) => found[name] === undefined) as [string, string][];
    if (!readDetails || missed.length === 0) return {};
    const specs = Object.fromEntries(
      missed.map(([name, description]) => [name, { description, parse: (words: string) => slot(form, name).parse(words, context(priority)) }]),
    ) as SlotSpecs<Record<string, unknown>>;
    return readDetails(text, specs);
  }

  /** What the resident said that the form notices without asking: new lines replace older ones with the same label. */
  function notice(form: AnyForm, text: string, state: FormState): string | undefined {
    const noticed = form.notice?.(text, context(state.priority));
    if (!noticed) return undefined;
    const labels = new Set(noticed.lines.map((line) => line.label));
    state.noticed = [...(state.noticed ?? []).filter((line) => !labels.has(line.label)), ...noticed.lines];
    return noticed.say;
  }

  function submitContext(state: FormState, caller: FormCaller): SubmitContext {
    const { messageId, ...who } = caller;
    const caseKey = state.caseKey ?? messageId;
    return {
      ...context(state.priority),
      cases: ports.cases,
      caseChecks: ports.caseChecks,
      ...who,
      ...(caseKey && { caseKey }),
      noticed: state.noticed ?? [],
      ...(state.forStaff && { forStaff: state.forStaff }),
      ...(state.evidence && { evidence: state.evidence }),
    };
  }

  function ended(state: FormState, ending: FormEnding | InterruptedEnding, replies: BotReply[] = []): FormTurn {
    return { status: 'ended', result: { ...ending, form: state.form, details: lines(state) } as FormResult, replies };
  }

  /**
   * After each change: a deciding rule ends the form; otherwise ask what is missing, then confirm or submit. A form's
   * `introduction` is said only if it goes on: a private renter whose first message decides a damp report heard "I'll ask
   * a few short questions" and then that nothing was logged.
   */
  async function advance(state: FormState, caller: FormCaller, lead?: string, introduction?: string): Promise<FormTurn> {
    const form = definition(state.form);
    const ending = await form.check?.(state.details, submitContext(state, caller));
    if (ending) return ended(state, ending, lead ? [{ text: lead }] : []);
    const opening = joined(lead, introduction);
    const [next] = missing(form, state.details, state.priority);
    if (!next && !form.confirm) return submit(state, caller, opening);
    state.step = next ? { kind: 'asking', slot: next, failures: 0 } : { kind: 'confirming', failures: 0 };
    const why = next ? state.notTaken?.[next] : undefined;
    if (next && state.notTaken) delete state.notTaken[next];
    return { status: 'waiting', state, replies: [withLead(question(state), joined(opening, why))] };
  }

  async function submit(state: FormState, caller: FormCaller, lead?: string): Promise<FormTurn> {
    const form = definition(state.form);
    // Only details that apply now are sent: a garden subscription answer is dropped if the bin type changed.
    const applicable = Object.fromEntries(Object.entries(state.details).filter(([name]) => name in form.slots && applies(form, name, state.details, state.priority)));
    return ended(state, await form.submit(applicable, submitContext(state, caller)), lead ? [{ text: lead }] : []);
  }

  /**
   * A wrong answer: the parser's own re-prompt, and after too many a person instead of asking again.
   * On a call the last re-prompt first offers the person, since the caller cannot see why it failed.
   */
  function retry(state: FormState, answerReprompt: BotReply, caller: FormCaller): FormTurn {
    state.step.failures += 1;
    // "That doesn't look like a UK postcode." alone left a caller unsure whether the form was still open: its question follows.
    const reprompt = answerReprompt.choices?.length || asksOrTells(answerReprompt.text) ? answerReprompt : withLead(question(state), answerReprompt.text);
    const allowed = caller.spoken ? failedAnswersBeforeAdvisor + 1 : failedAnswersBeforeAdvisor;
    if (state.step.failures >= allowed) return ended(state, { kind: 'needs-advisor', reason: 'repeated-invalid-answers' });
    if (state.step.failures === allowed - 1 && caller.spoken) return { status: 'waiting', state, replies: [{ ...reprompt, text: `${reprompt.text}\n\n${personOrAgain}` }] };
    return { status: 'waiting', state, replies: [reprompt] };
  }

  /** A changed detail is asked again; details that depend on it are cleared, as they may no longer fit. */
  function change(state: FormState, caller: FormCaller, slotName: string): Promise<FormTurn> {
    const form = definition(state.form);
    for (const name of slotNames(form)) if (name === slotName || slot(form, name).dependsOn === slotName) delete state.details[name];
    return advance(state, caller);
  }

  async function answerSlot(state: FormState, step: Extract<FormStep, { kind: 'asking' }>, text: string, caller: FormCaller, somethingElse?: ReadsAsSomethingElse): Promise<FormTurn> {
    const form = definition(state.form);
    const current = slot(form, step.slot);
    // "No wait, sorry, it's the bathroom sink, not the kitchen" to the next question corrects an earlier answer; it is not a "no".
    const correction = correctsAnswer(form, text, state);
    if (Object.keys(correction).length > 0) {
      state.details = { ...state.details, ...correction };
      const changed = Object.keys(correction).map((name) => `${slot(form, name).label}: ${shown(form, name, correction[name])}`);
      return advance(state, caller, `Thanks, I've changed that (${changed.join('; ')}).`);
    }
    const heard = answersOutOfTurn(form, text, state);
    noteNotTaken(form, text, state);
    // A description takes any words, so a phone number or postcode given early would be taken as one.
    const read = readSlotAnswer(current, text, state.details, context(state.priority));
    const answer = current.inOwnWords && Object.keys(heard).length > 0 ? { ok: false as const, reprompt: '' } : read;
    // "How long do repairs take?" parses as a description: a question goes back to the conversation instead.
    if (answer.ok && current.inOwnWords && (await somethingElse?.(text, true))) return { status: 'not-an-answer' };
    const lead = notice(form, text, state);
    if (answer.ok) {
      // The answer may say more than was asked ("the kitchen tap, since Monday"): those details are kept too.
      state.details = { ...state.details, ...detailsIn(form, text, state), [step.slot]: answer.value };
      return advance(state, caller, lead);
    }
    // It answers another question ("kitchen" to "what is wrong?", "yesterday" to "which bin?"): kept, and this one asked again without a strike.
    const others = { ...heard, ...detailsIn(form, text, state) };
    if (Object.keys(others).length > 0) {
      state.details = { ...state.details, ...others };
      const noted = Object.keys(others).map((name) => `${slot(form, name).label}: ${shown(form, name, others[name])}`);
      return advance(state, caller, joined(lead, `Thanks, I've noted that (${noted.join('; ')}).`));
    }
    if (lead) return { status: 'waiting', state, replies: [withLead(current.ask(state.details, context(state.priority)), lead)] };
    if (await somethingElse?.(text, false)) return { status: 'not-an-answer' };
    return retry(state, repromptSlot(current, answer.reprompt, state.details, context(state.priority)), caller);
  }

  /**
   * An answer in the resident's own words from a form cut short, and another from what restarted it
   * ("my kitchen tap is leaking", then "water is pouring through the light"): both are the problem, so both are kept.
   */
  function toldBoth(form: AnyForm, earlier: Record<string, unknown>, now: Record<string, unknown>): Record<string, unknown> {
    const both: Record<string, unknown> = {};
    for (const name of slotNames(form)) {
      const [before, after] = [earlier[name], now[name]];
      if (!slot(form, name).inOwnWords || typeof before !== 'string' || typeof after !== 'string') continue;
      if (!after.toLowerCase().includes(before.toLowerCase()) && !before.toLowerCase().includes(after.toLowerCase())) both[name] = `${before}. ${after}`;
    }
    return both;
  }

  return {
    /** Starts a form, filled from what the resident has already said; it may end at once (a reference answers "check a case"). */
    async start(id: FormId, start: FormStart, caller: FormCaller): Promise<FormTurn> {
      const form = definition(id);
      const state: FormState = {
        form: id,
        details: {},
        step: { kind: 'confirming', failures: 0 },
        ...(start.priority && { priority: start.priority }),
        ...(start.evidence && { evidence: start.evidence }),
        ...(caller.messageId && { caseKey: `form:${caller.messageId}` }),
      };
      // Each message in turn, oldest first, so a detail is taken from the message that states it, and
      // a later message's detail replaces an earlier one's ("check case A", then "check case B" checks B).
      const leads = (start.said ?? []).map((text) => {
        const lead = notice(form, text, state);
        state.details = { ...state.details, ...detailsIn(form, text, { ...state, details: {} }) };
        noteNotTaken(form, text, state);
        return lead;
      });
      const lead = leads.filter(Boolean).at(-1);
      if (start.earlier) {
        state.details = { ...start.earlier.details, ...state.details, ...toldBoth(form, start.earlier.details, state.details) };
        const labels = new Set((state.noticed ?? []).map((line) => line.label));
        state.noticed = [...(start.earlier.noticed ?? []).filter((line) => !labels.has(line.label)), ...(state.noticed ?? [])];
      }
      if (start.notes?.length) state.noticed = [...(state.noticed ?? []), ...start.notes];
      if (start.forStaff?.length) state.forStaff = start.forStaff;
      const latest = start.said?.at(-1);
      if (latest) state.details = { ...(await detailsFromModel(form, latest, state.details, start.priority)), ...state.details };
      const address = start.evidence?.place?.address;
      if (address) state.details = { ...state.details, ...(form.fromPlace?.(address, context(start.priority)) ?? {}) };
      const intro = (start.priority === 'emergency' && form.emergencyIntro) || form.intro;
      return advance(state, caller, lead, `${intro} ${commandsHint}`);
    },

    /**
     * Hands the resident's message to the form. `somethingElse` decides, for a message that fills
     * nothing, whether it is the conversation's (then `not-an-answer`) or a wrong answer.
     */
    async continue(state: FormState, message: FormMessage, caller: FormCaller, somethingElse?: ReadsAsSomethingElse): Promise<FormTurn> {
      const form = definition(state.form);
      const text = message.text.trim();
      const command = globalCommand(text);
      if (command === 'help') return { status: 'waiting', state, replies: [this.help(state)] };
      if (command === 'start-again') {
        return advance({ form: state.form, details: {}, step: state.step, ...(state.priority && { priority: state.priority }) }, caller, "OK, let's start again.");
      }
      if (command === 'cancel') return ended(state, { kind: 'cancelled', reply: cancelledReply });
      if (command === 'talk-to-someone') return ended(state, { kind: 'needs-advisor', reason: 'asked-for-person' });

      if (message.evidence) {
        state.evidence = combineEvidence(state.evidence, message.evidence);
        const address = message.evidence.place?.address;
        const fromPlace = address ? form.fromPlace?.(address, context(state.priority)) : undefined;
        if (fromPlace && Object.keys(fromPlace).length > 0) {
          state.details = { ...state.details, ...fromPlace };
          return advance(state, caller, "Thanks, I've used the address of the location you sent.");
        }
        // A photo with nothing typed, or a location the form has no use for, is not an answer: say it is kept and ask again.
        if (!text || message.evidence.place) return { status: 'waiting', state, replies: [withLead(question(state), "Thanks, I've added that to your report.")] };
      }

      const { step } = state;
      if (step.kind === 'asking') return answerSlot(state, step, text, caller, somethingElse);
      if (step.kind === 'confirming') {
        const answer = readConfirmAnswer(text, changeOptions(state));
        if (answer?.decision === 'confirm') return submit(state, caller);
        if (answer?.slot) return change(state, caller, answer.slot);
        if (answer) {
          state.step = { kind: 'choosing-change', failures: 0 };
          return { status: 'waiting', state, replies: [changeMenuReply(changeOptions(state))] };
        }
        if (await somethingElse?.(text, false)) return { status: 'not-an-answer' };
        return retry(state, summaryReprompt(lines(state)), caller);
      }
      const choice = readChangeChoice(text, changeOptions(state));
      if (choice === 'keep') return advance(state, caller);
      if (choice) return change(state, caller, choice.slot);
      if (await somethingElse?.(text, false)) return { status: 'not-an-answer' };
      return retry(state, changeMenuReprompt(changeOptions(state)), caller);
    },

    /** The question the form is waiting on, to ask again (after an interruption, or when nothing was said). */
    question,

    /**
     * Whether a message gives details the form has not got yet ("yeah I rent from the council"),
     * by the form's own extractors: an answer meant for the form, whatever word it starts with.
     */
    givesDetails: (state: FormState, text: string): boolean => Object.keys(detailsIn(definition(state.form), text, state)).length > 0,

    /** How the conversation names the form in progress ("your repair report"). */
    nameOf: (form: FormId): string => definition(form).title,

    /** "help": why we ask, the question again, and the commands that work at every step. */
    help(state: FormState): BotReply {
      const { step } = state;
      if (step.kind === 'asking') return slotHelp(slot(definition(state.form), step.slot), state.details, context(state.priority));
      return step.kind === 'confirming' ? summaryHelp(lines(state)) : changeMenuHelp(changeOptions(state));
    },

    /** What the resident has given so far, for an advisor when the form is cut short. */
    detailsSoFar: lines,
  };
}

export type FormRunner = ReturnType<typeof createFormRunner>;
