import { accept, reprompt, tidy, type SlotResult } from './slotResult.js';
import { clausesOf, sentences } from './clauses.js';

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

const home = String.raw`(?:home|house|flat|property|place|maisonette|bungalow|apartment)`;
const we = String.raw`(?:i|we|i'm|im|i am|we're|were|we are)`;
// Each phrase says whose home it is; "the council" or "landlord" alone does not.
const statedTenures: ReadonlyArray<readonly [RegExp, Tenure]> = [
  // "It's a housing association", "I'm with a housing trust", "the landlord's a housing association": told mid-report, the council's
  // repair form went on (caller trial 31, C31-13).
  [new RegExp(String.raw`\b(?:(?:it'?s|its|it is|(?:my |our |the )?landlord'?s|(?:my |our |the )?landlord is|(?:i'?m|im|i am|we'?re|we are) with) (?:an? |the |my |our )?(?:\w+ ){0,2}housing (?:association|assoc|trust)\b)`), 'housing-association'],
  [new RegExp(String.raw`\b(?:${we} (?:an? )?(?:housing association|ha)(?: tenants?)?$|housing (?:association|trust) (?:tenants?|tenancy|${home})|(?:rent|renting|rented) (?:it |this |our ${home} |my ${home} )?(?:from|through|with|off) (?:an? |the |my |our )?(?:\w+ ){0,2}housing (?:association|trust)|(?:my|our) landlord is (?:an? |the )?(?:\w+ ){0,2}housing (?:association|trust))`), 'housing-association'],
  [new RegExp(String.raw`\b(?:council (?:tenants?|tenancy|${home})|(?:rent|renting|rented) (?:it |this |our ${home} |my ${home} )?(?:from|through|with|off) (?:the )?council|(?:my|our) landlord is (?:the )?council|the council (?:is|are) (?:my|our) landlord)\b`), 'council-tenant'],
  [new RegExp(String.raw`\b(?:private(?:ly)? (?:landlord|tenants?|tenancy|rented|rental|let)|(?:rent|renting) (?:it |this |our ${home} |my ${home} )?privately|(?:my|our|the) letting agents?|(?:rent|renting|rented) (?:it |this |our ${home} |my ${home} )?(?:from|through) (?:a|an|the) (?:private landlord|letting agent|agency))\b`), 'private-renter'],
  [new RegExp(String.raw`\b(?:${we} (?:own|owns|bought) (?:my|our|the|this) (?:own )?${home}|${we} (?:an? |the )?(?:home ?owners?|owner[- ]occupiers?|leaseholders?)|shared ownership|(?:my|our) (?:mortgage|leasehold))\b`), 'owner'],
];
/** A sentence about someone else's home. */
const someoneElses = /\b(neighbou?rs?|next door|friends?|mates?|gf|bf|boyfriend|girlfriend|opposite)\b/;
/** A clause about a home the resident wants, or a question. */
const notTheirHomeNow = /\b(want|wants|wanting|apply|applying|transfer|move to|moving to|looking for|get a)\b|\?$/;
/** A clause about his or her home, with no I, we, my or our in it: "he lives in a council flat". */
const thirdPersonOnly = (clause: string): boolean => /\b(he|she|they|his|her|their|him|them)\b/.test(clause) && !/\b(i|i'm|im|we|we're|my|our|me|us)\b/.test(clause);
/** Words just before a tenure that deny it or put it in the past: "not a council tenant", "used to rent from". */
const deniedOrPast = /\b(not|never|no longer|used to|isn't|aren't|wasn't|weren't|previously|formerly)\b(?: \S+){0,3} ?$|\b(?:was|were)(?: an?)? $/;

/**
 * Who the resident's landlord is, from a longer message, when they say so about their own home
 * ("I rent from the council", "we're housing association", "I own my flat"). Mentioning the
 * council or a landlord is not enough, nor is a neighbour's tenure; two different answers give none.
 */
export function findTenure(text: string): Tenure | undefined {
  const found = new Set<Tenure>();
  const said = sentences(text).filter((sentence) => !someoneElses.test(sentence)).flatMap(clausesOf);
  for (const clause of said) {
    if (notTheirHomeNow.test(clause) || thirdPersonOnly(clause)) continue;
    for (const [pattern, tenure] of statedTenures) {
      const stated = pattern.exec(clause);
      if (stated && !deniedOrPast.test(clause.slice(0, stated.index))) found.add(tenure);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}
