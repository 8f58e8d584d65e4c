import { words } from '../knowledge/textTokens.js';
import { parseUkPhoneNumber } from '../serviceRequests/slots/phone.js';

/**
 * "This number", "the one I'm calling from", "same number", "ring me on here": the number the resident is calling or writing
 * from, said to a question that asks for a number (a call checks the question it last asked). A WhatsApp message has no such
 * question to go by, so `withSendersNumber` takes only a message made of nothing else. Both channels know the number and write
 * it in, as the forms know no number but the one said.
 */
export const ownNumberSaid =
  /\b(?:this|that|the same|same|my|whatsapp) (?:number|one|phone|mobile)\b|\b(?:the (?:number|one|phone) )?I(?:'?m| am) (?:calling|ringing|phoning|messaging|texting|writing|on) (?:from|on)\b|\bI(?:'?m| am) (?:calling|messaging|texting) from\b|\b(?:you can )?(?:call|ring|phone) me (?:back )?(?:on )?(?:this|here)\b|^(?:on |it'?s )?(?:here|this|this one)\.?$/i;

/** The words an answer that only means "this number" is made of ("yes on this number thanks", "same one", "here"), apostrophes folded. */
const onlyOwnNumber =
  /^(?:(?:yes|yeah|yep|ok|okay|please|pls|just|use|you can|can|call|ring|phone|text|me|back|on|its|is|the|same|as|this|that|one|number|mobile|whatsapp|here|im|i am|messaging|texting|writing|calling|from|thanks|thank you|ta|cheers|fine)(?:\s+|$))+$/;
/** What makes such words mean the number rather than a yes: "yes" alone answers something else. */
const namesTheNumber = /\b(?:number|same|here|this one|that one|whatsapp)\b/;

/**
 * A WhatsApp message that only says to use the number it comes from ("on this number", "same one please", "here"), with that
 * number written in when it is a UK number, as a call's is: the call back form read it as no phone number and the request was
 * lost (caller trial 31, C31-07). Anything more ("is this the right number for repairs?"), or a number from abroad, is left as written.
 */
export function withSendersNumber(text: string, from: string | undefined): string {
  const said = words(text).join(' ');
  if (!from || /\d/.test(text) || !onlyOwnNumber.test(said) || !namesTheNumber.test(said)) return text;
  const number = parseUkPhoneNumber(from.startsWith('+') ? from : `+${from}`);
  return number.ok ? number.value.display : text;
}
