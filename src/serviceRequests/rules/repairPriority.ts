import type { CouncilProfile } from '../../profile/councilProfile.js';
import type { IsoDate } from '../calendarDate.js';
import { inSeason } from '../season.js';

export type RepairPriority = 'emergency' | 'urgent' | 'routine';

export interface RepairReport {
  description: string;
  /** Where in the home, e.g. "kitchen". */
  location?: string;
  /** Someone in the home is elderly, disabled, very young, pregnant or seriously ill. */
  vulnerableOccupant: boolean;
  /** Set by the safety triage upstream (gas smell, flooding, exposed wiring, no power at all…). */
  emergencyDetected: boolean;
  /** The day it is reported, for the profile's cold weather; without it, every day counts as cold. */
  reportedOn?: IsoDate;
}

/** Why a priority was chosen, for the advisor's view of the case. */
export type RepairBasis =
  | 'emergency-detected'
  | 'no-heating-vulnerable-occupant-cold-weather'
  | 'no-heating-or-hot-water'
  | 'contained-leak'
  | 'only-toilet'
  | 'toilet-fault'
  | 'insecure-home'
  | 'partial-power-loss'
  | 'heating-or-water-fault-vulnerable-occupant'
  | 'heating-or-water-fault'
  | 'general';

export interface RepairAssessment {
  priority: RepairPriority;
  /** The council's promise for this priority, from the profile, e.g. "complete within 5 working days". */
  promise: string;
  basis: RepairBasis;
}

const noHeating =
  /\b(no|without|lost( all)?|not getting any) (heating|heat|hot water)\b|\b(boiler|heating|radiators)\b.*\b(stopped|not working|isn'?t working|aren'?t working|not coming on|don'?t come on|broken|broke|died|dead|packed (up|in)|conked out|won't (come on|turn on|fire|light)|keeps (cutting out|going off))\b/;

const toiletFault = /\b(toilet|loo|wc)s?\b.*\b(won'?t|doesn'?t|not|can'?t|isn'?t|broken|blocked|overflow\w*)\b|\bblocked (toilet|loo|wc)\b/;
/**
 * The household's only toilet: the repairs articles list "your only toilet blocked" among emergencies, and a toilet that will
 * not flush as urgent "when you have another toilet". An only toilet was promised 5 working days (caller trial 30, C30-36).
 */
const onlyToilet = /\b(only|one|just the one|single) (toilet|loo|wc)\b/;
const noOtherToilet = /\b(no|not got an|haven'?t got an|don'?t have an|do not have an) ?other (toilet|loo|wc)\b/;
/** "One toilet is blocked, the other's fine": a second toilet said, so not the only one. */
const anotherToilet = /\b(second|other|another|upstairs|downstairs|spare) (toilet|loo|wc)\b|\btwo (toilets|loos)\b|\bthe other(?: one)?(?:'s| is) (?:fine|ok|okay|working)\b/;

const urgentProblems: ReadonlyArray<readonly [RegExp, RepairBasis]> = [
  [noHeating, 'no-heating-or-hot-water'],
  [/\b(leak\w*|drip\w*|water (coming|getting) (in|through))\b/, 'contained-leak'],
  [toiletFault, 'toilet-fault'],
  [/\b(window|door|lock)s?\b.*\b(won't|doesn't|can't|not|broken|smashed)\b.*\b(lock|close|shut|secure)\b|\binsecure\b|\b(smashed|broken) (window|door|lock)\b|\b(window|door|lock|latch) (is )?(smashed|broken|snapped)\b/, 'insecure-home'],
  [/\b(sockets?|lights?|power|electrics?)\b.*\b(not working|don't work|doesn't work|stopped|out|tripp\w*|keeps going off)\b|\b(half|some) (of )?(the )?(sockets|lights|power)\b/, 'partial-power-loss'],
];

const heatingOrWaterFault = /\b(radiators?|boiler|heating|hot water|thermostat|taps?|water pressure|shower|cold water|pipes?)\b/;
/** What takes a problem out of the urgent list: a leak that is only a dripping tap. */
const notUrgentWhen: Partial<Record<RepairBasis, RegExp>> = {
  // "The tap has been dripping constantly", "the bathroom tap drips all the time": a dripping tap is routine in the repairs article,
  // and was promised urgent's 5 working days (caller trial 29, M29-01).
  'contained-leak': /\b(dripping|leaking|leaky) taps?\b|\btaps? (is |are |keeps? |has been |have been |s been |been )?(constantly |always |still |just )?(dripping|leaking|drips|leaks)\b/,
};

/**
 * The priority of a repair by the council's rules. Emergencies are recognised upstream by the
 * safety triage; this decides between urgent and routine from the resident's description.
 */
export function repairPriority(report: RepairReport, profile: CouncilProfile): RepairAssessment {
  const standards = profile.serviceStandards.repairs;
  const assess = (priority: RepairPriority, basis: RepairBasis): RepairAssessment => ({ priority, promise: standards[priority].target, basis });

  if (report.emergencyDetected) return assess('emergency', 'emergency-detected');
  const text = `${report.description} ${report.location ?? ''}`.toLowerCase();
  // The council's own emergency list: no heating or hot water in cold weather with someone vulnerable at home.
  const coldWeather = standards.coldWeather === undefined || report.reportedOn === undefined || inSeason(standards.coldWeather, report.reportedOn) !== false;
  if (report.vulnerableOccupant && coldWeather && noHeating.test(text)) return assess('emergency', 'no-heating-vulnerable-occupant-cold-weather');
  if (toiletFault.test(text) && (noOtherToilet.test(text) || (onlyToilet.test(text) && !anotherToilet.test(text)))) return assess('emergency', 'only-toilet');
  for (const [pattern, basis] of urgentProblems) {
    if (!pattern.test(text)) continue;
    if (notUrgentWhen[basis]?.test(text)) continue;
    return assess('urgent', basis);
  }
  if (heatingOrWaterFault.test(text)) {
    return report.vulnerableOccupant ? assess('urgent', 'heating-or-water-fault-vulnerable-occupant') : assess('routine', 'heating-or-water-fault');
  }
  return assess('routine', 'general');
}
