// A sheet table as the bytes of a CSV or XLSX file. CSV: UTF-8 with a byte-order mark (so that
// spreadsheet programs read µ, ² and ° right), CRLF lines, RFC 4180 quoting. XLSX: one sheet, the
// header row bold and frozen, numbers as numbers. In both, text that a spreadsheet would run as a
// formula is kept as text (shared/exports/spreadsheet-text.ts).
import { columnHeader, sheetName, type SheetTable } from '../../../shared/exports/sheet-table';
import { csvLine, escapeSpreadsheetText, type SheetCell } from '../../../shared/exports/spreadsheet-text';

export type SheetFormat = 'csv' | 'xlsx';

const BOM = '\uFEFF';

export function csvText(table: SheetTable): string {
  return BOM + csvLine(table.columns.map(columnHeader)) + table.rows.map(csvLine).join('');
}

function xlsxValue(value: SheetCell): string | number | boolean | null {
  if (typeof value === 'string') return escapeSpreadsheetText(value);
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return value;
}

export async function xlsxBytes(table: SheetTable): Promise<Buffer> {
  // Loaded on first use: exceljs is large, and most commands never need it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cellbook';
  const sheet = workbook.addWorksheet(sheetName(table.title), { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  const headers = table.columns.map(columnHeader);
  sheet.addRow(headers).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map(xlsxValue));
  headers.forEach((header, index) => {
    sheet.getColumn(index + 1).width = Math.min(40, Math.max(10, header.length + 2));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function sheetBytes(table: SheetTable, format: SheetFormat): Promise<Buffer> {
  return format === 'csv' ? Buffer.from(csvText(table), 'utf8') : xlsxBytes(table);
}
