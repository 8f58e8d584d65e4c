import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from '../../src/llm/circuitBreaker.js';

describe('CircuitBreaker', () => {
  const setup = () => {
    const clock = { now: 0 };
    return { clock, breaker: new CircuitBreaker({ failureThreshold: 3, coolDownMs: 1000, now: () => clock.now }) };
  };

  it('opens after consecutive failures only', () => {
    const { breaker } = setup();
    breaker.failure();
    breaker.failure();
    breaker.success();
    breaker.failure();
    breaker.failure();
    expect(breaker.state).toBe('closed');
    breaker.failure();
    expect(breaker.state).toBe('open');
    expect(breaker.allow()).toBe(false);
  });

  it('lets one trial through after the cool-down; success closes, failure reopens', () => {
    const { breaker, clock } = setup();
    for (let i = 0; i < 3; i += 1) breaker.failure();
    clock.now = 999;
    expect(breaker.allow()).toBe(false);
    clock.now = 1000;
    expect(breaker.state).toBe('half-open');
    expect(breaker.allow()).toBe(true);
    expect(breaker.allow()).toBe(false);
    breaker.failure();
    expect(breaker.state).toBe('open');
    clock.now = 2000;
    expect(breaker.allow()).toBe(true);
    breaker.success();
    expect(breaker.state).toBe('closed');
    expect(breaker.allow()).toBe(true);
  });
});
