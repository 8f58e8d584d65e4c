import type { Activity } from 'botbuilder';
import { parsePhoneNumber } from 'libphonenumber-js';
import type { Choice } from '../../reply.js';
import { labelsAreNumbered } from '../../forms/choiceMatcher.js';
import { isLink, offeredChoices, postableChoices, withoutSuggestedActions } from './offeredChoices.js';

/**
 * The bot writes Markdown for screens; on a phone call every character is heard, so speech has
 * no marks, links or emoji, and numbers a caller must remember are read as digits in groups.
 */

const digitWords = ['oh', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'] as const;

/** Each digit as a word, "0" as "oh", the way British callers read numbers back. */
const digitsSpoken = (digits: string): string => [...digits].map((digit) => digitWords[Number(digit)]).join(' ');

/**
 * A UK number as written in the profile (groups of digits with spaces, "0800 111 999") or a short
 * service number (999, 111, 101, 105, 116 123). A text-to-speech voice reads "960000" as "nine
 * hundred and sixty thousand"; nobody can dial that.
 */
const phoneNumber = /(?<![\d£.,:])(?:0\d{2,4}(?: \d{2,6}){0,3}|999|111|101|105|116 \d{3})(?!\d)(?![.,:]\d)/g;

/**
 * A long number is only read out digit by digit when it has the length of a UK phone number, or of
 * a freephone helpline's shorter one (Childline's 0800 1111).
 */
const isDialable = (written: string): boolean => {
  const digits = written.replace(/ /g, '');
  return !digits.startsWith('0') || digits.length >= 10 || (digits.startsWith('08') && digits.length >= 8);
};

/** A UK number written another way: "+44 1632 960001", "+44 (0)1632 960001", "(01632) 960001", "01632-960-001", "01632960001". */
const otherWrittenNumber = /(?<![\w+])(?:\+44[\s-]?(?:\(0\)[\s-]?)?|\(?0)(?:[\s()-]{0,2}\d){9,10}(?![\d-])/g;

/**
 * A UK number written another way, in the national groups the profile writes numbers in ("01632
 * 960001"), so it is read in digit groups too. A number already in groups of digits ("0800 111
 * 999") is read in the groups it was written in; short service numbers are left to `phoneNumber`.
 */
const nationalNumbers = (text: string): string =>
  text.replace(otherWrittenNumber, (written) => (/^0\d+(?: \d+)+$/.test(written) ? written : parsePhoneNumber(written, 'GB').formatNational()));

const spokenPhoneNumbers = (text: string): string =>
  nationalNumbers(text).replace(phoneNumber, (written) => (isDialable(written) ? written.split(' ').map(digitsSpoken).join(', ') : written));

/** A case reference (NBC-BIN-7K4Q-2MXR, or an older NBC-REP-000123): to be written down, so one character at a time. */
const caseReference = /\b[A-Z]{2,5}-[A-Z]{2,4}-[0-9A-Z]{4,6}(?:-[0-9A-Z]{4})?\b/g;

/** Groups of letters and digits, one character at a time: "N B C, B I N, seven K four Q". */
const spelled = (groups: readonly string[]): string =>
  groups.map((group) => [...group].map((character) => (/\d/.test(character) ? digitWords[Number(character)] : character)).join(' ')).join(', ');

const spokenReference = (reference: string): string => spelled(reference.split('-'));

/** A postcode read back for the caller to confirm: "NB3 4QT" is said "N B three, four Q T", as they would say it. */
const postcode = /\b([A-Z]{1,2}\d[A-Z\d]?) (\d[A-Z]{2})\b/g;

/** A site named in a label ("Challenge your band on GOV.UK", "the VOA website"): it says where the link goes already. */
const namesASite = /\b[\w-]+\.(?:uk|com|org|net|gov)\b|\bwebsite\b/i;

/**
 * A link's words: the council's pages are "on our website"; a bare domain label (GOV.UK) is said
 * as a site, and a label that names its site is said as it is ("on GOV.UK, on our website" names two).
 */
function spokenLink(label: string): string {
  const domain = /^(?:https?:\/\/)?(?:www\.)?([\w-]+(?:\.[\w-]+)+)\/?$/i.exec(label.trim());
  if (domain) return `the ${domain[1]!.replace(/\./g, ' dot ')} website`;
  return namesASite.test(label) ? label : `${label}, on our website`;
}

/** "More: [How to pay](…)" under an answer: on a call, where the rest of it is. */
const moreLink = /^More: \[([^\]]+)\]\([^)\s]+\)$/gm;

const emoji = /[\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{20E3}]/gu;

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** "3rd", "21st": how a day of the month is said. */
const ordinal = (day: number): string => `${day}${[11, 12, 13].includes(day % 100) ? 'th' : (['th', 'st', 'nd', 'rd'][day % 10] ?? 'th')}`;

/** A short date as typed in examples, day first ("3/11"), said as a date: "the 3rd of November". */
const spokenShortDates = (text: string): string =>
  text.replace(/(?<![\d/])(\d{1,2})\/(\d{1,2})(?![\d/])/g, (written, day: string, month: string) =>
    Number(day) >= 1 && Number(day) <= 31 && Number(month) >= 1 && Number(month) <= 12 ? `the ${ordinal(Number(day))} of ${monthNames[Number(month) - 1]}` : written,
  );

/** An e-mail address as it is said: "sam dot patel at example dot com". */
const spokenEmails = (text: string): string =>
  text.replace(/\b([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)\b/g, (_email, local: string, domain: string) => `${saidSymbols(local)} at ${saidSymbols(domain)}`);

/** The symbols in an address said as words: "jane_doe" is "jane underscore doe", not a pause. */
const saidSymbols = (part: string): string => part.replace(/\./g, ' dot ').replace(/_/g, ' underscore ').replace(/-/g, ' dash ').replace(/\+/g, ' plus ');

/**
 * A bracket is seen, not heard: "(free, 24 hours)" is said as an aside between commas. A comma
 * already after the bracket is not doubled.
 */
function spokenBrackets(text: string): string {
  // Innermost first, so a bracket inside a bracket ("(9am to 5pm (closed on bank holidays))") leaves no mark behind.
  let said = text;
  for (let before = ''; before !== said; ) {
    before = said;
    said = said.replace(/\s*\(([^()]*)\)(\s*[,.;:!?])?/g, (_bracket, inside: string, after: string | undefined) => `, ${inside.trim().replace(/,$/, '')}${after ? after.trim() : ','}`);
  }
  return said
    .replace(/[()]/g, '')
    .replace(/,\s*([,.!?;:])/g, '$1')
    .replace(/^, /, '');
}

/** Two spellings written for readers who search either ("grey, gray") are one word to a listener. */
const oneSpelling = (text: string): string => text.replace(/\b(grey|gray), (?:grey|gray)\b/gi, '$1');

/** "type"/"write" as an instruction to the resident ("you can type…", "please write it in full"), not "bin type". */
const typedOrWritten = /(?<=\b(?:can|please|to|also|or) )(?:type|write)\b|\b(?:type|write)(?= (?:["“'‘]|it\b|just\b|your\b|the\b|in\b))/gi;

/**
 * Words written for a screen, as a caller is told them: "reply yes or no" is said with the keys
 * that answer it (a yes-or-no question offers Yes first, No second), a button is said rather than
 * chosen ("choose No thanks"), and the conversation is a call, not a chat.
 */
const spokenWording: readonly (readonly [RegExp, string])[] = [
  [/\b(?:reply|answer|type|say) (?:with )?["“']?yes["”']? or ["“']?no["”']?/gi, 'say yes or no, or press 1 or 2'],
  [/\b(?:choose|select|pick|tap|click)\b(?= (?:["“'‘]|[A-Z]))/g, 'say'],
  [/\b(?:Choose|Select|Pick|Tap|Click)\b(?= (?:["“'‘]|[A-Z]))/g, 'Say'],
  [/\b(?:choose|select|pick)\b(?= (?:one of|what|which|from)\b)/g, 'say'],
  [/\b(?:Choose|Select|Pick)\b(?= (?:one of|what|which|from)\b)/g, 'Say'],
  [/\bin this chat\b/g, 'on this call'],
  // A number the recogniser keeps mishearing can be keyed in instead (the <Gather> takes keys too).
  [/(\bdoesn't look like a UK phone number\. [^.]*\.)/g, '$1 You can also key it in on your keypad.'],
  [/\bthis chat\b/g, 'this call'],
];

const saidNotWritten = (text: string): string => spokenWording.reduce((said, [pattern, replacement]) => said.replace(pattern, replacement), text);

/** Quotation marks are seen, not heard: 'say "help"' is said as "say help". An apostrophe inside a word stays. */
const withoutQuotes = (text: string): string => text.replace(/["“”]/g, '').replace(/(?<![\p{L}\p{N}])['‘]([^'‘’\n]+)['’](?![\p{L}\p{N}])/gu, '$1');

/**
 * A read-back line with nothing in it ("Confirmation: None given") is not said: the caller chose
 * to give nothing, and a label with "none" after it is a form, not speech.
 */
const saysNothing = (line: string): boolean => /^[^:]{1,40}:\s*(?:none|not) given\.?$/i.test(line);

/** One sentence per line: a heading, a list item or a line break becomes a pause the voice can hear; a line left on a comma ends there. */
const asSentence = (line: string): string => (/[.!?:;]$/.test(line) ? line : `${line.replace(/,$/, '')}.`);

/** What a phone caller hears for a Markdown text. */
export function spokenText(markdown: string): string {
  const lines = markdown
    .replace(moreLink, (_more, label: string) => (namesASite.test(label) ? `There is more under ${label}.` : `There is more on our website, under ${label}.`))
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_link, label: string) => spokenLink(label))
    // "Apply on https://…" is "apply on our website", not "on on our website".
    .replace(/\b(?:on|at|via) https?:\/\/\S+/gi, 'on our website')
    .replace(/\bhttps?:\/\/\S+/g, 'on our website')
    .replace(emoji, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(?<![\w*])[*_]([^*_\n]+)[*_](?![\w*])/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    // Forms say what to type or write ('type "help" at any time', 'write it in full'); on a call it is said.
    .replace(typedOrWritten, (verb: string) => (verb[0] === verb[0]!.toUpperCase() ? 'Say' : 'say'))
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s*#{1,6}\s+/, '')
        .replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '')
        .replace(/^>\s*/, '')
        .trim(),
    )
    .filter((line) => line !== '' && !saysNothing(line));
  const text = withoutQuotes(saidNotWritten(lines.map(asSentence).join(' ').replace(/\s+/g, ' ')));
  const spelledOut = text.replace(caseReference, spokenReference).replace(postcode, (_postcode, outward: string, inward: string) => spelled([outward, inward]));
  return spokenBrackets(spokenPhoneNumbers(oneSpelling(spokenEmails(spokenShortDates(spelledOut)))));
}

/** A number said as digits ("nine nine nine", "oh eight oh oh, one one one"): three digit words or more in a row. */
const spokenNumber = new RegExp(`\\b(?:${digitWords.join('|')})(?:,? (?:${digitWords.join('|')})\\b){2,}`);

/** A spoken text's sentences, each with its closing mark: what is cut, repeated and searched by sentence. */
export const sentencesOf = (text: string): string[] => text.split(/(?<=[.!?])\s+(?=\S)/);

/**
 * The sentence of spoken safety advice that holds the number to call: the part said a second
 * time. Undefined when the advice has no number, or is that one sentence already.
 */
export function keySentence(spoken: string): string | undefined {
  const sentences = sentencesOf(spoken);
  const key = sentences.find((sentence) => spokenNumber.test(sentence));
  return key && sentences.length > 1 ? key : undefined;
}

/**
 * Every sentence of spoken safety advice that gives a number, in order: said again when a transfer
 * rings out, so the caller leaves with the helpline as well as 999. Undefined when there is none.
 */
export function numberSentences(spoken: string): string | undefined {
  const numbered = sentencesOf(spoken).filter((sentence) => spokenNumber.test(sentence));
  return numbered.length > 0 ? numbered.join(' ') : undefined;
}

const spokenLabel = (label: string): string => spokenText(label).replace(/\.$/, '');

/** "5 Very good" is said "Very good"; its number is the key to press. */
const withoutOwnNumber = (label: string): string => label.replace(/^\d{1,2}\s*[.)-]?\s*/, '');

/**
 * The choices as a short spoken list with keypad numbers: "Say Report a repair, or press 1." The
 * numbers are the ones a typed or pressed digit picks (src/channels/rendering/numberedChoices.ts),
 * so a caller's key press means what it would in a text chat. A link is said, not numbered.
 */
export function spokenChoices(choices: readonly Choice[]): string {
  const postable = postableChoices(choices);
  const ownNumbers = labelsAreNumbered(postable);
  const options = postable.map((choice, index) =>
    ownNumbers ? `Say ${spokenLabel(withoutOwnNumber(choice.label))}, or press ${/^\d+/.exec(choice.label)![0]}.` : `Say ${spokenLabel(choice.label)}, or press ${index + 1}.`,
  );
  const links = choices.filter(isLink).map((choice) => asSentence(spokenLink(choice.label)));
  return [...links, ...options].join(' ');
}

/**
 * A turn longer than this is cut: about 25 seconds at the voice's pace, beyond which callers lose
 * the thread. Shorter turns are said whole, so a form's summary or the greeting's safety line is
 * never held back behind "more".
 */
const longTurnCharacters = 400;

/** Sentences a long text is cut to: about what a person holds in mind before answering. */
const sentencesPerTurn = 3;

/** What a caller hears now of a spoken text, and what is left for "more". */
export function firstSentences(text: string): { now: string; rest: string } {
  if (text.length <= longTurnCharacters) return { now: text, rest: '' };
  const sentences = sentencesOf(text);
  return { now: sentences.slice(0, sentencesPerTurn).join(' '), rest: sentences.slice(sentencesPerTurn).join(' ') };
}

/** Where the spoken form of an outgoing message's choices travels to the voice channel, which says them last. */
export interface VoiceChannelData {
  spokenChoices?: string;
}

/**
 * A message for a phone call: `speak` (the Bot Framework field for spoken words) carries the text
 * as it is heard, and the choices travel as words with their keypad numbers, because the voice
 * channel says them after everything else in the turn.
 */
export function renderForVoice(activity: Partial<Activity>): Partial<Activity> {
  const choices = offeredChoices(activity);
  const voice: VoiceChannelData = choices.length > 0 ? { spokenChoices: spokenChoices(choices) } : {};
  return { ...withoutSuggestedActions(activity), speak: spokenText(activity.text ?? ''), channelData: { ...(activity.channelData as object | undefined), ...voice } };
}
