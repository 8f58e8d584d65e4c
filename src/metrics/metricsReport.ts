import type { CouncilProfile } from '../profile/councilProfile.js';
import type { ConversationEvent } from '../telemetry/conversationEvents.js';
import { contractorTable, type ContractorRow } from './contractorTable.js';
import { costAvoided, type CostAvoided } from './costAvoided.js';
import { datesIn, localDate, type DateRange } from './dateRange.js';
import { clusterQuestions, type QuestionCluster } from './questionClusters.js';
import { buildSessions, type Session, type TimedEvent } from './sessions.js';

type EventOf<Name extends ConversationEvent['name']> = Extract<ConversationEvent, { name: Name }>;

export interface OutcomeCounts {
  conversations: number;
  engaged: number;
  /** Resolved: confirmed by the resident or a case reference issued, before any handoff. */
  resolved: number;
  /** Resolved with no handoff at all in the session. */
  contained: number;
  escalated: number;
  abandoned: number;
  /** Engaged, no outcome yet, last event under 30 minutes ago. */
  ongoing: number;
  casesRaised: number;
  /** Shares of engaged sessions; null when none were engaged. */
  resolutionRate: number | null;
  containmentRate: number | null;
  escalationRate: number | null;
  abandonRate: number | null;
}

export interface MetricsReport extends OutcomeCounts {
  range: DateRange & { timeZone: string };
  generatedAt: string;
  engagementRate: number | null;
  byChannel: Record<string, OutcomeCounts>;
  byTopic: Record<string, OutcomeCounts>;
  feedback: { responses: number; helpful: number; helpfulShare: number | null };
  csat: { responses: number; average: number | null; responseRate: number | null };
  sentiment: { messages: number; average: number | null; negativeShare: number | null };
  costAvoided: CostAvoided;
  /** Sessions started each day, by channel. */
  conversationsPerDay: { date: string; total: number; byChannel: Record<string, number> }[];
  sentimentTrend: { date: string; messages: number; average: number | null; negativeShare: number | null }[];
  topTopics: { topic: string; conversations: number; resolved: number; contained: number; escalated: number }[];
  contractors: ContractorRow[];
  unansweredQuestions: QuestionCluster[];
}

export interface MetricsInput {
  events: readonly TimedEvent[];
  range: DateRange;
  profile: Pick<CouncilProfile, 'channelCosts' | 'contractors'> & { council: { timezone: string } };
  asOf: Date;
  topTopicCount?: number;
}

// `|| 0` turns the -0 of a rounded tiny negative into 0.
const round = (value: number): number => Math.round(value * 10_000) / 10_000 || 0;
const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : round(part / whole));
const mean = (values: readonly number[]): number | null => (values.length === 0 ? null : round(values.reduce((sum, value) => sum + value, 0) / values.length));

const eventsNamed = <Name extends ConversationEvent['name']>(sessions: readonly Session[], name: Name): (TimedEvent & { event: EventOf<Name> })[] =>
  sessions.flatMap((session) => session.events.filter((timed): timed is TimedEvent & { event: EventOf<Name> } => timed.event.name === name));

function outcomeCounts(sessions: readonly Session[]): OutcomeCounts {
  const count = (outcome: Session['outcome']): number => sessions.filter((session) => session.outcome === outcome).length;
  const engaged = sessions.length - count('unengaged');
  return {
    conversations: sessions.length,
    engaged,
    resolved: count('resolved'),
    contained: sessions.filter((session) => session.contained).length,
    escalated: count('escalated'),
    abandoned: count('abandoned'),
    ongoing: count('ongoing'),
    casesRaised: eventsNamed(sessions, 'case-raised').length,
    resolutionRate: ratio(count('resolved'), engaged),
    containmentRate: ratio(sessions.filter((session) => session.contained).length, engaged),
    escalationRate: ratio(count('escalated'), engaged),
    abandonRate: ratio(count('abandoned'), engaged),
  };
}

/** Items by key, in order; each added to its group in place (copying the group for each one made a year's report quadratic). */
function groupBy<Item>(items: readonly Item[], key: (item: Item) => string | undefined): Map<string, Item[]> {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    const name = key(item);
    if (name === undefined) continue;
    const group = groups.get(name);
    if (group) group.push(item);
    else groups.set(name, [item]);
  }
  return groups;
}

const countsBy = (sessions: readonly Session[], key: (session: Session) => string | undefined): Record<string, OutcomeCounts> =>
  Object.fromEntries([...groupBy(sessions, key)].sort(([a], [b]) => a.localeCompare(b)).map(([name, group]) => [name, outcomeCounts(group)]));

/** Every measure for the sessions that started on the range's dates (council time zone). */
export function computeMetricsReport({ events, range, profile, asOf, topTopicCount = 10 }: MetricsInput): MetricsReport {
  const timeZone = profile.council.timezone;
  const dayOf = (at: string): string => localDate(at, timeZone);
  const dates = datesIn(range);
  const sessions = buildSessions(events, asOf).filter((session) => dayOf(session.startedAt) >= range.from && dayOf(session.startedAt) <= range.to);
  const totals = outcomeCounts(sessions);

  const feedback = eventsNamed(sessions, 'feedback');
  const helpful = feedback.filter(({ event }) => event.helpful).length;
  // Only the latest score in a session counts.
  const csatScores = sessions.flatMap((session) => eventsNamed([session], 'csat').slice(-1).map(({ event }) => event.score));
  // A photo or a location has no words to read a sentiment from.
  const messages = eventsNamed(sessions, 'message').filter(({ event }) => event.route !== 'evidence');
  const negativeCount = (list: typeof messages): number => list.filter(({ event }) => event.sentiment.label === 'negative').length;
  // A session an advisor also worked on saved no contact.
  const containedByChannel = new Map([...groupBy(sessions.filter((session) => session.contained), (session) => session.channel)].map(([channel, group]) => [channel, group.length]));
  const sessionsByDay = groupBy(sessions, (session) => dayOf(session.startedAt));
  // Grouped once: filtered afresh for each day, a year's report read every message 366 times (outside attack 28, A28-08).
  const messagesByDay = groupBy(messages, ({ at }) => dayOf(at));

  return {
    range: { ...range, timeZone },
    generatedAt: asOf.toISOString(),
    ...totals,
    engagementRate: ratio(totals.engaged, totals.conversations),
    byChannel: countsBy(sessions, (session) => session.channel),
    byTopic: countsBy(sessions, (session) => session.topic),
    feedback: { responses: feedback.length, helpful, helpfulShare: ratio(helpful, feedback.length) },
    csat: { responses: csatScores.length, average: mean(csatScores), responseRate: ratio(csatScores.length, totals.engaged) },
    sentiment: {
      messages: messages.length,
      average: mean(messages.map(({ event }) => event.sentiment.score)),
      negativeShare: ratio(negativeCount(messages), messages.length),
    },
    costAvoided: costAvoided(containedByChannel, profile.channelCosts),
    conversationsPerDay: dates.map((date) => {
      const day = sessionsByDay.get(date) ?? [];
      return { date, total: day.length, byChannel: Object.fromEntries([...groupBy(day, (session) => session.channel)].map(([channel, group]) => [channel, group.length])) };
    }),
    sentimentTrend: dates.map((date) => {
      const day = messagesByDay.get(date) ?? [];
      return { date, messages: day.length, average: mean(day.map(({ event }) => event.sentiment.score)), negativeShare: ratio(negativeCount(day), day.length) };
    }),
    topTopics: [...groupBy(sessions, (session) => session.topic)]
      .map(([topic, group]) => ({ topic, ...outcomeCounts(group) }))
      .sort((a, b) => b.conversations - a.conversations || a.topic.localeCompare(b.topic))
      .slice(0, topTopicCount)
      .map(({ topic, conversations, resolved, contained, escalated }) => ({ topic, conversations, resolved, contained, escalated })),
    contractors: contractorTable(
      profile.contractors.map((contractor) => contractor.name),
      messages.map(({ event }) => event),
    ),
    unansweredQuestions: clusterQuestions(eventsNamed(sessions, 'unanswered').map(({ event }) => event)),
  };
}
