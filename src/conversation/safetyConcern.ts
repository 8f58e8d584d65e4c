import type { BotReply } from '../reply.js';
import type { SafetyAssessment } from '../triage/safety.js';
import { dangerNear, dangerNowReminder, helpOnItsWay, lifeAtStake, policeOnTheirWay } from '../triage/safetyFollowUpReplies.js';
import { dangerIsNear, helpIsComing } from './safetyFollowUp.js';
import { safetyReminder } from './phrases.js';
import { storySoFar, type ConversationMemory } from './memory.js';
import { hoursFor, type Hours, type RaisedConcern } from '../triage/safetyReplies.js';
import { isWithinOpeningHours } from '../handoff/openingHours.js';
import type { Turn } from './turn.js';

/**
 * A disclosure or a danger to life told in this conversation: until it ends, a message told rather
 * than asked that nothing else answers is about it (the abuser arriving, the child gone silent, the
 * pills taken), never an article or the form's question alone (caller trials 12c and 13). A fire, gas
 * or carbon monoxide is one too: "should I kick her door in?" after a neighbour's fire got the gas
 * safety article, and "should we get out?" after carbon monoxide the form's question (caller trial 16).
 */
export const concernStillLive = (concern: RaisedConcern | undefined): boolean => Boolean(concern?.safeguarding || (concern?.emergency && lifeAtStake.has(concern.emergency)));

/**
 * How many of the resident's messages after a danger to life or a disclosure are read as about it,
 * whatever they say: "is the ambulance coming?", "his lips are going blue", "should I lift him?" and
 * "should I break her door down?" each got an article, a menu, the greeting or a form's question,
 * because a word of theirs named an article (caller trial 15, C1). A caller in that moment is not
 * asking about council services; one who is ("can I still get the tap booked?") is answered after
 * what to do now.
 */
const messagesReadAsAboutConcern = 5;

/** A concern raised or told again within the last few messages. */
export const raisedRecently = (memory: ConversationMemory): boolean => memory.messagesSinceConcern !== undefined && memory.messagesSinceConcern <= messagesReadAsAboutConcern;

/** A disclosure, or someone's danger to life: the concerns every message for a while is about. */
const medicalOrDisclosure = (concern: RaisedConcern | undefined): boolean => Boolean(concern?.safeguarding || concern?.emergency === 'danger-to-life');

/**
 * A disclosure or a danger to life raised or told again within the last few messages: every message
 * then is about it. Not a fire, gas or fumes: "how do I pay my council tax?" straight after the gas
 * advice is that question, answered (those are live only for what names nothing else, or asks what to do).
 */
export const concernIsRecent = (memory: ConversationMemory): boolean => medicalOrDisclosure(memory.raisedConcern) && raisedRecently(memory);

/**
 * "Should we get out?", "should I try and kick her door in?", "what do I do with her?", "can I just let him
 * sleep while it airs?", "does he go back in and switch it off?", "I stay inside or I take her out?", "can it
 * wait till Monday?", "is it safe to put it back on tonight, yes or no?": asking what to do now. Caller
 * re-trial 17b: the last four were answered with the cold-home, damp and gas-safety-check articles.
 */
export const asksWhatToDo = (text: string): boolean =>
  /\b(?:should|shall|must) (?:i|we)\b|\bwhat (?:do|should|shall|can) (?:i|we) do\b|\bis it (?:safe|ok|okay|alright|all right)\b|\bdo (?:i|we) (?:need to )?(?:get out|leave|go out)\b/i.test(text) ||
  /\b(?:do|does|can|could|may|i|we) (?:i |we |he |she |they )?(?:just |need to )?(?:go|get|stay|leave|let|put|turn|switch|take|wake|open|keep|wait)\b[^.!?]*\?|\b(?:can|could) (?:it|this|that) wait\b|\bwait (?:till|until)\b[^.!?]*\?|\byes or no\b/i.test(text);

/** An emergency or a disclosure: it interrupts whatever was happening. */
export const isConcern = (safety: SafetyAssessment): boolean => safety.emergency !== null || safety.safeguarding !== null;

/** Whether customer services is open now, and answering (a call put through that nobody answered is not): a safety reply out of hours promises no advisor. */
export const hoursNow = ({ ports, message }: Turn): Hours => hoursFor(isWithinOpeningHours(ports.profile, ports.now()), message.advisorsAway === true);

/**
 * Straight after emergency advice, its reminder and choices; while a disclosure or a danger to life
 * is live, 999 now for that concern, with the same choices unless a form's question follows (it keeps
 * its buttons last).
 */
export function remindOfDanger(turn: Turn, questionFollows = turn.formWaiting === true): BotReply {
  const { memory, ports } = turn;
  const concern = memory.raisedConcern ?? {};
  const reminder = safetyReminder(hoursNow(turn), concern);
  // After a fire, gas or fumes, only a question about what to do gets that emergency's advice again; "eh?" gets the reminder.
  // Someone trapped by smoke or in water hears what to do there whatever they say ("the smoke's coming under my door now").
  if (!concernStillLive(concern) || (!medicalOrDisclosure(concern) && !asksWhatToDo(turn.text) && !concern.scene)) return reminder;
  turn.dangerReminded = true;
  const story = storySoFar(memory, turn.text);
  const helpCalled = concern.emergency === 'danger-to-life' && !concern.safeguarding && (memory.residentMessages ?? [turn.text]).some((said) => helpIsComing.test(said));
  // Whatever the concern, someone who cannot call or speak for who is near hears how to call 999 in silence; "they're
  // coming" about the ambulance, with no disclosure told, is help, not the person harming them (caller trial 19, C19-02 and
  // H19-03: the press-55 line during CPR).
  const toldHelpIsComing = helpIsComing.test(turn.text);
  const now = dangerIsNear.test(turn.text) && !(toldHelpIsComing && !concern.safeguarding)
    ? dangerNear(concern, ports.profile)
    : helpCalled
      ? helpOnItsWay(ports.profile, turn.text, false, story)
      : concern.about === 'someone-not-seen' && toldHelpIsComing
        ? policeOnTheirWay(ports.profile)
        : dangerNowReminder(concern, ports.profile, turn.text, story);
  return questionFollows ? now : { ...now, choices: reminder.choices };
}
