import type { ConversationEvent } from '../telemetry/conversationEvents.js';

type MessageEvent = Extract<ConversationEvent, { name: 'message' }>;

export interface ContractorRow {
  name: string;
  mentions: number;
  negativeMentions: number;
  /** Mean sentiment score of the messages naming the contractor; null with no mentions. */
  averageSentiment: number | null;
}

const round = (value: number): number => Math.round(value * 10_000) / 10_000 || 0;

/** Mentions of each contractor in residents' messages, and how those messages read. Every profile contractor has a row. */
export function contractorTable(contractorNames: readonly string[], messages: readonly MessageEvent[]): ContractorRow[] {
  const rows = new Map(contractorNames.map((name) => [name, { mentions: 0, negativeMentions: 0, scoreSum: 0 }]));
  for (const message of messages) {
    for (const name of new Set(message.contractors)) {
      const row = rows.get(name) ?? { mentions: 0, negativeMentions: 0, scoreSum: 0 };
      row.mentions += 1;
      if (message.sentiment.label === 'negative') row.negativeMentions += 1;
      row.scoreSum += message.sentiment.score;
      rows.set(name, row);
    }
  }
  return [...rows]
    .map(([name, { mentions, negativeMentions, scoreSum }]) => ({
      name,
      mentions,
      negativeMentions,
      averageSentiment: mentions === 0 ? null : round(scoreSum / mentions),
    }))
    .sort((a, b) => b.mentions - a.mentions || b.negativeMentions - a.negativeMentions);
}
