import pg from 'pg';
import { postgresTimeouts } from './sqlDatabase.js';

export interface NotificationHandlers {
  /** A NOTIFY on the channel, by any instance (this one too). */
  onNotification(payload: string): void;
  /**
   * LISTEN is in place: at start and after every reconnect. Notifications sent while the client
   * was away are lost, so a store re-reads its tables here.
   */
  onListening(): Promise<void> | void;
  onError?(error: unknown): void;
}

/** How a store hears other instances' changes; `listenForNotifications` on PostgreSQL. */
export type ListenForNotifications = (channel: string, handlers: NotificationHandlers) => Promise<{ close(): Promise<void> }>;

/** Between attempts to listen again after losing the connection: doubling from the first, never more than the last. */
const firstRetryMs = 1_000;
const longestRetryMs = 30_000;

/**
 * LISTEN on one dedicated PostgreSQL connection, outside the pool: a pooled client would be handed
 * to other queries and its LISTEN lost with it. Whenever the connection drops (the database
 * stopped, restarted or ended the backend) or cannot be made, it is tried again with a growing
 * wait, and `onListening` runs each time it is back: the tables are the truth, a notice only
 * the wake-up. Nothing here ends the process: every failure goes to `onError`.
 */
export async function listenForNotifications(url: string, channel: string, handlers: NotificationHandlers): Promise<{ close(): Promise<void> }> {
  let client: pg.Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  let wait = firstRetryMs;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url, connectionTimeoutMillis: postgresTimeouts.connectMs });
    next.on('notification', (message) => {
      if (message.channel === channel) handlers.onNotification(message.payload ?? '');
    });
    const lost = (error?: unknown): void => {
      if (client !== next) return;
      client = undefined;
      if (error) handlers.onError?.(error);
      void next.end().catch(() => undefined);
      if (!closed) scheduleReconnect();
    };
    // Registered before connecting: an 'error' event with no listener would end the process.
    next.on('error', lost);
    next.on('end', () => lost());
    try {
      await next.connect();
      await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      if (closed) throw new Error('closed while connecting');
      client = next;
      await handlers.onListening();
      wait = firstRetryMs;
    } catch (error) {
      if (client === next) client = undefined;
      await next.end().catch(() => undefined);
      throw error;
    }
  };

  const attempt = (): void => {
    connect().catch((error: unknown) => {
      if (closed) return;
      handlers.onError?.(error);
      scheduleReconnect();
    });
  };

  const scheduleReconnect = (): void => {
    clearTimeout(retry);
    retry = setTimeout(attempt, wait);
    wait = Math.min(wait * 2, longestRetryMs);
  };

  try {
    await connect();
  } catch (error) {
    handlers.onError?.(error);
    scheduleReconnect();
  }
  return {
    async close() {
      closed = true;
      clearTimeout(retry);
      const current = client;
      client = undefined;
      await current?.end();
    },
  };
}
