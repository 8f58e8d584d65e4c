import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Index built once for the whole run by test/globalSetup.ts, shared read-only by every test.
 * `TEST_INDEX_DIR` gives a checkout whose knowledge differs (a branch adding training messages)
 * its own, so two checkouts testing at once do not rebuild each other's.
 */
export const sharedIndexDir = process.env.TEST_INDEX_DIR ?? join(tmpdir(), 'council-assistant-test-index');
