// Labels as one self-contained HTML file, laid out on the chosen stock with CSS millimetres and an
// @page of the stock's own size, so the same file prints true to size from a browser and through
// the PDF path. Each label: the QR code of its Cellbook link, the code in large type, the record's
// name and date. Text is escaped; the QR SVG is Cellbook's own (made by the qrcode library).
import { html, raw, type RawHtml } from '../reports/html';
import { printedCode, type RecordCode } from './cellbook-link';
import { labelsPerPage, type LabelSize } from './label-sizes';

export interface LabelContent {
  ref: RecordCode;
  /** "Lot", "Batch", "Cell", "Build": printed small above the code. */
  kindLabel: string;
  name: string;
  /** A calendar date (YYYY-MM-DD) that matters for the record, or null. */
  date: string | null;
  /** The QR code of the record's Cellbook link, as SVG markup. */
  qrSvg: string;
}

const PADDING_MM = 1.5;
/** Bold sans-serif capitals and digits (DejaVu Sans Bold, Arial Bold) are at most about 0.75 em wide; the fit leaves that much room per character. */
const CHAR_WIDTH_EM = 0.75;

/** The largest code height (mm) that fits `code` on one line in `widthMm`, at most `maxMm`, at least 1.6 mm (about 4.5 pt). */
export function fitCodeHeightMm(code: string, widthMm: number, maxMm: number): number {
  const fitted = widthMm / (Math.max(code.length, 1) * CHAR_WIDTH_EM);
  return Math.max(1.6, Math.min(maxMm, Math.floor(fitted * 10) / 10));
}

function labelHtml(label: LabelContent, size: LabelSize, column: number, row: number): RawHtml {
  const code = printedCode(label.ref);
  const left = size.marginLeftMm + column * size.pitchXMm;
  const top = size.marginTopMm + row * size.pitchYMm;
  const style = `left:${left}mm;top:${top}mm;width:${size.labelWidthMm}mm;height:${size.labelHeightMm}mm`;
  const qr = raw(`<div class="qr" style="width:${size.qrMm}mm;height:${size.qrMm}mm">${label.qrSvg}</div>`);
  if (!size.showDetails) {
    const codeMm = fitCodeHeightMm(code, size.labelWidthMm - 2 * PADDING_MM, size.labelHeightMm - size.qrMm - 2 * PADDING_MM);
    return html`<div class="label compact" style="${style}" data-code="${code}">${qr}<div class="code" style="font-size:${codeMm}mm">${code}</div></div>`;
  }
  const textWidthMm = size.labelWidthMm - size.qrMm - 3 * PADDING_MM;
  const codeMm = fitCodeHeightMm(code, textWidthMm, Math.min(7, size.labelHeightMm / 3.2));
  return html`<div class="label" style="${style}" data-code="${code}">${qr}<div class="text" style="width:${textWidthMm}mm">
<div class="kind">${label.kindLabel}</div>
<div class="code" style="font-size:${codeMm}mm">${code}</div>
<div class="name">${label.name}</div>
${label.date ? html`<div class="date">${label.date}</div>` : ''}
</div></div>`;
}

export function labelSheetHtml(labels: readonly LabelContent[], size: LabelSize, title: string): string {
  const perPage = labelsPerPage(size);
  const pages: RawHtml[] = [];
  for (let start = 0; start < labels.length; start += perPage) {
    const onPage = labels.slice(start, start + perPage).map((label, index) => labelHtml(label, size, index % size.columns, Math.floor(index / size.columns)));
    pages.push(html`<section class="page">${onPage}</section>`);
  }
  const css = `@page { size: ${size.pageWidthMm}mm ${size.pageHeightMm}mm; margin: 0 }
* { box-sizing: border-box }
html, body { margin: 0; padding: 0; background: #fff; color: #000; font-family: "DejaVu Sans", Arial, Helvetica, sans-serif }
.page { position: relative; width: ${size.pageWidthMm}mm; height: ${size.pageHeightMm}mm; overflow: hidden; page-break-after: always; break-after: page }
.page:last-child { page-break-after: auto; break-after: auto }
.label { position: absolute; display: flex; align-items: center; gap: ${PADDING_MM}mm; padding: ${PADDING_MM}mm; overflow: hidden }
.label.compact { flex-direction: column; justify-content: center; gap: 0.5mm }
.qr { flex: none } .qr svg { width: 100%; height: 100%; display: block }
.text { display: flex; flex-direction: column; gap: 0.6mm; min-width: 0 }
.code { font-weight: 700; line-height: 1.05; white-space: nowrap; letter-spacing: 0 }
.kind { font-size: 2.2mm; text-transform: uppercase; letter-spacing: 0.08em; color: #333 }
.name { font-size: 2.6mm; line-height: 1.15; max-height: 6.2mm; overflow: hidden; overflow-wrap: anywhere }
.date { font-size: 2.4mm; color: #222 }
@media screen { body { background: #ddd } .page { background: #fff; margin: 4mm auto; box-shadow: 0 0 2mm #999 } .label { outline: 0.1mm dashed #bbb } }`;
  return html`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>${raw(css)}</style></head><body>${pages}</body></html>`.html;
}
