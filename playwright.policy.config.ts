import { defineConfig } from '@playwright/test';

/**
 * The force-install policy test (tests/policy/), run alone and last by `npm test`: it writes a machine
 * policy file that every Chromium on the computer reads, so nothing else may run beside it.
 */
export default defineConfig({
  testDir: 'tests/policy',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: { trace: 'off' },
});
