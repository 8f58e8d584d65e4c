import type { TestProject } from 'vitest/node';
import { startThrowawayPostgres } from './support/postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The PostgreSQL server every store test also runs on; each test makes its own database in it. */
    postgresUrl: string;
  }
}

/**
 * One PostgreSQL server for the whole run: TEST_DATABASE_URL when given (a server you run),
 * otherwise a throwaway one started here and removed at the end.
 */
export default async function startPostgres(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide('postgresUrl', given);
    return undefined;
  }
  const server = await startThrowawayPostgres();
  project.provide('postgresUrl', server.url);
  return () => server.stop();
}
