import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const folder = join(import.meta.dirname, '../../../deploymentTemplates/teams');
const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as {
  $schema: string;
  manifestVersion: string;
  version: string;
  id: string;
  developer: Record<string, string>;
  name: { short: string; full: string };
  description: { short: string; full: string };
  icons: { color: string; outline: string };
  accentColor: string;
  bots: { botId: string; scopes: string[]; commandLists?: { commands: { title: string; description: string }[] }[] }[];
  validDomains: string[];
};

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const placeholder = /^\{\{[A-Za-z]+\}\}$/;

/** Width, height, colour type and the bytes of an 8-bit PNG, from its IHDR chunk and IDAT data. */
function pngHeader(path: string) {
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), bitDepth: bytes[24], colourType: bytes[25] };
}

describe('Teams app manifest', () => {
  it('uses schema 1.17 or later with a semantic version', () => {
    const [major, minor] = manifest.manifestVersion.split('.').map(Number);
    expect(major! > 1 || (major === 1 && minor! >= 17)).toBe(true);
    expect(manifest.$schema).toContain(`v${manifest.manifestVersion}/`);
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('has an app id and a bot id that are GUIDs or placeholders, the bot id being the Microsoft App ID', () => {
    expect(manifest.id).toMatch(new RegExp(`${guid.source}|${placeholder.source}`, 'i'));
    expect(manifest.bots).toHaveLength(1);
    expect(manifest.bots[0]!.botId).toBe('{{MicrosoftAppId}}');
  });

  it('offers the bot in personal chats, teams and group chats', () => {
    expect([...manifest.bots[0]!.scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
  });

  it('keeps names, descriptions and commands within Teams limits', () => {
    expect(manifest.name.short.length).toBeLessThanOrEqual(30);
    expect(manifest.name.full.length).toBeLessThanOrEqual(100);
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.description.full.length).toBeLessThanOrEqual(4000);
    for (const command of manifest.bots[0]!.commandLists?.flatMap((list) => list.commands) ?? []) {
      expect(command.title.length).toBeLessThanOrEqual(32);
      expect(command.description.length).toBeLessThanOrEqual(128);
    }
    expect(manifest.accentColor).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('links the developer over https and lists valid domains as host names without a scheme', () => {
    for (const key of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl']) expect(manifest.developer[key]).toMatch(/^https:\/\//);
    expect(manifest.validDomains.length).toBeGreaterThan(0);
    for (const domain of manifest.validDomains) {
      expect(domain).not.toMatch(/:\/\/|\//);
      expect(domain).toMatch(/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/i);
    }
  });

  it('ships a 192x192 colour icon and a 32x32 outline icon with transparency', () => {
    expect(existsSync(join(folder, manifest.icons.color))).toBe(true);
    expect(existsSync(join(folder, manifest.icons.outline))).toBe(true);
    expect(pngHeader(join(folder, manifest.icons.color))).toMatchObject({ width: 192, height: 192 });
    // Colour type 6 = RGBA: the outline icon needs a transparent background.
    expect(pngHeader(join(folder, manifest.icons.outline))).toEqual({ width: 32, height: 32, bitDepth: 8, colourType: 6 });
  });
});
