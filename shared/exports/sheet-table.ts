// A list as a spreadsheet holds it: a title (the sheet's name), columns with their units, and rows
// of plain values (numbers stay numbers). Every list export (CSV, XLSX) is made from one of these.
import type { SheetCell } from './spreadsheet-text';

export interface SheetColumn {
  /** What the column holds, in the lab's words. */
  label: string;
  /** The unit of its numbers ("g/mol", "mAh", "%"); absent for text and counts. */
  unit?: string;
}

export interface SheetTable {
  title: string;
  columns: SheetColumn[];
  rows: SheetCell[][];
}

/** "Molar mass (g/mol)": the header a column carries in every export. */
export function columnHeader(column: SheetColumn): string {
  return column.unit ? `${column.label} (${column.unit})` : column.label;
}

/** A spreadsheet-safe sheet name: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(title: string): string {
  return title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31).trim() || 'Sheet';
}
