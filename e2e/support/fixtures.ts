// Each test gets its own notebook in its own folder and its own browser-mode host, started the
// way a user starts it (`cellbook web`), and a page that has loaded the app and said it is ready.
import { test as base, expect, type Page } from '@playwright/test';
import { startWebHost } from '../../main/testing/web-host-process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface CellbookHost {
  url: string;
  origin: string;
  notebookPath: string;
  dataDir: string;
}


export const test = base.extend<{ cellbook: CellbookHost; app: Page }>({
  cellbook: async ({}, use) => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cellbook-e2e-'));
    const notebookPath = path.join(dataDir, 'e2e.cellbook');
    const { child, url } = await startWebHost(notebookPath);
    await use({ url, origin: new URL(url).origin, notebookPath, dataDir });
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  },
  app: async ({ page, cellbook }, use) => {
    await page.goto(cellbook.url);
    await expect(page.locator('html[data-cellbook-ready="true"]')).toBeAttached();
    await use(page);
  },
});

export { expect };
