import { describe, expect, it } from 'vitest';
import { compileFirstUses, spreadSample, warmUp } from '../../src/conversation/warmUp.js';

describe('warmUp', () => {
  it('runs every reader on every sample, awaiting each', async () => {
    const read: string[] = [];
    await warmUp(['a', 'b'], [(text) => read.push(`safety ${text}`), async (text) => void read.push(`slots ${text}`)]);
    expect(read).toEqual(['safety a', 'slots a', 'safety b', 'slots b']);
  });

  it('lets the event loop run between readings, so a health probe is answered during it', async () => {
    const order: string[] = [];
    const samples = ['a', 'b', 'c'];
    setImmediate(() => order.push('probe'));
    await warmUp(samples, [(text) => order.push(text)]);
    expect(order.indexOf('probe')).toBeGreaterThan(0);
    expect(order.indexOf('probe')).toBeLessThan(samples.length);
  });
});

describe('spreadSample', () => {
  it.each([
    [Array.from({ length: 10 }, (_, index) => `m${index}`), 5, ['m0', 'm2', 'm4', 'm6', 'm8']],
    [['m0', 'm1', 'm2'], 5, ['m0', 'm1', 'm2']],
    [Array.from({ length: 11 }, (_, index) => `m${index}`), 2, ['m0', 'm5']],
  ])('takes messages spread through the list', (texts, count, expected) => {
    expect(spreadSample(texts, count)).toEqual(expected);
  });
});

describe('compileFirstUses', () => {
  const read: string[] = [];
  compileFirstUses([(text) => read.push(text)]);

  it.each([
    ['Latin-1 text', /^[\x00-\xff]+$/],
    ['wider text (V8 compiles a pattern again for it)', /[^\x00-\xff]/],
    ['Arabic script', /\p{Script=Arabic}/u],
    ['Bengali script', /\p{Script=Bengali}/u],
    ['Gurmukhi script', /\p{Script=Gurmukhi}/u],
    ['a message about bins with a date', /\bbin\b.*\d/],
  ])('reads %s before returning', (_, shape) => {
    expect(read.some((text) => shape.test(text))).toBe(true);
  });
});
