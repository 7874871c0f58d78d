// Which Chromium the end-to-end tests and screenshots drive: $CHROMIUM_PATH, Debian's
// /usr/bin/chromium, or Playwright's own download, in that order.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function chromiumExecutable() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // Playwright has no browser of its own here.
  }
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one: "sudo apt-get install -y chromium" (Debian/Ubuntu), ' +
      '"npx playwright install chromium" (elsewhere), or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
}
