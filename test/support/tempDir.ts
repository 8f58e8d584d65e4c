import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh data directory for one test. */
export const temporaryDataDir = (): string => mkdtempSync(join(tmpdir(), 'council-assistant-'));
