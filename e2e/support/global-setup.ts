// Once per Playwright run: the demo notebook (with its synthetic cycling tests) made by
// `cellbook demo`, as a researcher makes it, and kept closed for the specs that start from a copy
// (testFromDemo in fixtures.ts) instead of each spec loading the demo through the host (seconds of
// work per spec, on a machine that also runs the browsers). The path reaches the workers through
// the environment; the folder is removed when the run ends.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const DEMO_TEMPLATE_ENV = 'CELLBOOK_E2E_DEMO_TEMPLATE';

/** `npm run screenshots -- --db PATH`: the specs start from copies of this notebook instead of the demo. */
export const START_NOTEBOOK_ENV = 'CELLBOOK_E2E_START_NOTEBOOK';

export default function globalSetup(): () => void {
  const given = process.env[START_NOTEBOOK_ENV];
  if (given) {
    process.env[DEMO_TEMPLATE_ENV] = path.resolve(given);
    return () => undefined;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cellbook-e2e-demo-'));
  const notebook = path.join(dir, 'demo.cellbook');
  // The notebook's folder stands in for the user-data folder, as for the specs' hosts.
  const made = spawnSync(process.execPath, [path.resolve('main', 'cli', 'bin.cjs'), 'demo', '--db', notebook], { encoding: 'utf8', env: { ...process.env, XDG_CONFIG_HOME: dir } });
  if (made.status !== 0) throw new Error(`cellbook demo failed (exit ${made.status}): ${made.stderr || made.stdout}`);
  process.env[DEMO_TEMPLATE_ENV] = notebook;
  return () => rmSync(dir, { recursive: true, force: true });
}
