import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './e2e/support/chromium.mjs';

// End-to-end: the real renderer in Chromium against the real browser-mode host and a real
// notebook file per test (see e2e/support/fixtures.ts).
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  // The demo notebook written once for the specs that start from it (e2e/support/global-setup.ts).
  globalSetup: './e2e/support/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: process.env.CELLBOOK_PLAYWRIGHT_JSON
    ? [['list'], ['json', { outputFile: process.env.CELLBOOK_PLAYWRIGHT_JSON }]]
    : [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  outputDir: 'test-results',
});
