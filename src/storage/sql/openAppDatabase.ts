import type { AppConfig } from '../../config.js';
import type { SqliteDatabase } from '../database.js';
import { migrate } from './migrations.js';
import { openPostgres, openSqlite, type SqlDatabase } from './sqlDatabase.js';

/**
 * The database every instance shares: PostgreSQL when DATABASE_URL is set, otherwise the
 * embedded SQLite file. Its schema is brought up to date before anything uses it.
 */
export async function openAppDatabase(config: Pick<AppConfig, 'databaseUrl'>, sqlite: SqliteDatabase): Promise<SqlDatabase> {
  const database = config.databaseUrl ? openPostgres(config.databaseUrl) : openSqlite(sqlite);
  try {
    await migrate(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}
