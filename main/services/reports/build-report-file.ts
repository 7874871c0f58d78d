// A build report as a file the window saves: HTML as made, or the PDF headless Chromium prints.
import { buildReportHtml } from './build-report';
import { htmlToPdf, type Paper } from './pdf';
import type { ServiceContext } from '../context';

const safeName = (text: string) => text.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'build';

export async function buildReportFile(ctx: ServiceContext, buildId: number, format: 'html' | 'pdf', paper: Paper) {
  const report = buildReportHtml(ctx, buildId);
  const bytes = format === 'pdf' ? await htmlToPdf(report.html, { title: report.title, paper }) : Buffer.from(report.html, 'utf8');
  return { fileName: `${safeName(report.title)}-report.${format}`, mediaType: format === 'pdf' ? 'application/pdf' : 'text/html', rows: 0, contentBase64: bytes.toString('base64') };
}
