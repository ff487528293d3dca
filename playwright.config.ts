import { defineConfig } from '@playwright/test';

/**
 * The browser tests on the built extension (tests/e2e). Each test starts its own browser profile and
 * each worker its own demo server, so two test files run side by side (the machines have 2 cores;
 * NUDGE_E2E_WORKERS changes it). The tests that write machine policies (tests/policy) run after,
 * alone: playwright.policy.config.ts.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: Number(process.env.NUDGE_E2E_WORKERS ?? 2),
  retries: 0,
  reporter: [['list']],
  use: { trace: 'off' },
});
