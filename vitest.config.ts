import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Tests never touch the user's own user-data folder (signing key, checkpoint log, logs, recent
// notebooks): the run gets a folder of its own, which the global setup removes at the end.
const userDataHome = mkdtempSync(path.join(os.tmpdir(), 'cellbook-vitest-user-data-'));

// Unit and integration tests sit beside their code; Playwright's e2e specs are kept out.
export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'main/**/*.test.ts', 'renderer/**/*.test.ts', 'renderer/**/*.test.tsx', 'scripts/**/*.test.ts'],
    exclude: ['e2e/**', 'node_modules/**', 'out/**'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
    // The first file that needs the demo builds the run's template in its beforeAll (~15 s loaded).
    hookTimeout: 60_000,
    globalSetup: ['main/testing/vitest-global-setup.ts'],
    env: { XDG_CONFIG_HOME: userDataHome },
  },
});
