import { loadConfig } from '../config.js';
import { openDatabase } from '../storage/database.js';
import { migrate } from '../storage/sql/migrations.js';
import { openPostgres, openSqlite } from '../storage/sql/sqlDatabase.js';

/**
 * `npm run migrate`: brings the database's schema up to date and lists what it applied, for a
 * deployment that migrates before it starts new instances. The app also migrates at start-up.
 */
const config = loadConfig();
const file = config.databaseUrl ? undefined : openDatabase(config.dataDir);
const database = config.databaseUrl ? openPostgres(config.databaseUrl, { poolSize: 1 }) : openSqlite(file!);
try {
  const applied = (await migrate(database)) ?? [];
  console.log(applied.length === 0 ? 'Schema already up to date.' : applied.map((result) => `${result.status}: ${result.migrationName}`).join('\n'));
} finally {
  await database.close();
  file?.close();
}
