// `npm run screenshots`: every screen of the demo notebook at 1280×720 and 1920×1080, light and
// dark, written as PNGs to .tmp/screenshots/ to look at, each checked for text cut off (the e2e
// spec e2e/screenshots.spec.ts with every look; `npm test` runs it with each screen in one look).
// Needs the built renderer (npm run build). Playwright's own output goes to a temporary folder, so
// a run beside another Playwright run does not empty its test-results/.
//
// Usage: node scripts/screenshots.mjs [--db PATH] [--only builds,stack-editor]
//   --db PATH    picture this notebook instead of the demo; it is copied first and never changed
//                (close it in Cellbook first, so that the copy holds everything)
//   --only NAMES only these screens (comma-separated); a name that is no screen is refused with the list
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

let values;
try {
  ({ values } = parseArgs({ options: { db: { type: 'string' }, only: { type: 'string' } } }));
} catch (error) {
  console.error(`${error.message}\nUsage: node scripts/screenshots.mjs [--db PATH] [--only builds,stack-editor]`);
  process.exit(2);
}
const env = { ...process.env, CELLBOOK_SCREENSHOTS: 'all' };
if (values.db !== undefined) {
  const db = path.resolve(values.db);
  if (!existsSync(db)) {
    console.error(`--db: ${db} does not exist`);
    process.exit(2);
  }
  // Read by e2e/support/global-setup.ts (START_NOTEBOOK_ENV): each spec's host opens a copy of it.
  env.CELLBOOK_E2E_START_NOTEBOOK = db;
}
if (values.only !== undefined) env.CELLBOOK_SCREENSHOTS_ONLY = values.only;

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const output = mkdtempSync(path.join(os.tmpdir(), 'cellbook-screenshots-'));
const result = spawnSync(npx, ['playwright', 'test', 'e2e/screenshots.spec.ts', '--workers=1', '--output', output], {
  stdio: 'inherit',
  env,
  shell: process.platform === 'win32',
});
console.log(`PNGs in ${path.resolve('.tmp', 'screenshots')}`);
process.exitCode = result.status ?? 1;
