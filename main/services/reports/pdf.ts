// HTML to PDF through headless Chromium (playwright-core drives it; no browser is downloaded): the
// report's own print style, A4 or Letter, and the build's name and "page N of M" on every page.
// Where no Chromium is found the sentence says what to install. In the desktop window Electron's
// printToPDF does the same job.
import { existsSync } from 'node:fs';
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

export async function htmlToPdf(pageHtml: string, options: PdfLayout): Promise<Buffer> {
  const executablePath = findChromium();
  if (!executablePath) throw new CellbookError('unavailable', 'a PDF needs Chromium or Google Chrome, and none was found (install the chromium package, or set CELLBOOK_CHROMIUM to its path); the HTML report (--out FILE.html) needs nothing');
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const page = await browser.newPage();
    // The report is self-contained: nothing may be fetched while it is laid out.
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    await page.setContent(pageHtml, { waitUntil: 'load' });
    if (options.paper === 'page-css') return await page.pdf({ printBackground: true, preferCSSPageSize: true, margin: { top: '0', bottom: '0', left: '0', right: '0' } });
    const m = REPORT_MARGINS_MM;
    return await page.pdf({ format: options.paper === 'letter' ? 'Letter' : 'A4', printBackground: true, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: reportFooterTemplate(options.title), preferCSSPageSize: false, margin: { top: `${m.top}mm`, bottom: `${m.bottom}mm`, left: `${m.left}mm`, right: `${m.right}mm` } });
  } finally {
    await browser.close();
  }
}
