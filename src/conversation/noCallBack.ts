import type { CouncilProfile } from '../profile/councilProfile.js';
import { callBackChoice, type BotReply } from '../reply.js';

/** A sentence that offers to have someone call the resident back ("I can ask one of our advisors to call you back as a priority…"). */
const offersCallBack = /[^.!?\n]*\b(?:call|ring) you back\b[^.!?\n]*[.!?]\s*/gi;

/** Said in place of a call back to a resident who told us not to call: how to reach us instead, when it is safe. */
export const otherWaysToReachUs = (profile: CouncilProfile): string =>
  `You said it isn't safe for us to call you, so we won't. When it is safe, you can e-mail ${profile.council.email} or come to ${profile.council.address} (${profile.council.openingHours.summary}).`;

/**
 * A reply without its call-back offer, for a resident who said we must not call them: its sentence
 * and its "Request a call back" choice go, and the first reply of the turn that offered one says the
 * other ways instead. One guard on every reply rather than a flag through every reply's author: the
 * offer is made by safety replies, handoffs, a transfer nobody answered and the phone channel alike,
 * and callers who said "he checks my phone" were offered it by each (caller trial 17, P2).
 * `alreadySaid` is whether this turn has given the other ways already.
 */
export function withoutCallBack(reply: BotReply, profile: CouncilProfile, alreadySaid: boolean): { reply: BotReply; saidOtherWays: boolean } {
  const otherWays = otherWaysToReachUs(profile);
  let placed = alreadySaid;
  // The first offer's sentence becomes the other ways, where it stood (before the question after it); any other goes.
  const text = reply.text
    .replace(offersCallBack, (sentence) => {
      if (placed) return '';
      placed = true;
      return `${otherWays}${sentence.match(/\s+$/)?.[0] ?? ''}`;
    })
    .trimEnd();
  const choices = reply.choices?.filter((choice) => choice.label !== callBackChoice.label);
  const choiceTaken = choices?.length !== reply.choices?.length || reply.offer === callBackChoice.label;
  if (text === reply.text.trimEnd() && !choiceTaken) return { reply, saidOtherWays: false };
  const { offer, choices: _offered, ...rest } = reply;
  return {
    reply: {
      ...rest,
      // Only a button offered it: the other ways follow the reply.
      text: placed ? text : `${text}\n\n${otherWays}`,
      ...(choices && choices.length > 0 && { choices }),
      ...(offer !== undefined && offer !== callBackChoice.label && { offer }),
    },
    saidOtherWays: true,
  };
}
