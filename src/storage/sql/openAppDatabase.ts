import type { AppConfig } from '../../config.js';
import type { Logger } from '../../logger.js';
import { openDatabase } from '../database.js';
import { isDatabaseUnavailable } from './databaseUnavailable.js';
import { migrate } from './migrations.js';
import { openPostgres, openSqlite, type SqlDatabase } from './sqlDatabase.js';

export interface OpenAppDatabaseOptions {
  logger: Logger;
  /** Test seam: waits between attempts to reach a database that is down. */
  sleep?: (milliseconds: number) => Promise<void>;
}

/** Between attempts to reach the database at start-up: doubling from the first, never more than the last. */
const firstRetryMs = 1_000;
const longestRetryMs = 30_000;

/**
 * The database every instance shares: PostgreSQL when DATABASE_URL is set, otherwise the
 * embedded SQLite file in DATA_DIR (opened only then). Its schema is brought up to date before
 * anything uses it; closing it closes the SQLite file too. An instance started while PostgreSQL
 * is down or restarting (a deployment, a failover) waits for it, saying so in the log, rather
 * than exiting and being restarted in a loop by the platform.
 */
export async function openAppDatabase(config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>, { logger, sleep = defaultSleep }: OpenAppDatabaseOptions): Promise<SqlDatabase> {
  const database = config.databaseUrl
    ? openPostgres(config.databaseUrl, { onConnectionLost: (error) => logger.warn({ err: error }, 'a database connection was lost; the next query opens another') })
    : embedded(config.dataDir);
  try {
    for (let attempt = 1, wait = firstRetryMs; ; attempt += 1, wait = Math.min(wait * 2, longestRetryMs)) {
      try {
        await migrate(database);
        if (attempt > 1) logger.info({ attempt }, 'database reached');
        return database;
      } catch (error) {
        if (!isDatabaseUnavailable(error)) throw error;
        logger.warn({ err: error, attempt, retryInMs: wait }, 'database not reachable at start-up; waiting for it');
        await sleep(wait);
      }
    }
  } catch (error) {
    await database.close();
    throw error;
  }
}

const defaultSleep = (milliseconds: number) => new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

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
