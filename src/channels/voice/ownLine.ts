import { parsePhoneNumberWithError } from 'libphonenumber-js';
import { sentencesOf, spokenText, type VoiceChannelData } from '../rendering/speech.js';

/**
 * Who can take the call now: an advisor it can be put through to (`open`), nobody because the
 * lines are closed (`closed`), or nobody because a transfer on this call was not answered
 * (`unanswered`: the same transfer is not offered again).
 */
export type LineNow = 'open' | 'closed' | 'unanswered';

/** The council's numbers as the voice channel knows them (E.164). */
export interface OwnLines {
  /** The number the caller rang: told to them as "this number", never read out for them to ring. */
  rung: string;
  /** The number a call is put through to. */
  contactCentre: string;
}

const digitWords = ['oh', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'] as const;
const digitWord = `(?:${digitWords.join('|')})`;
/** A number as speech reads it: digit words, in groups between commas ("oh one six three two, nine six oh, oh oh one"). */
export const spokenDigits = `\\b${digitWord}(?:,? ${digitWord}\\b)*`;

export const digitsOf = (spoken: string): string => (spoken.toLowerCase().match(/[a-z]+/g) ?? []).map((word) => digitWords.indexOf(word as (typeof digitWords)[number])).join('');

/** An E.164 number's national digits ("+441632960000" → "01632960000"); undefined if it is not a number. */
function nationalDigits(number: string): string | undefined {
  try {
    return parsePhoneNumberWithError(number, 'GB').formatNational().replace(/\D/g, '');
  } catch {
    return undefined;
  }
}

/** An E.164 number read out in its national groups ("oh one six three two, nine six oh, oh oh oh"). */
export const spokenLine = (number: string): string => spokenText(parsePhoneNumberWithError(number, 'GB').formatNational()).replace(/\.$/, '');

/** The line rung, said where its number was: a noun phrase, so it fits wherever a number fits ("call us on …", "somewhere safe: …"). */
export const thisNumber = 'this number';

/** In opening hours the caller can be put through, whatever other number the sentence gave. */
const putThrough = 'To talk to someone now, say talk to someone and I can put you through.';

/** Said once, after the first sentence naming the council's line: what the caller can do about it now, on this call. */
const whatNow: Readonly<Record<LineNow, { alone: string; besideAnother: string }>> = {
  open: { alone: putThrough, besideAnother: putThrough },
  closed: { alone: 'Our lines are closed now, so say request a call back if you would like someone to ring you.', besideAnother: 'Our lines are closed now.' },
  unanswered: { alone: 'Nobody can answer just now, so say request a call back if you would like someone to ring you.', besideAnother: 'Nobody can answer just now.' },
};

/** What already says what can be done now, so it is not said twice. */
const alreadySaid: Readonly<Record<LineNow, RegExp>> = {
  open: /\btalk to someone\b|\bput you through\b/i,
  closed: /\bcall (?:you )?back\b|\bclosed now\b|\baren't available\b/i,
  unanswered: /\bcall (?:you )?back\b|\bnobody (?:can|could) answer\b/i,
};

/** Out of hours, or after a transfer nobody answered, a sentence offering to put the caller through is said as the call back that can be offered. */
const transferOffer = /(?<!\b(?:cannot|can't|not) )\bput you through\b|\bsay talk to someone\b/i;
const callBackInstead: Readonly<Record<Exclude<LineNow, 'open'>, string>> = {
  closed: 'Our lines are closed now, but I can ask someone to call you back: say request a call back',
  unanswered: 'Nobody can answer just now, but I can ask someone to call you back: say request a call back',
};

/** "You can say help, start again, cancel or talk to someone at any time.": when nobody can answer, the list is said without the person. */
const withoutPersonListed = (sentence: string): string => sentence.replace(/, ([^,]+) or talk to someone\b/, ' or $1');

/** "…: say talk to someone, or say the answer again.": the other way on, after the offer, is kept. */
function withoutTransferOffer(sentence: string, now: Exclude<LineNow, 'open'>): string {
  const otherWay = /\btalk to someone(, or [^.?!]+)[.?!]$/i.exec(sentence)?.[1] ?? '';
  return `${callBackInstead[now]}${otherWay}.`;
}

/**
 * Replies are written for chat, where "call us on 01632 960000" is the way to a person. On a call
 * to that number the caller is already there. So the number they rang is said as "this number"
 * wherever it stands (a whole noun phrase in place of another, so every sentence stays a
 * sentence), and after the first sentence that names it, or the contact centre's number, one
 * sentence says what they can do now: be put through in opening hours, or ask for a call back when
 * nobody can answer. Out of hours, or after a transfer nobody answered (`now`), a sentence offering
 * to put the caller through is said as the call back instead. Every other number (999, a
 * helpline, the out-of-hours repairs line) is read out. `offered` is what the turn's choices say,
 * so an offer they make is not made twice.
 */
export function withOwnLineSaid(speech: string, lines: OwnLines, now: LineNow, offered = ''): string {
  const rung = nationalDigits(lines.rung);
  const own = new Set([rung, nationalDigits(lines.contactCentre)].filter((digits): digits is string => digits !== undefined && digits !== ''));
  let told = alreadySaid[now].test(`${speech} ${offered}`);
  const said = sentencesOf(speech).map((written) => {
    const sentence = now === 'open' ? written : withoutPersonListed(written);
    const offersTransfer = now !== 'open' && transferOffer.test(sentence);
    const spoken = offersTransfer ? withoutTransferOffer(sentence, now) : sentence;
    told ||= offersTransfer;
    // Numbers of three digits or more: "one of our advisors" is not another number.
    const numbers = [...spoken.matchAll(new RegExp(spokenDigits, 'gi'))].map(([number]) => digitsOf(number)).filter((digits) => digits.length >= 3);
    if (!numbers.some((digits) => own.has(digits))) return spoken;
    const named = spoken.replace(new RegExp(spokenDigits, 'gi'), (number: string) => (digitsOf(number) === rung ? thisNumber : number));
    if (told) return named;
    told = true;
    return `${named} ${whatNow[now][numbers.some((digits) => !own.has(digits)) ? 'besideAnother' : 'alone']}`;
  });
  return said.join(' ');
}

/** "Say Talk to someone, or press 6." in a menu: out of hours the same key is said as a call back. */
const talkToSomeoneSaid = /\s*\bSay Talk to someone, or press (\d+)\./g;

/**
 * A turn's choices when nobody can be put through: "Talk to someone" is said as the call back (its
 * key asks for a person, which is then a call back), unless a call back is already offered: a
 * choice is never said twice.
 */
export function choicesSaid(data: VoiceChannelData, now: LineNow): VoiceChannelData {
  if (now === 'open' || !data.spokenChoices) return data;
  const callBackOffered = data.spokenChoices.includes('Say Request a call back, or press');
  const said = data.spokenChoices.replace(talkToSomeoneSaid, (_offer, key: string) => (callBackOffered ? '' : ` Say Request a call back, or press ${key}.`)).trim();
  return { ...data, spokenChoices: said };
}
