import type { MetricsReport, OutcomeCounts } from './metricsReport.js';

type Row = [section: string, name: string, measure: string, value: string | number | null];

// A spreadsheet runs a cell that starts with = + - @ as a formula; resident text must not.
const cell = (value: string | number | null): string => {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

const outcomeMeasures = [
  'conversations',
  'engaged',
  'resolved',
  'contained',
  'escalated',
  'abandoned',
  'ongoing',
  'casesRaised',
  'resolutionRate',
  'containmentRate',
  'escalationRate',
  'abandonRate',
] as const satisfies readonly (keyof OutcomeCounts)[];

const outcomeRows = (section: string, name: string, counts: OutcomeCounts): Row[] =>
  outcomeMeasures.map((measure): Row => [section, name, measure, counts[measure]]);

/**
 * The report as one long table (section, name, measure, value) so every measure, including
 * breakdowns of any width, fits the same four columns and pivots in a spreadsheet.
 */
export function reportToCsv(report: MetricsReport): string {
  const { range } = report;
  const rows: Row[] = [
    ['range', 'all', 'from', range.from],
    ['range', 'all', 'to', range.to],
    ['range', 'all', 'timeZone', range.timeZone],
    ...outcomeRows('summary', 'all', report),
    ['summary', 'all', 'engagementRate', report.engagementRate],
    ['feedback', 'all', 'responses', report.feedback.responses],
    ['feedback', 'all', 'helpfulShare', report.feedback.helpfulShare],
    ['csat', 'all', 'responses', report.csat.responses],
    ['csat', 'all', 'average', report.csat.average],
    ['csat', 'all', 'responseRate', report.csat.responseRate],
    ['sentiment', 'all', 'messages', report.sentiment.messages],
    ['sentiment', 'all', 'average', report.sentiment.average],
    ['sentiment', 'all', 'negativeShare', report.sentiment.negativeShare],
    ['costAvoided', report.costAvoided.currency, 'amount', report.costAvoided.amount],
    ['costAvoided', report.costAvoided.currency, 'contacts', report.costAvoided.contacts],
    ...Object.entries(report.byChannel).flatMap(([channel, counts]) => outcomeRows('channel', channel, counts)),
    ...Object.entries(report.byTopic).flatMap(([topic, counts]) => outcomeRows('topic', topic, counts)),
    ...report.conversationsPerDay.flatMap(({ date, total, byChannel }): Row[] => [
      ['day', date, 'conversations', total],
      ...Object.entries(byChannel).map(([channel, count]): Row => ['day', date, `conversations.${channel}`, count]),
    ]),
    ...report.sentimentTrend.flatMap(({ date, average, negativeShare }): Row[] => [
      ['day', date, 'sentimentAverage', average],
      ['day', date, 'negativeShare', negativeShare],
    ]),
    ...report.contractors.flatMap(({ name, mentions, negativeMentions, averageSentiment }): Row[] => [
      ['contractor', name, 'mentions', mentions],
      ['contractor', name, 'negativeMentions', negativeMentions],
      ['contractor', name, 'averageSentiment', averageSentiment],
    ]),
    ...report.unansweredQuestions.map(({ example, count }): Row => ['unanswered', example, 'count', count]),
  ];
  return [['section', 'name', 'measure', 'value'], ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
