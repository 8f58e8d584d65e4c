import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startApp } from '../../src/app.js';
import { ConfigError, checkDataDirectories, loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { temporaryDataDir } from '../support/tempDir.js';

const scratch = temporaryDataDir();
const aFile = join(scratch, 'a-file');
writeFileSync(aFile, '');

describe('data folders checked at start-up', () => {
  it.each([
    ['a file, not a folder', aFile],
    ['a folder below a file', join(aFile, 'data')],
    ['a kernel folder', '/proc/self'],
    ['a new folder under /proc (Node would retry it for ever)', '/proc/council-assistant-data'],
    ['a folder under /sys', '/sys/kernel/council-assistant'],
  ])('stops on DATA_DIR as %s, with one line naming the variable', (_name, dataDir) => {
    const check = () => checkDataDirectories({ dataDir, indexDir: join(scratch, 'index') });
    expect(check).toThrow(ConfigError);
    expect(check).toThrow(new RegExp(`DATA_DIR=${JSON.stringify(dataDir).replace(/[/.]/g, '\\$&')}: must be a writable directory`));
  });

  it('names INDEX_DIR when that is the one at fault', () => {
    expect(() => checkDataDirectories({ dataDir: scratch, indexDir: aFile })).toThrow(/INDEX_DIR=.*must be a writable directory/);
  });

  it('creates missing folders, nested, and leaves nothing behind', () => {
    const dataDir = join(scratch, 'new', 'deeper');
    checkDataDirectories({ dataDir, indexDir: join(dataDir, 'index') });
    expect(() => checkDataDirectories({ dataDir, indexDir: join(dataDir, 'index') })).not.toThrow();
  });

  it('refuses to start the app before opening anything', async () => {
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: '/proc/council-assistant-data', LOG_LEVEL: 'silent' });
    await expect(startApp(config, createLogger('silent'))).rejects.toThrow(ConfigError);
  });
});
