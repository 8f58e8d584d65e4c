import { seededRandom } from '../src/seededRandom.js';
import { residentQuestions } from './residentQuestions.js';

/**
 * What `npm run bench:load` sends: sessions of six turns, each either a missed-bin form from its
 * first message to its reference, or six questions in conversations of one to three. Questions
 * are drawn Zipf-like by rank, so popular ones recur as they do on a real bin-day morning. Seeded,
 * so two runs (and the project beside the echo bot) see the same sequence.
 */

export type TurnKind = 'question' | 'form';
/** `mixed` is the realistic load; the other two attribute CPU to each kind of turn. */
export type Mix = 'mixed' | 'questions' | 'forms';

export interface Turn {
  kind: TurnKind;
  conversationId: string;
  text: string;
  /** The form's last turn: its reply must carry a case reference, or the form did not complete. */
  expectsReference: boolean;
}

/** Turns per session: one whole missed-bin form. */
export const sessionLength = 7;

/** The share of sessions that are forms in the mixed load. */
export const formShare = 0.2;

/** A missed-bin report answered as the form asks: bin, day, tag, postcode, street, no confirmation message, confirm. */
export function missedBinForm(random: () => number): string[] {
  const bins = ['general rubbish', 'recycling', 'food waste'];
  const postcodes = ['NB1 1AA', 'NB2 4QT', 'NB3 7LX', 'NB4 2HD', 'NB7 9RS'];
  const streets = ['Holly Road', 'Mill Lane', 'Station Street', 'Church View', 'Orchard Close'];
  const pick = <T>(options: readonly T[]): T => options[Math.floor(random() * options.length)]!;
  return [
    `My ${pick(bins)} bin was not collected`,
    'Today',
    'No',
    pick(postcodes),
    `${1 + Math.floor(random() * 120)} ${pick(streets)}`,
    'No thanks',
    'Confirm',
  ];
}

/** A case reference in the bot's words, e.g. "Your reference is MB-2026-00012." */
export const referenceIssued = /Your reference is \S+/;


/** Draws ranks 0…count-1 with probability proportional to 1/(rank+1)^exponent. */
export function zipfSampler(count: number, exponent: number, random: () => number): () => number {
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= count; rank += 1) cumulative.push((total += 1 / rank ** exponent));
  return () => {
    const target = random() * total;
    let low = 0;
    let high = count - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return low;
  };
}

export interface SessionPlanner {
  /** The next session's six turns, each naming its conversation. */
  next(): Turn[];
}

/** Sessions for one load run; conversation ids are unique within the planner (`prefix` keeps runs apart). */
export function sessionPlanner(mix: Mix, seed: number, prefix: string, questions: readonly string[] = residentQuestions): SessionPlanner {
  const random = seededRandom(seed);
  const rank = zipfSampler(questions.length, 1, random);
  let conversations = 0;
  const newConversation = () => `${prefix}-${(conversations += 1)}`;
  const formSession = (): Turn[] => {
    const conversationId = newConversation();
    return missedBinForm(random).map((text, index) => ({ kind: 'form', conversationId, text, expectsReference: index === sessionLength - 1 }));
  };
  const questionSession = (): Turn[] => {
    const turns: Turn[] = [];
    while (turns.length < sessionLength) {
      const conversationId = newConversation();
      const length = Math.min(sessionLength - turns.length, 1 + Math.floor(random() * 3));
      for (let index = 0; index < length; index += 1) turns.push({ kind: 'question', conversationId, text: questions[rank()]!, expectsReference: false });
    }
    return turns;
  };
  return {
    next() {
      if (mix === 'forms') return formSession();
      if (mix === 'questions') return questionSession();
      return random() < formShare ? formSession() : questionSession();
    },
  };
}
