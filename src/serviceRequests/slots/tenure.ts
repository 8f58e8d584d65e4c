import { accept, reprompt, tidy, type SlotResult } from './slotResult.js';

export const tenures = ['council-tenant', 'housing-association', 'private-renter', 'owner'] as const;
export type Tenure = (typeof tenures)[number];

// Housing association first: "I rent from a housing association" must not read as a private renter.
const tenureWords: ReadonlyArray<readonly [RegExp, Tenure]> = [
  [/\b(housing association|housing assoc|ha tenant|registered provider|housing trust|social landlord)\b/, 'housing-association'],
  [/\b(council (tenant|house|flat|property|home)|rent (it )?from the council|council|local authority)\b/, 'council-tenant'],
  [/\b(private(ly)?( landlord| renter| rent(ed|ing)?| tenant| let)?|letting agent|landlord|agency|rent(ing)? from a (person|landlord))\b/, 'private-renter'],
  [/\b(own(er|ed)?|homeowner|leaseholder|mortgage|bought|shared ownership)\b/, 'owner'],
];

/** Who the resident's landlord is decides who must fix damp and mould, and how fast. */
export function parseTenure(text: string): SlotResult<Tenure> {
  const answer = tidy(text).toLowerCase();
  const found = tenureWords.find(([pattern]) => pattern.test(answer));
  if (!found) {
    return reprompt('Do you rent from the council, from a housing association, from a private landlord, or do you own your home?');
  }
  return accept(found[1]);
}
