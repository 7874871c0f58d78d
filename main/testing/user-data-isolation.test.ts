import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';

// The signing key, checkpoint log and logs that tests make must land in the run's own folder,
// never in the user's ~/.config/Cellbook.
test('tests run with a user-data folder of their own', () => {
  const home = process.env.XDG_CONFIG_HOME ?? '';
  expect(path.basename(home)).toMatch(/^cellbook-vitest-user-data-/);
  expect(home.startsWith(os.tmpdir())).toBe(true);
});
