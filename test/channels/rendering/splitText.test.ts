import { describe, expect, it } from 'vitest';
import { splitText } from '../../../src/channels/rendering/splitText.js';

describe('splitText', () => {
  it('leaves short text whole and trims it', () => {
    expect(splitText('  Hello.  ', 20)).toEqual(['Hello.']);
    expect(splitText('   ', 20)).toEqual([]);
  });

  it('prefers a paragraph break, then a sentence end, then a space', () => {
    expect(splitText('First paragraph here.\n\nSecond one.', 30)).toEqual(['First paragraph here.', 'Second one.']);
    expect(splitText('One sentence here. Another sentence follows.', 30)).toEqual(['One sentence here.', 'Another sentence follows.']);
    expect(splitText('words without any full stops at all', 20)).toEqual(['words without any', 'full stops at all']);
  });

  it('does not cut a tiny piece off just to honour a paragraph', () => {
    const pieces = splitText(`Hi.\n\n${'a '.repeat(40)}`, 40);
    expect(pieces[0]!.length).toBeGreaterThan(20);
  });

  it('cuts hard when there is no boundary, never inside an emoji', () => {
    const pieces = splitText(`${'x'.repeat(9)}😀${'y'.repeat(5)}`, 10);
    expect(pieces).toEqual(['x'.repeat(9), `😀${'y'.repeat(5)}`]);
    expect(splitText('z'.repeat(25), 10)).toEqual(['z'.repeat(10), 'z'.repeat(10), 'z'.repeat(5)]);
  });

  it('never returns a piece over the limit', () => {
    const text = 'Bins. '.repeat(500) + 'long'.repeat(300);
    for (const piece of splitText(text, 100)) expect(piece.length).toBeLessThanOrEqual(100);
  });
});
