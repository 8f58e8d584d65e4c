import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { classifierModelPath, codeFingerprint, dataFingerprint } from '../triage/safety/classifierFingerprint.js';
import { loadClassifier } from '../triage/safety/classifierModel.js';
import { trainClassifier, type LabelledMessage } from '../triage/safety/trainClassifier.js';

/**
 * `npm run train:safety -- FILE.jsonl…`: trains the safety classifier on labelled messages (the dev
 * set and the corpus's training authors, never a sealed split) and writes the committed model,
 * src/triage/safety/classifierModel.json. `--hold-out FILE.jsonl` writes nothing: it trains on the
 * other files and prints how the classifier alone does on the held-out author's messages.
 */
const line = z.looseObject({ text: z.string(), emergency: z.boolean(), safeguarding: z.string().nullable() });

function read(path: string): LabelledMessage[] {
  return readFileSync(path, 'utf8').split('\n').filter((row) => row.trim()).map((row) => line.parse(JSON.parse(row)));
}

const args = process.argv.slice(2);
const holdOutAt = args.indexOf('--hold-out');
const heldOut = holdOutAt === -1 ? undefined : resolve(args.splice(holdOutAt, 2)[1] ?? '');
const paths = args.map((path) => resolve(path));
if (paths.length === 0) {
  process.stderr.write('usage: npm run train:safety -- [--hold-out HELD_OUT.jsonl] TRAINING.jsonl…\n');
  process.exit(2);
}
const model = trainClassifier(paths.flatMap(read), { code: codeFingerprint(), data: dataFingerprint(paths) });
if (!heldOut) {
  writeFileSync(classifierModelPath, `${JSON.stringify(model)}\n`);
  process.stdout.write(`wrote ${classifierModelPath}: ${model.examples} messages, thresholds ${model.heads.map((head) => `${head.label} ask ${head.ask.toFixed(3)} flag ${head.flag.toFixed(3)}`).join('; ')}\n`);
} else {
  const classifier = loadClassifier(model);
  const rows = read(heldOut);
  let caught = 0, positives = 0, flagged = 0, flaggedRight = 0, asked = 0, benign = 0;
  for (const row of rows) {
    const scores = classifier.score(row.text);
    const concern = row.emergency || row.safeguarding !== null;
    const flag = scores.some((head) => head.flag && head.label !== 'emergency');
    const ask = scores.some((head) => head.ask);
    if (concern) positives += 1, caught += flag || ask ? 1 : 0;
    else benign += 1, asked += !flag && ask ? 1 : 0;
    if (flag) flagged += 1, flaggedRight += concern ? 1 : 0;
  }
  process.stdout.write(`${heldOut}: recall (flag or question) ${(caught / positives).toFixed(3)}, flag precision ${(flaggedRight / Math.max(1, flagged)).toFixed(3)} (${flagged} flags), benign question rate ${(asked / benign).toFixed(3)}\n`);
}
