import { describe, expect, it } from 'vitest';
import { isLoopbackUrl } from '../../src/server/inboundActivity.js';

describe('which serviceUrls the bot may post to while authentication is off', () => {
  it.each([
    ['http://localhost:3978', true],
    ['http://127.0.0.1:9/unused', true],
    ['https://[::1]:8443/', true],
    ['http://127.1:9/', true],
    ['http://10.255.255.1/', false],
    ['http://169.254.169.254/latest/meta-data/', false],
    ['http://0.0.0.0:3978/', false],
    ['http://127.0.0.1.nip.io/', false],
    ['http://localhost.example.com/', false],
    ['http://user:secret@127.0.0.1:9/', false],
    ['ftp://127.0.0.1/', false],
    ['file:///etc/passwd', false],
    ['not a url', false],
  ])('%s → %s', (url, allowed) => {
    expect(isLoopbackUrl(url)).toBe(allowed);
  });
});
