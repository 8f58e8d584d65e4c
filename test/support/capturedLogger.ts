import { Writable } from 'node:stream';
import { createLogger } from '../../src/logger.js';

/** A logger whose lines the test can read. */
export function capturedLogger() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  return { lines, logger: createLogger('info', destination) };
}
