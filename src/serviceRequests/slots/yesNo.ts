import { accept, reprompt, tidy, type SlotResult } from './slotResult.js';

const yesPattern =
  /^(y|yes|yeah|yea|yep|yup|ya|aye|ok|okay|sure|correct|right|true|definitely|absolutely|of course|i think so|i do|we do|there is|there are|there was|it was|it is|they are|they were|they do|that's right|thats right|please( do( that| it| so)?)?$|go on( then)?( please)?$|go ahead( please)?$|sounds good|that('d| would) be (great|good|lovely|helpful|brilliant|perfect|nice|useful|ideal))\b|\b(there was a (sticker|tag|label)|(a |got a )?(sticker|tag|label) on (it|the bin|the lid))\b/;
// Declining an offer politely counts as no: "not now", "I'm fine thanks".
const noPattern =
  /^(n|no|nah|nope|not really|not now|not right now|not at the moment|not yet|no need|don't bother|dont bother|negative|false|none|nothing|never|i don't think so|i dont think so|i don't|i dont|we don't|we dont|there isn't|there wasn't|there aren't|it wasn't|it isn't|they aren't|they weren't)\b|^(i'm|im|i am|we're|we are) (fine|ok|okay|alright|all right|good)(,? (thanks|thank you|ta))?( for now)?$|\b(no (sticker|tag|label)|wasn't (a )?(sticker|tag|label)ed|wasn't tagged|not tagged)\b/;

/**
 * Yes and no in the community languages of the council profile, said alone or first: "sim" and "sí" to "is anyone in danger right
 * now?" were not understood (caller trial 28, C28-01). Not "ha" or "si" inside English words: only the whole first word.
 */
const otherLanguageYes = /^(?:sim|si|sí|tak|da|taip|haan|han|haa|ji haan|ji|haye|naam|na'am|aiwa|نعم|ايوه|أيوه|ہاں|جی|হ্যাঁ|হাঁ|জি|ਹਾਂ|ਜੀ)(?=$|[\s.,!])/u;
const otherLanguageNo = /^(?:não|nao|nie|nu|ne|nahi|nahin|nai|naa|nahi ji|না|لا|نہیں|ਨਹੀਂ|maya)(?=$|[\s.,!])/u;

/** Yes or no in the many ways residents say it, including accepting or declining an offer in words; a contamination sticker counts as "yes, tagged". */
export function parseYesNo(text: string): SlotResult<boolean> {
  const answer = tidy(text).toLowerCase().replace(/[‘’]/g, "'").replace(/[.!]+$/, '');
  // "No" is checked first so "no, there wasn't a sticker" is not read as a yes.
  if (noPattern.test(answer)) return accept(false);
  if (yesPattern.test(answer)) return accept(true);
  if (otherLanguageNo.test(answer)) return accept(false);
  if (otherLanguageYes.test(answer)) return accept(true);
  return reprompt('Sorry, I need a yes or no answer to that. Please reply "yes" or "no".');
}
