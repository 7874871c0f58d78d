// Reads an inventory spreadsheet (CSV or XLSX, one row per lot) into text cells keyed by
// canonical column. It neither validates values nor writes anything: the import does that.
import { CellbookError } from '../../shared/api-error';
import type { CanonicalColumn } from './inventory-columns';
import { decodeCsvBytes, type CsvEncoding } from './csv-text';
import { readCsvGrid } from './csv-grid';
import { gridToInventory } from './sheet-grid';
import { readXlsxGrid } from './xlsx-grid';

export type { CanonicalColumn } from './inventory-columns';
export type { CsvEncoding } from './csv-text';

export interface InventorySheet {
  format: 'csv' | 'xlsx';
  /** CSV only: how the bytes were decoded. */
  encoding?: CsvEncoding;
  /** Every non-empty header cell in sheet order; `column` is null for an ignored header. */
  columns: Array<{ header: string; column: CanonicalColumn | null }>;
  /**
   * Non-blank rows below the header. `line` is the CSV line the record starts on (the file's first
   * line is 1) or the worksheet row number. Empty cells and ignored columns are left out.
   */
  rows: Array<{ line: number; cells: Partial<Record<CanonicalColumn, string>> }>;
  warnings: string[];
}

/**
 * The format is told from the content because files get renamed, and some programs export CSV
 * under an ".xls" name.
 *
 * @throws CellbookError('validation') with a message that starts with `fileName`.
 */
export async function readInventorySheet(fileName: string, bytes: Uint8Array): Promise<InventorySheet> {
  if (bytes.length === 0) throw new CellbookError('validation', `${fileName} is empty (0 bytes)`);

  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    // The same container holds legacy .xls workbooks and password-protected .xlsx ones.
    throw new CellbookError(
      'validation',
      `${fileName} is an old-style Excel .xls workbook (or a password-protected one), which Cellbook cannot read; open it in Excel, save it as .xlsx or "CSV UTF-8" without a password, and import again`,
    );
  }

  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    const grid = await readXlsxGrid(fileName, bytes);
    const sheet = gridToInventory(fileName, grid.rows);
    return { format: 'xlsx', ...sheet, warnings: [...grid.warnings, ...sheet.warnings] };
  }

  const { text, encoding } = decodeCsvBytes(fileName, bytes);
  return { format: 'csv', encoding, ...gridToInventory(fileName, readCsvGrid(fileName, text)) };
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}
