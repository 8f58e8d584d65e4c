import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { loadBundledModel, UseLiteEmbedder } from '../../src/knowledge/useLiteEmbedder.js';
import { encoderInputLimit } from '../../src/knowledge/useLiteModel.js';

/** Stands in for the sentence encoder and records what reaches it. */
function recordingEncoder() {
  const seen: string[] = [];
  return {
    seen,
    load: async () => ({
      embed: async (texts: string[]) => {
        seen.push(...texts);
        return texts.map(() => [1, 0]);
      },
    }),
  };
}

describe('the sentence encoder reads the opening of each text only', () => {
  it.each([
    ['a short question', 'How do I pay my council tax?', 'How do I pay my council tax?'],
    ['a 50,000-character message', 'word '.repeat(10_000), 'word '.repeat(encoderInputLimit / 5).trimEnd()],
    ['one 50,000-letter word', 'a'.repeat(50_000), 'a'.repeat(encoderInputLimit)],
  ])('%s', async (_, text, reaches) => {
    const encoder = recordingEncoder();
    await new UseLiteEmbedder(encoder.load).embed([text]);
    expect(encoder.seen).toEqual([reaches]);
  });
});

describe('the bundled model in memory', () => {
  it('keeps no copy of its weights once they are in the backend (the files are 28 MB)', async () => {
    setFlagsFromString('--expose-gc');
    const collectGarbage = runInNewContext('gc') as () => void;
    collectGarbage();
    const before = process.memoryUsage().arrayBuffers;
    const model = await loadBundledModel();
    expect(await model.embed(['How do I pay my council tax?'])).toHaveLength(1);
    collectGarbage();
    expect((process.memoryUsage().arrayBuffers - before) / 2 ** 20).toBeLessThan(4);
  });
});
