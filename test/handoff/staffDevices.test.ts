import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { StaffDevices } from '../../src/handoff/staffDevices.js';

describe('staff device cookies', () => {
  const secret = randomBytes(32);
  let clock = 1_000_000;
  const devices = new StaffDevices(secret, () => clock);

  it('vouch for the username they were issued to, and give each browser its own id', () => {
    const first = devices.issue('alice');
    const second = devices.issue('alice');
    expect(devices.deviceFor(first, 'alice')).toBe(first.split('.')[0]);
    expect(devices.deviceFor(second, 'alice')).not.toBe(devices.deviceFor(first, 'alice'));
  });

  it.each([
    ['another username', (value: string) => value, 'bob'],
    ['a changed id', (value: string) => `x${value}`, 'alice'],
    ['a changed expiry', (value: string) => value.replace(/\.(\d+)\./, (_, expires: string) => `.${Number(expires) + 1}.`), 'alice'],
    ['a changed signature', (value: string) => `${value.slice(0, -1)}${value.endsWith('A') ? 'B' : 'A'}`, 'alice'],
    ['no signature', (value: string) => value.split('.').slice(0, 2).join('.'), 'alice'],
    ['nothing', () => '', 'alice'],
  ])('vouch for nobody with %s', (_name, change, username) => {
    expect(devices.deviceFor(change(devices.issue('alice')), username)).toBeUndefined();
  });

  it('vouch for nobody once lapsed, or when signed with another secret', () => {
    const value = devices.issue('alice');
    expect(new StaffDevices(randomBytes(32), () => clock).deviceFor(value, 'alice')).toBeUndefined();
    clock += devices.lifetimeSeconds * 1000;
    expect(devices.deviceFor(value, 'alice')).toBeUndefined();
  });
});
