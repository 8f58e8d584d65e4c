import { clipped } from '../clipped.js';
import type { MediaKind } from '../forms/sharedEvidence.js';
import type { CouncilProfile } from '../profile/councilProfile.js';
import { readLimit, safetyCeiling, type UnreadPart } from '../triage/messageLimits.js';
import { callBackChoice, type BotReply } from '../reply.js';
import { concernOffersReport, type Hours, type RaisedConcern } from '../triage/safetyReplies.js';
import { safetyChoicesFor } from '../triage/triage.js';
import { asksForHelpAlone } from '../triage/conversationCues.js';
import type { ReportForm } from './formIntents.js';

/**
 * Fixed interface phrases of the conversation (answers themselves come only from articles).
 * Kept in one place so a council can review every sentence the bot can say on its own.
 */
/** When a message arrived while the conversation was still busy (see lockedTurn.ts). */
export const stillBusyWithLastMessage = "I'm still finishing your last message, so I couldn't read this one yet. Please send it again in a minute.";
/** After the safety advice for a message past the sending limits: nothing else of it was read. */
export const sendingTooFast = 'Messages from your connection are arriving faster than I can answer, so I have only read this one for safety. Please wait a minute before sending the next.';

/** The same, on a channel that keeps the message and answers it once the last one is done (WhatsApp). */
export const stillBusyWillAnswer = "I'm still finishing your last message. I'll answer this one as soon as I can: there's no need to send it again.";
/** After the safety advice sent ahead of a turn that is slow to answer an emergency or a disclosure (WhatsApp; see lockedTurn.ts). */
export const slowToAnswer = "Sorry, I'm slow to answer just now. I'll reply to the rest of your message as soon as I can: there's no need to send it again.";
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

/** Said once when the bot is added to a Teams channel or group chat: no menu, no emergency card for a room full of staff. */
export const teamsSharedChatHello = (profile: CouncilProfile): string =>
  `Hello, I'm the ${profile.branding.botName} for ${profile.council.name}. Mention me with a question and I'll answer from the council's own pages.`;

/** The welcome menu: each label starts a route when the resident picks it. */
export const welcomeChoices = ['Report a repair', 'Report damp or mould', 'Report a missed bin', 'Check a case', 'Council tax', 'Talk to someone'] as const;

export function talkToSomeoneReply(profile: CouncilProfile): BotReply {
  return {
    text:
      `You can talk to our customer services team on ${profile.council.phone} (${profile.council.openingHours.summary}). ` +
      `For an emergency repair outside those hours, call ${profile.council.outOfHoursRepairsPhone}.`,
    choices: [{ label: 'Ask another question' }],
  };
}

/**
 * "What's your e-mail address?", "where is the town hall?", "what time do you open?": the council's
 * own details from the profile, answered, with a person offered. A caller who asked for an address
 * was put through to the contact centre, or out of hours told nobody was available.
 */
export function contactDetailsReply(profile: CouncilProfile): BotReply {
  const { council } = profile;
  return {
    text:
      `Our customer services team is open ${council.openingHours.summary}. ` +
      `You can call us on ${council.phone}, e-mail ${council.email}, or visit us at ${council.address}. ` +
      `For an emergency repair outside those hours, call ${council.outOfHoursRepairsPhone}.`,
    choices: [{ label: 'Talk to someone' }, { label: 'Ask another question' }],
  };
}

/** After too many case checks that showed nothing: no more checks in this conversation, a person instead. */
export function caseLookupsStopped(profile: CouncilProfile): BotReply {
  return {
    text:
      "I can't check any more references in this chat. An advisor can help: type 'talk to someone', " +
      `or call us on ${profile.council.phone} (${profile.council.openingHours.summary}).`,
    choices: [{ label: 'Talk to someone' }],
    offer: 'Talk to someone',
  };
}

/** Why the bot is bringing in a person, said before the queue position. */
export const handoffLeads = {
  'asked-for-person': "I'll ask one of our advisors to join this chat.",
  safeguarding: "I've asked one of our advisors to join this chat as a priority.",
  emergency: "I've asked one of our advisors to join this chat as a priority.",
  'low-confidence': "I'm sorry, I haven't been able to find the right answer for you, so I've asked one of our advisors to join this chat.",
  'negative-sentiment': "I'm sorry this has been difficult. I've asked one of our advisors to join this chat.",
  'dialog-failed': "Let's get a person to help with this. I've asked one of our advisors to join this chat.",
} as const;

/**
 * The handoff queued, and the resident's place. Place 0 is an advisor already with them: the message
 * that queued it, run again after its instance died, came after an advisor had accepted it and was
 * told "you're next in the queue" (PostgreSQL re-trial 15).
 */
export function handoffQueued(lead: string, position: number): BotReply {
  if (position === 0) return { text: 'An advisor from our customer services team is already with you in this chat: they will see everything you have told me.' };
  const place = position === 1 ? "You're next in the queue." : `You're number ${position} in the queue.`;
  return {
    text: `${lead} ${place} Please stay in this chat: they will see everything you've told me, so you won't need to repeat it.`,
    choices: [callBackChoice],
  };
}

export function handoffStillWaiting(position: number): string {
  return position <= 1
    ? "Thanks, I've passed that on. You're next in the queue and an advisor will reply here."
    : `Thanks, I've passed that on. You're number ${position} in the queue and an advisor will reply here.`;
}

/** Out of hours nobody can join, so the resident is offered a call back instead of a wait. */
export function handoffOutOfHours(profile: CouncilProfile, nextOpening: string | undefined): BotReply {
  const opens = nextOpening ? ` We open again ${nextOpening}.` : '';
  return {
    text:
      `Our advisors aren't available right now: we're open ${profile.council.openingHours.summary}.${opens} ` +
      `I can ask someone to call you back, or you can phone ${profile.council.phone} when we're open. ` +
      `For an emergency repair, call ${profile.council.outOfHoursRepairsPhone}.`,
    choices: [callBackChoice, { label: 'Ask another question' }],
    offer: callBackChoice.label,
  };
}

export const advisorJoined = (advisor: string): string => `${advisor} from our customer services team has joined the chat.`;

export const noAdvisorAvailable = (profile: CouncilProfile): BotReply => ({
  text: `Sorry, no advisor is able to join right now. I can ask someone to call you back, or you can phone ${profile.council.phone} (${profile.council.openingHours.summary}).`,
  choices: [callBackChoice, { label: 'Ask another question' }],
  offer: callBackChoice.label,
});

export const leftQueue: BotReply = { text: "OK, you've left the queue. Is there anything else I can help with?", choices: [{ label: 'Talk to someone' }] };

/** The one-question satisfaction survey: the choices carry the score. */
export const satisfactionChoices = [
  { label: '5 Very good', value: '5' },
  { label: '4 Good', value: '4' },
  { label: '3 OK', value: '3' },
  { label: '2 Poor', value: '2' },
  { label: '1 Very poor', value: '1' },
];

export const handoffEndedSurvey: BotReply = {
  text: "The advisor has ended the chat, and you're back with the assistant. How would you rate the help you got today, from 5 (very good) to 1 (very poor)?",
  choices: satisfactionChoices,
};

export const goodbyeSurvey: BotReply = {
  text: 'Thank you for contacting us. Before you go, how would you rate this chat, from 5 (very good) to 1 (very poor)?',
  choices: satisfactionChoices,
};

export const thanksForRating = 'Thank you for your feedback. Goodbye, and take care.';
export const goodbyeAfterRating = 'Thank you for contacting us. Goodbye, and take care.';

/** The goodbye after a disclosure: short, with 999, and nothing more to answer. */
export const goodbyeAfterDisclosure = (profile: CouncilProfile): string => `If you are ever in danger, call **${profile.national.emergency}**. Goodbye, and take care.`;

/** Scores at or below this are "poor" or "very poor": the resident is offered a way to put it right, as a council would. */
export const lowRatingAtMost = 2;

export const sorryForLowRating: BotReply = {
  text: "Thank you for telling us, and I'm sorry we didn't get it right. If you want to, you can make a complaint, or talk to someone in our team.",
  choices: [{ label: 'Make a complaint' }, { label: 'Talk to someone' }],
};

/** Offered after every grounded answer. */
export const helpfulChoices = [{ label: 'This helped' }, { label: "This didn't help" }];

export const helpfulThanks: BotReply = { text: "Good, I'm glad that helped. Is there anything else?", choices: [{ label: "No, that's all" }] };

export const notHelpfulReply: BotReply = {
  text: "Sorry about that. You could ask it another way, pick a topic, or I can bring in one of our advisors.",
  choices: [{ label: 'Talk to someone' }, { label: 'Start again' }],
  offer: 'Talk to someone',
};

/** After emergency or safety advice, a reply the bot cannot place: the way to act now, and the advice's choices again. */
export function safetyReminder(hours: Hours, concern: RaisedConcern): BotReply {
  return {
    text: 'If you or anyone with you is in danger now, call 999. Otherwise, tell me what you would like to do next.',
    choices: safetyChoicesFor(hours, concernOffersReport(concern)),
    urgent: concern.emergency ? 'emergency' : 'safeguarding',
  };
}

/** The "Ask another question" choice: it asks for the question, rather than being answered as one. */
export const asksAnotherQuestion = (text: string): boolean => /^(?:ask )?another question[.!]?$/i.test(text.trim());
export const whatToAsk: BotReply = { text: 'What would you like to ask?' };

/** "No thanks" to an offer. */
export const offerDeclined: BotReply = { text: 'OK. Is there anything else I can help with?' };

/** A new report with a change of mind ("actually", "forget the bin", "instead"): the form in hand stops and the new one starts. */
export const changesMind = (text: string): boolean => /\b(actually|forget|never ?mind|instead|scrap|cancel|rather)\b/i.test(text);

/** Said when a change of mind stops a form. */
export const formStopped = (name: string): BotReply => ({ text: `OK, I've stopped ${name}. Nothing has been sent for it.` });

/** A new report asked for while a form is in progress: the form in hand is finished first. */
export const finishThisFirst: BotReply = { text: "I can help with that too. Let's finish this report first, then tell me about it again." };
/** The same for another report, which is offered once this one is made (`laterReportOffer`). */
export const reportThatNext: BotReply = { text: "I can report that too. Let's finish this report first, and then I'll come back to it." };

/** A resident let down more than once is heard before the report is taken, and told how to complain. */
export const frustrationHeard: BotReply = {
  text: "I'm sorry, that isn't the service you should get. I'll take the details now so this is logged, and if you want to, you can make a complaint about how it has been handled: type \"make a complaint\" at any time.",
};

/** Offered after a report from a resident who was let down before. */
export const complaintChoice = { label: 'Make a complaint' };

export function goodbyeAfterRepeatedAbuse(profile: CouncilProfile): string {
  return (
    "I'm going to end this chat now. If you need help, you can start a new chat later or phone us on " +
    `${profile.council.phone}. If anyone is in danger, call 999.`
  );
}

/** Asked after a turn that would otherwise end on a statement (a case read out, a report refused): the resident has something to answer. */
export const anythingElseQuestion = 'Is there anything else I can help with?';

/** A statement with nothing to answer gets the "anything else?" close; a question or choices are left as they are. */
export const withAnythingElse = (reply: BotReply): BotReply =>
  reply.choices?.length || /\?\s*$/.test(reply.text) ? reply : { ...reply, text: `${reply.text}\n\n${anythingElseQuestion}` };

/** Leaving now ("hang up", "stop" with nothing open, "no" to the rating): a goodbye and nothing more to answer, so a call ends. */
export const leavingNow: BotReply = { text: 'OK. Thank you for contacting us. Goodbye.' };

/** "More", "tell me more", "carry on": the rest of a long answer cut short on a call. */
export const asksForMore = (text: string): boolean => /^(?:(?:yes|ok|okay),? )?(?:say |tell me |hear |give me )?(?:more|the rest|go on|carry on|continue)(?: please)?[.!]?$/i.test(text.trim());
/** "More" with no cut answer waiting (the greeting was said to it on a call). */
export const nothingMore: BotReply = { text: "There's no more to that answer. What can I help you with?" };

/** The resident is done: the bot asks for a rating rather than "anything else?". */
export const endsConversation = (text: string): boolean =>
  /\b(bye|goodbye|that'?s all|that is all|that'?s it|that is it|nothing else|all done|that'?s everything|that is everything|i'?ll (?:ring|call|phone) (?:you )?back)\b/i.test(text.replace(/’/g, "'"));

const smalltalkReplies: { pattern: RegExp; text: string }[] = [
  { pattern: /\b(thank|thanks|cheers|ta)\b/i, text: "You're welcome. Is there anything else I can help with?" },
  { pattern: /\b(bye|goodbye|see you|that's all|thats all)\b/i, text: 'Goodbye, and thank you for contacting us.' },
  {
    pattern: /\b(robot|bot|human|real person|ai|computer)\b/i,
    text: "I'm the council's automated assistant, not a person. I answer from the council's own web pages, and I can put you through to our team at any time: just type 'talk to someone'.",
  },
];

/** Leaving in a hurry ("I have to go, the doorbell is ringing"): no goodbye ritual, the way back and 999. */
const inAHurry = /\b(?:(?:have|has|got|need|needs|must) to|gotta) go\b|\bdoor ?bell|\bat the door\b/i;

/** Neutral, for "help" alone or a hurried exit: no category's script, only 999 for danger. */
function neutralReply(text: string, profile: CouncilProfile): string | undefined {
  if (asksForHelpAlone(text)) return `What do you need help with? If you are in danger, call ${profile.national.emergency}.`;
  if (inAHurry.test(text)) return `OK. You can come back to this at any time. If you are in danger, call ${profile.national.emergency}.`;
  return undefined;
}

/** Greetings, thanks, goodbyes and "are you a robot": fixed, friendly, and back to the menu. */
export function smalltalkReply(text: string, profile: CouncilProfile): BotReply {
  const match = smalltalkReplies.find((reply) => reply.pattern.test(text));
  return {
    text: neutralReply(text, profile) ?? match?.text ?? `Hello! I'm the ${profile.branding.botName}. What can I help you with today?`,
    choices: welcomeChoices.map((label) => ({ label })),
  };
}

/** The button that starts each report. */
const reportLabels: Readonly<Record<ReportForm, string>> = { 'report-repair': 'Report a repair', 'report-damp-mould': 'Report damp or mould', 'report-missed-bin': 'Report a missed bin' };

const reportChoices = Object.values(reportLabels).map((label) => ({ label }));

/** After a report, the other one asked for while it was being made, offered with the resident's words. */
export const laterReportOffer = (said: string, form: ReportForm): BotReply => ({
  text: `You also said: "${clipped(said, 120)}". Would you like to report that now?`,
  choices: [{ label: reportLabels[form] }, { label: 'No thanks' }],
});

/** A photo sent outside a form: kept for the report it belongs to. */
export const evidenceKept: BotReply = {
  text: "Thanks, I've kept that. I'll add it to your report. What would you like to report?",
  choices: reportChoices,
};

/** A location pin sent outside a form: kept, and never read as a question. */
export const locationKept: BotReply = {
  text: "Thanks, I've noted that location. What would you like to report there?",
  choices: reportChoices,
};

/** What the assistant cannot do with each kind of media it cannot open. */
const cannotOpenLines: Record<Exclude<MediaKind, 'image'>, string> = {
  voice: "I can't listen to voice messages here yet.",
  audio: "I can't listen to audio messages here yet.",
  video: "I can't watch videos here yet.",
  document: "I can't open documents or files here yet.",
  sticker: "I can't read stickers.",
  contacts: "I can't read contact cards here.",
  unsupported: "I can't open that kind of message here.",
};

/** How the advisor's console names what arrived. */
const mediaNames: Record<MediaKind, string> = {
  image: 'a photo',
  video: 'a video',
  audio: 'an audio message',
  voice: 'a voice message',
  document: 'a file',
  sticker: 'a sticker',
  contacts: 'a contact card',
  unsupported: 'a kind of message the assistant cannot read',
};

/** What the advisor reads in an open handoff when the resident sent something with no words that cannot be opened. */
export const unreadableNote = (kind: MediaKind): string => `(The resident sent ${mediaNames[kind]}, which cannot be opened here.)`;

/** The invoke response to a Teams `Action.Execute` button (shown briefly by Teams). */
export const cardActionAnswered = (handled: boolean): string => (handled ? 'Thanks' : 'That button no longer does anything. Please type your question.');

/** A voice note, video, file or card with no words: say so, and how else to reach the council. */
export function cannotOpen(kind: MediaKind, profile: CouncilProfile): string {
  const line = kind === 'image' ? cannotOpenLines.unsupported : cannotOpenLines[kind];
  return (
    `${line} Please type your message, or call us on ${profile.council.phone} (${profile.council.openingHours.summary}). ` +
    `For an emergency repair out of hours, call ${profile.council.outOfHoursRepairsPhone}. If someone is in danger, call ${profile.national.emergency}.`
  );
}

const characters = (count: number): string => `${count.toLocaleString('en-GB')} characters`;

/** Said before the reply to a message longer than the assistant reads (see `src/triage/messageLimits.ts`). */
export function partReadNote(unread: Exclude<UnreadPart, 'none'>): string {
  const read =
    unread === 'beyond-read-limit'
      ? `Your message was long. I checked all of it for anything urgent, but I only read the first ${characters(readLimit)} to answer you.`
      : `Your message was very long. I checked the first ${characters(safetyCeiling)} for anything urgent and read the first ${characters(readLimit)} to answer you. I did not read the rest.`;
  return `${read} If there's something else you need, please send it in a shorter message.`;
}

/** Said once to a resident whose half-finished form was stored by an older version that cannot be read now. */
export const formLostInUpgrade: BotReply = {
  text: "Sorry, we've updated this assistant and the report you were part-way through wasn't saved. Nothing was sent to the council, so please tell me again what you need.",
};
