import { expect, it } from 'vitest';
import { jsonFieldStream } from '../../src/llm/jsonFieldStream.js';

it('streams the decoded text of one JSON string field, whatever the token boundaries', () => {
  const json = JSON.stringify({ answer: 'Bins go out by 7am.\nSay "hi" \\ café ✓', citations: ['a'] });
  for (const size of [1, 2, 3, 7, json.length]) {
    const pieces: string[] = [];
    const feed = jsonFieldStream('answer', (text) => pieces.push(text));
    for (let start = 0; start < json.length; start += size) feed(json.slice(start, start + size));
    expect(pieces.join('')).toBe('Bins go out by 7am.\nSay "hi" \\ café ✓');
  }
});
