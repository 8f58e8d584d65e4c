import { Socket } from 'node:net';

/**
 * Keeps every outgoing connection of this process (the app runs in it) on this machine: a
 * connection to any other address is refused before a packet leaves, and noted. The open-relay
 * attack counts these: a bot that tried to reach 10.255.255.1 is a relay, even though the
 * suite never let it through.
 */
const isLoopback = (host: string): boolean => host === 'localhost' || /^127\./.test(host) || host === '::1' || /^::ffff:127\./i.test(host);

interface ConnectOptions {
  host?: string;
  port?: number | string;
  path?: string | null;
}

function destinationOf(args: unknown[]): ConnectOptions {
  const [first, second] = args;
  // net.connect passes its normalised arguments as an array whose first element is the options.
  if (Array.isArray(first)) return (first[0] ?? {}) as ConnectOptions;
  if (first !== null && typeof first === 'object') return first as ConnectOptions;
  if (typeof first === 'string' && Number.isNaN(Number(first))) return { path: first };
  return { port: first as number, host: typeof second === 'string' ? second : undefined };
}

export interface LoopbackGuard {
  /** host:port of every connection refused so far. */
  readonly refused: string[];
  release(): void;
}

let active: LoopbackGuard | undefined;

export function keepTrafficOnLoopback(): LoopbackGuard {
  if (active) return active;
  const original = Socket.prototype.connect;
  const refused: string[] = [];
  Socket.prototype.connect = function guardedConnect(this: Socket, ...args: unknown[]) {
    const { host = 'localhost', port, path } = destinationOf(args);
    if (typeof path === 'string' || isLoopback(host)) return (original as (...rest: unknown[]) => Socket).apply(this, args);
    refused.push(`${host}:${String(port)}`);
    process.nextTick(() => this.destroy(Object.assign(new Error(`connect ECONNREFUSED ${host}:${String(port)} (the attack suite keeps traffic on this machine)`), { code: 'ECONNREFUSED' })));
    return this;
  } as typeof Socket.prototype.connect;
  active = {
    refused,
    release() {
      Socket.prototype.connect = original;
      active = undefined;
    },
  };
  return active;
}
