import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/globalSetup.ts', 'test/postgresSetup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Browser and server tests bind ports and launch Chromium: keep files from starving each other on 2 cores.
    maxWorkers: 2,
  },
});
