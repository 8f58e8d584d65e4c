import { describe, expect, it } from 'vitest';
import { PasswordChecks } from '../../src/server/passwordChecks.js';

describe('PasswordChecks: staff password checks queued, a known browser first (outside attack 14, M7)', () => {
  it('runs a known browser ahead of queued guesses, and refuses guesses past the queue', async () => {
    const checks = new PasswordChecks(1, 2);
    const order: string[] = [];
    let release!: () => void;
    const first = checks.run(() => new Promise<string>((resolve) => (release = () => resolve('first'))), false);
    const check = (name: string) => async () => void order.push(name);
    const guesses = [checks.run(check('guess-1'), false), checks.run(check('guess-2'), false)];
    expect(checks.hasRoom(false)).toBe(false);
    expect(checks.hasRoom(true)).toBe(true);
    expect(await checks.run(check('guess-3'), false)).toEqual({ ran: false });
    const advisor = checks.run(check('advisor'), true);
    release();
    expect(await first).toEqual({ ran: true, result: 'first' });
    await Promise.all([...guesses, advisor]);
    expect(order).toEqual(['advisor', 'guess-1', 'guess-2']);
  });

  it('queues a known browser even when the guesses fill the queue', async () => {
    const checks = new PasswordChecks(1, 1);
    let release!: () => void;
    const first = checks.run(() => new Promise<void>((resolve) => (release = resolve)), false);
    const guess = checks.run(async () => 'guess', false);
    const advisor = checks.run(async () => 'advisor', true);
    release();
    await first;
    expect(await Promise.all([guess, advisor])).toEqual([
      { ran: true, result: 'guess' },
      { ran: true, result: 'advisor' },
    ]);
  });
});
