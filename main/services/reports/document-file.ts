// A printable document (a report, a sheet of labels) as the file the window saves: the HTML as
// made, or the PDF printed from it — by Electron's printToPDF in the desktop app, by headless
// Chromium in browser mode and the CLI. One place for the renderer choice, media type and base64.
import type { ServiceContext } from '../context';
import { htmlToPdf, type PdfLayout } from './pdf';

export interface PrintableDocument {
  title: string;
  html: string;
}

export type DocumentFormat = 'html' | 'pdf';

export function documentBytes(ctx: ServiceContext, doc: PrintableDocument, format: DocumentFormat, paper: PdfLayout['paper']): Promise<Buffer> {
  if (format === 'html') return Promise.resolve(Buffer.from(doc.html, 'utf8'));
  return (ctx.renderPdf ?? htmlToPdf)(doc.html, { title: doc.title, paper });
}

/** The file as the contract returns it; `rows` is what it holds (labels), 0 for a report. */
export async function documentFile(ctx: ServiceContext, doc: PrintableDocument, fileStem: string, format: DocumentFormat, paper: PdfLayout['paper'], rows = 0) {
  const bytes = await documentBytes(ctx, doc, format, paper);
  return { fileName: `${fileStem}.${format}`, mediaType: format === 'pdf' ? 'application/pdf' : 'text/html', rows, contentBase64: bytes.toString('base64') };
}
