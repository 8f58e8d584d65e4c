import pg from 'pg';

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

/** Between reconnection attempts after the listening connection drops. */
const reconnectDelayMs = 1_000;

/**
 * LISTEN on one dedicated PostgreSQL connection, outside the pool: a pooled client would be handed
 * to other queries and its LISTEN lost with it. The connection is made again whenever it drops.
 * The first connection's failure is thrown, so an instance that cannot listen does not start.
 */
export async function listenForNotifications(url: string, channel: string, handlers: NotificationHandlers): Promise<{ close(): Promise<void> }> {
  let client: pg.Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
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
    next.on('error', lost);
    next.on('end', () => lost());
    try {
      await next.connect();
      await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch (error) {
      await next.end().catch(() => undefined);
      throw error;
    }
    client = next;
    await handlers.onListening();
  };

  const scheduleReconnect = (): void => {
    retry = setTimeout(() => {
      connect().catch((error: unknown) => {
        handlers.onError?.(error);
        if (!closed) scheduleReconnect();
      });
    }, reconnectDelayMs);
  };

  await connect();
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
