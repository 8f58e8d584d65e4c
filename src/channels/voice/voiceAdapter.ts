import { createHmac, randomUUID } from 'node:crypto';
import { ActivityTypes, TurnContext, type Activity, type ConversationReference, type ResourceResponse } from 'botbuilder';
import type { Logger } from '../../logger.js';
import type { TurnLogic } from '../../server/botEndpoint.js';
import { InProcessAdapter } from '../inProcessAdapter.js';
import { voiceChannelId } from '../rendering/channelRendering.js';
import { conversationKeyOf, type OfferedChoicesStore } from '../rendering/offeredChoicesStore.js';
import { firstSentences, spokenChoices } from '../rendering/speech.js';
import { withSpokenPostcodes } from './spokenPostcode.js';
import { moreToHear, spokenTurn } from './spokenTurn.js';
import { twimlFor, type SpokenTurn } from './twimlResponse.js';
import type { VoiceCall, VoiceCallStore } from './voiceCallStore.js';
import type { WebhookParameters } from './webhookParameters.js';

/** Below this recognition confidence a caller is asked again rather than acted on: a wrong guess could start the wrong form. */
export const minimumConfidence = 0.4;

/** Silent or unclear turns in a row: the first is asked again, the second offers an advisor, the third ends the call. */
const missesBeforeAdvisor = 2;
const missesBeforeGoodbye = 3;

const advisorChoice = [{ label: 'Talk to someone' }];
export const notCaught = "Sorry, I didn't catch that.";
export const advisorOffer = `Sorry, I still didn't catch that. ${spokenChoices(advisorChoice)} Or tell me again what you need.`;
const goodbye = "I'm sorry, I can't hear you. Please call again. Goodbye.";

/** "more" or "tell me more" continues a long answer; a longer sentence is a new message. */
const asksForMore = (text: string): boolean => /^(?:say |tell me |hear )?(?:more|the rest|go on|continue)[.!]?$/i.test(text.trim());

export interface VoiceAdapterDependencies {
  calls: VoiceCallStore;
  offered: OfferedChoicesStore;
  /** Keys the hashes that turn a call and a caller's number into ids: keep it stable across restarts. */
  conversationKey: Buffer;
  /** The E.164 number a caller is put through to when the bot hands off. */
  contactCentre: string;
  /** A call put through to the contact centre: its handoff is taken by the phone team, not left waiting in the chat queue. */
  onTransferred: (conversationId: string) => Promise<void>;
  /** The call is over: whatever handoff it had is finished. */
  onCallEnded: (conversationId: string) => Promise<void>;
  logger: Logger;
  now: () => Date;
}

/**
 * Phone calls as a Bot Framework adapter, on the Programmable Voice webhook contract: each webhook
 * is one turn, whose words (speech, or keys pressed) become a message activity that runs through
 * the same middleware and bot as every other channel. The replies the bot sends in that turn are
 * collected and answered as TwiML. Replies sent between turns (an advisor's, proactively) wait for
 * the caller's next turn.
 */
export class VoiceAdapter extends InProcessAdapter {
  private readonly outbox = new Map<string, Partial<Activity>[]>();

  constructor(private readonly dependencies: VoiceAdapterDependencies) {
    super();
  }

  /** The TwiML answer to one turn of a call. */
  async answer(parameters: WebhookParameters, logic: TurnLogic): Promise<string> {
    const { calls } = this.dependencies;
    const conversationId = this.hashed('call', parameters.CallSid);
    const call = calls.call(conversationId);
    if (!call) {
      await this.processActivity(this.activity(parameters, conversationId, { type: ActivityTypes.ConversationUpdate, membersAdded: [this.caller(parameters)] }), logic);
      return this.answerWithReplies(conversationId);
    }
    const heard = this.heard(parameters);
    if (heard === undefined) return this.missed(conversationId, call);
    if (call.unheard && asksForMore(heard)) return this.more(conversationId, call);
    await this.processActivity(this.activity(parameters, conversationId, { type: ActivityTypes.Message, text: heard, textFormat: 'plain' }), logic);
    return this.answerWithReplies(conversationId);
  }

  /** The call is over (status callback): the bot sees the conversation end, and the call's own state goes. */
  async hangUp(parameters: WebhookParameters, logic: TurnLogic): Promise<void> {
    const conversationId = this.hashed('call', parameters.CallSid);
    if (!this.dependencies.calls.call(conversationId)) return;
    await this.processActivity(this.activity(parameters, conversationId, { type: ActivityTypes.EndOfConversation, code: 'completedSuccessfully' }), logic);
    this.dependencies.calls.forget(conversationId);
    await this.dependencies.offered.remember(conversationKeyOf(voiceChannelId, conversationId), []);
    this.outbox.delete(conversationId);
    await this.dependencies.onCallEnded(conversationId);
  }

  async processActivity(activity: Partial<Activity>, logic: TurnLogic): Promise<void> {
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  override async sendActivities(_context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    return activities.map((activity) => {
      const conversationId = activity.conversation?.id ?? '';
      this.outbox.set(conversationId, [...(this.outbox.get(conversationId) ?? []), activity]);
      return { id: randomUUID() };
    });
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

  /** The caller's words this turn: keys pressed, or speech heard clearly enough (postcodes put back together); undefined for nothing usable. */
  private heard({ Digits, SpeechResult, Confidence }: WebhookParameters): string | undefined {
    const digits = Digits?.replace(/[^0-9]/g, '');
    if (digits) return digits;
    const speech = SpeechResult?.trim().replace(/\.$/, '');
    if (!speech || (Confidence !== undefined && Confidence < minimumConfidence)) return undefined;
    return withSpokenPostcodes(speech);
  }

  private async answerWithReplies(conversationId: string): Promise<string> {
    const replies = this.outbox.get(conversationId) ?? [];
    this.outbox.delete(conversationId);
    const { turn, memory } = spokenTurn(replies, this.dependencies.contactCentre);
    this.dependencies.calls.save(conversationId, { ...memory, misses: 0 });
    if (turn.transferTo) await this.dependencies.onTransferred(conversationId);
    return twimlFor(turn);
  }

  private more(conversationId: string, call: VoiceCall): string {
    const { now, rest } = firstSentences(call.unheard);
    this.dependencies.calls.save(conversationId, { ...call, unheard: rest, misses: 0 });
    return twimlFor({ urgent: [], said: now, prompt: rest ? moreToHear : call.choices });
  }

  private async missed(conversationId: string, call: VoiceCall): Promise<string> {
    const misses = call.misses + 1;
    this.dependencies.calls.save(conversationId, { ...call, misses });
    let turn: SpokenTurn;
    if (misses >= missesBeforeGoodbye) turn = { urgent: [], said: goodbye, prompt: '', hangUp: true };
    else if (misses >= missesBeforeAdvisor) {
      // Pressing 1 now means "Talk to someone", whatever was offered before.
      await this.dependencies.offered.remember(conversationKeyOf(voiceChannelId, conversationId), advisorChoice);
      turn = { urgent: [], said: advisorOffer, prompt: '' };
    } else turn = { urgent: [], said: notCaught, prompt: [call.question, call.choices].filter((text) => text !== '').join(' ') };
    this.dependencies.logger.info({ conversationId, misses }, 'voice turn with nothing heard');
    return twimlFor(turn);
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
