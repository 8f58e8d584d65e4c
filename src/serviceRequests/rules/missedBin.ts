import type { CouncilProfile } from '../../profile/councilProfile.js';
import { describeDate, localIsoDate, type IsoDate } from '../calendarDate.js';
import type { BinType } from '../slots/binType.js';
import { inSeason } from '../season.js';
import { addWorkingDays } from '../workingDays.js';

export interface MissedBinReport {
  collectionDate: IsoDate;
  now: Date;
  /** The crew left a sticker or tag saying the bin had the wrong things in it. */
  contaminationTag: boolean;
  binType: BinType;
  /** Undefined when not known: the subscription check is then left to the service. */
  gardenSubscriptionActive?: boolean;
}

export type MissedBinEligibility =
  | {
      eligible: true;
      /** The last day the crew will come back by, e.g. "We will come back to collect it by Friday 6 November." */
      promise: string;
    }
  | { eligible: false; reason: 'too-late' | 'too-early' | 'contaminated' | 'garden-unpaid' | 'out-of-season'; explanation: string };

/** Whether a missed collection can be reported, by the council's rules; pure, so the dialog and tests agree. */
export function missedBinEligibility(report: MissedBinReport, profile: CouncilProfile): MissedBinEligibility {
  const { missedBins, gardenWaste } = profile.serviceStandards;
  const today = localIsoDate(report.now, profile.council.timezone);
  const collectionDay = describeDate(report.collectionDate);

  // The collection day itself is fine: the crew may simply not have reached the street yet, and the dialog says so.
  if (report.collectionDate > today) {
    return {
      eligible: false,
      reason: 'too-early',
      explanation: `Your collection on ${collectionDay} hasn't happened yet. If your bin isn't collected that day, you can report it then.`,
    };
  }
  if (report.contaminationTag) {
    return {
      eligible: false,
      reason: 'contaminated',
      // The way to dispute a tag, from the contamination article: a resident sure it was wrong was told only to sort the bin (caller trial 29, H29-02).
      explanation: `The crew couldn't empty your bin because it had the wrong things in it, so it isn't a missed collection. Please take out the items that shouldn't be there and put the bin out on your next collection day. If you think the tag is wrong, contact us on ${profile.council.phone} or at ${profile.council.email} with your address and, if you can, a photo of the bin and the tag.`,
    };
  }
  // A garden bin "missed" in December was promised a return visit, though no garden waste is collected then.
  if (report.binType === 'garden' && inSeason(gardenWaste.season, report.collectionDate) === false) {
    return {
      eligible: false,
      reason: 'out-of-season',
      explanation: `Garden waste collections run ${gardenWaste.season}. Outside the season there are no collections, so a full garden waste bin on ${collectionDay} isn't a missed collection. Check your collection calendar for the exact dates.`,
    };
  }
  if (report.binType === 'garden' && report.gardenSubscriptionActive === false) {
    return {
      eligible: false,
      reason: 'garden-unpaid',
      explanation: `Garden waste is collected only for homes with a garden waste subscription (${gardenWaste.annualFee} a year, collections ${gardenWaste.season}). This address doesn't have an active subscription, so this collection wasn't missed. You can subscribe on ${profile.council.website}.`,
    };
  }
  const lastDayToReport = addWorkingDays(report.collectionDate, missedBins.reportWithinWorkingDays);
  if (today > lastDayToReport) {
    return {
      eligible: false,
      reason: 'too-late',
      explanation: `Missed bins need to be reported within ${missedBins.reportWithinWorkingDays} working days of the collection day, so the last day to report the collection on ${collectionDay} was ${describeDate(lastDayToReport)}. Please put your bin out on your next collection day and we will empty it then.`,
    };
  }
  const returnBy = addWorkingDays(today, missedBins.returnWithinWorkingDays);
  return { eligible: true, promise: `We will come back to collect it by ${describeDate(returnBy)}.` };
}
