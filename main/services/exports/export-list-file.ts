// A list as a file the window saves: its name says what it holds and when (materials-2026-12-01.xlsx).
import { getCyclingTest } from '../cycling/cycling-tests';
import type { ServiceContext } from '../context';
import { listTable, type ExportList } from './list-tables';
import { sheetBytes, type SheetFormat } from './sheet-bytes';
import { safeFileStem } from '../../../shared/exports/file-name';

const MEDIA_TYPES: Record<SheetFormat, string> = { csv: 'text/csv', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };


export async function exportListFile(ctx: ServiceContext, list: ExportList, format: SheetFormat, testId?: number) {
  const table = listTable(ctx, list, testId);
  const bytes = await sheetBytes(table, format);
  const day = ctx.writer.now().toISOString().slice(0, 10);
  const subject = list === 'cycles' ? `cycles-${safeFileStem(getCyclingTest(ctx, testId as number).test.name)}` : list;
  return { fileName: `${subject}-${day}.${format}`, mediaType: MEDIA_TYPES[format], rows: table.rows.length, contentBase64: bytes.toString('base64') };
}
