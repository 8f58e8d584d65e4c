import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { computeMetricsReport } from '../../src/metrics/metricsReport.js';
import { buildSessions } from '../../src/metrics/sessions.js';
import { loadCouncilProfile } from '../../src/profile/councilProfile.js';
import { conversation, scriptedAsOf, scriptedEvents, scriptedRange } from './scriptedConversations.js';

// K: a missed-bin form completed, then a person asked for.
const formThenPerson = conversation('k', 'msteams', [
  ['2026-03-04T10:30:00.000Z', { name: 'case-raised', topic: 'missed-bin', caseType: 'missed-bin', reference: 'NBC-00002' }],
  ['2026-03-04T10:31:00.000Z', { name: 'handoff', topic: 'missed-bin', reason: 'asked-for-person', priority: 'normal' }],
]);
const sessions = buildSessions([...scriptedEvents, ...formThenPerson], scriptedAsOf);
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

describe('the report’s rates on the scripted conversations plus K', () => {
  const profile = loadCouncilProfile(fileURLToPath(new URL('../../knowledge/council.yaml', import.meta.url)));
  const report = computeMetricsReport({ events: [...scriptedEvents, ...formThenPerson], range: scriptedRange, profile, asOf: scriptedAsOf });

  it('counts a completed form as resolved, and as contained only without a handoff', () => {
    expect(report).toMatchObject({ engaged: 9, resolved: 5, contained: 4, escalated: 1, abandoned: 2, ongoing: 1, casesRaised: 2 });
    expect(report).toMatchObject({ resolutionRate: 0.5556, containmentRate: 0.4444, escalationRate: 0.1111, abandonRate: 0.2222 });
    expect(report.byTopic['missed-bin']).toMatchObject({ resolved: 1, contained: 0 });
  });

  it('values only contained sessions as contacts avoided', () => {
    expect(report.costAvoided).toMatchObject({ contacts: 3, unpricedContacts: 1 });
  });
});
