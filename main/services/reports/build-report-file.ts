// A report as a file the window saves: HTML as made, or the PDF headless Chromium prints.
import { buildReportHtml } from './build-report';
import { comparisonReportHtml } from './comparison-report';
import { htmlToPdf, type Paper } from './pdf';
import type { ServiceContext } from '../context';
import { safeFileStem } from '../../../shared/exports/file-name';
import { localIsoDate } from '../../../shared/dates';


async function reportFile(ctx: ServiceContext, report: { title: string; html: string }, fileStem: string, format: 'html' | 'pdf', paper: Paper) {
  // The desktop app prints with Electron's own printToPDF; browser mode through headless Chromium.
  const bytes = format === 'pdf' ? await (ctx.renderPdf ?? htmlToPdf)(report.html, { title: report.title, paper }) : Buffer.from(report.html, 'utf8');
  return { fileName: `${fileStem}.${format}`, mediaType: format === 'pdf' ? 'application/pdf' : 'text/html', rows: 0, contentBase64: bytes.toString('base64') };
}

export function buildReportFile(ctx: ServiceContext, buildId: number, format: 'html' | 'pdf', paper: Paper) {
  const report = buildReportHtml(ctx, buildId);
  return reportFile(ctx, report, `${safeFileStem(report.title)}-report`, format, paper);
}

export function comparisonReportFile(ctx: ServiceContext, buildIds: readonly number[], retentionAtCycle: number, format: 'html' | 'pdf', paper: Paper) {
  return reportFile(ctx, comparisonReportHtml(ctx, buildIds, retentionAtCycle), `comparison-${localIsoDate(ctx.writer.now())}`, format, paper);
}
