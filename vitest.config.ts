import { defineConfig } from 'vitest/config';

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
  },
});
