// Each test gets its own notebook in its own folder and its own browser-mode host, started the
// way a user starts it (`cellbook web`), and a page that has loaded the app and said it is ready.
import { test as base, expect, type Page } from '@playwright/test';
import { startWebHost } from '../../main/testing/web-host-process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_TEMPLATE_ENV } from './global-setup';

export interface CellbookHost {
  url: string;
  origin: string;
  notebookPath: string;
  dataDir: string;
}

// Loading a page means its script bundle and first reads; on a machine shared with other work that
// takes longer than an assertion's 5 s.
export const APP_READY_MS = 30_000;

function demoTemplatePath(): string {
  const template = process.env[DEMO_TEMPLATE_ENV];
  if (!template) throw new Error(`${DEMO_TEMPLATE_ENV} is not set: the demo notebook is written by e2e/support/global-setup.ts (playwright.config.ts globalSetup)`);
  return template;
}

export const test = base.extend<{ startWith: 'empty' | 'demo'; cellbook: CellbookHost; app: Page }>({
  /** The notebook a test starts from: a new one, or a copy of the run's demo notebook (global-setup.ts). */
  startWith: ['empty', { option: true }],
  cellbook: async ({ startWith }, use) => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cellbook-e2e-'));
    const notebookPath = path.join(dataDir, 'e2e.cellbook');
    if (startWith === 'demo') copyFileSync(demoTemplatePath(), notebookPath);
    const { child, url } = await startWebHost(notebookPath);
    await use({ url, origin: new URL(url).origin, notebookPath, dataDir });
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  },
  app: async ({ page, cellbook }, use) => {
    await page.goto(cellbook.url);
    await expect(page.locator('html[data-cellbook-ready="true"]')).toBeAttached({ timeout: APP_READY_MS });
    await use(page);
  },
});

/** A test that starts from a copy of the run's demo notebook, with its cycling tests imported. */
export const testFromDemo = test.extend({ startWith: 'demo' });

export { expect };
