import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Index built once for the whole run by test/globalSetup.ts, shared read-only by every test. */
export const sharedIndexDir = join(tmpdir(), 'council-assistant-test-index');
