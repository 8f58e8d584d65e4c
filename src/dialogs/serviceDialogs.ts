import { ComponentDialog, Dialog, DialogTurnStatus, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { CaseCheckGuard } from '../cases/caseCheckGuard.js';
import type { CaseSystem } from '../cases/caseSystem.js';
import type { CouncilProfile } from '../profile/councilProfile.js';
import { checkCaseFlow } from './checkCaseDialog.js';
import type { ServiceDialogId } from './dialogIds.js';
import { FlowDialog, type DetailReader, type FlowDependencies, type FlowOptions, type ServiceFlow } from './flowDialog.js';
import { globalCommand } from './globalCommands.js';
import { reportDampMouldFlow } from './reportDampMouldDialog.js';
import { reportMissedBinFlow } from './reportMissedBinDialog.js';
import { reportRepairFlow } from './reportRepairDialog.js';
import { requestCallbackFlow } from './requestCallbackDialog.js';
import type { ConversationConcern, DetailLine, ServiceDialogResult } from './serviceDialogResult.js';
import type { SharedEvidence } from './sharedEvidence.js';

export { serviceDialogIds, isServiceDialogId, type ServiceDialogId } from './dialogIds.js';
export { globalCommand, type GlobalCommand } from './globalCommands.js';
export type { ConversationConcern, DetailLine, NotLoggedReason, ServiceDialogResult } from './serviceDialogResult.js';

export interface ServiceDialogDependencies {
  cases: CaseSystem;
  caseChecks: CaseCheckGuard;
  profile: CouncilProfile;
  now?: () => Date;
  /** With an LLM configured: details in a first message that the flows' own extractors missed. */
  readDetails?: DetailReader;
}

export interface ServiceDialogOptions {
  /** The resident's message that started the flow: details in it are not asked again. */
  initialText?: string;
  /** The conversation raised an emergency or safeguarding concern: the case is recorded at a higher priority. */
  priority?: ConversationConcern;
  /** Photos or a location the resident sent before the flow started, for the case. */
  evidence?: SharedEvidence;
}

interface BeginOptions extends ServiceDialogOptions {
  flow: ServiceDialogId;
}

/** What one turn of a service dialog came to. */
export type ServiceDialogTurn =
  | { status: 'not-running' }
  | { status: 'waiting' }
  | { status: 'ended'; result: ServiceDialogResult };

const cancelledReply = { text: "OK, I've stopped. Nothing has been sent to the council." };

/**
 * The service-request flows as one component for the conversation's DialogSet. It checks every
 * message for the commands that work at any step ("cancel", "start again", "help",
 * "talk to someone") before the active flow sees it.
 */
export class ServiceDialogs extends ComponentDialog<BeginOptions> {
  static readonly dialogId = 'service-requests';
  private readonly flows = new Map<string, ServiceFlow>();

  constructor(dependencies: FlowDependencies) {
    super(ServiceDialogs.dialogId);
    for (const flow of [
      new FlowDialog(reportMissedBinFlow, dependencies),
      new FlowDialog(reportRepairFlow, dependencies),
      new FlowDialog(reportDampMouldFlow, dependencies),
      new FlowDialog(checkCaseFlow, dependencies),
      new FlowDialog(requestCallbackFlow, dependencies),
    ]) {
      this.addDialog(flow);
      this.flows.set(flow.id, flow);
    }
  }

  /** Starts a flow; it may end at once (a reference in the first message answers "check a case"). */
  async startFlow(dc: DialogContext, flow: ServiceDialogId, options: ServiceDialogOptions = {}): Promise<ServiceDialogTurn> {
    return toTurn(await dc.beginDialog(this.id, { ...options, flow } satisfies BeginOptions));
  }

  /** Hands this turn's message to the running flow; 'not-running' when no flow is active. */
  async continueFlow(dc: DialogContext): Promise<ServiceDialogTurn> {
    if (!this.isRunning(dc)) return { status: 'not-running' };
    return toTurn(await dc.continueDialog());
  }

  isRunning(dc: DialogContext): boolean {
    return dc.activeDialog?.id === this.id;
  }

  /** The flow in progress, if any. */
  activeFlow(dc: DialogContext): ServiceDialogId | undefined {
    if (!this.isRunning(dc)) return undefined;
    const inner = this.createChildContext(dc).activeDialog;
    return inner && this.flows.get(inner.id)?.flowId;
  }

  /** What the resident has given so far, for a handoff when the pipeline interrupts the flow (e.g. an emergency). */
  detailsCollectedSoFar(dc: DialogContext): DetailLine[] {
    if (!this.isRunning(dc)) return [];
    const inner = this.createChildContext(dc).activeDialog;
    const flow = inner && this.flows.get(inner.id);
    return inner && flow ? flow.detailsSoFar(inner) : [];
  }

  protected override onBeginDialog(innerDc: DialogContext, options?: BeginOptions): Promise<DialogTurnResult> {
    if (!options) throw new Error('a service dialog was begun without naming its flow');
    const { flow, ...rest } = options;
    return innerDc.beginDialog(flow, rest satisfies FlowOptions);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const command = globalCommand(innerDc.context.activity.text ?? '');
    const instance = innerDc.activeDialog;
    const flow = instance && this.flows.get(instance.id);
    if (!command || !instance || !flow) return innerDc.continueDialog();
    switch (command) {
      case 'help':
        await flow.sendHelp(innerDc);
        return Dialog.EndOfTurn;
      case 'start-again':
        return flow.restart(innerDc);
      case 'cancel':
      case 'talk-to-someone': {
        const base = { flow: flow.flowId, details: flow.detailsSoFar(instance) };
        const result: ServiceDialogResult =
          command === 'cancel' ? { ...base, kind: 'cancelled', reply: cancelledReply } : { ...base, kind: 'needs-advisor', reason: 'asked-for-person' };
        await innerDc.cancelAllDialogs();
        return { status: DialogTurnStatus.complete, result };
      }
    }
  }
}

function toTurn(turn: DialogTurnResult): ServiceDialogTurn {
  if (turn.status === DialogTurnStatus.waiting) return { status: 'waiting' };
  if (turn.status === DialogTurnStatus.empty) return { status: 'not-running' };
  return { status: 'ended', result: turn.result as ServiceDialogResult };
}

/** The service-request dialogs, ready to add to the conversation's DialogSet. */
export function createServiceDialogs({ cases, caseChecks, profile, now = () => new Date(), readDetails }: ServiceDialogDependencies): ServiceDialogs {
  return new ServiceDialogs({ cases, caseChecks, profile, now, ...(readDetails && { readDetails }) });
}
