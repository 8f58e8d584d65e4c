import type { BotReply, Choice } from '../reply.js';
import { parseTenure, parseYesNo, type SlotResult, type Tenure } from '../serviceRequests/slots.js';
import type { SlotDefinition } from './formDefinition.js';

/** The value a parser accepted, or nothing: how a slot recognises its answer out of turn. */
export const accepted = <Value>(result: SlotResult<Value>): Value | undefined => (result.ok ? result.value : undefined);

export const choicesOf = (...labels: string[]): Choice[] => labels.map((label) => ({ label }));

/** A question with the given choices, for slots whose question does not depend on earlier answers. */
export const fixedQuestion = (text: string, choices?: Choice[]): (() => BotReply) => () => (choices ? { text, choices } : { text });

/** A yes/no question with Yes and No buttons (or "1"/"2" where buttons are not shown). */
export function yesNoSlot<Details>(
  question: Pick<SlotDefinition<Details, boolean>, 'label' | 'help' | 'applies' | 'dependsOn'> & { text: string },
): SlotDefinition<Details, boolean> {
  const { text, ...rest } = question;
  return {
    ...rest,
    ask: fixedQuestion(text, choicesOf('Yes', 'No')),
    parse: parseYesNo,
    describe: (value) => (value ? 'Yes' : 'No'),
  };
}

const tenureNames: Readonly<Record<Tenure, string>> = {
  'council-tenant': 'The council',
  'housing-association': 'A housing association',
  'private-renter': 'A private landlord',
  owner: 'I own my home',
};

/** Who the resident's landlord is: the council acts on its own homes only, so forms that depend on it share one question. */
export function tenureSlot<Details>(help: string, extra: Pick<SlotDefinition<Details, Tenure>, 'applies'> = {}): SlotDefinition<Details, Tenure> {
  return {
    label: 'Landlord',
    ask: fixedQuestion('Who is your landlord?', choicesOf(...Object.values(tenureNames))),
    help,
    parse: parseTenure,
    describe: (tenure) => tenureNames[tenure],
    ...extra,
  };
}
