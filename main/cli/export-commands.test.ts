// `cellbook export` and `cellbook export-bdf` as scripts use them: lists as CSV and XLSX with units
// in the headers and formula-like text kept as text; a test's points as BDF that Cellbook's own
// BDF reader reads back to the same cycles and capacities, checked against a count made here.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticTest } from '../../shared/cycling/synthetic';
import type { CyclerSeries } from '../../shared/cycling/types';
import { writeArbinCsv } from '../services/cycling/arbin-csv-writer';
import { runCellbook, useTempDirs } from '../testing/cli-process';
import { dischargeByCycle } from '../testing/discharge-count';

const tempDir = useTempDirs();


/** A CSV's rows as cells (the files written here quote nothing but text with commas). */
function csvRows(text: string): string[][] {
  return text.replace(/^\uFEFF/, '').trimEnd().split('\r\n').map((line) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.slice(0, -1).map((cell) => cell.replace(/,$/, '').replace(/^"(.*)"$/, '$1').replace(/""/g, '"')));
}

function importedTest(dir: string): { db: string; series: CyclerSeries; testId: number } {
  const db = path.join(dir, 'lab.cellbook');
  const series = syntheticTest({ seed: 31, cycles: 6, capacityMAh: 2, currentMA: 1, sampleIntervalS: 120, fadePerCycle: 0.03 });
  const file = path.join(dir, 'cell 3.csv');
  writeArbinCsv(file, series, 1_767_258_000);
  const imported = runCellbook(['import', file, '--db', db, '--json']);
  expect(imported.code, imported.stderr).toBe(0);
  const tests = JSON.parse(runCellbook(['cycling-tests', '--db', db, '--json']).stdout) as Array<{ id: number }>;
  return { db, series, testId: tests[0]!.id };
}

describe('cellbook export-bdf', { timeout: 120_000 }, () => {
  it('writes BDF that reads back with the same cycles and capacities, and the metadata beside it', () => {
    const dir = tempDir();
    const { db, series, testId } = importedTest(dir);
    const out = path.join(dir, 'cell 3.bdf.csv');
    const result = runCellbook(['export-bdf', String(testId), '--db', db, '--out', out, '--json']);
    expect(result.code, result.stderr).toBe(0);
    const header = readFileSync(out, 'utf8').split('\n')[0]!.split(',');
    expect(header.slice(0, 3)).toEqual(['Test Time / s', 'Voltage / V', 'Current / A']);
    expect(header).toEqual(expect.arrayContaining(['Unix Time / s', 'Cycle Count / 1', 'Step Count / 1']));
    const metadata = JSON.parse(readFileSync(path.join(dir, 'cell 3.metadata.json'), 'utf8')) as { test: { points: number }; original_files: Array<{ name: string }> };
    expect(metadata.test.points).toBe(series.timeS.length);
    expect(metadata.original_files[0]!.name).toBe('cell 3.csv');

    const summary = JSON.parse(runCellbook(['summarize', out, '--json']).stdout) as { format: string; rows: number; cycles: Array<{ cycle: number; discharge_mAh: number }> };
    expect(summary.format).toBe('bdf');
    expect(summary.rows).toBe(series.timeS.length);
    const expected = dischargeByCycle(series);
    expect(summary.cycles.map((c) => c.cycle)).toEqual([...expected.keys()]);
    for (const cycle of summary.cycles) expect(Math.abs(cycle.discharge_mAh / expected.get(cycle.cycle)! - 1)).toBeLessThan(0.002);
  });

  it('refuses an unknown test and an unwritable place in one sentence, leaving no file', () => {
    const dir = tempDir();
    const { db, testId } = importedTest(dir);
    const unknown = runCellbook(['export-bdf', '999', '--db', db, '--out', path.join(dir, 'x.bdf.csv')]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^cellbook: cycling test 999 does not exist\n$/);
    const nowhere = runCellbook(['export-bdf', String(testId), '--db', db, '--out', path.join(dir, 'missing', 'x.bdf.csv')]);
    expect(nowhere.code).toBe(1);
    expect(nowhere.stderr).toMatch(/^cellbook: Could not write .*x\.bdf\.csv: the folder .*missing does not exist\.\n$/);
    expect(readdirSync(dir).filter((name) => name.includes('partial') || name.startsWith('x.'))).toEqual([]);
  });
});

describe('cellbook export', { timeout: 120_000 }, () => {
  it("writes a test's cycle table as CSV with units in the headers and the numbers the importer found", () => {
    const dir = tempDir();
    const { db, series, testId } = importedTest(dir);
    const out = path.join(dir, 'cycles.csv');
    const result = runCellbook(['export', '--db', db, '--csv', out, '--list', 'cycles', '--test', String(testId)]);
    expect(result.code, result.stderr).toBe(0);
    const [header, ...rows] = csvRows(readFileSync(out, 'utf8'));
    expect(header).toEqual(expect.arrayContaining(['Cycle', 'Charge (mAh)', 'Discharge (mAh)', 'Coulombic efficiency (%)', 'Retention (%)']));
    const discharge = header!.indexOf('Discharge (mAh)');
    const expected = dischargeByCycle(series);
    expect(rows).toHaveLength(expected.size);
    for (const row of rows) expect(Math.abs(Number(row[discharge]) / expected.get(Number(row[0]))! - 1)).toBeLessThan(0.002);
  });

  it('keeps formula-like names as text in CSV and XLSX, and numbers as numbers', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'lab.cellbook');
    writeFileSync(path.join(dir, 'stock.csv'), 'name,kind,formula,lot,quantity,unit\n"=HYPERLINK(""http://x"")",lithium_salt,LiN(SO2CF3)2,SA-1,25,g\n@SUM,other,,B-1,3,g\n');
    expect(runCellbook(['import-inventory', path.join(dir, 'stock.csv'), '--db', db]).code).toBe(0);

    const csv = path.join(dir, 'lots.csv');
    expect(runCellbook(['export', '--db', db, '--csv', csv, '--list', 'lots']).code).toBe(0);
    const [header, ...rows] = csvRows(readFileSync(csv, 'utf8'));
    expect(header).toContain('Quantity');
    const names = rows.map((row) => row[0]).sort();
    expect(names).toEqual(["'=HYPERLINK(\"http://x\")", "'@SUM"]);

    const xlsx = path.join(dir, 'materials.xlsx');
    expect(runCellbook(['export', '--db', db, '--xlsx', xlsx, '--list', 'materials']).code).toBe(0);
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(4).value).toBe('Molar mass (g/mol)');
    const byName = new Map<string, unknown>();
    sheet.eachRow((row, index) => {
      if (index > 1) byName.set(String(row.getCell(1).value), row.getCell(4).value);
    });
    expect([...byName.keys()].sort()).toEqual(["'=HYPERLINK(\"http://x\")", "'@SUM"]);
    expect(typeof byName.get("'=HYPERLINK(\"http://x\")")).toBe('number');
    expect(byName.get("'=HYPERLINK(\"http://x\")")).toBeCloseTo(287.08, 1);
  });

  it('refuses a missing list, a missing test and two formats at once', () => {
    const dir = tempDir();
    const db = path.join(dir, 'lab.cellbook');
    expect(runCellbook(['export', '--db', db, '--csv', path.join(dir, 'a.csv'), '--list', 'nonsense']).stderr).toMatch(/--list: give one of materials, lots/);
    expect(runCellbook(['export', '--db', db, '--csv', path.join(dir, 'a.csv'), '--list', 'cycles']).stderr).toMatch(/--test: "" is not a test id/);
    expect(runCellbook(['export', '--db', db, '--csv', 'a.csv', '--xlsx', 'b.xlsx', '--list', 'lots']).stderr).toMatch(/give one of --csv FILE or --xlsx FILE/);
    expect(existsSync(path.join(dir, 'a.csv'))).toBe(false);
  });
});

describe('cellbook backups and restore', { timeout: 120_000 }, () => {
  it('lists backups with the keys scripts rely on, and restores one that check then accepts', () => {
    const dir = tempDir();
    const db = path.join(dir, 'lab.cellbook');
    writeFileSync(path.join(dir, 'stock.csv'), 'name,kind,formula,lot,quantity,unit\nLiTFSI,lithium_salt,LiN(SO2CF3)2,SA-1,25,g\n');
    expect(runCellbook(['import-inventory', path.join(dir, 'stock.csv'), '--db', db]).code).toBe(0);
    expect(runCellbook(['backup', '--db', db]).code).toBe(0);
    const listed = JSON.parse(runCellbook(['backups', '--db', db, '--json']).stdout) as Array<Record<string, unknown>>;
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ verified: true, schema_version: expect.any(Number), records: expect.any(Number), size_bytes: expect.any(Number), created_at: expect.any(String) });
    expect(path.isAbsolute(listed[0]!.path as string)).toBe(true);

    writeFileSync(path.join(dir, 'more.csv'), 'name,kind,formula,lot,quantity,unit\nTEOS,oxide_precursor,Si(OC2H5)4,T-1,500,mL\n');
    expect(runCellbook(['import-inventory', path.join(dir, 'more.csv'), '--db', db]).code).toBe(0);
    const restored = runCellbook(['restore', listed[0]!.path as string, '--db', db, '--json']);
    expect(restored.code, restored.stderr).toBe(0);
    const materials = JSON.parse(runCellbook(['materials', '--db', db, '--json']).stdout) as Array<{ name: string }>;
    expect(materials.map((m) => m.name)).toEqual(['LiTFSI']);
    const check = runCellbook(['check', '--db', db, '--json']);
    expect(check.code, check.stdout).toBe(0);
    expect(JSON.parse(runCellbook(['backups', '--db', db, '--json']).stdout)).toHaveLength(2);
  });
});
