import type { Resident } from './residents.js';

/**
 * Cases made the way a resident makes them, through the chat. Each form is driven by a table
 * of answers keyed by what the bot asks, so a reworded or reordered question still gets its answer.
 */

/** Any of the council's references, today's (NBC-CBK-000001) or a random one (NBC-BIN-7K4Q-2M). */
export const referencePattern = /\bNBC-(?:REP|DMP|BIN|CBK)(?:-[A-Z0-9]+)+\b/;

export interface MadeCase {
  reference: string;
  /** What the resident told the bot that is theirs alone. */
  personal: string[];
}

/** A caller with a London number from Ofcom's drama range: real-looking, and no one's. */
export const callbackCaller = { name: 'Rosalind Pemberton-Quayle', phone: '020 7946 0461', spokenTime: 'in the morning' };

async function fillForm(resident: Resident, opening: string, answers: [RegExp, string][]): Promise<string> {
  let turn = await resident.say(opening);
  for (let step = 0; step < 12; step += 1) {
    if (referencePattern.test(turn)) return referencePattern.exec(turn)![0];
    const question = turn.split('\n\n').at(-1) ?? '';
    const answer = answers.find(([asks]) => asks.test(question))?.[1];
    if (answer === undefined) throw new Error(`no scripted answer for: ${turn}`);
    turn = await resident.say(answer);
  }
  throw new Error(`the form did not finish; last turn: ${turn}`);
}

export async function requestCallback(resident: Resident): Promise<MadeCase> {
  const reference = await fillForm(resident, 'Can someone call me back please?', [
    [/name/i, callbackCaller.name],
    [/phone|number/i, callbackCaller.phone],
    [/time|when/i, callbackCaller.spokenTime],
    [/confirm|right|correct/i, 'Confirm'],
  ]);
  return { reference, personal: [callbackCaller.name, 'Pemberton', callbackCaller.phone, '02079460461', '7946 0461', '79460461', 'morning'] };
}

export async function reportMissedBin(resident: Resident): Promise<MadeCase> {
  const reference = await fillForm(resident, 'Report a missed bin', [
    [/which bin/i, 'Recycling'],
    [/which day|when/i, 'yesterday'],
    [/tag or sticker/i, 'no'],
    [/postcode/i, 'NB2 4QT'],
    // Before the address row: this question mentions an e-mail address.
    [/Would you like a confirmation/i, 'No thanks'],
    [/house number|street|address/i, '27 Larch Close'],
    [/confirm|right|correct/i, 'Confirm'],
  ]);
  return { reference, personal: ['27 Larch Close', 'Larch Close', 'NB2 4QT'] };
}
