// Looks at Cellbook as a user would: starts browser mode on a throwaway notebook (or --db),
// visits each area in light and dark, and writes PNGs to --out (default .tmp/screenshots).
// Usage: node scripts/screenshots.mjs [--db PATH] [--out DIR] [--only notebook,builds]
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumExecutable, CHROMIUM_ARGS } from '../e2e/support/chromium.mjs';

const { values } = parseArgs({ options: { db: { type: 'string' }, out: { type: 'string' }, only: { type: 'string' } } });
const out = path.resolve(values.out ?? '.tmp/screenshots');
mkdirSync(out, { recursive: true });
const db = values.db ?? path.join(mkdtempSync(path.join(os.tmpdir(), 'cellbook-shots-')), 'screens.cellbook');

const host = spawn(process.execPath, ['main/cli/bin.cjs', 'web', '--no-open', '--db', db], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((resolve, reject) => {
  let text = '';
  host.stdout.on('data', (chunk) => {
    text += chunk;
    const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(text);
    if (match) resolve(match[0]);
  });
  host.on('exit', (code) => reject(new Error(`cellbook web exited with ${code}`)));
});

const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
const areas = (values.only ?? 'materials,recipes,builds,pressing,cycling,reports,notebook').split(',');
for (const scheme of ['light', 'dark']) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: scheme });
  await page.goto(url);
  await page.waitForSelector('html[data-cellbook-ready="true"]');
  for (const area of areas) {
    await page.evaluate((hash) => (globalThis.location.hash = hash), `#/${area}`);
    await page.waitForTimeout(300);
    // Plots draw after Plotly loads: wait for every chart to say it is drawn.
    await page.waitForFunction(() => [...globalThis.document.querySelectorAll('[data-ready]')].every((node) => node.getAttribute('data-ready') === 'true'), null, { timeout: 15_000 }).catch(() => console.warn(`${area}: a plot did not finish drawing`));
    const file = path.join(out, `${area.replace(/\//g, "-")}-${scheme}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  await page.close();
}
await browser.close();
host.kill('SIGTERM');
