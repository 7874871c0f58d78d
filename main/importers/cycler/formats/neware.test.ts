// Every Neware fixture in /work/shared/fixtures/cyclers/neware read through the engine, checked
// against the file's own lines (MANIFEST.md gives the row counts).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../testing/cli-process';
import { readFileHead } from '../file-head';
import { readCyclerFile } from '../read-cycler-file';
import { readXlsxHead } from '../xlsx-rows';
import { biologicFormat } from './biologic';
import { genericFormat } from './generic';
import { newareFormat } from './neware';
import { REFUSALS } from './refusals';
import { asStored } from '../stored-precision';

const ROOT = path.resolve(__dirname, '../../../../../shared/fixtures/cyclers');
const DIR = path.join(ROOT, 'neware');
const PRESENT = existsSync(DIR);
if (!PRESENT) console.warn(`Neware fixture tests skipped: ${DIR} is absent`);

const FORMATS = [newareFormat, biologicFormat, genericFormat];
const XLSX = 'batteryabn__GMJuly2022_CELL002_RPT_3_P0C_5P0PSI_20230110_R0_CH041.xlsx';
const tempDir = useTempDirs();

/** Lines of a text fixture (Latin-1 keeps every byte; the numbers are ASCII either way). */
const linesOf = (name: string) => readFileSync(path.join(DIR, name)).toString('latin1').split('\n');
/** One cell of a CSV line, by its header text. */
function cellOf(name: string, lineNumber: number, header: string): string {
  const lines = linesOf(name);
  const index = lines[0]!.split(',').indexOf(header);
  expect(index, `${header} in ${name}`).toBeGreaterThanOrEqual(0);
  return lines[lineNumber - 1]!.split(',')[index]!;
}
const read = (name: string) => readCyclerFile(path.join(DIR, name), FORMATS, REFUSALS);

interface Point { line: number; t: number; i: number; v: number }
// Line numbers are 1-based in the file (for the workbook: rows of its "record" sheet).
const CASES: Array<{ file: string; rows: number; first: Point; last: Point }> = [
  { file: 'cellpy__neware_uio.csv', rows: 9065, first: { line: 2, t: 0, i: 0, v: 2.917 }, last: { line: 9066, t: 144 * 3600 + 2 * 60 + 18, i: 0.00099171, v: 0.4251 } },
  { file: 'fastnda__interp-test.csv', rows: 333, first: { line: 2, t: 0, i: 0, v: 0.0002 }, last: { line: 334, t: 1800, i: 0, v: 0.0002 } },
  { file: XLSX, rows: 2833, first: { line: 2, t: 0, i: 0, v: 3.4489 }, last: { line: 2834, t: 47 * 60 + 9.1, i: 1.0001, v: 4.1184 } },
];

describe.skipIf(!PRESENT)('Neware fixtures', () => {
  it('covers every file in the folder', () => {
    const files = readdirSync(DIR).sort();
    expect(files).toEqual([...CASES.map((c) => c.file), 'fastnda__interp-test.ndax'].sort());
  });

  for (const c of CASES) {
    it(`${c.file}: Neware, ${c.rows} rows, first and last points as in the file`, async () => {
      const result = await read(c.file);
      expect(result.format).toEqual({ id: 'neware', label: 'Neware BTSDA (CSV, XLSX)', detectedBy: 'content' });
      expect(result.rows).toBe(c.rows);
      expect(result.warnings).toEqual([]);
      const { timeS, currentA, voltageV } = result.series;
      const n = result.rows - 1;
      expect([timeS[0], currentA[0], voltageV[0]]).toEqual([c.first.t, asStored(c.first.i), asStored(c.first.v)].map((x) => expect.closeTo(x, 9)));
      expect([timeS[n], currentA[n], voltageV[n]]).toEqual([c.last.t, asStored(c.last.i), asStored(c.last.v)].map((x) => expect.closeTo(x, 9)));
    });
  }

  it('cellpy__neware_uio.csv: literal values are the file\'s, time over 24 h in H:MM:SS, discharge negative', async () => {
    // Cumulative Time (not the step "Time") is the test time (FORMATS.md 3).
    expect(cellOf('cellpy__neware_uio.csv', 9066, 'Cumulative Time')).toBe('144:02:18');
    expect(cellOf('cellpy__neware_uio.csv', 9066, 'Time')).toBe('01:27:00');
    expect(cellOf('cellpy__neware_uio.csv', 9066, 'Current(A)')).toBe('0.00099171');
    expect(cellOf('cellpy__neware_uio.csv', 9066, 'Voltage(V)')).toBe('0.4251');
    expect(cellOf('cellpy__neware_uio.csv', 723, 'Step Type')).toBe('CC DChg');
    expect(cellOf('cellpy__neware_uio.csv', 723, 'Current(A)')).toBe('-0.00024859');

    const { series, startEpochS } = await read('cellpy__neware_uio.csv');
    expect(series.timeS[9064]).toBe(518538);
    for (let k = 1; k < series.timeS.length; k += 1) expect(series.timeS[k]!).toBeGreaterThanOrEqual(series.timeS[k - 1]!);
    // Line 723 is row index 721: the first discharge point keeps its minus sign.
    expect(series.currentA[721]).toBe(asStored(-0.00024859));
    expect(series.stateCode?.[721]).toBe(-1);
    // Step Type counts in the file: 3409 CC Chg, 4667 CC DChg, 989 Rest.
    const counts = { 1: 0, [-1]: 0, 0: 0 } as Record<number, number>;
    for (const code of series.stateCode!) counts[code] = (counts[code] ?? 0) + 1;
    expect(counts).toEqual({ 1: 3409, [-1]: 4667, 0: 989 });
    expect([series.vendorCycle?.[0], series.vendorCycle?.[9064], series.stepIndex?.[9064]]).toEqual([1, 4, 13]);
    // Chg. Cap.(Ah) on the last line.
    expect(series.chargeCapacityAh?.[9064]).toBe(0.00143796);
    expect(series.dischargeCapacityAh?.[9064]).toBe(0);
    expect(startEpochS).toBe(Date.UTC(2022, 4, 18, 16, 27, 52) / 1000);
  });

  it('fastnda__interp-test.csv: Latin-1 µA, mV and mAs headers are scaled', async () => {
    expect(linesOf('fastnda__interp-test.csv')[0]).toContain('Current(\u00b5A),Voltage(mV),Capacity(mAs)');
    const head = await readFileHead(path.join(DIR, 'fastnda__interp-test.csv'));
    const plan = newareFormat.plan(head);
    const scale = (field: string) => plan.bindings.find((binding) => binding.field === field)?.scale;
    expect(scale('current_A')).toBe(1e-6);
    expect(scale('voltage_V')).toBe(1e-3);
    expect(scale('charge_capacity_Ah')).toBeCloseTo(1e-3 / 3600, 15);
    expect(scale('discharge_capacity_Ah')).toBeCloseTo(1e-3 / 3600, 15);

    const result = await read('fastnda__interp-test.csv');
    // Every line of this file is a 30 min rest at 0.2 mV (MANIFEST): volts, not millivolts.
    expect(cellOf('fastnda__interp-test.csv', 334, 'Voltage(mV)')).toBe('0.2');
    expect(result.series.voltageV.every((v) => v === asStored(0.0002))).toBe(true);
    expect(result.notes).toContain('"Current(\u00b5A)" is in \u00b5A: converted');
    expect(result.notes).toContain('fastnda__interp-test.csv is not UTF-8: read as Latin-1 (Windows-1252), as EC-Lab and older exports write');
    expect(result.startEpochS).toBeCloseTo(Date.UTC(2025, 5, 17, 9, 26, 39, 383) / 1000, 6);
  });

  it('fastnda__interp-test.csv header with a non-zero row: 1500 µA -> 1.5 mA, 3600 mAs -> 1 mAh', async () => {
    // The fixture only rests at 0 µA, so the real header (Latin-1 bytes kept) is given one row that moves.
    const [header, firstRow] = linesOf('fastnda__interp-test.csv');
    const cells = firstRow!.split(',');
    const names = header!.split(',');
    cells[names.indexOf('Current(\u00b5A)')] = '1500';
    cells[names.indexOf('Voltage(mV)')] = '3712.5';
    cells[names.indexOf('Chg. Cap.(mAs)')] = '3600';
    const filePath = path.join(tempDir(), 'neware-ua.csv');
    writeFileSync(filePath, Buffer.from(`${header}\n${cells.join(',')}\n`, 'latin1'));
    const result = await readCyclerFile(filePath, FORMATS, REFUSALS);
    expect(result.series.currentA[0]).toBe(asStored(0.0015));
    expect(result.series.voltageV[0]).toBe(asStored(3.7125));
    expect(result.series.chargeCapacityAh?.[0]).toBeCloseTo(0.001, 15);
  });

  it(`${XLSX}: the engine reads the "record" sheet, with step types and Chg. Cap.`, async () => {
    // Sheets: unit, test, cycle, step, record, log, idle, curve (MANIFEST); the data is in "record".
    const head = await readXlsxHead(path.join(DIR, XLSX), 2);
    expect(head.sheet).toBe('record');
    expect(head.lines[0]!.split('\t').slice(0, 9)).toEqual(['DataPoint', 'Cycle Index', 'Step Index', 'Step Type', 'Time', 'Total Time', 'Current(A)', 'Voltage(V)', 'Capacity(Ah)']);

    const { series, startEpochS } = await read(XLSX);
    // Row 2: step 1 "Control" (rest-like); row 2834: step 2 "CCCV Chg" at 1.0001 A, Chg. Cap. 0.7859 Ah, T1 27 ℃.
    expect([series.stateCode?.[0], series.stateCode?.[2832]]).toEqual([0, 1]);
    expect([series.stepIndex?.[0], series.stepIndex?.[2832], series.vendorCycle?.[2832]]).toEqual([1, 2, 1]);
    expect(series.chargeCapacityAh?.[2832]).toBe(0.7859);
    expect(series.dischargeCapacityAh?.[2832]).toBe(0);
    expect(series.temperatureC?.[2832]).toBe(27);
    expect(startEpochS).toBe(Date.UTC(2023, 0, 10, 14, 33, 33) / 1000);
  });

  it('fastnda__interp-test.ndax is refused with its sentence', async () => {
    await expect(read('fastnda__interp-test.ndax')).rejects.toThrow(
      'fastnda__interp-test.ndax: a Neware .ndax (or another ZIP that is not a workbook); export the data as .xlsx or .csv from BTSDA and import that',
    );
  });

  it('does not claim Arbin, Maccor, Novonix or BioLogic files', async () => {
    for (const vendor of ['arbin', 'maccor', 'novonix', 'biologic']) {
      const folder = path.join(ROOT, vendor);
      if (!existsSync(folder)) continue;
      for (const name of readdirSync(folder)) {
        const head = await readFileHead(path.join(folder, name));
        expect(newareFormat.detect(head), `${vendor}/${name}`).toBeLessThan(0.3);
      }
    }
  });
});

describe('Neware layered export (three header lines)', () => {
  // No fixture has this layout (FORMATS.md 3: "a file not in this folder"); this file is modelled on
  // the layout BEEP's beep/structure/neware.py parses: cycle lines, ",step" lines, ",,record" lines.
  it('reads the record lines, skips the summary lines with a warning, and carries step time on', async () => {
    const text = [
      'Cycle ID,Cap_Chg(mAh),Cap_DChg(mAh)',
      ',Step ID,Step Name,"DCIR(O)"',
      ',,Record ID,Realtime,Time(h:min:s.ms),Voltage(V),Current(mA),Capacitance_Chg(mAh),Capacitance_DChg(mAh)',
      '1,2.7778,1.3889',
      ',"1","CC_Chg","0.1"',
      ',,1,\t2019-01-01 00:00:00,0:00:00.0,3.50,1000,0,0',
      ',,2,\t2019-01-01 00:00:10,0:00:10.0,3.60,1000,2.7778,0',
      ',"2","CC_DChg","0.1"',
      ',,3,\t2019-01-01 00:00:20,0:00:00.0,3.55,-500,0,0',
      ',,4,\t2019-01-01 00:00:30,0:00:10.0,3.40,-500,0,1.3889',
    ].join('\n');
    const filePath = path.join(tempDir(), 'layered.csv');
    writeFileSync(filePath, text);
    const result = await readCyclerFile(filePath, FORMATS, REFUSALS);
    expect(result.format.id).toBe('neware');
    expect(result.rows).toBe(4);
    expect([...result.series.currentA]).toEqual([1, 1, -0.5, -0.5].map(asStored));
    expect([...result.series.timeS]).toEqual([0, 10, 10, 20]);
    expect(result.series.dischargeCapacityAh?.[3]).toBeCloseTo(0.0013889, 12);
    expect(result.startEpochS).toBe(Date.UTC(2019, 0, 1) / 1000);
    expect(result.warnings).toEqual([
      '3 row(s) without a number in the time, current or voltage column were skipped (first at line 4)',
      'time went backwards 1 time(s), first at line 9 (a reset per step or part): it was carried on so that the test time keeps increasing',
    ]);
  });
});
