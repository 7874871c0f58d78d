// Workbook exports (Arbin, Neware): rows of the data sheet, streamed with exceljs's reader so a
// large workbook is not held in memory. Cells become text, as in a CSV.
import { cellText } from '../xlsx-cell-text';
import type { TextLine } from './text-lines';

type CellValues = unknown[];

/** exceljs is loaded on first use: it is large, and most imports are text. */
async function workbookReader(filePath: string) {
  const { default: ExcelJS } = await import('exceljs');
  return new ExcelJS.stream.xlsx.WorkbookReader(filePath, { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', worksheets: 'emit' });
}

function rowCells(values: CellValues): string[] {
  // exceljs rows are 1-based: index 0 is empty.
  return values.slice(1).map((value) => cellText(value as never));
}

/**
 * The sheet that holds the data: the first whose name is not an info, statistics, per-cycle or
 * per-step sheet (Arbin "Channel_…", Neware "record"; Neware also writes "idle" and "curve").
 */
function isDataSheet(name: string): boolean {
  return !/^(global_info|info|statis|cycle|step|unit|test|log|idle|curve)/i.test(name) && !/acim|statis/i.test(name);
}

export async function readXlsxHead(filePath: string, maxRows: number): Promise<{ lines: string[]; complete: boolean; sheet: string }> {
  const reader = await workbookReader(filePath);
  for await (const worksheet of reader) {
    const name = (worksheet as unknown as { name: string }).name ?? '';
    if (!isDataSheet(name)) continue;
    const lines: string[] = [];
    for await (const row of worksheet) {
      lines.push(rowCells((row as unknown as { values: CellValues }).values).join('\t'));
      if (lines.length >= maxRows) return { lines, complete: false, sheet: name };
    }
    return { lines, complete: true, sheet: name };
  }
  throw new Error('no data sheet');
}

/** Every row of the data sheet as tab-joined text, with its 1-based row number. */
export async function* xlsxRows(filePath: string): AsyncGenerator<TextLine> {
  const reader = await workbookReader(filePath);
  for await (const worksheet of reader) {
    const name = (worksheet as unknown as { name: string }).name ?? '';
    if (!isDataSheet(name)) continue;
    let lineNumber = 0;
    for await (const row of worksheet) {
      lineNumber += 1;
      yield { line: rowCells((row as unknown as { values: CellValues }).values).join('\t'), lineNumber };
    }
    return;
  }
}
