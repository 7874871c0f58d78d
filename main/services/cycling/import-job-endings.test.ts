// Every reader failure ends the import job with its sentence, and a cancel ends the job even while a
// read is stuck: real notebook, real files written here, the real job registry.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { syntheticTest } from '../../../shared/cycling/synthetic';
import { openTempNotebook, type TempNotebook } from '../../testing/temp-notebook';
import { writeArbinCsv } from './arbin-csv-writer';
import { getCyclingTest } from './cycling-tests';
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

  it('imports a UTF-16 export with an impossible current: read as text, the value taken as missing and its line in the report', async () => {
    temp = await openTempNotebook();
    const utf8 = path.join(temp.dir, 'cell.csv');
    writeArbinCsv(utf8, syntheticTest({ seed: 8, cycles: 3, capacityMAh: 2, currentMA: 1, sampleIntervalS: 300 }), 1_767_258_000);
    const lines = readFileSync(utf8, 'utf8').split('\r\n');
    const currentIndex = lines[0]!.split(',').findIndex((name) => name.startsWith('Current'));
    const cells = lines[6]!.split(',');
    cells[currentIndex] = '-1.79e308';
    lines[6] = cells.join(',');
    const filePath = path.join(temp.dir, 'cell 16.csv');
    writeFileSync(filePath, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lines.join('\r\n'), 'utf16le')]));
    const outcome = await importCyclingTest(temp.ctx, [{ filePath, fileName: 'cell 16.csv' }]);
    const detail = getCyclingTest(temp.ctx, outcome.testId);
    expect(detail.report.notes).toContain('cell 16.csv is UTF-16 text (little-endian, with a byte order mark): read as such');
    expect(detail.report.warnings).toContain('cell 16.csv: line 7: a current of -1.79e+308 A is beyond what any cell tester produces: taken as missing');
    // 1 mA over a 2 mAh cell: every stored capacity stays a few mAh.
    expect(detail.cycles.every((row) => row.dischargeMAh < 3 && row.chargeMAh < 3)).toBe(true);
    expect(detail.test.standardCapacityMAh).toBeGreaterThan(1);
  });
});
