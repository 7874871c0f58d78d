// `npm run screenshots`: every screen of the demo notebook at 1280×720 and 1920×1080, light and
// dark, written as PNGs to .tmp/screenshots/ to look at, each checked for text cut off (the e2e
// spec e2e/screenshots.spec.ts with every look; `npm test` runs it with each screen in one look).
// Needs the built renderer (npm run build). Playwright's own output goes to a temporary folder, so
// a run beside another Playwright run does not empty its test-results/.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const output = mkdtempSync(path.join(os.tmpdir(), 'cellbook-screenshots-'));
const result = spawnSync(npx, ['playwright', 'test', 'e2e/screenshots.spec.ts', '--workers=1', '--output', output], {
  stdio: 'inherit',
  env: { ...process.env, CELLBOOK_SCREENSHOTS: 'all' },
  shell: process.platform === 'win32',
});
console.log(`PNGs in ${path.resolve('.tmp', 'screenshots')}`);
process.exitCode = result.status ?? 1;
