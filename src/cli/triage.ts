import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { openCliTriage } from './openTriage.js';

/**
 * `npm run --silent triage -- FILE.jsonl`: one JSON line out per line in, in order, from the
 * same triage the live bot runs. A bad line gets an error line and the run goes on.
 */
const inputLine = z.looseObject({ id: z.union([z.string(), z.number()]), text: z.string() });

async function main(): Promise<void> {
  const path = process.argv[2];
  if (!path) {
    process.stderr.write('usage: npm run --silent triage -- FILE.jsonl\n');
    process.exit(2);
  }
  const { triage, close } = await openCliTriage();
  const print = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    let input: z.infer<typeof inputLine>;
    try {
      input = inputLine.parse(JSON.parse(line));
    } catch (error) {
      const reason = error instanceof z.ZodError ? 'each line needs "id" and "text"' : `not JSON: ${(error as Error).message}`;
      print({ id: null, error: reason });
      continue;
    }
    try {
      const decision = await triage(input.text);
      print({
        id: input.id,
        topic: decision.topic,
        emergency: decision.safety.emergency !== null,
        safeguarding: decision.safety.safeguarding,
        wantsHuman: decision.safety.wantsHuman,
        // The grey zone: the bot asks a safety question first (a message counts as caught when flagged or asked).
        safetyCheck: decision.safety.safetyCheck !== null,
        articles: decision.articles.map((hit) => ({ id: hit.article.id, topic: hit.article.topic, score: Number(hit.score.toFixed(4)) })),
        reply: decision.reply.text,
      });
    } catch (error) {
      print({ id: null, error: `triage failed: ${(error as Error).message}` });
    }
  }
  await close();
}

await main();
