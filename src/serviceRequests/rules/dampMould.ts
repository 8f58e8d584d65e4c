import type { CouncilProfile } from '../../profile/councilProfile.js';
import type { Extent } from '../slots/extent.js';
import type { Tenure } from '../slots/tenure.js';

export interface DampMouldReport {
  tenure: Tenure;
  /** Someone in the home is very young, elderly, pregnant, or has a breathing or immune condition. */
  vulnerableOccupant: boolean;
  extent: Extent;
  /** The damp or mould is already affecting someone's health (a cough, asthma worse, breathing difficulty). */
  healthEffects?: boolean;
}

export type DampMouldRoute =
  /** The council is the landlord: we record a case and Awaab's Law timescales apply to us. */
  | 'council-landlord'
  /** The housing association is the landlord and must act under the same timescales. */
  | 'housing-association'
  /** A private landlord must fix it; the council's environmental health team can enforce. */
  | 'environmental-health'
  /** Owners arrange their own repairs; we give advice. */
  | 'owner-advice';

export interface DampMouldNextSteps {
  route: DampMouldRoute;
  /** True when the council records a case for this report. */
  createsCase: boolean;
  /** For social tenants: whether the emergency (24-hour) or significant-hazard timescales apply. */
  hazard?: 'emergency' | 'significant';
  /** What happens next, one sentence each, in the order they happen. */
  steps: string[];
}

const spreadWidely: ReadonlySet<Extent> = new Set(['several-rooms', 'whole-home']);

/**
 * What happens next after a damp and mould report. Social landlords must follow Awaab's Law
 * (timescales read from the profile); private tenants are routed to environmental health and
 * owners get advice.
 */
export function dampMouldNextSteps(report: DampMouldReport, profile: CouncilProfile): DampMouldNextSteps {
  const timescales = profile.serviceStandards.dampMould;
  const council = profile.council;

  if (report.tenure === 'council-tenant' || report.tenure === 'housing-association') {
    // Widespread mould in a home with a vulnerable person, or mould already making someone ill, is treated as an emergency hazard: the safe side of the law.
    const hazard = (report.vulnerableOccupant && spreadWidely.has(report.extent)) || report.healthEffects ? 'emergency' : 'significant';
    const firstStep = hazard === 'emergency' ? timescales.emergencyHazard : timescales.investigation;
    const duties = [firstStep, timescales.writtenSummary, timescales.safetyWork, timescales.furtherWork];
    if (report.tenure === 'council-tenant') {
      return { route: 'council-landlord', createsCase: true, hazard, steps: duties.map((duty) => `We will ${duty}.`) };
    }
    return {
      route: 'housing-association',
      createsCase: false,
      hazard,
      steps: [
        'Please report this to your housing association in writing and keep a copy: under Awaab\'s Law their clock starts when they know about it.',
        ...duties.map((duty) => `They must ${duty}.`),
        `If they don't, complain to them first, then contact the Housing Ombudsman on ${profile.national.housingOmbudsman}.`,
      ],
    };
  }
  if (report.tenure === 'private-renter') {
    return {
      route: 'environmental-health',
      createsCase: false,
      steps: [
        'Your landlord is responsible for fixing damp and mould. Please tell them in writing, with photos, and keep a copy.',
        `If they don't act, our environmental health team can inspect and make them put it right: email ${council.environmentalHealthEmail} or call ${council.phone}.`,
      ],
    };
  }
  return {
    route: 'owner-advice',
    createsCase: false,
    steps: [
      'As the owner, you arrange the work yourself. Damp usually comes from condensation, a leak, or rising or penetrating damp, and the cause needs fixing before the mould.',
      'Meanwhile, open windows or use extractor fans when cooking, showering and drying clothes, and wipe mould off with a mould spray rather than brushing it.',
      `If you can't afford the work or are worried about your health, contact us on ${council.phone} about help available.`,
    ],
  };
}

/**
 * Said when a resident tells of damp or mould affecting someone's health: a GP or NHS 111, and 999 if breathing is hard; while
 * `reporting`, that the housing team will see the report first. Told in Polish with an article's answer, children coughing got
 * the article alone (caller trial 30, C30-48).
 */
export function mouldHealthAdvice(severe: boolean, reporting?: 'reporting'): string {
  const urgent = 'If anyone is struggling to breathe, has blue lips or is too breathless to speak, call 999 now.';
  if (severe) return reporting ? `${urgent} I'll mark this report as urgent for the housing team.` : urgent;
  const seen = reporting ? ", and I'll make sure the housing team sees this first" : '';
  return `I'm sorry to hear it's affecting someone's health. Please speak to your GP or call NHS 111 about the symptoms${seen}. ${urgent}`;
}
