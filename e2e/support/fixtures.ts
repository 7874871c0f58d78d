// Each test gets its own notebook in its own folder and its own browser-mode host, started the
// way a user starts it (`cellbook web`), and a page that has loaded the app and said it is ready.
import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface CellbookHost {
  url: string;
  origin: string;
  notebookPath: string;
  dataDir: string;
}

function startHost(notebookPath: string): Promise<{ child: ChildProcess; url: string }> {
  // The test's own folder stands in for the user-data folder (recent notebooks), so no test touches the real one.
  const env = { ...process.env, XDG_CONFIG_HOME: path.dirname(notebookPath) };
  const child = spawn(process.execPath, ['main/cli/bin.cjs', 'web', '--no-open', '--db', notebookPath], { stdio: ['ignore', 'pipe', 'pipe'], env });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(output);
      if (match) resolve({ child, url: match[0] });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`cellbook web exited with ${code}: ${output}`)));
  });
}

export const test = base.extend<{ cellbook: CellbookHost; app: Page }>({
  cellbook: async ({}, use) => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cellbook-e2e-'));
    const notebookPath = path.join(dataDir, 'e2e.cellbook');
    const { child, url } = await startHost(notebookPath);
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
