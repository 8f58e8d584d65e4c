import type { RetrievedArticle } from '../knowledge/hybridRetriever.js';
import { terms, words } from '../knowledge/textTokens.js';
import { contactWords, fillerWords, laughter, personWords, requestWords, smalltalkCuePhrases, smalltalkCueWords } from './conversationWords.js';

const isSmalltalkCue = (word: string) => smalltalkCueWords.has(word) || laughter.test(word);
const isConversation = (word: string) =>
  isSmalltalkCue(word) || fillerWords.has(word) || personWords.has(word) || requestWords.has(word) || contactWords.has(word);

/** A stretched word back to its spelling when that is a conversation word: "heyyy" → "hey", "pleaseee" → "please". */
function unstretch(word: string): string {
  if (isConversation(word)) return word;
  const candidates = [word.replace(/(\p{L})\1{2,}/gu, '$1$1'), word.replace(/(\p{L})\1+/gu, '$1')];
  return candidates.find(isConversation) ?? word;
}

const tokensOf = (text: string): string[] => words(text).map(unstretch);

/** True when no word could name a subject: every one is a word of conversation. */
const allConversation = (tokens: readonly string[]) => tokens.every(isConversation);

/**
 * Greetings, thanks, goodbyes, questions about the assistant and chit-chat, in any spelling.
 * Small talk only when nothing else is in it: "hi, my boiler is broken" is about a boiler.
 */
export function isSmalltalk(text: string): boolean {
  const tokens = tokensOf(text);
  // A thumbs up or a laughing face, and nothing else, is chit-chat.
  if (tokens.length === 0) return /\p{Extended_Pictographic}/u.test(text);
  if (tokens.length > 15) return false;
  let cues = 0;
  const rest = smalltalkCuePhrases
    .reduce((joined, phrase) => joined.replace(phrase, () => ((cues += 1), ' ')), tokens.join(' '))
    .split(' ')
    .filter((word) => word !== '');
  cues += rest.filter(isSmalltalkCue).length;
  return cues > 0 && rest.every((word) => isSmalltalkCue(word) || fillerWords.has(word));
}

/** Nothing in the message but conversation: asking for a person or for our details, with no subject. */
export function namesNoSubject(text: string): boolean {
  return allConversation(tokensOf(text));
}

/**
 * "Help", "can you help me please": help asked for with nothing said about what. Retrieval has no
 * subject to find, so whatever it ranks first is a guess (a caller saying "help" was read the
 * domestic abuse article's summary): the resident is asked what they need instead.
 */
export function asksForHelpAlone(text: string): boolean {
  const tokens = tokensOf(text);
  return tokens.includes('help') && allConversation(tokens) && !tokens.some((word) => personWords.has(word) || contactWords.has(word));
}

/** "Agent", "a real person please": a person asked for, and nothing else. */
export function asksForPerson(text: string): boolean {
  const tokens = tokensOf(text);
  return allConversation(tokens) && tokens.some((word) => personWords.has(word));
}

/** A request for a person, then what it is about, in the same clause: "talk to a human about my PCN". */
const personAbout = /\b(?:talk|speak|chat|someone|somebody|person|human|advisor|adviser|agent|officer|call|ring)\b[^.,;!?]*?\b(?:about|regarding|concerning)\s+([^.,;!?]+)/i;

/**
 * What a request for a person is about ("my PCN"), so the request's own words ("talk", "human")
 * do not pull retrieval off the subject. Undefined when the request names no subject.
 */
export function subjectOf(text: string): string | undefined {
  return personAbout.exec(text)?.[1]?.trim() || undefined;
}

/** The council itself, as a resident names it. "Council tax" is a service, not the council. */
const council = String.raw`(?:the )?(?:council(?! tax)s?(?: offices?)?|town hall|civic cent(?:re|er)|customer services?|contact cent(?:re|er)|switchboard)`;
const channel = String.raw`(?:phone |telephone |contact |e ?mail |postal |office )?(?:number|e ?mail|e ?mail address|address|details|hours|opening (?:hours|times)|phone lines?|lines|phones|offices?|website)`;

/** Ways to reach somebody; with no other subject, whose details are meant is plain: ours. */
const reachingCue = /\b(?:phone|telephone|contact|number|e ?mail|address|ring|call|reach|get (?:in touch|hold)|open|opens|opening|close|closes|closing|closed|shut|hours|where|visit|come in|website)\b/;

/** Ways to reach the council by name, so the question is about us whatever else it says. */
const reachingUs = new RegExp(
  [
    String.raw`\b(?:ring|call|phone|e ?mail|contact|reach|write to|get in touch with|get hold of|get through to|visit) (?:you|u|${council})\b`,
    String.raw`\b(?:your|${council}) ${channel}\b`,
    String.raw`\b(?:number|e ?mail|address|details|hours|opening (?:hours|times)) (?:for|of) (?:you|${council})\b`,
    String.raw`\b(?:(?:are|do|will) (?:you|u)|${council}|your (?:phones|phone lines|lines|offices?)) (?:still )?(?:open|opens|close|closes|closed|shut)\b`,
  ].join('|'),
);

/** Asking how to reach the council itself: its phone number, email, office or opening hours. */
export function asksForContactDetails(text: string): boolean {
  const tokens = tokensOf(text);
  const joined = tokens.join(' ');
  return reachingUs.test(joined) || (reachingCue.test(joined) && allConversation(tokens));
}

/** Opens by carrying on from what came before: "and over the winter?", "what about the garden one?". */
const carriesOn = /^(and|but|also|plus|so|or|what about|how about|what if|same for|is that|does that|do they|are they|will they|can they|is it|does it|will it)\b/;
/** Points back at what came before: "how much does it cost?", "how do I apply for it?". */
const pointsBack = /\b(it|that|this|they|them|those|these|one)\b/;
/** A question this short that points back names nothing of its own. */
const pointingQuestionWordsAtMost = 7;
/** A short follow-up: longer messages say what they are about. */
const followUpWordsAtMost = 10;

/** Short enough to lean on what the conversation is about: longer messages say what they are about. */
export const isShort = (text: string): boolean => words(text).length <= followUpWordsAtMost;

/**
 * A short message that leans on the last answer ("and do they still come over the winter?"): read
 * with that answer's subject. A message that names its own subject is read on its own.
 */
export function readsAsFollowUp(text: string): boolean {
  const tokens = words(text);
  const joined = tokens.join(' ');
  if (tokens.length === 0 || !isShort(text)) return false;
  return carriesOn.test(joined) || (tokens.length <= pointingQuestionWordsAtMost && text.trim().endsWith('?') && pointsBack.test(joined));
}

/** Search keeps "not" and "no" (they change what is asked); they name nothing. */
const negations = new Set(['not', 'no', 'nor', 'never', 'nothing']);

/** Whether two texts share a word that names something (not "the", "please", "can" or "not"). */
export function sharesAWord(a: string, b: string): boolean {
  const named = new Set(terms(b).filter((term) => !negations.has(term)));
  return terms(a).some((term) => named.has(term));
}

/** Whether the text names the article retrieval ranked first (a word of its title or keywords): a vague or off-subject message lands near an article by chance. */
export function namesTopArticle(text: string, articles: readonly RetrievedArticle[]): boolean {
  const top = articles[0]?.article;
  return top !== undefined && sharesAWord(text, [top.title, ...top.keywords].join(' '));
}
