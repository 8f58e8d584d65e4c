import type { CasePriority, CaseType } from '../cases/caseSystem.js';
import type { SubmitContext } from './formDefinition.js';
import { evidenceDetails } from './sharedEvidence.js';
import type { FormEnding } from './formResult.js';

interface CaseRequest {
  type: CaseType;
  priority: CasePriority;
  details: Record<string, unknown>;
  /** What happens next, in the words the resident is given (and later reads back by reference). */
  nextSteps: string;
  /** The first sentence of the reply, e.g. "Your repair is logged." */
  logged: string;
}

/** A concern raised earlier in the conversation lifts a routine case, so staff see it first. */
const raised = (priority: CasePriority, context: SubmitContext): CasePriority =>
  context.priority && (priority === 'routine' || priority === 'normal') ? 'urgent' : priority;

/** Records the case for this conversation and tells the resident their reference and what happens next. */
export async function submitCase(context: SubmitContext, request: CaseRequest): Promise<FormEnding> {
  const record = await context.cases.create({
    type: request.type,
    priority: raised(request.priority, context),
    channel: context.channel,
    conversationId: context.conversationId,
    userId: context.userId,
    details: {
      ...request.details,
      ...evidenceDetails(context.evidence),
      ...(context.priority && { concernRaised: context.priority }),
      // What the resident said that no question asked (a cough, a baby), for the team that picks the case up.
      ...(context.noticed.length > 0 && { alsoSaid: Object.fromEntries(context.noticed.map((line) => [line.label, line.value])) }),
      ...(context.forStaff?.length && { forStaff: Object.fromEntries(context.forStaff.map((line) => [line.label, line.value])) }),
    },
    nextSteps: request.nextSteps,
    ...(context.caseKey && { sourceMessageId: context.caseKey }),
  });
  return {
    kind: 'submitted',
    reference: record.reference,
    caseKind: record.type,
    reply: { text: `Thank you. ${request.logged} Your reference is ${record.reference}.\n\n${request.nextSteps}` },
  };
}
