// Labels as a file: each record's QR code (of its Cellbook link, made offline by the qrcode
// library as SVG), laid out on the chosen stock, as HTML or as the PDF the reports' PDF path prints.
import QRCode from 'qrcode';
import { CellbookError } from '../../../shared/api-error';
import { cellbookLink, printedCode, type LabelKind } from '../../../shared/labels/cellbook-link';
import { labelSheetHtml, type LabelContent } from '../../../shared/labels/label-sheet-html';
import { labelSize, type LabelSizeId } from '../../../shared/labels/label-sizes';
import { safeFileStem } from '../../../shared/exports/file-name';
import type { ServiceContext } from '../context';
import { documentBytes, documentFile, type DocumentFormat } from '../reports/document-file';
import { labelRecord, type LabelRecord } from './label-records';

const KIND_LABEL: Record<LabelKind, string> = { lot: 'Lot', batch: 'Batch', cell: 'Cell', build: 'Build' };

/** The QR code of a link as SVG: error correction M (15 %, survives a smudge), no quiet zone (the label's padding is one). */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 0 });
}

export async function labelContents(records: readonly LabelRecord[]): Promise<LabelContent[]> {
  return Promise.all(records.map(async (record) => ({ ref: record.ref, kindLabel: KIND_LABEL[record.kind], name: record.name, date: record.date, qrSvg: await qrSvg(cellbookLink(record.ref)) })));
}

export interface LabelsDocument {
  title: string;
  html: string;
  count: number;
}

export async function labelsHtml(records: readonly LabelRecord[], sizeId: LabelSizeId): Promise<LabelsDocument> {
  if (records.length === 0) throw new CellbookError('validation', 'choose at least one lot, batch, cell or build to print labels for');
  const title = records.length === 1 ? `Label ${printedCode((records[0] as LabelRecord).ref)}` : `${records.length} labels`;
  return { title, html: labelSheetHtml(await labelContents(records), labelSize(sizeId), title), count: records.length };
}

export function labelsBytes(ctx: ServiceContext, doc: LabelsDocument, format: DocumentFormat): Promise<Buffer> {
  // The label stock's own page size and margins are in the sheet's CSS.
  return documentBytes(ctx, doc, format, 'page-css');
}

export async function makeLabelsFile(ctx: ServiceContext, input: { records: ReadonlyArray<{ kind: LabelKind; id: number }>; size: LabelSizeId; format: DocumentFormat }) {
  const records = input.records.map((ref) => labelRecord(ctx, ref.kind, ref.id));
  const doc = await labelsHtml(records, input.size);
  const stem = records.length === 1 ? `label-${safeFileStem(printedCode((records[0] as LabelRecord).ref))}` : `labels-${records.length}`;
  return documentFile(ctx, doc, stem, input.format, 'page-css', records.length);
}
