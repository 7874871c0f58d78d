// The label stock Cellbook prints on, named as the box says. Sheet sizes follow the makers'
// published templates (Avery L7160 / 3475-type A4, Avery 5160 Letter); roll and vial sizes are
// one label per page, as label printers (Brother QL, Dymo) expect. Lengths in millimetres.

export interface LabelSize {
  id: string;
  name: string;
  pageWidthMm: number;
  pageHeightMm: number;
  labelWidthMm: number;
  labelHeightMm: number;
  columns: number;
  rows: number;
  /** Top-left corner of the first label on the page. */
  marginTopMm: number;
  marginLeftMm: number;
  /** Distance from one label's left (top) edge to the next one's. */
  pitchXMm: number;
  pitchYMm: number;
  /** Side of the QR code; on small labels name and date are left out so the code stays readable. */
  qrMm: number;
  showDetails: boolean;
}

const INCH_MM = 25.4;

export const LABEL_SIZES = [
  { id: 'a4-3x8', name: 'A4 sheet, 24 labels 70 × 37 mm (3 × 8, Avery 3475-type)', pageWidthMm: 210, pageHeightMm: 297, labelWidthMm: 70, labelHeightMm: 37, columns: 3, rows: 8, marginTopMm: 0.5, marginLeftMm: 0, pitchXMm: 70, pitchYMm: 37, qrMm: 27, showDetails: true },
  { id: 'a4-l7160', name: 'A4 sheet, 21 labels 63.5 × 38.1 mm (3 × 7, Avery L7160)', pageWidthMm: 210, pageHeightMm: 297, labelWidthMm: 63.5, labelHeightMm: 38.1, columns: 3, rows: 7, marginTopMm: 15.15, marginLeftMm: 7.25, pitchXMm: 66, pitchYMm: 38.1, qrMm: 28, showDetails: true },
  { id: 'letter-30', name: 'Letter sheet, 30 labels 2⅝ × 1 in (3 × 10, Avery 5160)', pageWidthMm: 8.5 * INCH_MM, pageHeightMm: 11 * INCH_MM, labelWidthMm: 2.625 * INCH_MM, labelHeightMm: INCH_MM, columns: 3, rows: 10, marginTopMm: 0.5 * INCH_MM, marginLeftMm: 0.1875 * INCH_MM, pitchXMm: 2.75 * INCH_MM, pitchYMm: INCH_MM, qrMm: 21, showDetails: true },
  { id: 'roll-62x29', name: 'Label printer, 62 mm roll, 62 × 29 mm per label (Brother DK-11209 / DK-22205)', pageWidthMm: 62, pageHeightMm: 29, labelWidthMm: 62, labelHeightMm: 29, columns: 1, rows: 1, marginTopMm: 0, marginLeftMm: 0, pitchXMm: 62, pitchYMm: 29, qrMm: 24, showDetails: true },
  { id: 'vial-25x25', name: 'Label printer, 25 × 25 mm vial or coin-cell label', pageWidthMm: 25, pageHeightMm: 25, labelWidthMm: 25, labelHeightMm: 25, columns: 1, rows: 1, marginTopMm: 0, marginLeftMm: 0, pitchXMm: 25, pitchYMm: 25, qrMm: 15, showDetails: false },
] as const satisfies readonly LabelSize[];

export type LabelSizeId = (typeof LABEL_SIZES)[number]['id'];
export const LABEL_SIZE_IDS = LABEL_SIZES.map((size) => size.id) as [LabelSizeId, ...LabelSizeId[]];
export const DEFAULT_LABEL_SIZE: LabelSizeId = 'a4-3x8';

export function labelSize(id: LabelSizeId): LabelSize {
  return LABEL_SIZES.find((size) => size.id === id) as LabelSize;
}

export const labelsPerPage = (size: LabelSize) => size.columns * size.rows;
