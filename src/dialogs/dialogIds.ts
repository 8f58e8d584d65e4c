import type { ActionDialogId } from '../knowledge/article.js';

/** The service-request flows; knowledge articles name these ids in their actions. */
export const serviceDialogIds = ['report-repair', 'report-damp-mould', 'report-missed-bin', 'check-case', 'request-callback'] as const satisfies readonly ActionDialogId[];
export type ServiceDialogId = (typeof serviceDialogIds)[number];

export const isServiceDialogId = (id: string): id is ServiceDialogId => (serviceDialogIds as readonly string[]).includes(id);
