import { createRequire } from 'node:module';
import type PQueueModule from 'p-queue';

/**
 * p-queue's class. p-queue 6 is CommonJS with its class on `exports.default`: required, so Node
 * and the test runner, whose ways of importing CommonJS defaults differ, see the same thing.
 */
export const PQueue = (createRequire(import.meta.url)('p-queue') as typeof PQueueModule).default;
