import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/globalSetup.ts', 'test/postgresSetup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Browser and server tests bind ports and launch Chromium: keep files from starving each other on 2 cores.
    maxWorkers: 2,
    // What a real browser shows over a live stream can take past the default second on a loaded 2-core machine (a clean-clone
    // run beside other work missed a resident's message in the advisor console by that margin); a poll still fails when it never comes.
    expect: { poll: { timeout: 5_000 } },
  },
});
