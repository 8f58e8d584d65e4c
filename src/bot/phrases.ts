import type { CouncilProfile } from '../profile/councilProfile.js';
import type { BotReply } from './reply.js';

/**
 * Fixed interface phrases of the conversation (answers themselves come only from articles).
 * Kept in one place so a council can review every sentence the bot can say on its own.
 */
export const apologyForFailedTurn =
  "Sorry, something went wrong on our side and I couldn't finish that. Please try again, or type 'talk to someone'.";

export function welcomeText(profile: CouncilProfile): string {
  return (
    `Hello, I'm the ${profile.branding.botName} for ${profile.council.name}. ` +
    'I can answer questions and help you report things. What can I help you with today?\n\n' +
    'If someone is in danger, call 999. If you smell gas, call the National Gas Emergency Service on ' +
    `${profile.national.gasEmergency}.`
  );
}

/** The welcome menu: each label starts a route when the resident picks it. */
export const welcomeChoices = ['Report a repair', 'Damp and mould', 'Missed bin', 'Council tax', 'Talk to someone'] as const;

export function talkToSomeoneReply(profile: CouncilProfile): BotReply {
  return {
    text:
      `You can talk to our customer services team on ${profile.council.phone} (${profile.council.openingHours.summary}). ` +
      `For an emergency repair outside those hours, call ${profile.council.outOfHoursRepairsPhone}.`,
    choices: [{ label: 'Ask another question' }],
  };
}

export function lowConfidenceEscalation(profile: CouncilProfile): BotReply {
  return {
    text:
      "I'm sorry, I haven't been able to find the right answer for you. " +
      `Our customer services team can help: ${profile.council.phone} (${profile.council.openingHours.summary}).`,
    choices: [{ label: 'Talk to someone' }, { label: 'Start again' }],
  };
}

export function goodbyeAfterRepeatedAbuse(profile: CouncilProfile): string {
  return (
    "I'm going to end this chat now. If you need help, you can start a new chat later or phone us on " +
    `${profile.council.phone}. If anyone is in danger, call 999.`
  );
}

const smalltalkReplies: { pattern: RegExp; text: string }[] = [
  { pattern: /\b(thank|thanks|cheers|ta)\b/i, text: "You're welcome. Is there anything else I can help with?" },
  { pattern: /\b(bye|goodbye|see you|that's all|thats all)\b/i, text: 'Goodbye, and thank you for contacting us.' },
  {
    pattern: /\b(robot|bot|human|real person|ai|computer)\b/i,
    text: "I'm the council's automated assistant, not a person. I answer from the council's own web pages, and I can put you through to our team at any time: just type 'talk to someone'.",
  },
];

/** Greetings, thanks, goodbyes and "are you a robot": fixed, friendly, and back to the menu. */
export function smalltalkReply(text: string, profile: CouncilProfile): BotReply {
  const match = smalltalkReplies.find((reply) => reply.pattern.test(text));
  return {
    text: match?.text ?? `Hello! I'm the ${profile.branding.botName}. What can I help you with today?`,
    choices: welcomeChoices.map((label) => ({ label })),
  };
}
