import { readFileSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Logger } from '../logger.js';

/** How many connections the server holds open, and how long a request may stall. */
export interface ConnectionLimits {
  /**
   * Open connections one client address may hold; 0 = no limit. Behind a reverse proxy every
   * connection comes from the proxy, so a deployment with TRUSTED_PROXY_HEADER leaves this to the
   * platform's front end.
   */
  perAddress: number;
  /** Open connections in all: at the limit, a new connection replaces the oldest one still sending its request. */
  total: number;
  /** Bytes of request bodies still arriving, in all: over it, the oldest such requests are dropped. */
  receivingBytes: number;
  /** A request whose bytes stop arriving for this long, before it is whole, is dropped. */
  stalledMs: number;
}

/**
 * File descriptors kept for everything but client connections: the database, the knowledge
 * files, the log, outbound calls to channels, the CRM and an LLM.
 */
const reservedDescriptors = 512;

/** The process's open-file limit (Linux), for sizing `total`: connections past it fail everything else too. */
export function openFileLimit(limitsFile = '/proc/self/limits'): number | undefined {
  try {
    const line = readFileSync(limitsFile, 'utf8')
      .split('\n')
      .find((entry) => entry.startsWith('Max open files'));
    const soft = line?.split(/\s{2,}/)[1];
    return soft && /^\d+$/.test(soft) ? Number(soft) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * 128 connections from one address is ten busy browsers behind one office's or library's address
 * (a browser keeps at most six to a host). 4,096 in all leaves the rest of a 20,000-descriptor
 * limit for the database and outbound calls, and a smaller limit keeps `reservedDescriptors` free.
 * 64 MB of bodies arriving at once is 256 requests of the largest body a route takes.
 */
export function defaultConnectionLimits(fileLimit = openFileLimit()): ConnectionLimits {
  const total = fileLimit === undefined ? 4_096 : Math.max(64, Math.min(4_096, fileLimit - reservedDescriptors));
  return { perAddress: 128, total, receivingBytes: 64 * 1024 * 1024, stalledMs: 10_000 };
}

interface Connection {
  socket: Socket;
  address: string;
  /** The request being received or answered, if any (none on a connection kept alive between requests). */
  request?: IncomingMessage;
  /** socket.bytesRead when the last request's answer ended (the bytes since are this request's), and when bytes last arrived. */
  bytesAtRequest: number;
  bytesSeen: number;
  lastProgressAt: number;
  /** socket.bytesWritten when last seen, and when the client last took some of an answer waiting for it. */
  bytesTaken: number;
  lastTakenAt: number;
}

/** What the guard has turned away since its last log line. */
interface Turned {
  overAddressLimit: number;
  shedForRoom: number;
  stalled: number;
}

/** Dropped connections are logged as one line of counts at most this often: a flood must not become a flood of log lines. */
const logEveryMs = 60_000;
const sweepEveryMs = 1_000;

/** A connection whose request has not yet all arrived (or which has none yet): one that may be given up first. */
const stillSending = (connection: Connection): boolean => !connection.request || !connection.request.complete;
/** An answer written and waiting in the socket for a client that is not reading it (a slow-read attack holds connections this way). */
const answerUnread = (connection: Connection): boolean => connection.socket.writableLength > 0;

/**
 * Keeps connections from crowding out the service. A client that opens thousands of
 * connections and sends each a little and then nothing (a slow-body attack), or asks for a large
 * file and never reads it (a slow-read attack, outside attack 14: 149 s down), would otherwise hold
 * a file descriptor and up to a body's worth of memory per connection until the request timeout,
 * and past the process's descriptor limit nobody, the health probe included, gets in (attack 13,
 * C1). So: a cap per client address, where a newcomer replaces that address's oldest connection still sending; a cap in all, where a newcomer replaces the oldest
 * connection still sending its request, rather than being refused (a connection whose request
 * has arrived, a turn being answered or a live stream, is never given up for room); requests
 * that stop sending mid-way are dropped after `stalledMs`, and, when bodies still arriving hold
 * more than `receivingBytes`, the oldest of them; an answer the client takes nothing of for `stalledMs` is dropped too. Node's server has a total (`maxConnections`)
 * but it refuses the newcomer, which is the resident, and nothing counts per address.
 */
export function guardConnections(server: Server, limits: ConnectionLimits, logger: Logger, now: () => number = Date.now): void {
  const open = new Map<Socket, Connection>();
  const perAddress = new Map<string, number>();
  let turned: Turned = { overAddressLimit: 0, shedForRoom: 0, stalled: 0 };
  let loggedAt = Number.NEGATIVE_INFINITY;

  const note = (reason: keyof Turned): void => {
    turned[reason] += 1;
    if (now() - loggedAt < logEveryMs) return;
    loggedAt = now();
    logger.warn({ ...turned, open: open.size }, 'connections dropped to keep the service answering');
    turned = { overAddressLimit: 0, shedForRoom: 0, stalled: 0 };
  };

  const drop = (connection: Connection, reason: keyof Turned): void => {
    forget(connection.socket);
    connection.socket.destroy();
    note(reason);
  };

  const forget = (socket: Socket): void => {
    const connection = open.get(socket);
    if (!connection) return;
    open.delete(socket);
    const count = (perAddress.get(connection.address) ?? 1) - 1;
    if (count > 0) perAddress.set(connection.address, count);
    else perAddress.delete(connection.address);
  };

  /** The oldest connection still sending, or not reading its answer (a Map keeps insertion order), of `address` when given. */
  const oldestSending = (address?: string): Connection | undefined => {
    for (const connection of open.values()) if ((address === undefined || connection.address === address) && (stillSending(connection) || answerUnread(connection))) return connection;
    return undefined;
  };

  const receivingBytes = (connection: Connection): number => (connection.request && !connection.request.complete ? connection.socket.bytesRead - connection.bytesAtRequest : 0);

  /** Room for `socket`: the oldest connection still sending (of `address`, when given) goes; with none to drop, `socket` does (false). */
  const makeRoom = (socket: Socket, reason: 'overAddressLimit' | 'shedForRoom', address?: string): boolean => {
    const oldest = oldestSending(address);
    if (oldest) drop(oldest, reason);
    else {
      socket.destroy();
      note(reason);
    }
    return oldest !== undefined;
  };

  const onConnection = (socket: Socket): void => {
    const address = socket.remoteAddress ?? 'unknown';
    // At its share, an address's newcomer replaces that address's oldest connection still sending, as at the total: 128 slow
    // connections from one address had shut out everyone else behind it, a library's or an office's residents (outside attack 28, A28-03).
    if (limits.perAddress > 0 && (perAddress.get(address) ?? 0) >= limits.perAddress && !makeRoom(socket, 'overAddressLimit', address)) return;
    if (open.size >= limits.total && !makeRoom(socket, 'shedForRoom')) return;
    open.set(socket, { socket, address, bytesAtRequest: 0, bytesSeen: 0, lastProgressAt: now(), bytesTaken: 0, lastTakenAt: now() });
    perAddress.set(address, (perAddress.get(address) ?? 0) + 1);
    socket.once('close', () => forget(socket));
  };

  const onRequest = (request: IncomingMessage, response: ServerResponse): void => {
    const connection = open.get(request.socket);
    if (!connection) return;
    connection.request = request;
    response.once('close', () => {
      if (connection.request !== request) return;
      connection.request = undefined;
      connection.bytesAtRequest = request.socket.bytesRead;
    });
    connection.bytesSeen = request.socket.bytesRead;
    connection.lastProgressAt = now();
  };

  /** Drops requests that stopped sending and answers nobody reads, then the oldest requests still arriving while they hold too much memory. */
  const sweep = (): void => {
    const at = now();
    let arriving = 0;
    for (const connection of [...open.values()]) {
      const taken = connection.socket.bytesWritten;
      if (!answerUnread(connection) || taken !== connection.bytesTaken) {
        connection.bytesTaken = taken;
        connection.lastTakenAt = at;
      } else if (at - connection.lastTakenAt >= limits.stalledMs) {
        drop(connection, 'stalled');
        continue;
      }
      if (!connection.request || connection.request.complete) continue;
      const bytes = connection.socket.bytesRead;
      if (bytes !== connection.bytesSeen) {
        connection.bytesSeen = bytes;
        connection.lastProgressAt = at;
      } else if (at - connection.lastProgressAt >= limits.stalledMs) {
        drop(connection, 'stalled');
        continue;
      }
      arriving += receivingBytes(connection);
    }
    for (const connection of [...open.values()]) {
      if (arriving <= limits.receivingBytes) break;
      if (!connection.request || connection.request.complete) continue;
      arriving -= receivingBytes(connection);
      drop(connection, 'shedForRoom');
    }
  };

  server.on('connection', onConnection);
  server.on('request', onRequest);
  const sweeper = setInterval(sweep, Math.min(sweepEveryMs, limits.stalledMs));
  sweeper.unref();
  server.once('close', () => clearInterval(sweeper));
}
