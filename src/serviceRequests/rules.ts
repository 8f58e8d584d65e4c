/** The council's service rules, pure and driven by the council profile. */
export { missedBinEligibility, type MissedBinReport, type MissedBinEligibility } from './rules/missedBin.js';
export { repairPriority, type RepairReport, type RepairAssessment, type RepairPriority, type RepairBasis } from './rules/repairPriority.js';
export { dampMouldNextSteps, mouldHealthAdvice, type DampMouldReport, type DampMouldNextSteps, type DampMouldRoute } from './rules/dampMould.js';
export { addWorkingDays, isWorkingDay, isBankHoliday } from './workingDays.js';
export { repairElsewhereSteps, type RepairElsewhere } from './rules/repairLandlord.js';
