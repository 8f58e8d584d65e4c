import type { ConversationEvent } from '../telemetry/conversationEvents.js';

export interface TimedEvent {
  /** ISO 8601, UTC */
  at: string;
  event: ConversationEvent;
}

export type SessionOutcome = 'unengaged' | 'resolved' | 'escalated' | 'abandoned' | 'ongoing';

export interface Session {
  conversationId: string;
  channel: string;
  startedAt: string;
  lastEventAt: string;
  /** The first topic the resident engaged with, if any. */
  topic: string | undefined;
  outcome: SessionOutcome;
  /** Resolved with no handoff anywhere in the session: the assistant did the whole job. */
  contained: boolean;
  events: TimedEvent[];
}

/** Copilot Studio's session timeout: 30 minutes without a message ends a session. */
export const inactivityMs = 30 * 60 * 1000;

/** A real topic, a fallback ("not sure"), an answer, a case, a safety reply or an escalation engages a session; small talk and abuse do not. */
function engagedTopic(event: ConversationEvent): string | undefined | null {
  switch (event.name) {
    case 'message':
      return event.route === 'smalltalk' || event.route === 'abuse' || event.route === 'evidence' ? null : event.topic;
    case 'answer':
    case 'unanswered':
    case 'case-raised':
    case 'handoff':
      return event.topic;
    case 'safety':
      return 'safety';
    default:
      return null;
  }
}

/**
 * The resident got what they came for: they said so (`resolved`: "This helped", "bye"), or a form
 * was completed and the council's reference issued (`case-raised`), the assistant's best work.
 */
const resolves = (event: ConversationEvent): boolean => event.name === 'resolved' || event.name === 'case-raised';

function outcomeOf(events: TimedEvent[], engaged: boolean, asOf: Date): SessionOutcome {
  if (!engaged) return 'unengaged';
  // The first of the two ends the session: a transfer hands it over, a confirmation or a reference closes it.
  const end = events.find(({ event }) => resolves(event) || event.name === 'handoff');
  if (end) return end.event.name === 'handoff' ? 'escalated' : 'resolved';
  const idleMs = asOf.getTime() - Date.parse(events[events.length - 1]!.at);
  return idleMs >= inactivityMs ? 'abandoned' : 'ongoing';
}

function toSession(events: TimedEvent[], asOf: Date): Session {
  const first = events[0]!;
  const topics = events.map(({ event }) => engagedTopic(event)).filter((topic) => topic !== null);
  const outcome = outcomeOf(events, topics.length > 0, asOf);
  return {
    conversationId: first.event.conversationId,
    channel: first.event.channel,
    startedAt: first.at,
    lastEventAt: events[events.length - 1]!.at,
    topic: topics[0],
    outcome,
    contained: outcome === 'resolved' && !events.some(({ event }) => event.name === 'handoff'),
    events,
  };
}

/**
 * Splits each conversation's events into sessions: a new session starts after 30 minutes of
 * inactivity, as in Copilot Studio. `asOf` decides whether a quiet session is abandoned yet.
 */
export function buildSessions(events: readonly TimedEvent[], asOf: Date): Session[] {
  const byConversation = new Map<string, TimedEvent[]>();
  for (const timed of [...events].sort((a, b) => a.at.localeCompare(b.at))) {
    const list = byConversation.get(timed.event.conversationId) ?? [];
    list.push(timed);
    byConversation.set(timed.event.conversationId, list);
  }
  const sessions: Session[] = [];
  for (const conversation of byConversation.values()) {
    let current: TimedEvent[] = [];
    for (const timed of conversation) {
      const previous = current[current.length - 1];
      if (previous && Date.parse(timed.at) - Date.parse(previous.at) >= inactivityMs) {
        sessions.push(toSession(current, asOf));
        current = [];
      }
      current.push(timed);
    }
    sessions.push(toSession(current, asOf));
  }
  return sessions.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
}
