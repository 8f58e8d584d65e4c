import type { Request } from 'restify';
import { describe, expect, it } from 'vitest';
import { clientAddressReader } from '../../src/server/clientAddress.js';

const request = (headers: Record<string, string>, remoteAddress = '10.0.0.1') =>
  ({ socket: { remoteAddress }, header: (name: string) => headers[name.toLowerCase()] }) as unknown as Request;

describe('the client address the throttle counts', () => {
  it.each([
    ['no trusted header: the socket, whatever the client claims', undefined, { 'x-forwarded-for': '198.51.100.1' }, '10.0.0.1'],
    ['the address App Service adds, without its port', 'x-forwarded-for', { 'x-forwarded-for': '203.0.113.7:51234' }, '203.0.113.7'],
    ['the last entry, the one the trusted proxy added', 'x-forwarded-for', { 'x-forwarded-for': '198.51.100.1, 203.0.113.7:443' }, '203.0.113.7'],
    ['bracketed IPv6 with a port', 'x-forwarded-for', { 'x-forwarded-for': '[2001:db8::1]:443' }, '2001:db8::1'],
    ['bare IPv6', 'x-forwarded-for', { 'x-forwarded-for': '2001:db8::1' }, '2001:db8::1'],
    ['the header missing: the socket', 'x-forwarded-for', {}, '10.0.0.1'],
  ])('%s', (_name, header, headers, expected) => {
    expect(clientAddressReader(header)(request(headers))).toBe(expected);
  });
});
