import { describe, expect, it } from 'vitest';
import { UseLiteEmbedder } from '../../src/knowledge/useLiteEmbedder.js';
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
