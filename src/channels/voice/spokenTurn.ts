import type { Activity } from 'botbuilder';
import { firstSentences, sentencesOf, spokenText, type VoiceChannelData } from '../rendering/speech.js';
import { asksOrTells } from '../../reply.js';
import type { SpokenTurn } from './twimlResponse.js';

/** The Bot Framework event a handoff starts with (src/bot/turnOutput.ts, EventFactory.createHandoffInitiation). */
const handoffInitiate = 'handoff.initiate';

export const moreToHear = 'Say more to hear the rest.';
export const puttingThrough = "I'm putting you through to an advisor now. Please hold.";
/** Asked after a reference is read: a clear question with a short answer, so the call can end well. */
export const anythingElse = 'Is there anything else I can help with? Say yes, or press 1. Say no, or press 2.';
/** Asked after a turn that would otherwise end in silence ("OK, I've stopped reporting a missed bin."). */
export const whatElse = 'What else can I help you with?';

interface Rendered {
  speak?: string;
  channelData?: VoiceChannelData & { urgent?: string; caseReference?: string };
}

/**
 * The bot said goodbye ("Thank you for your feedback. Goodbye, and take care."): its last sentence
 * takes leave and asks nothing, so on a call the line is put down rather than left open.
 */
const takesLeave = (text: string): boolean => /\bgoodbye\b[^.!?]*[.!]$/i.test(sentencesOf(text).pop() ?? '');

/** What to keep for the next turn: the last question, its choices, and the rest of a long answer. */
export interface TurnMemory {
  question: string;
  choices: string;
  unheard: string;
}

/** How many of the last sentences a caller heard hold the question and its hint ("Would you like a confirmation? Give a mobile number …"). */
const sentencesAsked = 3;

/** The end of what the caller last heard, where the question is: what an answer is read against. */
export const questionHeard = (lastHeard: string): string => sentencesOf(lastHeard).slice(-sentencesAsked).join(' ');

/** What to say again after silence: the last question asked, or else the last sentence (a reference just read out). */
function lastQuestion(text: string): string {
  const sentences = sentencesOf(text);
  return sentences.filter((sentence) => sentence.endsWith('?')).pop() ?? sentences.pop() ?? '';
}

/**
 * "Say Confirm to send them, or Change to correct something." before "Say Confirm, or press 1.
 * Say Change, or press 2.": the choices are said with their keys, so the sentence naming them is not said too.
 */
const namesTheChoices = (sentence: string, choices: string): boolean => {
  const named = /^Say ([A-Z][\w' ]*?) to [^,.]+, or ([A-Z][\w' ]*?) to [^,.]+\.$/.exec(sentence);
  return named !== null && choices.includes(`Say ${named[1]}, or press`) && choices.includes(`Say ${named[2]}, or press`);
};

/**
 * Two replies in one turn that each open with "OK" ("OK, I've stopped… OK. Is there anything
 * else…?") are one answer on a call: the later "OK" goes.
 */
function withOneOk(text: string): string {
  const first = /(?:^|[.!?]\s+)OK[.,]\s+/.exec(text);
  if (!first) return text;
  const from = first.index + first[0].length;
  return text.slice(0, from) + text.slice(from).replace(/(^|[.!?]\s+)OK[.,]\s+(\w)/g, (_said, before: string, letter: string) => `${before}${letter.toUpperCase()}`);
}

/**
 * A long turn cut to its first few sentences, the rest kept for "more"; when the turn ends with a
 * question of its own (a form's, after an answer it gave back), that question is said whole after
 * them, not cut off into the rest: callers heard "Say Yes, or press 1. Say No, or press 2." with
 * no question before it (caller trial 15).
 */
function cutKeepingTheQuestion(texts: readonly string[], unnamed: (text: string) => string): { now: string; rest: string } {
  const whole = firstSentences(unnamed(withOneOk(texts.join(' '))));
  const question = texts.at(-1) ?? '';
  if (!whole.rest || texts.length < 2 || !question.includes('?')) return whole;
  const before = firstSentences(unnamed(withOneOk(texts.slice(0, -1).join(' '))));
  return { now: withOneOk([before.now, unnamed(question)].filter((text) => text !== '').join(' ')), rest: before.rest };
}

/**
 * One turn's replies (already rendered for speech) as one spoken turn: safety advice first, then
 * the rest cut to a few sentences, then the choices. A handoff the bot started (only ever in
 * opening hours: out of hours it offers a call back instead) becomes a transfer to the contact
 * centre; what the bot says about a chat queue after it is not said on a phone. The bot ending the
 * conversation, or saying goodbye, ends the call. A case reference is said once more, slowly
 * enough to write down, and followed by a yes-or-no question rather than an open silence.
 */
export function spokenTurn(replies: readonly Partial<Activity>[], contactCentre: string): { turn: SpokenTurn; memory: TurnMemory } {
  const handoffAt = replies.findIndex((activity) => activity.type === 'event' && activity.name === handoffInitiate);
  const messages = (handoffAt === -1 ? replies : replies.slice(0, handoffAt)).filter((activity) => activity.type === 'message') as Rendered[];
  const urgent = messages.filter((message) => message.channelData?.urgent).map((message) => message.speak ?? '');
  const texts = messages
    .filter((message) => !message.channelData?.urgent)
    .map((message) => message.speak ?? '')
    .filter((text) => text !== '');
  const body = withOneOk(texts.join(' '));
  const choices = messages.map((message) => message.channelData?.spokenChoices ?? '').filter((text) => text !== '').pop() ?? '';
  if (handoffAt !== -1) {
    return { turn: { urgent, said: [body, puttingThrough].filter((text) => text !== '').join(' '), prompt: '', transferTo: contactCentre }, memory: { question: '', choices: '', unheard: '' } };
  }
  const ended = replies.some((activity) => activity.type === 'endOfConversation');
  if (ended || (urgent.length === 0 && choices === '' && takesLeave(body))) {
    return { turn: { urgent, said: body, prompt: '', hangUp: true }, memory: { question: '', choices: '', unheard: '' } };
  }
  const reference = messages.map((message) => message.channelData?.caseReference).filter((found) => found !== undefined).pop();
  const unnamed = (text: string): string => (choices ? sentencesOf(text).filter((sentence) => !namesTheChoices(sentence, choices)).join(' ') : text);
  const { now, rest } = cutKeepingTheQuestion(texts, unnamed);
  const referenceAgain = reference ? `Once more, your reference is ${spokenText(reference)}` : '';
  const silentEnd = now !== '' && !choices && !rest && !reference && !asksOrTells(now);
  return {
    turn: {
      urgent,
      said: now,
      prompt: [choices, rest ? moreToHear : '', referenceAgain, reference ? anythingElse : '', silentEnd ? whatElse : ''].filter((text) => text !== '').join(' '),
      ...(reference && { referenceRead: true }),
    },
    memory: { question: reference ? anythingElse : silentEnd ? whatElse : lastQuestion(now || (urgent.at(-1) ?? '')), choices, unheard: rest },
  };
}
