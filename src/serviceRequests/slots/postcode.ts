import { isValid, match, toNormalised } from 'postcode';
import { accept, reprompt, withoutCorrection, type SlotResult } from './slotResult.js';

/** A UK postcode in its normal written form, e.g. "NB1 1AA". */
export type Postcode = string;

export function parsePostcode(text: string): SlotResult<Postcode> {
  const candidate = withoutCorrection(text);
  const normalised = isValid(candidate) ? toNormalised(candidate) : null;
  if (!normalised) return reprompt("That doesn't look like a UK postcode. It should look like NB1 1AA.");
  return accept(normalised);
}

/** The first valid postcode written anywhere in `text`. */
export function findPostcode(text: string): Postcode | undefined {
  for (const candidate of match(text)) {
    const normalised = toNormalised(candidate);
    if (normalised) return normalised;
  }
  return undefined;
}
