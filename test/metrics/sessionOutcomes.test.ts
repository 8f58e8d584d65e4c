import { describe, expect, it } from 'vitest';
import { buildSessions } from '../../src/metrics/sessions.js';
import { scriptedAsOf, scriptedEvents } from './scriptedConversations.js';

const sessions = buildSessions(scriptedEvents, scriptedAsOf);
const sessionOf = (conversationId: string, nth = 0) => sessions.filter((session) => session.conversationId === conversationId)[nth]!;

// One row per scripted session, as docs/metrics.md defines each measure.
describe('each session’s outcome on the scripted conversations', () => {
  it.each([
    ['resolved: "This helped" and a goodbye', 'a', 0, 'resolved', true],
    ['resolved: a form completed and its reference issued, then silence', 'b', 0, 'resolved', true],
    ['resolved but not contained: a form completed, then a person asked for', 'k', 0, 'resolved', false],
    ['escalated: a handoff first, whatever follows', 'c', 0, 'escalated', false],
    ['unengaged: small talk and a photo only', 'd', 0, 'unengaged', false],
    ['abandoned: unanswered, then 40 quiet minutes', 'e', 0, 'abandoned', false],
    ['resolved: the same resident back after the gap, answered', 'e', 1, 'resolved', true],
    ['ongoing: quiet for 15 minutes only', 'f', 0, 'ongoing', false],
    ['abandoned: an unhelpful answer, then gone', 'i', 0, 'abandoned', false],
  ])('%s', (_case, conversationId, nth, outcome, contained) => {
    expect(sessionOf(conversationId, nth)).toMatchObject({ outcome, contained });
  });
});
