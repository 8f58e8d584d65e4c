import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { openCliTriage, type CliTriage } from './openTriage.js';
import { scoreTriage, type Accuracy, type FlagScore, type LabelledMessage, type Prediction } from '../triage/evaluation.js';

/** `npm run eval [-- FILE.jsonl …]`: triage quality on each labelled file (the dev set when none is given), as small reports. */
const labelled = z.looseObject({
  id: z.string(),
  text: z.string(),
  topic: z.string(),
  emergency: z.boolean(),
  safeguarding: z.string().nullable(),
  wantsHuman: z.boolean(),
  lang: z.string().optional(),
});

const percent = (value: number) => (Number.isNaN(value) ? '  n/a' : `${(value * 100).toFixed(1)}%`);

function flagRows(name: string, score: FlagScore) {
  return {
    [`${name} recall`]: { value: percent(score.recall), count: score.positives },
    [`${name} caught (flag or safety question)`]: { value: percent(score.caught), count: score.positives },
    [`${name} precision`]: { value: percent(score.precision), count: score.predicted },
  };
}

const accuracyTable = (groups: Record<string, Accuracy>) =>
  Object.fromEntries(Object.entries(groups).map(([group, { accuracy, count }]) => [group, { accuracy: percent(accuracy), count }]));

/** The grey-zone question (`safetyCheck`) once the safety layers report it; until then, never asked. */
function askedSafetyQuestion(safety: object): boolean {
  const { safetyCheck } = safety as { safetyCheck?: unknown };
  return safetyCheck !== undefined && safetyCheck !== null && safetyCheck !== false;
}

async function evaluate(path: string, triage: CliTriage['triage']): Promise<void> {
  const rows: LabelledMessage[] = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => labelled.parse(JSON.parse(line)));
  const predictions: Prediction[] = [];
  for (const row of rows) {
    const decision = await triage(row.text);
    predictions.push({
      topic: decision.topic,
      emergency: decision.safety.emergency !== null,
      safeguarding: decision.safety.safeguarding,
      wantsHuman: decision.safety.wantsHuman,
      safetyCheck: askedSafetyQuestion(decision.safety),
    });
  }
  const report = scoreTriage(rows, predictions);
  console.log(`\nTriage evaluation on ${path} (${rows.length} messages)\n`);
  console.table({
    'topic accuracy (no safeguarding flag)': { value: percent(report.topicAccuracy), count: report.topicCount },
    ...flagRows('emergency', report.emergency),
    ...flagRows('safeguarding', report.safeguarding),
    ...Object.fromEntries(Object.entries(report.safeguardingByCategory).flatMap(([category, score]) => Object.entries(flagRows(`  ${category}`, score)))),
    'wantsHuman recall': { value: percent(report.wantsHuman.recall), count: report.wantsHuman.positives },
    'wantsHuman precision': { value: percent(report.wantsHuman.precision), count: report.wantsHuman.predicted },
    'safety question asked, none needed': { value: percent(report.needlessQuestions.rate), count: report.needlessQuestions.count },
  });
  console.log('\nTopic accuracy by topic:');
  console.table(accuracyTable(report.topicByTopic));
  console.log('\nTopic accuracy by language:');
  console.table(accuracyTable(report.topicByLanguage));
  console.log('\nMost common topic confusions (expected → predicted):');
  console.table(report.confusions.slice(0, 10));
}

async function main(): Promise<void> {
  const paths = process.argv.slice(2);
  const { triage, close } = await openCliTriage();
  for (const path of paths.length > 0 ? paths : ['../shared/eval/triage-dev.jsonl']) await evaluate(resolve(path), triage);
  await close();
}

await main();
