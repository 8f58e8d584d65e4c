import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attacks, runAttack } from './attacks.js';
import { startTarget, type Target } from './target.js';

/**
 * The attack suite as assertions: each finding's attack, against one server with auth off,
 * ADMIN_TOKEN set and WhatsApp on, finds no problem. Timings (the 100 ms event-loop limit, the
 * fuzz's time budget) are checked by `npm run attack` only.
 */
const attackTimeoutMs = 8 * 60_000;

describe('attack suite', () => {
  let target: Target;
  beforeAll(async () => {
    target = await startTarget();
  });
  afterAll(async () => target?.close());

  it.each(attacks)('finding $finding: $name', async (attack) => {
    const report = await runAttack(attack, target);
    expect(report.problems).toEqual([]);
  }, attackTimeoutMs);
});
