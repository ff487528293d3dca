import { defineConfig } from '@playwright/test';

/**
 * The force-install policy tests (tests/policy/: Chromium and Firefox ESR), run alone and last by
 * `npm test`: they write machine policy files that every Chromium or Firefox on the computer reads,
 * so nothing else may run beside them.
 */
export default defineConfig({
  testDir: 'tests/policy',
  timeout: 120_000,
  // The Firefox tests need the builds and helpers of the browser tests beside them.
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: { trace: 'off' },
});
