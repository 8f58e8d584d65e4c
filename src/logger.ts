import { pino, type Logger } from 'pino';

export type { Logger };

/** Where a logger and its children count the lines they write at error level or above (`errorsLogged`). */
const errorTally = Symbol('errorTally');
const errorLevel = 50;

/**
 * JSON logs. Message text never goes to the log (only ids and outcomes), and these
 * paths are censored in case an object carrying personal data is logged by mistake.
 */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  const tally = { errors: 0 };
  const logger = pino(
    {
      level,
      base: { service: 'council-assistant' },
      hooks: {
        logMethod(args, method, levelValue) {
          if (levelValue >= errorLevel) tally.errors += 1;
          method.apply(this, args);
        },
      },
      redact: {
        paths: ['text', '*.text', 'req.headers.authorization', 'headers.authorization', '*.phone', '*.email', '*.address', '*.name'],
        censor: '[redacted]',
      },
    },
    destination ?? process.stdout,
  );
  Object.defineProperty(logger, errorTally, { value: tally });
  return logger;
}

/**
 * How many lines a logger made by `createLogger`, children included, has written at error level or above: `/metrics` counts them,
 * so an operator with only Prometheus sees a Meta or database incident (a Graph API refusing every reply, waiting concerns
 * that cannot be written), which before showed as nothing but `/readyz` (operations re-check 28b, OPS-B5).
 */
export const errorsLogged = (logger: Logger): number => (logger as Logger & { [errorTally]?: { errors: number } })[errorTally]?.errors ?? 0;
