import { reportMissedBin, requestCallback, type MadeCase } from '../cases.js';
import { AttackLog, type AttackReport } from '../report.js';
import { emulatorResident } from '../residents.js';
import type { Target } from '../target.js';

/**
 * Finding 2: references were a counter (NBC-CBK-000001, NBC-BIN-000002…), and "check a case"
 * told anyone who typed one its status and next steps, the caller's phone number included.
 * Two residents make cases through the public chat; a stranger then asks after each.
 */

/** The part after NBC-XXX-, without dashes. */
const randomPart = (reference: string): string => reference.split('-').slice(2).join('');

/** Bits an attacker must guess, judged by the characters used (digits only: 10 per place). */
function guessBits(part: string): number {
  const alphabet = (/[0-9]/.test(part) ? 10 : 0) + (/[A-Z]/.test(part) ? 26 : 0);
  return part.length * Math.log2(Math.max(alphabet, 1));
}

/** 2^30 guesses per case, against a throttled chat: out of reach, where 2^20 (six digits) is an afternoon. */
const minimumGuessBits = 30;

/** Today's statuses and the flow's own wording: any of them means the stranger was told about the case. */
const caseDisclosures = [/Status:/i, /is a (call back request|missed bin report|repair|damp and mould report) made on/i, /What happens next/i, /passing it to the team/i, /with the team that deals with it/i, /working on it/i, /it is closed/i];

export async function caseReferences(target: Target): Promise<AttackReport> {
  const log = new AttackLog();
  const made: MadeCase[] = [await reportMissedBin(emulatorResident(target.url)), await requestCallback(emulatorResident(target.url))];

  const [first, second] = made.map((made) => made.reference);
  const [firstPart, secondPart] = [randomPart(first!), randomPart(second!)];
  log.expect(!(/^\d+$/.test(firstPart) && /^\d+$/.test(secondPart) && Number(secondPart) - Number(firstPart) === 1), `sequential references: ${first} then ${second}`);
  for (const reference of [first!, second!]) {
    const bits = guessBits(randomPart(reference));
    log.expect(bits >= minimumGuessBits, `guessable reference ${reference}: about ${bits.toFixed(0)} bits, under ${minimumGuessBits}`);
  }

  for (const { reference, personal } of made) {
    const stranger = emulatorResident(target.url);
    const replies = [await stranger.say('Check a case'), await stranger.say(reference), await stranger.say(`Any update on ${reference}?`)].join('\n\n');
    const told = replies.split('\n').filter((line) => caseDisclosures.some((disclosure) => disclosure.test(line)));
    if (told.length > 0) log.problem(`a stranger typing ${reference} was told about the case: ${told.join(' / ').slice(0, 300)}`);
    for (const detail of personal) {
      if (replies.includes(detail)) log.problem(`a stranger typing ${reference} saw "${detail}"`);
    }
  }
  return log.report();
}
