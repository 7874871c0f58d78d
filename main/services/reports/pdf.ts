// HTML to PDF through headless Chromium (playwright-core drives it; no browser is downloaded): the
// report's own print style, A4 or Letter, and the build's name and "page N of M" on every page.
// Where no Chromium is found the sentence says what to install. In the desktop window Electron's
// printToPDF does the same job.
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { CellbookError } from '../../../shared/api-error';
import { escapeHtml } from '../../../shared/reports/html';

export type Paper = 'a4' | 'letter';

/** A report's paper (with the title and page numbers in the footer), or the page's own CSS @page size (labels). */
export interface PdfLayout {
  title: string;
  paper: Paper | 'page-css';
}

/** HTML to PDF bytes: headless Chromium here; the desktop app injects Electron's printToPDF (ServiceContext.renderPdf). */
export type PdfRenderer = (pageHtml: string, layout: PdfLayout) => Promise<Buffer>;

/** A report page's margins; the footer sits in the bottom one. */
export const REPORT_MARGINS_MM = { top: 16, bottom: 18, left: 14, right: 14 } as const;

/** The footer on every report page: the title, and "page N of M" (Chromium's print template classes). */
export function reportFooterTemplate(title: string): string {
  return `<div style="font-size:8px;width:100%;padding:0 14mm;display:flex;justify-content:space-between;color:#444"><span>${escapeHtml(title)}</span><span>page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
}

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const named = env.CELLBOOK_CHROMIUM ?? env.CHROMIUM_PATH;
  if (named) return existsSync(named) ? named : null;
  return CANDIDATES.find((candidate) => existsSync(candidate)) ?? null;
}

/**
 * How long one Chromium may take to start and print. A report prints in 2-4 s here; a Chromium
 * that stalls as it starts (seen once in a CI run: no page, no error, for over a minute) is ended
 * and started once more, so that a PDF job never waits forever.
 */
const PRINT_ATTEMPT_MS = 30_000;

export async function htmlToPdf(pageHtml: string, options: PdfLayout, attemptMs = PRINT_ATTEMPT_MS): Promise<Buffer> {
  const executablePath = findChromium();
  if (!executablePath) throw new CellbookError('unavailable', 'a PDF needs Chromium or Google Chrome, and none was found (install the chromium package, or set CELLBOOK_CHROMIUM to its path); the HTML report (--out FILE.html) needs nothing');
  for (let attempt = 1; ; attempt += 1) {
    const printed = await printWithin(executablePath, pageHtml, options, attemptMs);
    if (printed) return printed;
    if (attempt === 2) throw new CellbookError('unavailable', `Chromium (${executablePath}) did not print the PDF within ${attemptMs / 1000} s, twice; the HTML report (--out FILE.html) needs nothing`);
  }
}

/** The PDF, or null when Chromium took longer than `attemptMs` to start and print (it is closed then). */
async function printWithin(executablePath: string, pageHtml: string, options: PdfLayout, attemptMs: number): Promise<Buffer | null> {
  const { chromium } = await import('playwright-core');
  let timer: NodeJS.Timeout | undefined;
  const stalled = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), attemptMs);
  });
  let browser: Browser | null = null;
  const close = async () => {
    await (browser as Browser | null)?.close().catch(() => undefined);
  };
  const printing = (async () => {
    browser = await chromium.launch({ executablePath, timeout: attemptMs, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    const page = await browser.newPage();
    // The report is self-contained: nothing may be fetched while it is laid out.
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    await page.setContent(pageHtml, { waitUntil: 'load', timeout: attemptMs });
    if (options.paper === 'page-css') return await page.pdf({ printBackground: true, preferCSSPageSize: true, margin: { top: '0', bottom: '0', left: '0', right: '0' } });
    const m = REPORT_MARGINS_MM;
    return await page.pdf({ format: options.paper === 'letter' ? 'Letter' : 'A4', printBackground: true, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: reportFooterTemplate(options.title), preferCSSPageSize: false, margin: { top: `${m.top}mm`, bottom: `${m.bottom}mm`, left: `${m.left}mm`, right: `${m.right}mm` } });
  })();
  // A launch that timed out is a stall too; any other failure is the caller's to hear.
  const outcome = printing.catch((error: unknown) => {
    if (error instanceof Error && error.name === 'TimeoutError') return null;
    throw error;
  });
  let printed: Buffer | null;
  try {
    printed = await Promise.race([outcome, stalled]);
  } catch (error) {
    await close();
    throw error;
  } finally {
    clearTimeout(timer);
  }
  if (printed) await close();
  // A stalled attempt's browser is closed once it has started, however late.
  else void printing.catch(() => undefined).finally(close);
  return printed;
}
