import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { UseLiteEmbedder } from '../knowledge/useLiteEmbedder.js';
import { classifierModelPath, codeFingerprint, dataFingerprint, exampleBankCode, exampleBankPath } from '../triage/safety/classifierFingerprint.js';
import { loadClassifier } from '../triage/safety/classifierModel.js';
import { loadExampleBank } from '../triage/safety/exampleBank.js';
import { trainClassifier, type LabelledMessage } from '../triage/safety/trainClassifier.js';
import { trainExampleBank } from '../triage/safety/trainExampleBank.js';

/**
 * `npm run train:safety -- FILE.jsonl…`: trains the safety classifier and builds the example bank
 * on labelled messages (the dev set and the corpus's training authors, one file each, never a
 * sealed split) and writes the committed files, src/triage/safety/classifierModel.json and
 * exampleBank.json. Files after `--classifier-only` train the classifier but not the example bank
 * (the spent outside sets: held out, they lifted the classifier's recall on new authors, while the
 * bank, denser with their concerns, asked on 0.9 → 3.2 % of one author's harmless messages).
 * `--hold-out FILE.jsonl` writes nothing: it trains on the other files and prints how each of the
 * two does alone on the held-out author's messages.
 */
const line = z.looseObject({ text: z.string(), emergency: z.boolean(), safeguarding: z.string().nullable() });

function read(path: string): (LabelledMessage & { author: string })[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((row) => row.trim())
    .map((row) => ({ ...line.parse(JSON.parse(row)), author: path }));
}

/** What one layer said of one message: a flag, a question, or nothing. */
type Said = 'flag' | 'ask' | undefined;

function report(name: string, rows: readonly LabelledMessage[], said: readonly Said[]): string {
  let caught = 0, positives = 0, flagged = 0, flaggedRight = 0, asked = 0, benign = 0;
  rows.forEach((row, index) => {
    const concern = row.emergency || row.safeguarding !== null;
    if (concern) (positives += 1), (caught += said[index] ? 1 : 0);
    else (benign += 1), (asked += said[index] === 'ask' ? 1 : 0);
    if (said[index] === 'flag') (flagged += 1), (flaggedRight += concern ? 1 : 0);
  });
  return `${name}: recall (flag or question) ${(caught / positives).toFixed(3)}, flag precision ${(flaggedRight / Math.max(1, flagged)).toFixed(3)} (${flagged} flags), benign question rate ${(asked / benign).toFixed(3)}\n`;
}

const args = process.argv.slice(2);
const holdOutAt = args.indexOf('--hold-out');
const heldOut = holdOutAt === -1 ? undefined : resolve(args.splice(holdOutAt, 2)[1] ?? '');
const classifierOnlyAt = args.indexOf('--classifier-only');
const classifierOnly = classifierOnlyAt === -1 ? [] : args.splice(classifierOnlyAt).slice(1).map((path) => resolve(path));
const paths = args.map((path) => resolve(path));
if (paths.length === 0) {
  process.stderr.write('usage: npm run train:safety -- [--hold-out HELD_OUT.jsonl] TRAINING.jsonl… [--classifier-only TRAINING.jsonl…]\n');
  process.exit(2);
}
const messages = paths.flatMap(read);
const model = trainClassifier([...messages, ...classifierOnly.flatMap(read)], { code: codeFingerprint(), data: dataFingerprint([...paths, ...classifierOnly]) });
const encoder = new UseLiteEmbedder();
process.stderr.write(`embedding ${messages.length} messages for the example bank…\n`);
const bankFile = trainExampleBank(messages, await encoder.embed(messages.map((message) => message.text)), {
  embedder: encoder.id,
  fingerprint: { code: codeFingerprint(exampleBankCode), data: dataFingerprint(paths) },
});
if (!heldOut) {
  writeFileSync(classifierModelPath, `${JSON.stringify(model)}\n`);
  process.stdout.write(`wrote ${classifierModelPath}: ${model.examples} messages, thresholds ${model.heads.map((head) => `${head.label} ask ${head.ask.toFixed(3)} flag ${head.flag.toFixed(3)}`).join('; ')}\n`);
  writeFileSync(exampleBankPath, `${JSON.stringify(bankFile)}\n`);
  process.stdout.write(`wrote ${exampleBankPath}: ${bankFile.labels.length} examples, threshold ${bankFile.threshold.toFixed(3)}\n`);
} else {
  const classifier = loadClassifier(model);
  const bank = loadExampleBank(bankFile);
  const rows = read(heldOut);
  const byClassifier = rows.map((row): Said => {
    const scores = classifier.score(row.text);
    return scores.some((head) => head.flag && head.label !== 'emergency') ? 'flag' : scores.some((head) => head.ask) ? 'ask' : undefined;
  });
  const vectors = await encoder.embed(rows.map((row) => row.text));
  const byExample = vectors.map((vector): Said => (bank.read(vector).concern === 'none' ? undefined : 'ask'));
  process.stdout.write(report(`${heldOut}, classifier`, rows, byClassifier) + report(`${heldOut}, example bank`, rows, byExample));
}
