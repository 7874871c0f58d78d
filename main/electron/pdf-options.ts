// The print settings Electron's printToPDF gets for a layout, matching what headless Chromium uses
// in browser mode and the CLI (reports/pdf.ts): a report's paper with its footer, or the page's own
// CSS size with no margins (labels). Electron measures margins and page sizes in inches.
import type { PrintToPDFOptions } from 'electron';
import { REPORT_MARGINS_MM, reportFooterTemplate, type PdfLayout } from '../services/reports/pdf';

const inches = (mm: number) => mm / 25.4;

export function electronPrintOptions(layout: PdfLayout): PrintToPDFOptions {
  if (layout.paper === 'page-css') return { printBackground: true, preferCSSPageSize: true, margins: { top: 0, bottom: 0, left: 0, right: 0 } };
  const m = REPORT_MARGINS_MM;
  return {
    pageSize: layout.paper === 'letter' ? 'Letter' : 'A4',
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: reportFooterTemplate(layout.title),
    preferCSSPageSize: false,
    margins: { top: inches(m.top), bottom: inches(m.bottom), left: inches(m.left), right: inches(m.right) },
  };
}
