import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject, onTestFinished } from 'vitest';
import { openDatabase } from '../../src/storage/database.js';
import { migrate } from '../../src/storage/sql/migrations.js';
import { openPostgres, openSqlite, type PostgresOptions, type SqlDatabase, type SqlEngine } from '../../src/storage/sql/sqlDatabase.js';
import { temporaryDataDir } from './tempDir.js';

/** A new, empty PostgreSQL database on the run's server (see test/postgresSetup.ts); its URL. */
export async function createPostgresDatabase(): Promise<string> {
  const server = inject('postgresUrl');
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A migrated, empty database on `engine`, closed when the test finishes. */
export async function openTestDatabase(engine: SqlEngine): Promise<SqlDatabase> {
  if (engine === 'sqlite') {
    const file = openDatabase(temporaryDataDir());
    const database = openSqlite(file);
    onTestFinished(async () => {
      await database.close();
      file.close();
    });
    await migrate(database);
    return database;
  }
  const database = openPostgres(await createPostgresDatabase(), { poolSize: 4 });
  onTestFinished(() => database.close());
  await migrate(database);
  return database;
}

/** For `describe.each(engines)`: every store contract runs on both engines. */
export const engines: readonly SqlEngine[] = ['sqlite', 'postgres'];

/**
 * Two instances of the app as PostgreSQL sees them: two pools on one new, migrated database,
 * for the tests that race them. Both are closed when the test finishes.
 */
export async function openTwoInstances(poolSize = 4, options: Omit<PostgresOptions, 'poolSize'> = {}): Promise<[SqlDatabase, SqlDatabase]> {
  const url = await createPostgresDatabase();
  const instances: [SqlDatabase, SqlDatabase] = [openPostgres(url, { poolSize, ...options }), openPostgres(url, { poolSize, ...options })];
  onTestFinished(() => Promise.all(instances.map((instance) => instance.close())).then(() => undefined));
  await migrate(instances[0]);
  return instances;
}
