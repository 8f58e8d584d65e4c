import { z } from 'zod';
import { accept, reprompt, tidy, type SlotResult } from './slotResult.js';

/** An e-mail address as the resident wrote it, checked for shape (not that the mailbox exists). */
export type EmailAddress = string;

// z.email() is zod 4's form of z.string().email(), with the same check.
const emailSchema = z.email();
const leadIn = /^(?:(?:my|our) )?(?:e-?mail|email address|e-mail address)(?: address)?(?: is|:)?\s+|^(?:it's|its|it is)\s+/i;

/**
 * A name's pieces as said aloud: "jo dot bloggs", "sam underscore patel", "gmail dot co dot uk".
 * Six pieces at most: unbounded, every start in a run such as "1. 1. 1. …" read the rest of the run
 * looking for "at", and 2,000 characters of it held the event loop at every form question (outside attack 16b, N7).
 */
const spokenPart = String.raw`[a-z0-9]+(?:(?:\s*[._-]\s*|\s+(?:dot|underscore|dash|hyphen)\s+)[a-z0-9]+){0,5}`;
/** Where a said domain ends: not inside a written address ("email me at sam.patel@example.com"). */
const domainEnd = String.raw`(?![\w@]|\.\w)`;
const spokenAddress = new RegExp(
  String.raw`\b(${spokenPart})\s+(?:at|@)\s+(${spokenPart}(?:\s*\.\s*|\s+dot\s+)[a-z]{2,})${domainEnd}|\b(${spokenPart})\s*@\s*(${spokenPart}\s+dot\s+[a-z]{2,})${domainEnd}`,
  'gi',
);
const symbols: Readonly<Record<string, string>> = { dot: '.', underscore: '_', dash: '-', hyphen: '-' };
const written = (part: string): string => part.replace(/\s+(dot|underscore|dash|hyphen)\s+/gi, (_, word: string) => symbols[word.toLowerCase()]!).replace(/\s*([._-])\s*/g, '$1');

/**
 * An e-mail address said aloud written as one: "jo dot bloggs at gmail dot com" is
 * jo.bloggs@gmail.com. On a call the recogniser writes what it hears, and the bot's own example
 * ("sam dot patel at example dot com") is said that way. Only a name, "at", and a domain with a
 * dot and an ending are read, so "I'm at home" stays as it was.
 */
export function withSpokenEmail(text: string): string {
  return text.replace(spokenAddress, (_whole, local?: string, domain?: string, localBeforeSign?: string, domainAfterSign?: string) => {
    const [name, place] = local !== undefined ? [local, domain!] : [localBeforeSign!, domainAfterSign!];
    return `${written(name)}@${written(place)}`.toLowerCase();
  });
}

/** A whole answer that is an address said aloud, its name in several words ("kerry walsh 87 at gmail dot com"). */
const wholeSpokenAddress = new RegExp(String.raw`^((?:[a-z0-9]+\s+){1,5}[a-z0-9]+)\s+(?:at|@)\s+(${spokenPart}(?:\s*\.\s*|\s+dot\s+)[a-z]{2,})$`, 'i');

/**
 * The address an answer to "what is your e-mail address?" says aloud with its name in several
 * words: "kerry walsh eighty seven at gmail dot com" is kerrywalsh87@gmail.com, not the
 * "seven@gmail.com" the last word alone made (caller trials 10 and 11). Only a whole answer is
 * read this way: inside a sentence, the words before "at" are not all the name.
 */
export function spokenAnswerEmail(text: string): EmailAddress | undefined {
  const said = tidy(text).replace(leadIn, '').replace(/[.,;!]+$/, '');
  const match = wholeSpokenAddress.exec(said);
  if (!match) return undefined;
  const address = `${written(match[1]!).replace(/\s+/g, '')}@${written(match[2]!)}`.toLowerCase();
  return emailSchema.safeParse(address).success ? address : undefined;
}

/** The answer to "what is your e-mail address?"; "my email is" and a closing full stop are dropped. */
export function parseEmailAddress(text: string): SlotResult<EmailAddress> {
  const whole = spokenAnswerEmail(text);
  if (whole) return accept(whole);
  const candidate = withSpokenEmail(tidy(text)).replace(leadIn, '').replace(/^mailto:/i, '').replace(/[.,;!]+$/, '');
  if (!emailSchema.safeParse(candidate).success) {
    return reprompt("That doesn't look like an e-mail address. Please write it in full, for example sam.patel@example.com.");
  }
  return accept(candidate);
}

/** Anything shaped like name@domain.tld, before the full check. */
const emailLike = /[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]+/g;

/** An address the resident says is out of date or wrong: "my old email was …", "… not chidi@example.com". */
const replaced = /\b(old|previous|former|wrong|not|instead of|don't use)\b[^@]{0,20}$/i;

/** The first valid e-mail address written anywhere in `text`, e.g. "email me at sam@example.com", passing over an old one. */
export function findEmailAddress(said: string): EmailAddress | undefined {
  const text = withSpokenEmail(said);
  for (const found of text.matchAll(emailLike)) {
    const [candidate] = found;
    if (replaced.test(text.slice(0, found.index))) continue;
    const address = candidate.replace(/^mailto:/i, '').replace(/[.!?']+$/, '');
    if (emailSchema.safeParse(address).success) return address;
  }
  return undefined;
}
