import type { BotReply } from '../bot/reply.js';
import type { CaseType } from '../cases/caseSystem.js';
import type { DampMouldRoute, MissedBinEligibility } from '../serviceRequests/rules.js';
import type { EmergencyKind } from '../triage/safety.js';
import type { ServiceDialogId } from './dialogIds.js';

/** One collected detail as a resident or an advisor reads it, e.g. { label: 'Postcode', value: 'NB1 1AA' }. */
export interface DetailLine {
  label: string;
  value: string;
}

/** Set when the conversation raised an emergency or safeguarding concern: cases are recorded at a higher priority. */
export type ConversationConcern = 'emergency' | 'safeguarding';

/** Why a report was explained rather than recorded by the council. */
export type NotLoggedReason = Extract<MissedBinEligibility, { eligible: false }>['reason'] | Exclude<DampMouldRoute, 'council-landlord'>;

/** How a flow itself finishes. */
export type FlowEnding =
  | { kind: 'submitted'; reference: string; caseKind: CaseType; reply: BotReply }
  | { kind: 'not-logged'; reason: NotLoggedReason; reply: BotReply }
  /** `shown`: the status was shown; false alike for an unknown reference and for details that did not match. */
  | { kind: 'case-status'; reference: string; shown: boolean; reply: BotReply }
  /** What the resident described is an emergency: the pipeline shows its emergency reply. */
  | { kind: 'emergency'; emergency: EmergencyKind };

/** How a flow is cut short by the resident. */
type InterruptedEnding =
  | { kind: 'needs-advisor'; reason: 'asked-for-person' | 'repeated-invalid-answers' }
  | { kind: 'cancelled'; reply: BotReply };

/** What a service dialog ends with; `details` are what the resident had given, for a handoff to show. */
export type ServiceDialogResult = (FlowEnding | InterruptedEnding) & { flow: ServiceDialogId; details: DetailLine[] };
