import type { AppConfig } from '../../config.js';
import { openDatabase } from '../database.js';
import { migrate } from './migrations.js';
import { openPostgres, openSqlite, type SqlDatabase } from './sqlDatabase.js';

/**
 * The database every instance shares: PostgreSQL when DATABASE_URL is set, otherwise the
 * embedded SQLite file in DATA_DIR (opened only then). Its schema is brought up to date before
 * anything uses it; closing it closes the SQLite file too.
 */
export async function openAppDatabase(config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>): Promise<SqlDatabase> {
  const database = config.databaseUrl ? openPostgres(config.databaseUrl) : embedded(config.dataDir);
  try {
    await migrate(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

function embedded(dataDir: string): SqlDatabase {
  const file = openDatabase(dataDir);
  const database = openSqlite(file);
  return {
    ...database,
    async close() {
      await database.close();
      file.close();
    },
  };
}
