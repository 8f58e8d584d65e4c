import { startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';

/**
 * One instance of the app in its own process, for tests that run several on one database and
 * kill one. The environment configures it as in production; TEST_CLOCK_START (ISO 8601) starts its
 * clock there, running on from the moment the process starts, so every instance agrees on
 * opening hours. It prints `{"url": …}` once ready.
 */
const startedAt = Date.now();
const clockStart = Date.parse(process.env.TEST_CLOCK_START ?? '');
const now = Number.isFinite(clockStart) ? () => new Date(clockStart + (Date.now() - startedAt)) : () => new Date();
const config = loadConfig();
const app = await startApp(config, createLogger(config.logLevel, process.stderr), { now });
await app.ready;
process.stdout.write(`${JSON.stringify({ url: app.url })}\n`);
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
