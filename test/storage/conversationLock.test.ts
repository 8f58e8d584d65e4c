import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { ConversationLockLostError, conversationLock, type ConversationLock } from '../../src/storage/conversationLock.js';
import { StateConflictError } from '../../src/storage/sqlStorage.js';
import { openPostgres } from '../../src/storage/sql/sqlDatabase.js';
import { createPostgresDatabase, engines, openTestDatabase } from '../support/sqlDatabases.js';

const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** Runs `turns` turns of `keys` at once through the locks given (round robin) and returns who overlapped whom. */
async function overlapping(locks: ConversationLock[], keys: string[], turns: number): Promise<string[]> {
  const running = new Map<string, number>();
  const overlaps: string[] = [];
  await Promise.all(
    Array.from({ length: turns }, (_, index) => {
      const key = keys[index % keys.length]!;
      return locks[index % locks.length]!.run(key, async () => {
        running.set(key, (running.get(key) ?? 0) + 1);
        if (running.get(key)! > 1) overlaps.push(key);
        await pause(5);
        running.set(key, running.get(key)! - 1);
      });
    }),
  );
  return overlaps;
}

describe.each(engines)('conversation lock on %s', (engine) => {
  it('runs the turns of one conversation one at a time, and gives back what the turn returns', async () => {
    const lock = conversationLock(await openTestDatabase(engine));
    expect(await overlapping([lock], ['webchat/c1'], 12)).toEqual([]);
    expect(await lock.run('webchat/c1', async () => 'answered')).toBe('answered');
  });

  it('lets different conversations run side by side', async () => {
    const lock = conversationLock(await openTestDatabase(engine));
    const order: string[] = [];
    const slow = lock.run('webchat/slow', async () => {
      await pause(200);
      order.push('slow');
    });
    await lock.run('webchat/quick', async () => order.push('quick'));
    await slow;
    expect(order).toEqual(['quick', 'slow']);
  });

  it('releases the lock when a turn fails', async () => {
    const lock = conversationLock(await openTestDatabase(engine));
    await expect(lock.run('webchat/c1', async () => Promise.reject(new Error('turn failed')))).rejects.toThrow('turn failed');
    expect(await lock.run('webchat/c1', async () => 'next turn')).toBe('next turn');
  });
});

describe('conversation lock across two instances on one PostgreSQL', () => {
  it('never lets two instances run a turn of the same conversation at once', async () => {
    const url = await createPostgresDatabase();
    const instances = [openPostgres(url, { poolSize: 4 }), openPostgres(url, { poolSize: 4 })];
    try {
      const locks = instances.map(conversationLock);
      expect(await overlapping(locks, ['webchat/a', 'webchat/b'], 24)).toEqual([]);
    } finally {
      await Promise.all(instances.map((instance) => instance.close()));
    }
  });

  it('gives a turn that ran to its end its result when PostgreSQL has ended the lock\'s session meanwhile (an instance frozen past the hold: PostgreSQL trial 13, R7)', async () => {
    const url = await createPostgresDatabase();
    const [frozen, other] = [openPostgres(url, { poolSize: 4 }), openPostgres(url, { poolSize: 4 })];
    try {
      const answered = await conversationLock(frozen).run('whatsapp/a', async () => {
        // What PostgreSQL does to a session idle in its transaction past the limit, done here at once.
        await sql`SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND pid <> pg_backend_pid()`.execute(other.db);
        return 'Which day should it have been collected?';
      });
      expect(answered).toBe('Which day should it have been collected?');
      // A turn that failed before its end still fails.
      await expect(conversationLock(frozen).run('whatsapp/a', async () => Promise.reject(new Error('the model timed out')))).rejects.toThrow('the model timed out');
    } finally {
      await Promise.all([frozen.close(), other.close()]);
    }
  });

  it('tells a turn that PostgreSQL ended its lock\'s session that the lock is gone, and fails with the turn\'s own error, not the rollback\'s on the closed connection (PostgreSQL re-trial 15)', async () => {
    const url = await createPostgresDatabase();
    const [frozen, other] = [openPostgres(url, { poolSize: 4 }), openPostgres(url, { poolSize: 4 })];
    const endLockSessions = () => sql`SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND pid <> pg_backend_pid()`.execute(other.db);
    try {
      const lock = conversationLock(frozen);
      await expect(
        lock.run('whatsapp/b', async (held) => {
          await held.confirm();
          await endLockSessions();
          await held.confirm();
        }),
      ).rejects.toBeInstanceOf(ConversationLockLostError);
      await expect(
        lock.run('whatsapp/b', async () => {
          await endLockSessions();
          throw new StateConflictError('Storage: eTag conflict');
        }),
      ).rejects.toBeInstanceOf(StateConflictError);
      // The next turn takes the lock afresh.
      expect(await lock.run('whatsapp/b', async (held) => (await held.confirm(), 'next turn'))).toBe('next turn');
    } finally {
      await Promise.all([frozen.close(), other.close()]);
    }
  });
});
