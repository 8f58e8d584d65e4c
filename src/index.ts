import { startApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { ProfileError } from './profile/councilProfile.js';

/**
 * How long stopping may take before the process exits anyway (a stalled database can hold the last writes): under the 30 s a
 * platform waits after SIGTERM, so the log says why rather than the platform's kill.
 */
const stopWithinMs = 25_000;

/** Entry point: validated config → running app; stops cleanly on SIGINT/SIGTERM. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  try {
    const app = await startApp(config, logger);
    logger.info(`Chat with the assistant at ${app.url.replace('0.0.0.0', 'localhost')}/`);
    const stop = async (signal: string) => {
      logger.info({ signal }, 'stopping');
      setTimeout(() => {
        logger.error({ signal }, `not stopped within ${stopWithinMs / 1000} s: exiting now`);
        process.exit(1);
      }, stopWithinMs).unref();
      await app.close();
      process.exit(0);
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    if (error instanceof ProfileError) {
      logger.fatal(error.message);
      process.exit(2);
    }
    throw error;
  }
}

await main();
