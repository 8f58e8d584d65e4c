import { z } from 'zod';
import { accept, reprompt, tidy, type SlotResult } from './slotResult.js';

/** An e-mail address as the resident wrote it, checked for shape (not that the mailbox exists). */
export type EmailAddress = string;

// z.email() is zod 4's form of z.string().email(), with the same check.
const emailSchema = z.email();
const leadIn = /^(?:(?:my|our) )?(?:e-?mail|email address|e-mail address)(?: address)?(?: is|:)?\s+|^(?:it's|its|it is)\s+/i;

/** The answer to "what is your e-mail address?"; "my email is" and a closing full stop are dropped. */
export function parseEmailAddress(text: string): SlotResult<EmailAddress> {
  const candidate = tidy(text).replace(leadIn, '').replace(/^mailto:/i, '').replace(/[.,;!]+$/, '');
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
export function findEmailAddress(text: string): EmailAddress | undefined {
  for (const found of text.matchAll(emailLike)) {
    const [candidate] = found;
    if (replaced.test(text.slice(0, found.index))) continue;
    const address = candidate.replace(/^mailto:/i, '').replace(/[.!?']+$/, '');
    if (emailSchema.safeParse(address).success) return address;
  }
  return undefined;
}
