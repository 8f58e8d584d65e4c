import type { BotReply } from '../reply.js';
import type { CaseType } from '../cases/caseSystem.js';
import type { DampMouldRoute, MissedBinEligibility } from '../serviceRequests/rules.js';
import type { EmergencyKind } from '../triage/safety.js';
import type { FormId } from './formIds.js';

/** One collected detail as a resident or an advisor reads it, e.g. { label: 'Postcode', value: 'NB1 1AA' }. */
export interface DetailLine {
  label: string;
  value: string;
}

/** Set when the conversation raised an emergency or safeguarding concern: cases are recorded at a higher priority. */
export type ConversationConcern = 'emergency' | 'safeguarding';

/** Why a report was explained rather than recorded by the council. */
export type NotLoggedReason = Extract<MissedBinEligibility, { eligible: false }>['reason'] | Exclude<DampMouldRoute, 'council-landlord'>;

/** How a form itself finishes. */
export type FormEnding =
  | { kind: 'submitted'; reference: string; caseKind: CaseType; reply: BotReply }
  | { kind: 'not-logged'; reason: NotLoggedReason; reply: BotReply }
  /** `shown`: the status was shown; false alike for an unknown reference and for details that did not match. */
  | { kind: 'case-status'; reference: string; shown: boolean; reply: BotReply }
  /** What the resident described is an emergency: the pipeline shows its emergency reply. */
  | { kind: 'emergency'; emergency: EmergencyKind };

/** How a form is cut short by the resident. */
export type InterruptedEnding =
  | { kind: 'needs-advisor'; reason: 'asked-for-person' | 'repeated-invalid-answers' }
  | { kind: 'cancelled'; reply: BotReply };

/** What a form ends with; `details` are what the resident had given, for a handoff to show. */
export type FormResult = (FormEnding | InterruptedEnding) & { form: FormId; details: DetailLine[] };
