import { describe, expect, it } from 'vitest';
import { migrate } from '../../src/storage/sql/migrations.js';
import { openSqlite } from '../../src/storage/sql/sqlDatabase.js';
import { openDatabase } from '../../src/storage/database.js';
import { loadOrCreateSecret } from '../../src/storage/secrets.js';
import { engines, openTestDatabase, openTwoInstances } from '../support/sqlDatabases.js';
import { temporaryDataDir } from '../support/tempDir.js';

describe.each(engines)('loadOrCreateSecret on %s', (engine) => {
  it('makes a 32-byte secret once per name and hands back the same one after', async () => {
    const database = await openTestDatabase(engine);
    const first = await loadOrCreateSecret(database, 'directline-tokens');
    expect(first).toHaveLength(32);
    expect(await loadOrCreateSecret(database, 'directline-tokens')).toEqual(first);
    expect(await loadOrCreateSecret(database, 'voice-conversations')).not.toEqual(first);
  });
});

describe('loadOrCreateSecret', () => {
  it('keeps the secret an existing SQLite file already holds', async () => {
    const file = openDatabase(temporaryDataDir());
    file.exec('CREATE TABLE secrets (name TEXT PRIMARY KEY, value BLOB NOT NULL)');
    file.prepare('INSERT INTO secrets (name, value) VALUES (?, ?)').run('directline-tokens', Buffer.alloc(32, 7));
    const database = openSqlite(file);
    try {
      await migrate(database);
      expect(await loadOrCreateSecret(database, 'directline-tokens')).toEqual(Buffer.alloc(32, 7));
    } finally {
      await database.close();
      file.close();
    }
  });

  it('gives two instances starting together on one PostgreSQL the same secret', async () => {
    const [first, second] = await openTwoInstances();
    for (let round = 0; round < 10; round += 1) {
      const name = `secret-${round}`;
      const secrets = await Promise.all([first, second, first, second, first, second].map((database) => loadOrCreateSecret(database, name)));
      expect(new Set(secrets.map((secret) => secret.toString('hex'))).size).toBe(1);
    }
  });
});
