import type { ActionTarget } from '../knowledge/article.js';

/** The forms; knowledge articles name these ids in their actions. */
export const formIds = ['report-repair', 'report-damp-mould', 'report-missed-bin', 'check-case', 'request-callback'] as const satisfies readonly ActionTarget[];
export type FormId = (typeof formIds)[number];
