// Workbook exports (Arbin, Neware): rows of the data sheet, streamed with exceljs's reader so a
// large workbook is not held in memory. Cells become text, as in a CSV.
import { closeSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { CellbookError } from '../../../shared/api-error';
import { cellText } from '../xlsx-cell-text';
import type { TextLine } from './text-lines';

/** A ZIP's end record ("PK\x05\x06") is in its last 22 bytes plus a comment of up to 64 KiB. */
const ZIP_TAIL_BYTES = 22 + 0xffff;

/**
 * Why a file that starts as a ZIP cannot be a whole one: its end record is missing (a copy or a
 * download cut short). Null when the end is there; what is inside is for the workbook reader.
 */
export function zipProblem(filePath: string, sizeBytes: number, fileName: string): string | null {
  const tail = zipTail(filePath, sizeBytes);
  if (tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])) >= 0) return null;
  // (The central directory at the end names the parts: a workbook's are under "xl/".)
  return `${fileName} is a ZIP file (an XLSX workbook or a Neware .ndax) cut short: its end is missing, as after an interrupted copy or download; copy or export it again`;
}

/** A whole ZIP whose directory names a workbook's parts ("xl/workbook.xml"): an XLSX, however damaged inside. */
export function zipNamesWorkbook(filePath: string, sizeBytes: number): boolean {
  return zipTail(filePath, sizeBytes).includes('xl/workbook.xml');
}

function zipTail(filePath: string, sizeBytes: number): Buffer {
  const length = Math.min(sizeBytes, ZIP_TAIL_BYTES);
  const tail = Buffer.alloc(length);
  const fd = openSync(filePath, 'r');
  try {
    readSync(fd, tail, 0, length, sizeBytes - length);
  } finally {
    closeSync(fd);
  }
  return tail;
}

/** A workbook the reader stumbled on, as a sentence naming the file (never the parser's stack). */
export function damaged(fileName: string, error: unknown): CellbookError {
  if (error instanceof CellbookError) return error;
  const reason = ((error as Error)?.message ?? String(error)).split('\n')[0]!.slice(0, 200);
  return new CellbookError('validation', `${fileName} is a damaged workbook (XLSX): ${reason}; open it in Excel and save it again, or export it again`);
}

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
  throw new CellbookError('validation', `${path.basename(filePath)}: the workbook has no data sheet (only info, statistics, cycle or step sheets)`);
}

/** Every row of the data sheet as tab-joined text, with its 1-based row number. */
export async function* xlsxRows(filePath: string, fileName = path.basename(filePath)): AsyncGenerator<TextLine> {
  try {
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
  } catch (error) {
    throw damaged(fileName, error);
  }
  throw new CellbookError('validation', `${fileName}: the workbook has no data sheet`);
}
