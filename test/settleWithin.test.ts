import { describe, expect, it } from 'vitest';
import { late, settleWithin } from '../src/settleWithin.js';

describe('settleWithin', () => {
  it('gives what the work settles to in time, and its error', async () => {
    expect(await settleWithin(Promise.resolve(7), 1_000)).toBe(7);
    await expect(settleWithin(Promise.reject(new Error('down')), 1_000)).rejects.toThrow('down');
  });
  it('gives `late` for work still running when the time is up', async () => {
    expect(await settleWithin(new Promise(() => undefined), 20)).toBe(late);
  });
});
