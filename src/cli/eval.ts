import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { openCliTriage } from './openTriage.js';
import { scoreTriage, type LabelledMessage, type Prediction } from '../triage/evaluation.js';

/** `npm run eval [-- FILE.jsonl]`: triage quality on the labelled dev set, as a small report. */
const labelled = z.looseObject({
  id: z.string(),
  text: z.string(),
  topic: z.string(),
  emergency: z.boolean(),
  safeguarding: z.string().nullable(),
  wantsHuman: z.boolean(),
});

async function main(): Promise<void> {
  const path = resolve(process.argv[2] ?? '../shared/eval/triage-dev.jsonl');
  const rows: LabelledMessage[] = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => labelled.parse(JSON.parse(line)));
  const { triage } = await openCliTriage();
  const predictions: Prediction[] = [];
  for (const row of rows) {
    const decision = await triage(row.text);
    predictions.push({
      topic: decision.topic,
      emergency: decision.safety.emergency !== null,
      safeguarding: decision.safety.safeguarding,
      wantsHuman: decision.safety.wantsHuman,
    });
  }
  const report = scoreTriage(rows, predictions);
  const percent = (value: number) => (Number.isNaN(value) ? '  n/a' : `${(value * 100).toFixed(1)}%`);
  console.log(`Triage evaluation on ${path} (${rows.length} messages)\n`);
  console.table({
    'topic accuracy (no safeguarding flag)': { value: percent(report.topicAccuracy), count: report.topicCount },
    'emergency recall': { value: percent(report.emergency.recall), count: report.emergency.positives },
    'emergency precision': { value: percent(report.emergency.precision), count: report.emergency.predicted },
    'safeguarding recall': { value: percent(report.safeguarding.recall), count: report.safeguarding.positives },
    'safeguarding precision': { value: percent(report.safeguarding.precision), count: report.safeguarding.predicted },
    'wantsHuman recall': { value: percent(report.wantsHuman.recall), count: report.wantsHuman.positives },
    'wantsHuman precision': { value: percent(report.wantsHuman.precision), count: report.wantsHuman.predicted },
  });
  console.log('\nMost common topic confusions (expected → predicted):');
  console.table(report.confusions.slice(0, 10));
}

await main();
