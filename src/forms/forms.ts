import { checkCaseForm } from './checkCase.js';
import type { FormDefinition } from './formDefinition.js';
import { createFormRunner, type FormPorts, type FormRunner } from './formRunner.js';
import { reportDampMouldForm } from './reportDampMould.js';
import { reportMissedBinForm } from './reportMissedBin.js';
import { reportRepairForm } from './reportRepair.js';
import { requestCallbackForm } from './requestCallback.js';

/** Every form the assistant runs. A new form is one file beside these and one entry here (and its id in formIds.ts). */
export const forms: readonly FormDefinition<never>[] = [reportMissedBinForm, reportRepairForm, reportDampMouldForm, checkCaseForm, requestCallbackForm] as unknown as FormDefinition<never>[];

/** The form runner over every form, with the ports submitting needs. */
export const createForms = (ports: FormPorts): FormRunner => createFormRunner(forms, ports);
