// Reads the first worksheet of an .xlsx workbook into rows of cell texts numbered as Excel
// numbers its rows.
import { CellbookError } from '../../shared/api-error';
import { cellText } from './xlsx-cell-text';
import type { GridRow } from './sheet-grid';

export interface XlsxGrid {
  rows: GridRow[];
  warnings: string[];
}

export async function readXlsxGrid(fileName: string, bytes: Uint8Array): Promise<XlsxGrid> {
  // Loaded on first use: exceljs is large, and every `cellbook` command would pay for it at start.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; the view's own buffer may be larger (Node pools
    // small Buffers), so hand over a copy of exactly these bytes.
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CellbookError('validation', `${fileName} could not be read as an Excel workbook (.xlsx): ${reason}`);
  }
  const sheets = workbook.worksheets;
  const sheet = sheets[0];
  if (!sheet) throw new CellbookError('validation', `${fileName} has no worksheet`);

  const warnings: string[] = [];
  if (sheets.length > 1) {
    const others = sheets.slice(1).map((s) => `"${s.name}"`).join(', ');
    warnings.push(`${fileName}: read worksheet "${sheet.name}", the first of ${sheets.length}; ignored ${others}`);
  }

  const rows: GridRow[] = [];
  const uncalculated: string[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      // Only the top-left cell of a merged range holds the value, as in a CSV saved by Excel;
      // repeating it would turn a header merged over two columns into a duplicate column.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const value = cell.value;
      if (value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value) && value.result === undefined) {
        uncalculated.push(cell.address);
      }
      cells[columnNumber - 1] = cellText(value);
    });
    rows.push({ line: rowNumber, cells: Array.from(cells, (text) => text ?? '') });
  });

  if (uncalculated.length > 0) {
    const shown = uncalculated.slice(0, 5).join(', ') + (uncalculated.length > 5 ? ` and ${uncalculated.length - 5} more` : '');
    const [cells, have, were] = uncalculated.length === 1 ? ['cell', 'has', 'was'] : ['cells', 'have', 'were'];
    warnings.push(`${fileName}: formula ${cells} ${shown} ${have} no saved result and ${were} read as empty; open the file in Excel, save it and import again`);
  }
  return { rows, warnings };
}
