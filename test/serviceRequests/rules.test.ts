import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCouncilProfile, type CouncilProfile } from '../../src/profile/councilProfile.js';
import {
  addWorkingDays,
  dampMouldNextSteps,
  isWorkingDay,
  missedBinEligibility,
  repairPriority,
  type MissedBinReport,
} from '../../src/serviceRequests/rules.js';

const profile = loadCouncilProfile(fileURLToPath(new URL('../../knowledge/council.yaml', import.meta.url)));
const withChanges = (change: (copy: CouncilProfile) => void): CouncilProfile => {
  const copy = structuredClone(profile);
  change(copy);
  return copy;
};

/** A missed-bin report made at midday on `reportedOn` (a UK date). */
const report = (collectionDate: string, reportedOn: string, overrides: Partial<MissedBinReport> = {}): MissedBinReport => ({
  collectionDate,
  now: new Date(`${reportedOn}T12:00:00Z`),
  contaminationTag: false,
  binType: 'refuse',
  ...overrides,
});

describe('working days in England and Wales', () => {
  it('skip weekends and bank holidays, substitute days included', () => {
    expect(isWorkingDay('2026-11-05')).toBe(true);
    expect(isWorkingDay('2026-11-07')).toBe(false); // Saturday
    expect(isWorkingDay('2026-04-03')).toBe(false); // Good Friday
    expect(isWorkingDay('2026-12-28')).toBe(false); // Boxing Day substitute
    expect(isWorkingDay('2027-12-27')).toBe(false); // Christmas Day substitute
    expect(addWorkingDays('2026-12-24', 2)).toBe('2026-12-30');
    expect(addWorkingDays('2026-04-02', 1)).toBe('2026-04-07');
  });
});

describe('missedBinEligibility', () => {
  it('accepts a report on the collection day itself and within the allowed working days', () => {
    expect(missedBinEligibility(report('2026-11-02', '2026-11-02'), profile)).toMatchObject({ eligible: true });
    expect(missedBinEligibility(report('2026-11-02', '2026-11-04'), profile)).toEqual({
      eligible: true,
      promise: 'We will come back to collect it by Monday 9 November.',
    });
  });

  it('refuses a late report and says when the last day was', () => {
    expect(missedBinEligibility(report('2026-11-02', '2026-11-05'), profile)).toEqual({
      eligible: false,
      reason: 'too-late',
      explanation: expect.stringContaining('within 2 working days of the collection day, so the last day to report the collection on Monday 2 November was Wednesday 4 November'),
    });
  });

  it('counts bank holidays as non-working days', () => {
    // Christmas Eve 2026 is a Thursday; 25 and 28 December are bank holidays.
    expect(missedBinEligibility(report('2026-12-24', '2026-12-30'), profile)).toMatchObject({ eligible: true });
    expect(missedBinEligibility(report('2026-12-24', '2026-12-31'), profile)).toMatchObject({ eligible: false, reason: 'too-late' });
    // Easter 2026: Good Friday and Easter Monday.
    expect(missedBinEligibility(report('2026-04-02', '2026-04-08'), profile)).toMatchObject({ eligible: true });
  });

  it('says a collection still to come is too early', () => {
    expect(missedBinEligibility(report('2026-11-06', '2026-11-05'), profile)).toEqual({
      eligible: false,
      reason: 'too-early',
      explanation: expect.stringContaining("Your collection on Friday 6 November hasn't happened yet"),
    });
  });

  it('explains a bin tagged for contamination', () => {
    expect(missedBinEligibility(report('2026-11-04', '2026-11-05', { contaminationTag: true, binType: 'recycling' }), profile)).toMatchObject({
      eligible: false,
      reason: 'contaminated',
      explanation: expect.stringMatching(/wrong things in it/),
    });
  });

  it('refuses garden waste without a subscription, quoting the fee from the profile', () => {
    const unpaid = missedBinEligibility(report('2026-11-04', '2026-11-05', { binType: 'garden', gardenSubscriptionActive: false }), profile);
    expect(unpaid).toMatchObject({ eligible: false, reason: 'garden-unpaid', explanation: expect.stringContaining('£52 a year, collections March to November') });
    expect(missedBinEligibility(report('2026-11-04', '2026-11-05', { binType: 'garden', gardenSubscriptionActive: true }), profile)).toMatchObject({ eligible: true });
    expect(missedBinEligibility(report('2026-11-04', '2026-11-05', { binType: 'garden' }), profile)).toMatchObject({ eligible: true });
  });

  it.each([
    ['in December, outside March to November', '2026-12-03', '2026-12-04', 'March to November', false],
    ['in February, outside March to November', '2027-02-01', '2027-02-02', 'March to November', false],
    ['in November, inside March to November', '2026-11-04', '2026-11-05', 'March to November', true],
    ['in January, inside a season across the new year', '2027-01-04', '2027-01-05', 'October to February', true],
    ['in December, with a season the rule cannot read', '2026-12-03', '2026-12-04', 'all year round', true],
  ])('a garden bin missed %s: no return visit promised out of season', (_, collected, today, season, eligible) => {
    const council = withChanges((copy) => {
      copy.serviceStandards.gardenWaste.season = season;
    });
    const decision = missedBinEligibility(report(collected, today, { binType: 'garden', gardenSubscriptionActive: true }), council);
    expect(decision.eligible).toBe(eligible);
    if (!decision.eligible) expect(decision).toMatchObject({ reason: 'out-of-season', explanation: expect.stringContaining(`Garden waste collections run ${season}`) });
  });

  it('follows the profile: a council allowing 3 working days accepts a later report and says 3', () => {
    const lenient = withChanges((copy) => {
      copy.serviceStandards.missedBins.reportWithinWorkingDays = 3;
      copy.serviceStandards.missedBins.returnWithinWorkingDays = 1;
    });
    expect(missedBinEligibility(report('2026-11-02', '2026-11-05'), lenient)).toEqual({
      eligible: true,
      promise: 'We will come back to collect it by Friday 6 November.',
    });
    expect(missedBinEligibility(report('2026-10-30', '2026-11-05'), lenient)).toMatchObject({
      reason: 'too-late',
      explanation: expect.stringContaining('within 3 working days'),
    });
  });
});

describe('repairPriority', () => {
  const assess = (description: string, vulnerableOccupant = false, location?: string) =>
    repairPriority({ description, vulnerableOccupant, emergencyDetected: false, ...(location ? { location } : {}) }, profile);

  it('keeps an emergency found upstream, with the emergency promise', () => {
    expect(repairPriority({ description: 'smell of gas', vulnerableOccupant: false, emergencyDetected: true }, profile)).toEqual({
      priority: 'emergency',
      promise: 'attend and make safe within 24 hours',
      basis: 'emergency-detected',
    });
  });

  it.each([
    ['We have no heating at all', 'no-heating-or-hot-water'],
    ['the boiler stopped last night', 'no-heating-or-hot-water'],
    ['no hot water since Sunday', 'no-heating-or-hot-water'],
    ['pipe under the sink is leaking, I have a bucket under it', 'contained-leak'],
    ['toilet is blocked', 'toilet-fault'],
    // The repairs articles: a toilet that will not flush is urgent when there is another one.
    ['downstairs toilet is blocked but the upstairs toilet is fine', 'toilet-fault'],
    ["one toilet is blocked, the other one's fine", 'toilet-fault'],
    ["the bedroom window won't close properly", 'insecure-home'],
    ['back door lock is broken', 'insecure-home'],
    ['sockets in the kitchen have stopped working', 'partial-power-loss'],
  ])('%j is urgent (%s)', (description, basis) => {
    expect(assess(description)).toEqual({ priority: 'urgent', promise: 'complete within 5 working days', basis });
  });

  it.each([
    ['the kitchen cupboard door hinge has come off', 'general'],
    ['the bathroom tap keeps dripping', 'heating-or-water-fault'],
    // Caller trial 29, M29-01: these were promised urgent's 5 working days.
    ['my kitchen tap has been dripping constantly', 'heating-or-water-fault'],
    ['the bathroom tap drips all the time', 'heating-or-water-fault'],
    ['one radiator in the back bedroom stays cold', 'heating-or-water-fault'],
  ])('%j is routine (%s)', (description, basis) => {
    expect(assess(description)).toMatchObject({ priority: 'routine', promise: 'complete within 20 working days', basis });
  });

  it.each(["our only toilet won't flush", 'my only toilet is blocked and wont flush', "the loo is blocked and we haven't got another toilet"])(
    '%j is an emergency, as the repairs articles list an only toilet blocked (caller trial 30, C30-36)',
    (description) => {
      expect(assess(description)).toEqual({ priority: 'emergency', promise: 'attend and make safe within 24 hours', basis: 'only-toilet' });
    },
  );

  it('raises a heating or water fault to urgent when someone vulnerable lives there, but not other jobs', () => {
    expect(assess('one radiator in the back bedroom stays cold', true)).toMatchObject({ priority: 'urgent', basis: 'heating-or-water-fault-vulnerable-occupant' });
    expect(assess('the kitchen cupboard door hinge has come off', true)).toMatchObject({ priority: 'routine' });
  });

  it.each([
    ['the heating isnt working none of the radiators come on', '2026-12-05', 'emergency'],
    ['my boiler has packed up, no heating at all', '2026-01-20', 'emergency'],
    ['no hot water since Sunday', '2026-04-02', 'emergency'],
    // Outside the profile's cold weather (October to April) it stays urgent, as for anyone.
    ['my boiler has packed up, no heating at all', '2026-07-14', 'urgent'],
    // Not a heating fault, so not the cold-weather emergency.
    ['the bathroom tap keeps dripping', '2026-12-05', 'urgent'],
  ])('%j with someone vulnerable at home on %s is %s', (description, reportedOn, priority) => {
    expect(repairPriority({ description, vulnerableOccupant: true, emergencyDetected: false, reportedOn }, profile).priority).toBe(priority);
  });

  it('counts every day as cold weather when the profile does not say which months are', () => {
    const allYear = withChanges((copy) => {
      delete copy.serviceStandards.repairs.coldWeather;
    });
    expect(repairPriority({ description: 'no heating', vulnerableOccupant: true, emergencyDetected: false, reportedOn: '2026-07-14' }, allYear)).toMatchObject({
      priority: 'emergency',
      basis: 'no-heating-vulnerable-occupant-cold-weather',
    });
  });

  it('takes its promise from the profile', () => {
    const faster = withChanges((copy) => {
      copy.serviceStandards.repairs.urgent.target = 'complete within 3 working days';
    });
    expect(repairPriority({ description: 'no heating', vulnerableOccupant: false, emergencyDetected: false }, faster).promise).toBe('complete within 3 working days');
  });
});

describe('dampMouldNextSteps', () => {
  it('gives council tenants the Awaab\'s Law timescales as our promises', () => {
    const next = dampMouldNextSteps({ tenure: 'council-tenant', vulnerableOccupant: false, extent: 'one-wall' }, profile);
    expect(next).toMatchObject({ route: 'council-landlord', createsCase: true, hazard: 'significant' });
    expect(next.steps).toEqual([
      'We will investigate within 10 working days.',
      'We will send you a written summary within 3 working days of the investigation.',
      'We will carry out any work needed to make you safe within 5 working days.',
      'We will start further work within 5 working days and physically begin it within 12 weeks.',
    ]);
  });

  it('treats widespread mould with a vulnerable occupant as an emergency hazard', () => {
    const next = dampMouldNextSteps({ tenure: 'council-tenant', vulnerableOccupant: true, extent: 'several-rooms' }, profile);
    expect(next.hazard).toBe('emergency');
    expect(next.steps[0]).toBe('We will investigate and make safe within 24 hours.');
    expect(dampMouldNextSteps({ tenure: 'council-tenant', vulnerableOccupant: true, extent: 'small-patch' }, profile).hazard).toBe('significant');
  });

  it('tells housing association tenants what their landlord must do and where to go next', () => {
    const next = dampMouldNextSteps({ tenure: 'housing-association', vulnerableOccupant: false, extent: 'one-room' }, profile);
    expect(next).toMatchObject({ route: 'housing-association', createsCase: false });
    expect(next.steps).toContain('They must investigate within 10 working days.');
    expect(next.steps.at(-1)).toContain('Housing Ombudsman on 0300 111 3000');
  });

  it('sends private renters to environmental health and gives owners advice', () => {
    const renter = dampMouldNextSteps({ tenure: 'private-renter', vulnerableOccupant: false, extent: 'one-room' }, profile);
    expect(renter.route).toBe('environmental-health');
    expect(renter.steps.join(' ')).toContain('environmental.health@northbrook.example');
    const owner = dampMouldNextSteps({ tenure: 'owner', vulnerableOccupant: false, extent: 'small-patch' }, profile);
    expect(owner).toMatchObject({ route: 'owner-advice', createsCase: false });
    expect(owner.steps.join(' ')).toContain('01632 960000');
  });

  it('follows the profile when the timescales change', () => {
    const changed = withChanges((copy) => {
      copy.serviceStandards.dampMould.investigation = 'investigate within 7 working days';
      copy.council.environmentalHealthEmail = 'eh@northbrook.example';
    });
    expect(dampMouldNextSteps({ tenure: 'council-tenant', vulnerableOccupant: false, extent: 'one-wall' }, changed).steps[0]).toBe('We will investigate within 7 working days.');
    expect(dampMouldNextSteps({ tenure: 'private-renter', vulnerableOccupant: false, extent: 'one-wall' }, changed).steps.join(' ')).toContain('eh@northbrook.example');
  });
});
