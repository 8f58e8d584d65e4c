import type { CouncilProfile } from '../../profile/councilProfile.js';
import type { Tenure } from '../slots/tenure.js';
import type { DampMouldRoute } from './dampMould.js';

/** Who must do a repair the council does not: the resident's own landlord, or the resident. */
export type RepairElsewhere = Exclude<Tenure, 'council-tenant'>;

/**
 * What a resident who is not a council tenant is told instead of a council repair case: the
 * council repairs only its own homes, so promising a visit to a privately rented flat would be a
 * promise nobody keeps. Private tenants go to their landlord first and to environmental health
 * when the landlord does not act (as for damp and mould); no timescale is given for anyone else's landlord.
 */
export function repairElsewhereSteps(tenure: RepairElsewhere, profile: CouncilProfile): { route: Exclude<DampMouldRoute, 'council-landlord'>; reason: string; steps: string[] } {
  const { council } = profile;
  if (tenure === 'private-renter') {
    return {
      route: 'environmental-health',
      reason: "As you rent from a private landlord, this isn't a council repair, so I haven't logged it as one.",
      steps: [
        'Your landlord or letting agent must do this repair. Tell them now, in writing if you can, and keep a copy.',
        `If they don't act, or the home is unsafe or cold, our environmental health team can inspect and make them put it right: email ${council.environmentalHealthEmail} or call ${council.phone}.`,
      ],
    };
  }
  if (tenure === 'housing-association') {
    return {
      route: 'housing-association',
      reason: "Your housing association is your landlord, so they must do this repair and I haven't logged it with the council.",
      steps: ['Please report it to your housing association: their repairs line is on your tenancy agreement and their website.'],
    };
  }
  return {
    route: 'owner-advice',
    reason: "As you own your home, this isn't a council repair, so I haven't logged it.",
    steps: [`You arrange the work yourself. If you can't afford an urgent repair or are worried about your safety, contact us on ${council.phone} about help available.`],
  };
}
