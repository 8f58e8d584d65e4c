import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * JSON logs. Message text never goes to the log (only ids and outcomes), and these
 * paths are censored in case an object carrying personal data is logged by mistake.
 */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      base: { service: 'council-assistant' },
      redact: {
        paths: ['text', '*.text', 'req.headers.authorization', 'headers.authorization', '*.phone', '*.email', '*.address', '*.name'],
        censor: '[redacted]',
      },
    },
    destination ?? process.stdout,
  );
}
