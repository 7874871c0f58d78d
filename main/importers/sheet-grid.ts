// What CSV and XLSX have in common once read: rows of cell texts with their line numbers. This
// turns that grid into inventory rows keyed by canonical column, so both formats fail the same way.
import { CellbookError } from '../../shared/api-error';
import { columnLetter, mapInventoryHeaders, type CanonicalColumn } from './inventory-columns';

export interface GridRow {
  /** 1-based line (CSV) or worksheet row number (XLSX). */
  line: number;
  /** Trimmed cell texts; index 0 is column A. */
  cells: string[];
}

export interface InventoryGrid {
  columns: Array<{ header: string; column: CanonicalColumn | null }>;
  rows: Array<{ line: number; cells: Partial<Record<CanonicalColumn, string>> }>;
  warnings: string[];
}

export function gridToInventory(fileName: string, grid: readonly GridRow[]): InventoryGrid {
  const filled = grid.filter((row) => row.cells.some((cell) => cell !== ''));
  const [header, ...data] = filled;
  if (!header) throw new CellbookError('validation', `${fileName} has only blank rows; the first row should hold the column headers`);

  const mapping = mapInventoryHeaders(header.cells);
  const at = `${fileName} line ${header.line}`;
  if (mapping.errors.length > 0) throw new CellbookError('validation', `${at}: ${mapping.errors.join('; ')}`);
  if (data.length === 0) throw new CellbookError('validation', `${fileName} has a header (line ${header.line}) but no rows below it`);

  const known = mapping.headers.filter((h) => h.column !== null);
  const headed = new Set(mapping.headers.map((h) => h.columnNumber));
  const unheaded = new Set<number>();
  const rows = data.map((row) => {
    const cells: Partial<Record<CanonicalColumn, string>> = {};
    for (const { columnNumber, column } of known) {
      const value = row.cells[columnNumber - 1];
      if (value && column) cells[column] = value;
    }
    row.cells.forEach((value, index) => {
      if (value !== '' && !headed.has(index + 1)) unheaded.add(index + 1);
    });
    return { line: row.line, cells };
  });

  const warnings = mapping.warnings.map((warning) => `${at}: ${warning}`);
  if (unheaded.size > 0) {
    const letters = [...unheaded].sort((a, b) => a - b).map(columnLetter);
    const plural = letters.length > 1;
    warnings.push(`${fileName}: ${plural ? 'columns' : 'column'} ${letters.join(', ')} ${plural ? 'have' : 'has'} values but no header and ${plural ? 'were' : 'was'} ignored`);
  }
  return { columns: mapping.headers.map(({ header: text, column }) => ({ header: text, column })), rows, warnings };
}
