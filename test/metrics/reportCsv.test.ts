import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { computeMetricsReport } from '../../src/metrics/metricsReport.js';
import { reportToCsv } from '../../src/metrics/reportCsv.js';
import { loadCouncilProfile } from '../../src/profile/councilProfile.js';
import { conversation, message } from './scriptedConversations.js';

const profile = loadCouncilProfile(fileURLToPath(new URL('../../knowledge/council.yaml', import.meta.url)));

describe('reportToCsv', () => {
  it('quotes commas and quotes, and defuses resident text a spreadsheet would run as a formula', () => {
    const events = conversation('x', 'webchat', [
      ['2026-03-02T09:00:00.000Z', message('parking', 'unsure', 0)],
      ['2026-03-02T09:00:01.000Z', { name: 'unanswered', topic: 'parking', question: '=HYPERLINK("http://evil.example")', confidence: 0.1 }],
      ['2026-03-02T09:00:02.000Z', { name: 'unanswered', topic: 'parking', question: 'bays, "permits" and fines', confidence: 0.1 }],
    ]);
    const report = computeMetricsReport({ events, range: { from: '2026-03-02', to: '2026-03-02' }, profile, asOf: new Date('2026-03-03T00:00:00Z') });
    const lines = reportToCsv(report).split('\r\n');
    expect(lines).toContain(`unanswered,"'=HYPERLINK(""http://evil.example"")",count,1`);
    expect(lines).toContain('unanswered,"bays, ""permits"" and fines",count,1');
    expect(lines).toContain('summary,all,abandonRate,1');
    expect(lines).toContain('feedback,all,helpfulShare,');
  });
});
