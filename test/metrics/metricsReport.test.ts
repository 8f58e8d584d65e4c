import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { computeMetricsReport } from '../../src/metrics/metricsReport.js';
import { loadCouncilProfile } from '../../src/profile/councilProfile.js';
import { scriptedAsOf, scriptedEvents, scriptedRange } from './scriptedConversations.js';

const profile = loadCouncilProfile(fileURLToPath(new URL('../../knowledge/council.yaml', import.meta.url)));
const report = computeMetricsReport({ events: scriptedEvents, range: scriptedRange, profile, asOf: scriptedAsOf });

describe('computeMetricsReport on scripted conversations', () => {
  it('counts sessions and their outcomes the way Copilot Studio does', () => {
    expect(report).toMatchObject({
      range: { from: '2026-03-02', to: '2026-03-04', timeZone: 'Europe/London' },
      conversations: 9,
      engaged: 8,
      resolved: 4,
      contained: 4,
      escalated: 1,
      abandoned: 2,
      ongoing: 1,
      casesRaised: 1,
      engagementRate: 0.8889,
      resolutionRate: 0.5,
      containmentRate: 0.5,
      escalationRate: 0.125,
      abandonRate: 0.25,
    });
  });

  it('breaks outcomes down by channel and by topic', () => {
    expect(report.byChannel).toEqual({
      directline: { conversations: 1, engaged: 1, resolved: 0, contained: 0, escalated: 0, abandoned: 0, ongoing: 1, casesRaised: 0, resolutionRate: 0, containmentRate: 0, escalationRate: 0, abandonRate: 0 },
      emulator: { conversations: 1, engaged: 1, resolved: 1, contained: 1, escalated: 0, abandoned: 0, ongoing: 0, casesRaised: 0, resolutionRate: 1, containmentRate: 1, escalationRate: 0, abandonRate: 0 },
      msteams: { conversations: 1, engaged: 1, resolved: 0, contained: 0, escalated: 1, abandoned: 0, ongoing: 0, casesRaised: 0, resolutionRate: 0, containmentRate: 0, escalationRate: 1, abandonRate: 0 },
      webchat: { conversations: 5, engaged: 5, resolved: 3, contained: 3, escalated: 0, abandoned: 2, ongoing: 0, casesRaised: 1, resolutionRate: 0.6, containmentRate: 0.6, escalationRate: 0, abandonRate: 0.4 },
      whatsapp: { conversations: 1, engaged: 0, resolved: 0, contained: 0, escalated: 0, abandoned: 0, ongoing: 0, casesRaised: 0, resolutionRate: null, containmentRate: null, escalationRate: null, abandonRate: null },
    });
    expect(Object.keys(report.byTopic)).toEqual(['bins', 'council-tax', 'parking', 'repairs']);
    expect(report.byTopic.bins).toEqual({ conversations: 4, engaged: 4, resolved: 2, contained: 2, escalated: 0, abandoned: 1, ongoing: 1, casesRaised: 0, resolutionRate: 0.5, containmentRate: 0.5, escalationRate: 0, abandonRate: 0.25 });
    expect(report.byTopic.repairs).toMatchObject({ conversations: 1, resolved: 1, contained: 1, abandoned: 0, casesRaised: 1 });
    expect(report.topTopics).toEqual([
      { topic: 'bins', conversations: 4, resolved: 2, contained: 2, escalated: 0 },
      { topic: 'parking', conversations: 2, resolved: 1, contained: 1, escalated: 0 },
      { topic: 'council-tax', conversations: 1, resolved: 0, contained: 0, escalated: 1 },
      { topic: 'repairs', conversations: 1, resolved: 1, contained: 1, escalated: 0 },
    ]);
  });

  it('reports feedback, CSAT (latest score per session) and sentiment', () => {
    expect(report.feedback).toEqual({ responses: 2, helpful: 1, helpfulShare: 0.5 });
    expect(report.csat).toEqual({ responses: 2, average: 3.5, responseRate: 0.25 });
    expect(report.sentiment).toEqual({ messages: 10, average: -0.08, negativeShare: 0.4 });
  });

  it('values contacts contained in chat at the displaced channel cost less the chat cost', () => {
    expect(report.costAvoided).toEqual({
      currency: 'GBP',
      contacts: 3,
      amount: 8.04,
      unpricedContacts: 1,
      byChannel: [{ channel: 'webchat', displacedChannel: 'phone', contacts: 3, unitSaving: 2.68, amount: 8.04 }],
      source: profile.channelCosts.source,
    });
  });

  it('gives conversations per day by channel and the sentiment trend, every day of the range', () => {
    expect(report.conversationsPerDay).toEqual([
      { date: '2026-03-02', total: 2, byChannel: { webchat: 2 } },
      { date: '2026-03-03', total: 4, byChannel: { msteams: 1, whatsapp: 1, webchat: 2 } },
      { date: '2026-03-04', total: 3, byChannel: { webchat: 1, emulator: 1, directline: 1 } },
    ]);
    expect(report.sentimentTrend).toEqual([
      { date: '2026-03-02', messages: 3, average: -0.1, negativeShare: 0.6667 },
      { date: '2026-03-03', messages: 4, average: 0, negativeShare: 0.25 },
      { date: '2026-03-04', messages: 3, average: -0.1667, negativeShare: 0.3333 },
    ]);
  });

  it('tabulates contractor mentions and groups unanswered questions that ask the same thing', () => {
    expect(report.contractors).toEqual([
      { name: 'Keystone Property Services', mentions: 2, negativeMentions: 2, averageSentiment: -0.4 },
      { name: 'Greenway Environmental', mentions: 1, negativeMentions: 1, averageSentiment: -0.5 },
      { name: 'Brightwarm Heating', mentions: 1, negativeMentions: 0, averageSentiment: 0.5 },
      { name: 'DryHome Solutions', mentions: 0, negativeMentions: 0, averageSentiment: null },
    ]);
    expect(report.unansweredQuestions).toEqual([
      { example: 'Can I park my van on the verge?', count: 2, topic: 'parking' },
      { example: 'When will my missed bin be collected?', count: 1, topic: 'bins' },
    ]);
  });

  it('gives empty rates as null rather than a misleading 0 when nothing happened', () => {
    const empty = computeMetricsReport({ events: [], range: scriptedRange, profile, asOf: scriptedAsOf });
    expect(empty).toMatchObject({ conversations: 0, engagementRate: null, containmentRate: null, csat: { average: null }, sentiment: { average: null } });
    expect(empty.conversationsPerDay.map((day) => day.total)).toEqual([0, 0, 0]);
  });
});
