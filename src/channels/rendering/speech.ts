import type { Activity } from 'botbuilder';
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

/** A long number is only read out digit by digit when it has the length of a UK phone number. */
const isDialable = (written: string): boolean => {
  const digits = written.replace(/ /g, '');
  return !digits.startsWith('0') || digits.length >= 10;
};

const spokenPhoneNumbers = (text: string): string =>
  text.replace(phoneNumber, (written) => (isDialable(written) ? written.split(' ').map(digitsSpoken).join(', ') : written));

/** A case reference (NBC-BIN-7K4Q-2MXR, or an older NBC-REP-000123): to be written down, so one character at a time. */
const caseReference = /\b[A-Z]{2,5}-[A-Z]{2,4}-[0-9A-Z]{4,6}(?:-[0-9A-Z]{4})?\b/g;

/** Groups of letters and digits, one character at a time: "N B C, B I N, seven K four Q". */
const spelled = (groups: readonly string[]): string =>
  groups.map((group) => [...group].map((character) => (/\d/.test(character) ? digitWords[Number(character)] : character)).join(' ')).join(', ');

const spokenReference = (reference: string): string => spelled(reference.split('-'));

/** A postcode read back for the caller to confirm: "NB3 4QT" is said "N B three, four Q T", as they would say it. */
const postcode = /\b([A-Z]{1,2}\d[A-Z\d]?) (\d[A-Z]{2})\b/g;

/** A link's words: the council's pages are "on our website"; a bare domain label (GOV.UK) is said as a site. */
function spokenLink(label: string): string {
  const domain = /^(?:https?:\/\/)?(?:www\.)?([\w-]+(?:\.[\w-]+)+)\/?$/i.exec(label.trim());
  if (domain) return `the ${domain[1]!.replace(/\./g, ' dot ')} website`;
  return `${label}, on our website`;
}

const emoji = /[\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{20E3}]/gu;

/** One sentence per line: a heading, a list item or a line break becomes a pause the voice can hear. */
const asSentence = (line: string): string => (/[.!?:;,]$/.test(line) ? line : `${line}.`);

/** What a phone caller hears for a Markdown text. */
export function spokenText(markdown: string): string {
  const lines = markdown
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_link, label: string) => spokenLink(label))
    .replace(/\bhttps?:\/\/\S+/g, 'on our website')
    .replace(emoji, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(?<![\w*])[*_]([^*_\n]+)[*_](?![\w*])/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    // Forms say what to type ('type "help" at any time'); on a call it is said.
    .replace(/\btype (?=["“'‘])/gi, 'say ')
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s*#{1,6}\s+/, '')
        .replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '')
        .replace(/^>\s*/, '')
        .trim(),
    )
    .filter((line) => line !== '');
  const text = lines.map(asSentence).join(' ').replace(/\s+/g, ' ');
  return spokenPhoneNumbers(text.replace(caseReference, spokenReference).replace(postcode, (_postcode, outward: string, inward: string) => spelled([outward, inward])));
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
  const sentences = text.split(/(?<=[.!?])\s+(?=\S)/);
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
