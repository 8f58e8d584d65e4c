import { mkdtempSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'restify';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultConnectionLimits, openFileLimit, type ConnectionLimits } from '../../src/server/connectionGuard.js';
import { createServer } from '../../src/server/createServer.js';
import { capturedLogger } from '../support/capturedLogger.js';

const limits: ConnectionLimits = { perAddress: 5, total: 12, receivingBytes: 200 * 1024, stalledMs: 400 };

let server: Server | undefined;
const sockets: Socket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

async function start(connectionLimits = limits) {
  const { lines, logger } = capturedLogger();
  server = createServer({ logger, adminToken: undefined, isReady: () => true, connectionLimits });
  server.post('/slow', async (_request, response) => {
    await new Promise((resolve) => setTimeout(resolve, 900));
    response.send(200, { ok: true });
  });
  server.post('/echo', async (request, response) => response.send(200, request.body));
  server.get('/large', (_request, response, next) => {
    response.writeHead(200, { 'content-type': 'text/plain' });
    response.end('x'.repeat(8 * 1024 * 1024));
    next();
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as { port: number }).port, lines };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A connection from `from` that sends a request's headers and the first `sent` bytes of a larger body, then waits. */
async function halfSent(port: number, from: string, sent = 1, path = '/echo'): Promise<Socket> {
  const socket = connect({ host: '127.0.0.1', port, localAddress: from });
  socket.on('error', () => undefined);
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  socket.write(`POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 250000\r\n\r\n${'{'.padEnd(sent, ' ')}`);
  return socket;
}

const closed = (socket: Socket): boolean => socket.destroyed || socket.readableEnded || socket.closed;

/** GET /healthz over a fresh connection from `from`. */
async function health(port: number, from: string): Promise<number> {
  const socket = connect({ host: '127.0.0.1', port, localAddress: from });
  sockets.push(socket);
  return new Promise((resolve) => {
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString()));
    socket.on('error', () => resolve(0));
    socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d+)/.exec(text)?.[1] ?? 0)));
    socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  });
}

describe('the connection guard (outside attack 13, C1: half-sent requests held every file descriptor)', () => {
  it('at an address\'s share, lets its newcomer in by dropping its oldest connection still sending, and serves other addresses (outside attack 28, A28-03)', async () => {
    const { port } = await start();
    const held = [];
    for (let index = 0; index < 6; index += 1) held.push(await halfSent(port, '127.0.0.2'));
    await sleep(100);
    expect(held.map(closed)).toEqual([true, false, false, false, false, false]);
    expect(await health(port, '127.0.0.2')).toBe(200);
    expect(await health(port, '127.0.0.3')).toBe(200);
  });

  it('closes an address\'s newcomer when all of its share are being answered', async () => {
    const { port } = await start();
    const answering = [];
    for (let index = 0; index < 5; index += 1) {
      const socket = connect({ host: '127.0.0.1', port, localAddress: '127.0.0.4' });
      socket.on('error', () => undefined);
      sockets.push(socket);
      await new Promise<void>((resolve) => socket.once('connect', resolve));
      socket.write('POST /slow HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}');
      answering.push(socket);
    }
    await sleep(100);
    expect(await health(port, '127.0.0.4')).toBe(0);
    expect(answering.some(closed)).toBe(false);
  });

  it('at the total, lets a newcomer in by dropping the oldest connection still sending its request', async () => {
    const { port } = await start();
    const held = [];
    for (let index = 0; index < 12; index += 1) held.push(await halfSent(port, `127.0.1.${index + 1}`));
    expect(await health(port, '127.0.2.1')).toBe(200);
    await sleep(50);
    expect(closed(held[0]!)).toBe(true);
    expect(held.slice(2).some(closed)).toBe(false);
  });

  it('never drops a request that has arrived and is being answered to make room', async () => {
    const { port } = await start();
    const answered = new Promise<number>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port, localAddress: '127.0.3.1' });
      sockets.push(socket);
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d+)/.exec(text)?.[1] ?? 0)));
      socket.write('POST /slow HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}');
    });
    await sleep(100);
    for (let index = 0; index < 14; index += 1) await halfSent(port, `127.0.4.${index + 1}`);
    expect(await answered).toBe(200);
  });

  it('drops a request whose body stops arriving, and keeps one that arrives slowly', async () => {
    const { port, lines } = await start();
    const stalled = await halfSent(port, '127.0.5.1');
    const slow = await halfSent(port, '127.0.5.2');
    const trickle = setInterval(() => slow.write(' '), 100);
    await sleep(1_200);
    clearInterval(trickle);
    expect(closed(stalled)).toBe(true);
    expect(closed(slow)).toBe(false);
    expect(lines.join('')).toMatch(/"stalled":1/);
  });

  it('drops a connection that asked for a large answer and reads none of it (outside attack 14, C1: a slow read)', async () => {
    const { port, lines } = await start();
    const reader = connect({ host: '127.0.0.1', port, localAddress: '127.0.9.1' });
    reader.on('error', () => undefined);
    sockets.push(reader);
    await new Promise<void>((resolve) => reader.once('connect', resolve));
    reader.pause();
    reader.write('GET /large HTTP/1.1\r\nHost: x\r\n\r\n');
    await sleep(1_500);
    expect(lines.join('')).toMatch(/"stalled":1/);
    expect(await new Promise((resolve) => server!.server.getConnections((_error, count) => resolve(count)))).toBe(0);
  });

  it('drops the oldest bodies still arriving while they hold more memory than allowed', async () => {
    const { port } = await start({ ...limits, stalledMs: 5_000 });
    const first = await halfSent(port, '127.0.6.1', 90 * 1024);
    await sleep(20);
    const second = await halfSent(port, '127.0.6.2', 90 * 1024);
    await sleep(20);
    const third = await halfSent(port, '127.0.6.3', 90 * 1024);
    await sleep(1_100);
    expect([first, second, third].map(closed)).toEqual([true, false, false]);
  });

  it('writes one log line for a flood of dropped connections, not one each', async () => {
    const { port, lines } = await start();
    for (let index = 0; index < 30; index += 1) await halfSent(port, '127.0.7.1');
    await sleep(100);
    expect(lines.filter((line) => line.includes('connections dropped')).length).toBe(1);
  });
});

describe('a client that hangs up mid-body', () => {
  it('is not logged as a failure with a stack trace, nor as the database being down (attack 13, L5)', async () => {
    const { port, lines } = await start();
    for (let index = 0; index < 5; index += 1) (await halfSent(port, '127.0.8.1', 10)).destroy();
    await sleep(200);
    expect(lines.join('')).not.toMatch(/aborted|request failed|database/);
  });
});

describe('an unknown path many kilobytes long', () => {
  it('is logged as its first 200 characters, not whole (outside attack 14, L5)', async () => {
    const { port, lines } = await start();
    const response = await fetch(`http://127.0.0.1:${port}/${'a'.repeat(8_000)}`);
    expect(response.status).toBe(404);
    const logged = lines.find((line) => line.includes('request rejected'))!;
    expect(logged.length).toBeLessThan(600);
  });
});

describe('the default limits', () => {
  it('keep descriptors free for the database and outbound calls under a small open-file limit', () => {
    expect(defaultConnectionLimits(20_000).total).toBe(4_096);
    expect(defaultConnectionLimits(1_024).total).toBe(512);
    expect(defaultConnectionLimits(undefined).total).toBe(4_096);
  });

  it('read the soft open-file limit from /proc/self/limits', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'limits-')), 'limits');
    writeFileSync(file, 'Limit                     Soft Limit           Hard Limit           Units     \nMax open files            20000                1048576              files     \n');
    expect(openFileLimit(file)).toBe(20_000);
    expect(openFileLimit(join(tmpdir(), 'no-such-limits-file'))).toBeUndefined();
  });
});
