import { createHmac, randomUUID } from 'node:crypto';
import { ActivityTypes, TurnContext, type Activity, type ConversationReference, type ResourceResponse } from 'botbuilder';
import type { Logger } from '../../logger.js';
import type { TurnLogic } from '../../server/botEndpoint.js';
import { InProcessAdapter } from '../inProcessAdapter.js';
import { voiceChannelId } from '../rendering/channelRendering.js';
import { conversationKeyOf, type OfferedChoicesStore } from '../rendering/offeredChoicesStore.js';
import { firstSentences, numberSentences, renderForVoice, sentencesOf, spokenChoices, type VoiceChannelData } from '../rendering/speech.js';
import type { CallOutbox } from './callOutbox.js';
import { choicesSaid, digitsOf, spokenDigits, spokenLine, withOwnLineSaid, type LineNow } from './ownLine.js';
import { withSpokenCaseReference } from './spokenCaseReference.js';
import { withoutOtherLanguageLine, type OtherLanguageLine } from './otherLanguageVoices.js';
import { whyUnusable, withCallersNumber, withCallersNumberSaid, withSpokenPhoneNumbers } from './spokenPhoneNumber.js';
import { withSpokenPostcodes } from './spokenPostcode.js';
import { asWritten } from './writtenSpeech.js';
import { asksOrTells, callBackChoice } from '../../reply.js';
import { anythingElse, moreToHear, spokenTurn, whatElse } from './spokenTurn.js';
import { asksForMore, endsConversation, nothingMore } from '../../conversation/phrases.js';
import { advisorsAwayKey } from '../../conversation/turn.js';
import { parseYesNo } from '../../serviceRequests/slots/yesNo.js';
import { hangUpTwiml, twimlFor, voiceWebhookPath, type SpokenTurn } from './twimlResponse.js';
import type { VoiceCall, VoiceCallStore } from './voiceCallStore.js';
import type { WebhookParameters } from './webhookParameters.js';

/**
 * Below this recognition confidence a caller is asked again rather than acted on: a wrong guess
 * could start the wrong form. Safety is the exception (see `heard`).
 */
export const minimumConfidence = 0.4;

/**
 * Silent or unclear turns in a row: the first is asked again, the second offers an advisor, the
 * third goes to one (a transfer in opening hours, the offer of a call back out of hours). A caller
 * who cannot be heard is not hung up on while a person can still be reached: they may be the one
 * who most needs one.
 */
const missesBeforeAdvisor = 2;
const missesBeforePerson = 3;
/**
 * When nobody can be put through (out of hours, or a transfer already unanswered), the third miss
 * offers a call back; a caller still not heard after that is told how to ring again, and the call
 * ends rather than asking into silence for ever.
 */
const missesBeforeGoodbye = 4;

const advisorChoice = [{ label: 'Talk to someone' }];
export const notCaught = "Sorry, I didn't catch that.";
export const advisorOffer = `Sorry, I still didn't catch that. ${spokenChoices(advisorChoice)} Or tell me again what you need.`;
/** Out of hours the person offered is a call back: nobody is there to be put through to. */
const callBackChoices = [callBackChoice];
const callBackOffer = `Sorry, I still didn't catch that. Our lines are closed now. ${spokenChoices(callBackChoices)} Or tell me again what you need.`;
const stillNotCaught = "I'm sorry, I still can't hear you clearly.";
/** The call ends after this: the number to ring again, read out, and 999 for anyone in danger. */
const unheardGoodbye = (rung: string): string =>
  `I'm sorry, I still can't hear you, so I'm going to end this call. Please ring us again on ${spokenLine(rung)}. If anyone is in danger, call nine nine nine. Goodbye.`;
/**
 * The safety advice's sentences with numbers (999, the helpline), said again after a transfer nobody answered: as a
 * statement of its own ("Then call …" was said after advice that is not said again), and with 999
 * for anyone in danger when it had none.
 */
function safetyNumbersAgain(safetyLine: string): string {
  if (safetyLine === '') return '';
  const line = safetyLine.replace(/^Then,? (\w)/, (_then, first: string) => first.toUpperCase());
  const gives999 = [...line.matchAll(new RegExp(spokenDigits, 'gi'))].some(([number]) => digitsOf(number) === '999');
  return gives999 ? line : `${line} If anyone is in danger, call nine nine nine.`;
}
/**
 * Said first when a transfer rings out: the caller has waited, and needs to hear they have not been
 * dropped. Nothing is promised that the call back form has not yet taken: a caller who hangs up now
 * leaves nothing behind (caller trial 11).
 */
const nobodyAnswered = "I'm sorry, nobody could answer just now. You're still through to the council.";
const goodbye = 'Thank you for calling. Goodbye.';
export const cannotUseFrom = "I can't use the number you're calling from";
/** After the reason a number cannot be used: the other ways to give one, the keypad for a caller the recogniser keeps mishearing. */
const anotherNumber = 'Please say another number, or key it in on your keypad.';
/** Said after safety advice given on speech the recogniser was unsure of. */
export const ifMisheard = 'If I misheard you, tell me again what you need.';
/** What starts the call-back form, as the bot's own choice is labelled (src/conversation/phrases.ts). */
const callBackRequest = callBackChoice.label;

/** The rating question ("how would you rate…"): silence or "no" to it ends the call (it was asked again, then a call back offered). */
const asksForRating = (question: string): boolean => /\bhow would you rate\b/i.test(question);
/** "What else can I help you with?" or "Is there anything else…?": a "no" to it ends the call. */
const asksAnythingElse = (question: string): boolean => /\b(anything else|what else)\b[^.?]*\?/i.test(question);

/** Longer than this, words that ask for a repeat ("again", "slower") are part of something else. */
const repeatWordsAtMost = 14;

/**
 * "Say that again", "pardon?", "sorry can you say that again love, I'm a bit deaf", "a bit slower
 * please", "you what", "I'm a bit hard of hearing, could you say all that again": the caller missed
 * what was said, which is not a new message for the bot.
 */
function asksToRepeat(text: string): boolean {
  const said = text.trim().replace(/’/g, "'").replace(/[?.!]+$/, '');
  if (said.split(/\s+/).length > repeatWordsAtMost) return false;
  return (
    /^(?:sorry,? )?(?:what|pardon|eh|huh|you what)$/i.test(said) ||
    /^sorry$/i.test(said) ||
    /\b(?:repeat(?= that| it| this| the| please|$)|say (?:all |all of )?(?:that|it|this|the \w+) again|pardon|come again|slower(?: please)?$|more slowly|hard of hearing|speak up|(?:didn't|did not|couldn't|could not) (?:catch|hear|get) (?:that|it|you|what)|(?:can't|cannot) hear you|what (?:was|did) (?:that|you say)|what (?:was|is|'s) (?:that|the|my) reference|reference again|one more time)\b/i.test(said)
  );
}

/** The reference sentence of what the caller last heard ("Once more, your reference is N B C, …."), said again when asked for. */
const referenceSaid = (turn: SpokenTurn): string | undefined => /\byour reference is [^.]+\./i.exec(`${turn.said} ${turn.prompt}`)?.[0];

/** A number said alone ("five", "number two") where keys were offered: the key it names, as a pressed key would be. */
const keyWords = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'] as const;
function keyNamed(speech: string, lastHeard: string): string | undefined {
  const word = /^(?:(?:number|press|option) )?(\w+)(?: please)?[.!]?$/i.exec(speech.trim())?.[1]?.toLowerCase();
  const key = word === undefined ? undefined : /^\d$/.test(word) ? word : String(keyWords.indexOf(word as (typeof keyWords)[number]));
  return key !== undefined && key !== '-1' && lastHeard.includes(`or press ${key}.`) ? key : undefined;
}

/** Longer than this, an answer that starts "yes" or "no" says something else too. */
const yesNoWordsAtMost = 5;

/** A short yes or no ("no that's all thanks", "yes please"); undefined for anything else. */
function shortYesNo(text: string): boolean | undefined {
  if (text.split(/\s+/).length > yesNoWordsAtMost) return undefined;
  if (endsConversation(text)) return false;
  const answer = parseYesNo(text);
  return answer.ok ? answer.value : undefined;
}

/** The key that asks for the last thing said again (a common phone-menu convention). */
const repeatKey = '*';
/** The key that asks for a person at any prompt, as "0 for the operator" does on any phone menu. */
const personKey = '0';

/** What a turn leaves for the next one, beside what was heard and answered. */
type CallMemory = Pick<VoiceCall, 'question' | 'choices' | 'unheard' | 'misses'> & Partial<Pick<VoiceCall, 'transferUnanswered'>>;

interface Answered {
  turn: SpokenTurn;
  memory: CallMemory;
}

const newCall: VoiceCall = {
  question: '',
  choices: '',
  unheard: '',
  misses: 0,
  turns: 0,
  lastRequest: '',
  lastAnswer: '',
  lastTurn: { urgent: [], said: '', prompt: '' },
  safetyLine: '',
  transferUnanswered: false,
};

export interface VoiceAdapterDependencies {
  calls: VoiceCallStore;
  offered: OfferedChoicesStore;
  outbox: CallOutbox;
  /** Keys the hashes that turn a call and a caller's number into ids: keep it stable across restarts. */
  conversationKey: Buffer;
  /** The E.164 number a caller is put through to when the bot hands off. */
  contactCentre: string;
  /** The council's case reference prefix ("NBC"), so a reference read out is understood. */
  referencePrefix: string;
  /** A call put through to the contact centre: its handoff is taken by the phone team, not left waiting in the chat queue. */
  onTransferred: (conversationId: string) => Promise<void>;
  /** The call is over, or a transfer was not answered: whatever handoff it had is finished. */
  onCallEnded: (conversationId: string) => Promise<void>;
  /**
   * Whether words read as an emergency or a safeguarding disclosure (the deterministic safety
   * reading alone): speech the recogniser is unsure of is still acted on when they do.
   */
  readsAsConcern: (text: string) => boolean;
  /** The safety rules' advice for words, spoken (none when they need none): said when a turn that should have said it said nothing. */
  adviceNow: (speech: string) => string[];
  /** Whether the contact centre is open now: out of hours nobody is offered a transfer, only a call back. */
  advisorsIn: () => boolean;
  /** The interpreter offer in each language the profile has one for (ISO 639-3): said in that language's voice. */
  interpreterLines: readonly (readonly [code: string, line: string])[];
  logger: Logger;
  now: () => Date;
}

/**
 * Phone calls as a Bot Framework adapter, on the Programmable Voice webhook contract: each webhook
 * is one turn, whose words (speech, or keys pressed) become a message activity that runs through
 * the same middleware and bot as every other channel. The replies the bot sends in that turn are
 * collected and answered as TwiML. Replies sent between turns (an advisor's, proactively) wait for
 * the caller's next turn. A webhook is answered once: the provider's retry of it, or a copy sent
 * at the same time, gets the same TwiML without a second turn.
 */
export class VoiceAdapter extends InProcessAdapter {
  /** The turn being answered on each call, so a copy of its webhook waits for the same answer and a different one waits its turn. */
  private readonly answering = new Map<string, { request: string; answer: Promise<string> }>();

  constructor(private readonly dependencies: VoiceAdapterDependencies) {
    super();
  }

  /**
   * The TwiML answer to one webhook of a call; `request` fingerprints it (address and every
   * parameter), and `addressed` is the turn its address numbers (undefined for a call's first webhook).
   */
  async answer(parameters: WebhookParameters, request: string, logic: TurnLogic, addressed?: number): Promise<string> {
    const conversationId = this.hashed('call', parameters.CallSid);
    const before = this.answering.get(conversationId);
    if (before?.request === request) return before.answer;
    const answer = (before?.answer.catch(() => '') ?? Promise.resolve('')).then(() => this.answerOnce(parameters, request, conversationId, logic, addressed));
    const answering = { request, answer };
    this.answering.set(conversationId, answering);
    try {
      return await answer;
    } finally {
      if (this.answering.get(conversationId) === answering) this.answering.delete(conversationId);
    }
  }

  /** The call is over (status callback): the bot sees the conversation end, and the call's own state goes. */
  async hangUp(parameters: WebhookParameters, logic: TurnLogic): Promise<void> {
    const conversationId = this.hashed('call', parameters.CallSid);
    this.dependencies.outbox.take(conversationId);
    if (!(await this.dependencies.calls.call(conversationId))) return;
    await this.processActivity(this.activity(parameters, conversationId, { type: ActivityTypes.EndOfConversation, code: 'completedSuccessfully' }), logic);
    await this.dependencies.calls.forget(conversationId);
    await this.dependencies.offered.remember(conversationKeyOf(voiceChannelId, conversationId), []);
    this.dependencies.outbox.take(conversationId);
    await this.dependencies.onCallEnded(conversationId);
  }

  async processActivity(activity: Partial<Activity>, logic: TurnLogic): Promise<void> {
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  /** Replies wait for the call's turn; one for a call that has ended (an advisor answering late) has nobody to hear it and is dropped. */
  override async sendActivities(_context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    return Promise.all(
      activities.map(async (activity) => {
        const conversationId = activity.conversation?.id ?? '';
        if (await this.dependencies.calls.call(conversationId)) this.dependencies.outbox.add(conversationId, activity);
        else this.dependencies.logger.info({ conversationId }, 'reply to a call that has ended not said');
        return { id: randomUUID() };
      }),
    );
  }

  override async updateActivity(): Promise<void> {
    throw new Error('Something said on a call cannot be changed');
  }

  override async deleteActivity(): Promise<void> {
    throw new Error('Something said on a call cannot be taken back');
  }

  /** An advisor's message between turns: heard at the start of the caller's next turn. */
  override async continueConversation(reference: Partial<ConversationReference>, logic: TurnLogic): Promise<void> {
    await this.processActivity(TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'continueConversation' }, reference, true), logic);
  }

  private async answerOnce(parameters: WebhookParameters, request: string, conversationId: string, logic: TurnLogic, addressed: number | undefined): Promise<string> {
    const { calls } = this.dependencies;
    const stored = await calls.call(conversationId);
    if (stored?.lastRequest === request) return stored.lastAnswer;
    // A signed webhook sent again out of turn (an old turn after later ones) runs nothing: the caller hears where the call is.
    if (stored && addressed !== undefined && addressed < stored.turns) {
      this.dependencies.logger.warn({ conversationId, addressed, turns: stored.turns }, 'voice webhook for an earlier turn not run again');
      return stored.lastAnswer;
    }
    // A later turn of a call with no state has ended (or was forgotten): nothing to run it in, and no new conversation.
    if (!stored && addressed !== undefined) {
      this.dependencies.logger.warn({ conversationId, addressed }, 'voice webhook for a call that has ended not run');
      return hangUpTwiml();
    }
    const call = stored ?? newCall;
    // Saved before the bot runs, so its replies on the first turn find a call to wait on.
    if (!stored) await calls.save(conversationId, call);
    const answered = await this.turn(parameters, conversationId, stored, logic);
    const { memory } = answered;
    const turn = this.neverSilentOnAConcern(parameters, answered.turn);
    const turns = call.turns + 1;
    const twiml = twimlFor(turn, `${voiceWebhookPath}?turn=${turns}`);
    const safety = turn.urgent.at(-1);
    const safetyLine = safety ? (numberSentences(safety) ?? safety) : call.safetyLine;
    await calls.save(conversationId, { transferUnanswered: call.transferUnanswered, ...memory, turns, lastRequest: request, lastAnswer: twiml, lastTurn: turn, safetyLine });
    if (turn.transferTo) await this.dependencies.onTransferred(conversationId);
    return twiml;
  }

  /**
   * A turn that said nothing to words that read as an emergency or a disclosure says the safety rules' advice, which needs no
   * database: a turn dropped because its conversation's lock went with a database connection ended mid-turn left a caller with
   * a gas leak in silence, then "Sorry, I didn't catch that" (two-instance trial 23, PG23-01).
   */
  private neverSilentOnAConcern(parameters: WebhookParameters, turn: SpokenTurn): SpokenTurn {
    const words = parameters.SpeechResult?.trim();
    if (!words || turn.urgent.length > 0 || turn.said.trim() !== '' || turn.hangUp || turn.transferTo || !this.dependencies.readsAsConcern(words)) return turn;
    return { ...turn, urgent: this.dependencies.adviceNow(words) };
  }

  private async turn(parameters: WebhookParameters, conversationId: string, call: VoiceCall | undefined, logic: TurnLogic): Promise<Answered> {
    if (!call) return this.botTurn(parameters, conversationId, { type: ActivityTypes.ConversationUpdate, membersAdded: [this.caller(parameters)] }, logic);
    if (parameters.DialCallStatus) return this.afterTransfer(parameters, conversationId, call, logic);
    const { words, sure, fromUnusable } = this.heard(parameters, call);
    if (words !== undefined && !sure && this.dependencies.readsAsConcern(words)) {
      // A gas leak the recogniser was unsure of is still a gas leak: the advice first, then a way back if it was misheard.
      this.dependencies.logger.info({ conversationId }, 'unsure speech read as a safety concern');
      const { turn, memory } = await this.botTurn(parameters, conversationId, this.message(words), logic, call);
      return { turn: turn.hangUp || turn.transferTo ? turn : { ...turn, prompt: [turn.prompt, ifMisheard].filter((text) => text !== '').join(' ') }, memory };
    }
    const heard = sure ? words : undefined;
    if (parameters.Digits === repeatKey || (heard !== undefined && asksToRepeat(heard))) return this.repeated(heard, call);
    if (call.lastTurn.referenceRead) {
      const answered = this.afterReference(heard, call);
      if (answered) return answered;
    }
    if (asksForRating(call.question) && (heard === undefined || shortYesNo(heard) === false)) return { turn: { urgent: [], said: goodbye, prompt: '', hangUp: true }, memory: call };
    if (heard === undefined) return this.missed(parameters, conversationId, call, logic);
    if (fromUnusable) return this.askAnotherNumber(call, parameters.From);
    if (asksAnythingElse(call.question) && shortYesNo(heard) === false) return { turn: { urgent: [], said: goodbye, prompt: '', hangUp: true }, memory: call };
    if (asksForMore(heard)) return this.more(call);
    return this.botTurn(parameters, conversationId, this.message(heard), logic, call);
  }

  /**
   * The caller's words this turn: keys pressed (0 alone is asking for a person), or speech
   * written as it would be typed (references, phone numbers, postcodes and house numbers put back together,
   * "this number" as the number the call is from when a number was asked for, or `fromUnusable`
   * when that number cannot be called back), and whether it was
   * heard clearly enough to act on; no words for nothing said.
   */
  private heard({ Digits, SpeechResult, Confidence, From }: WebhookParameters, call: VoiceCall): { words?: string; sure: boolean; fromUnusable?: boolean } {
    const digits = Digits?.replace(/[^0-9]/g, '');
    if (digits === personKey) return { words: advisorChoice[0]!.label, sure: true };
    if (digits) return { words: digits, sure: true };
    const recognised = SpeechResult?.trim().replace(/\.$/, '');
    if (!recognised) return { sure: false };
    const speech = asWritten(recognised);
    const written = withSpokenPostcodes(withSpokenPhoneNumbers(withSpokenCaseReference(speech, this.dependencies.referencePrefix)));
    const lastHeard = [call.lastTurn.said, call.lastTurn.prompt].filter((text) => text !== '').join(' ');
    const words = withCallersNumber(keyNamed(written, lastHeard) ?? written, lastHeard, From);
    const sure = Confidence === undefined || Confidence >= minimumConfidence;
    return words === undefined ? { words: written, sure, fromUnusable: true } : { words, sure };
  }

  /**
   * The answer to "Is there anything else?" after a reference: no ends the call, yes asks what; silence
   * hears the reference once more and then a goodbye (someone writing it down is not a caller in
   * trouble). Anything else is a new message for the bot (undefined).
   */
  private afterReference(heard: string | undefined, call: VoiceCall): Answered | undefined {
    if (heard === undefined) {
      if (call.misses >= 1) return { turn: { urgent: [], said: goodbye, prompt: '', hangUp: true }, memory: call };
      return { turn: call.lastTurn, memory: { ...call, misses: call.misses + 1 } };
    }
    const answer = heard === '1' ? true : heard === '2' ? false : shortYesNo(heard);
    if (answer === false) return { turn: { urgent: [], said: goodbye, prompt: '', hangUp: true }, memory: { ...call, misses: 0 } };
    if (answer === true) return { turn: { urgent: [], said: whatElse, prompt: '' }, memory: { question: whatElse, choices: '', unheard: '', misses: 0 } };
    return undefined;
  }

  /** One turn of the bot: the activity runs through the middleware and bot, and what it sent is said. */
  private async botTurn(parameters: WebhookParameters, conversationId: string, content: Partial<Activity>, logic: TurnLogic, call: VoiceCall = newCall): Promise<Answered> {
    // After a transfer nobody answered, the conversation offers the call back, never the same line again (caller trial 12).
    const away = call.transferUnanswered && content.type === ActivityTypes.Message ? { channelData: { ...(content.channelData as object | undefined), [advisorsAwayKey]: true } } : {};
    await this.processActivity(this.activity(parameters, conversationId, { ...content, ...away }), logic);
    const lines = { rung: parameters.To, contactCentre: this.dependencies.contactCentre };
    const now = this.lineNow(call);
    const outgoing = this.dependencies.outbox
      .take(conversationId)
      // A failed turn's reply (the locked-turn safety reply) comes from before the rendering middleware ran: rendered here.
      .map((reply) => (reply.type === ActivityTypes.Message && reply.speak === undefined ? renderForVoice(reply) : reply))
      .map((reply) => ({ ...reply, ...(reply.channelData && { channelData: choicesSaid(reply.channelData as VoiceChannelData, now) }) }));
    const offered = outgoing.map((reply) => (reply.channelData as VoiceChannelData | undefined)?.spokenChoices ?? '').join(' ');
    let otherLanguage: OtherLanguageLine | undefined;
    const replies = outgoing.map((reply) => {
      if (!reply.speak) return reply;
      const { speech, line } = withoutOtherLanguageLine(reply.speak, this.dependencies.interpreterLines);
      otherLanguage ??= line;
      return { ...reply, speak: withCallersNumberSaid(withOwnLineSaid(speech, lines, now, offered), parameters.From) };
    });
    const { turn, memory } = spokenTurn(replies, this.dependencies.contactCentre);
    // A cut answer stays for "more" until a later one is cut ("Say more" went stale after one turn).
    return { turn: { ...turn, ...(otherLanguage && { otherLanguage }) }, memory: { ...memory, unheard: memory.unheard || (turn.hangUp || turn.transferTo ? '' : call.unheard), misses: 0 } };
  }

  /** Who can take the call now: nobody is offered a transfer out of hours, nor again after one nobody answered. */
  private lineNow(call: VoiceCall): LineNow {
    if (call.transferUnanswered) return 'unanswered';
    return this.dependencies.advisorsIn() ? 'open' : 'closed';
  }

  /**
   * What the caller last heard, again and slowly (they asked because they missed it); only the
   * reference when it was the reference they asked for.
   */
  private repeated(heard: string | undefined, call: VoiceCall): Answered {
    const reference = heard !== undefined && /\breference\b/i.test(heard) ? referenceSaid(call.lastTurn) : undefined;
    const again: SpokenTurn = reference
      ? { urgent: [], said: reference.replace(/^Once more, y/, 'Y'), prompt: call.lastTurn.referenceRead ? anythingElse : call.question, referenceRead: call.lastTurn.referenceRead }
      : call.lastTurn;
    return { turn: { ...again, slowly: true }, memory: { ...call, misses: 0 } };
  }

  /** "This number" from a number that cannot be called back: said plainly, and the question asked again, its choices with it. */
  private askAnotherNumber(call: VoiceCall, from: string): Answered {
    const sentences = sentencesOf(call.lastTurn.said);
    const asked = sentences.slice(Math.max(0, sentences.findLastIndex((sentence) => sentence.endsWith('?')))).join(' ');
    return { turn: { urgent: [], said: `${cannotUseFrom}: ${whyUnusable(from)}. ${anotherNumber} ${asked}`, prompt: call.lastTurn.prompt }, memory: { ...call, misses: 0 } };
  }

  /** The rest of the last answer cut short, a few sentences at a time, however many turns ago it was cut; if none, that there is none. */
  private more(call: VoiceCall): Answered {
    if (!call.unheard) return { turn: { urgent: [], said: nothingMore.text, prompt: '' }, memory: { ...call, question: nothingMore.text, misses: 0 } };
    const { now, rest } = firstSentences(call.unheard);
    const prompt = rest ? moreToHear : call.choices || (asksOrTells(now) ? '' : whatElse);
    return { turn: { urgent: [], said: now, prompt }, memory: { ...call, unheard: rest, misses: 0, ...(prompt === whatElse && { question: whatElse }) } };
  }

  private async missed(parameters: WebhookParameters, conversationId: string, call: VoiceCall, logic: TurnLogic): Promise<Answered> {
    const misses = call.misses + 1;
    this.dependencies.logger.info({ conversationId, misses }, 'voice turn with nothing heard');
    const now = this.lineNow(call);
    if (misses >= missesBeforeGoodbye) return { turn: { urgent: [], said: unheardGoodbye(parameters.To), prompt: '', hangUp: true }, memory: { ...call, misses } };
    const askedAgain = [call.question, call.choices].filter((text) => text !== '').join(' ');
    // After an unanswered transfer the call back is already being taken (a person asked for again would be another transfer): its question again.
    if (now === 'unanswered' && misses >= missesBeforeAdvisor) return { turn: { urgent: [], said: stillNotCaught, prompt: askedAgain }, memory: { ...call, misses } };
    if (misses >= missesBeforePerson) {
      // A person: in opening hours a transfer, out of hours the bot's offer of a call back; the misses still count towards the goodbye.
      const { turn, memory } = await this.botTurn(parameters, conversationId, this.message(advisorChoice[0]!.label), logic, call);
      return { turn: { ...turn, said: `${stillNotCaught} ${turn.said}`.trim() }, memory: { ...memory, misses } };
    }
    if (misses >= missesBeforeAdvisor) {
      // Pressing 1 now means "Talk to someone", whatever was offered before.
      await this.dependencies.offered.remember(conversationKeyOf(voiceChannelId, conversationId), now === 'open' ? advisorChoice : callBackChoices);
      return { turn: { urgent: [], said: now === 'open' ? advisorOffer : callBackOffer, prompt: '' }, memory: { ...call, misses } };
    }
    return { turn: { urgent: [], said: notCaught, prompt: askedAgain }, memory: { ...call, misses } };
  }

  /**
   * A <Dial> has ended: after a conversation with an advisor the call is over. If nobody answered,
   * the caller hears they have not been dropped, the safety advice's numbers again, plainly, if the
   * call had any (they were being put through because of it), and then the call back is taken. The
   * transfer is not offered again on this call.
   */
  private async afterTransfer(parameters: WebhookParameters, conversationId: string, call: VoiceCall, logic: TurnLogic): Promise<Answered> {
    if (parameters.DialCallStatus === 'completed' || parameters.DialCallStatus === 'answered') return { turn: { urgent: [], said: goodbye, prompt: '', hangUp: true }, memory: call };
    this.dependencies.logger.info({ conversationId, dialCallStatus: parameters.DialCallStatus }, 'voice transfer not answered');
    await this.dependencies.onCallEnded(conversationId);
    const unanswered = { ...call, transferUnanswered: true };
    const { turn, memory } = await this.botTurn(parameters, conversationId, this.message(callBackRequest), logic, unanswered);
    return { turn: { ...turn, said: [nobodyAnswered, safetyNumbersAgain(call.safetyLine), turn.said].filter((text) => text !== '').join(' ') }, memory: { ...memory, transferUnanswered: true } };
  }

  private message(text: string): Partial<Activity> {
    return { type: ActivityTypes.Message, text, textFormat: 'plain' };
  }

  private activity(parameters: WebhookParameters, conversationId: string, content: Partial<Activity>): Partial<Activity> {
    return {
      id: randomUUID(),
      timestamp: this.dependencies.now(),
      channelId: voiceChannelId,
      serviceUrl: 'urn:voice',
      locale: 'en-GB',
      // The caller's number never appears here: from and conversation carry keyed hashes.
      from: this.caller(parameters),
      recipient: { id: 'council-assistant', name: 'council-assistant', role: 'bot' },
      conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: voiceChannelId },
      ...content,
    };
  }

  private caller(parameters: WebhookParameters) {
    return { id: this.hashed('caller', parameters.From || parameters.CallSid), name: 'resident', role: 'user' };
  }

  private hashed(kind: 'call' | 'caller', value: string): string {
    return `voice-${kind === 'call' ? '' : 'caller-'}${createHmac('sha256', this.dependencies.conversationKey).update(`${kind}:${value}`).digest('hex').slice(0, 32)}`;
  }
}
