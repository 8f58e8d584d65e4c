export const caseTypes = ['repair', 'damp-mould', 'missed-bin', 'callback'] as const;
export type CaseType = (typeof caseTypes)[number];
export type CasePriority = 'emergency' | 'urgent' | 'routine' | 'normal';
export type CaseStatus = 'received' | 'sent-to-service' | 'in-progress' | 'closed';

export interface NewCase {
  type: CaseType;
  priority: CasePriority;
  channel: string;
  conversationId: string;
  details: Record<string, unknown>;
  /** What the resident was told will happen next. */
  nextSteps?: string;
}

export interface CaseRecord extends NewCase {
  /** e.g. NBC-REP-000123: council prefix, type code, sequence */
  reference: string;
  status: CaseStatus;
  /** ISO 8601 instants */
  createdAt: string;
  updatedAt: string;
}

/** Where service requests are recorded; a reference is always issued, even when the council's CRM is unreachable. */
export interface CaseSystem {
  create(input: NewCase): Promise<CaseRecord>;
  /** Looks a case up by reference, ignoring case and spaces. */
  find(reference: string): Promise<CaseRecord | undefined>;
}

export const caseTypeCodes: Readonly<Record<CaseType, string>> = {
  repair: 'REP',
  'damp-mould': 'DMP',
  'missed-bin': 'BIN',
  callback: 'CBK',
};

const sequenceDigits = 6;

export function formatCaseReference(prefix: string, type: CaseType, sequence: number): string {
  return `${prefix}-${caseTypeCodes[type]}-${String(sequence).padStart(sequenceDigits, '0')}`;
}

const referencePattern = (prefix: string, anchored: boolean): RegExp => {
  const codes = Object.values(caseTypeCodes).join('|');
  const body = `${prefix}[\\s-]*(${codes})[\\s-]*(\\d{${sequenceDigits},})`;
  return new RegExp(anchored ? `^${body}$` : `\\b${body}\\b`, 'i');
};

const canonical = (prefix: string, found: RegExpExecArray | null): string | undefined =>
  found ? `${prefix}-${found[1]!.toUpperCase()}-${found[2]}` : undefined;

/** The canonical form of a reference as typed ("nbc rep 000123"), or undefined if it is not one of `prefix`'s. */
export const normaliseCaseReference = (text: string, prefix: string): string | undefined =>
  canonical(prefix, referencePattern(prefix, true).exec(text.trim()));

/** The first of `prefix`'s references written anywhere in `text`, in canonical form. */
export const findCaseReference = (text: string, prefix: string): string | undefined =>
  canonical(prefix, referencePattern(prefix, false).exec(text));
