// Every reader failure ends the import job with its sentence, and a cancel ends the job even while a
// read is stuck: real notebook, real files written here, the real job registry.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openTempNotebook, type TempNotebook } from '../../testing/temp-notebook';
import { importCyclingTest } from './import-cycling-test';
import { untilCancelled } from './until-cancelled';

let temp: TempNotebook | null = null;
afterEach(() => {
  temp?.dispose();
  temp = null;
});

async function damagedWorkbook(dir: string): Promise<string> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Channel_1');
  sheet.addRow(['Data_Point', 'Test_Time(s)', 'Step_Index', 'Cycle_Index', 'Current(A)', 'Voltage(V)']);
  for (let i = 0; i < 400; i += 1) sheet.addRow([i + 1, i * 60, 1, 1, 0.001, 3.5 + i / 1000]);
  const whole = path.join(dir, 'whole.xlsx');
  await book.xlsx.writeFile(whole);
  // The sheet's compressed bytes scrambled: the workbook reader alone would wait forever on it.
  const bytes = readFileSync(whole);
  const at = bytes.indexOf('xl/worksheets/sheet1.xml') + 200;
  for (let i = at; i < at + 400; i += 1) bytes[i] = bytes[i]! ^ 0x5a;
  const filePath = path.join(dir, 'run 9.xlsx');
  writeFileSync(filePath, bytes);
  return filePath;
}

describe('the end of an import job', () => {
  it('fails with the sentence naming a damaged workbook, and stores nothing', async () => {
    temp = await openTempNotebook();
    const ctx = temp.ctx;
    const filePath = await damagedWorkbook(temp.dir);
    const job = ctx.jobs.start({ kind: 'cycling-import', label: 'Importing run 9.xlsx', unit: 'MB' }, async (handle) => {
      const outcome = await importCyclingTest(ctx, [{ filePath, fileName: 'run 9.xlsx' }], { signal: handle.signal });
      return { message: outcome.message, recordId: outcome.testId };
    });
    const ended = await ctx.jobs.settled(job.id);
    expect(ended.state).toBe('failed');
    expect(ended.message).toMatch(/^run 9\.xlsx is a damaged workbook \(XLSX\): its part xl\/worksheets\/sheet1\.xml /);
    expect(ctx.notebook.db.prepare('SELECT count(*) AS n FROM cycling_tests').get()).toEqual({ n: 0 });
  });

  it('ends a wait that would never end when cancelled', async () => {
    const controller = new AbortController();
    const never = new Promise<number>(() => undefined);
    const waiting = untilCancelled(never, controller.signal, 'import of run 9.xlsx cancelled; nothing was saved');
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ code: 'cancelled', message: 'import of run 9.xlsx cancelled; nothing was saved' });
  });
});
