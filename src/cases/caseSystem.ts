export const caseTypes = ['repair', 'damp-mould', 'missed-bin', 'callback'] as const;
export type CaseType = (typeof caseTypes)[number];
export type CasePriority = 'emergency' | 'urgent' | 'routine' | 'normal';
export type CaseStatus = 'received' | 'sent-to-service' | 'in-progress' | 'closed';

export interface NewCase {
  type: CaseType;
  priority: CasePriority;
  channel: string;
  conversationId: string;
  /** The channel's id for the resident who raised it (activity.from.id): with the channel and conversation, who may read its status back. */
  userId?: string;
  details: Record<string, unknown>;
  /** What the resident was told will happen next; read back to whoever checks the case, so it holds no personal details. */
  nextSteps?: string;
  /**
   * The channel's id for the message whose turn raised the case (activity.id). An instance killed
   * after writing the case but before saving the conversation runs that turn again when the message
   * is resent: the case is found by it, not raised twice.
   */
  sourceMessageId?: string;
}

export interface CaseRecord extends NewCase {
  /** e.g. NBC-REP-7K4Q-2MXR: council prefix, type code, random symbols and a check symbol (see caseReference.ts) */
  reference: string;
  status: CaseStatus;
  /** ISO 8601 instants */
  createdAt: string;
  updatedAt: string;
}

/** Where service requests are recorded; a reference is always issued, even when the council's CRM is unreachable. */
export interface CaseSystem {
  create(input: NewCase): Promise<CaseRecord>;
  /** Looks a case up by reference, forgiving case, spaces, dashes and O/0, I/L/1; for staff, or after checking who asks. */
  find(reference: string): Promise<CaseRecord | undefined>;
  /** For staff: cases newest first, optionally from one channel and since an instant. */
  list(filter: CaseListFilter): Promise<CaseRecord[]>;
}

/** A listing is a page, never the whole table: 100 unless asked, 500 at most. */
export const caseListFilter = { defaultLimit: 100, maxLimit: 500 } as const;

export interface CaseListFilter {
  channel?: string;
  since?: Date;
  /** At most this many, newest first. */
  limit: number;
}

export const caseTypeCodes: Readonly<Record<CaseType, string>> = {
  repair: 'REP',
  'damp-mould': 'DMP',
  'missed-bin': 'BIN',
  callback: 'CBK',
};
