import { randomBytes } from 'node:crypto';
import type { SqlDatabase } from './sql/sqlDatabase.js';

/**
 * A random secret kept in the database, so signed tokens stay valid across restarts and every
 * instance signs with the same one. Insert-if-absent, then read: two instances starting together
 * both try to insert, the primary key lets one row in (the other insert does nothing, after
 * waiting for the first to commit on PostgreSQL), and both read back that row.
 */
export async function loadOrCreateSecret(database: SqlDatabase, name: string): Promise<Buffer> {
  await database.db
    .insertInto('secrets')
    .values({ name, value: randomBytes(32) })
    .onConflict((conflict) => conflict.column('name').doNothing())
    .execute();
  const { value } = await database.db.selectFrom('secrets').select('value').where('name', '=', name).executeTakeFirstOrThrow();
  return value;
}
