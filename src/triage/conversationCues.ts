import { words } from '../knowledge/textTokens.js';

/**
 * Greetings, thanks, goodbyes and questions about the assistant itself. A message is small talk
 * only when almost nothing else is in it: "hi, my bin wasn't collected" is about a bin.
 */
const smalltalkWords = new Set(
  (
    'hi hello hiya hey hallo howdy morning afternoon evening good night thanks thank thankyou thx ta cheers bye goodbye ' +
    'see ya later cya ok okay great brilliant lovely nice perfect cool fab amazing you youre are is am i me a an the this that ' +
    'robot bot ai computer machine human real person automated chatbot talking chatting to with who what can do help how ' +
    'things kind sort of there anyone yes no so much very really helpful for your all now lol haha its it thats work works does today well ' +
    'doing be'
  ).split(' '),
);
const smalltalkCue = /\b(hi|hello|hiya|hey|morning|afternoon|evening|thanks?|thank you|cheers|ta|bye|goodbye|robot|bot|ai|chatbot|what can you (do|help)|how are you)\b/i;

export function isSmalltalk(text: string): boolean {
  const tokens = words(text);
  if (tokens.length === 0 || tokens.length > 12 || !smalltalkCue.test(text)) return false;
  const other = tokens.filter((token) => !smalltalkWords.has(token));
  return other.length === 0;
}

/** Asking how to reach the council itself: its phone number, opening hours, office or email. */
const contactDetailsCue =
  /\b(your|the council'?s?|council) (phone|telephone|contact) number\b|\bwhat('?s| is) (your|the) (phone )?number\b|\b(number|phone) (for|to) (call|ring|contact) (you|the council)\b|\b(customer services?|contact cent(re|er)|phones?|office|you) (open|close)\b|\bopening (hours|times)\b|\b(when|what time) (are|is|do|does) (you|your|the) (phones?|office|customer services?|contact cent(re|er)|council)? ?(open|close)/i;

export function asksForContactDetails(text: string): boolean {
  return contactDetailsCue.test(text);
}
