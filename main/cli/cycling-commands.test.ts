// `cellbook summarize`, `import`, `cycling-tests` and `original` as scripts use them: a seeded
// synthetic export written as an Arbin CSV, its numbers checked against a count made here from
// the points themselves.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticTest } from '../../shared/cycling/synthetic';
import type { CyclerSeries } from '../../shared/cycling/types';
import { writeArbinCsv } from '../services/cycling/arbin-csv-writer';
import { runCellbook, useTempDirs } from '../testing/cli-process';
import { dischargeByCycle } from '../testing/discharge-count';

const tempDir = useTempDirs();


function exportFile(dir: string, name: string, seed: number): { filePath: string; series: CyclerSeries } {
  // 2 % fade per cycle: 80 % is crossed between cycles 11 and 12.
  const series = syntheticTest({ seed, cycles: 14, capacityMAh: 2, currentMA: 1, sampleIntervalS: 120, fadePerCycle: 0.02 });
  const filePath = path.join(dir, name);
  writeArbinCsv(filePath, series, 1_767_258_000);
  return { filePath, series };
}

describe('cellbook summarize', () => {
  it('prints the keys scripts rely on, with capacities that match a count made from the points', () => {
    const { filePath, series } = exportFile(tempDir(), 'cell 7.csv', 707);
    const result = runCellbook(['summarize', filePath, '--json']);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as Record<string, any>;
    expect(Object.keys(summary)).toEqual(expect.arrayContaining(['format', 'rows', 'cycles', 'set_apart', 'standard_capacity_mAh', 'lifespan_cycle', 'lifespan_label', 'grade', 'short_circuit', 'warnings']));
    expect(summary).toMatchObject({ format: 'arbin', rows: series.timeS.length, short_circuit: [] });
    expect(Object.keys(summary.cycles[0])).toEqual(expect.arrayContaining(['cycle', 'complete', 'charge_mAh', 'discharge_mAh', 'coulombic_efficiency', 'charge_mWh', 'discharge_mWh', 'mean_charge_V', 'mean_discharge_V']));

    const expected = dischargeByCycle(series);
    expect(summary.cycles).toHaveLength(expected.size);
    for (const row of summary.cycles as Array<{ cycle: number; discharge_mAh: number }>) expect(Math.abs(row.discharge_mAh / expected.get(row.cycle)! - 1)).toBeLessThan(0.002);
    const standard = expected.get(1)!;
    const lifespan = [...expected].find(([cycle, mAh]) => cycle >= 2 && mAh <= 0.8 * standard)![0];
    expect(summary.lifespan_cycle).toBe(lifespan);
    expect(summary.lifespan_label).toBe(String(lifespan));
    expect(summary.grade).toBe('Δ');
    expect(summary.standard_capacity_mAh).toBeCloseTo(standard, 2);
  });

  it('says in one line why a file is refused, and exits 1', () => {
    const dir = tempDir();
    const result = runCellbook(['summarize', path.join(dir, 'nowhere.csv'), '--json']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^cellbook: .*nowhere\.csv/);
  });
});

describe('cellbook import, cycling-tests and original', () => {
  // The demo notebook (twelve imports) and four more commands, each its own process: slow on a busy machine.
  it('imports onto a build cell, lists the test, refuses the same file again, and writes the original back byte for byte', () => {
    const dir = tempDir();
    const db = path.join(dir, 'demo.cellbook');
    expect(runCellbook(['demo', '--db', db]).code).toBe(0);
    const { filePath, series } = exportFile(dir, 'run 12.csv', 1212);

    const imported = runCellbook(['import', filePath, '--db', db, '--build', 'Example 3', '--cell', '#1', '--name', 'Ex3 rerun', '--json']);
    expect(imported.code).toBe(0);
    const outcome = JSON.parse(imported.stdout) as Record<string, any>;
    expect(outcome).toMatchObject({ name: 'Ex3 rerun', build: 'Example 3', cell: '#1' });

    const again = runCellbook(['import', filePath, '--db', db, '--json']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/run 12\.csv is already imported, as test "Ex3 rerun"/);

    const tests = JSON.parse(runCellbook(['cycling-tests', '--db', db, '--json']).stdout) as Array<Record<string, any>>;
    const listed = tests.find((test) => test.name === 'Ex3 rerun')!;
    const expected = dischargeByCycle(series);
    expect(listed).toMatchObject({ build: 'Example 3', cell: '#1', cycles: expected.size, points: series.timeS.length, grade: 'Δ', synthetic: false });

    const out = path.join(dir, 'originals');
    mkdirSync(out);
    const written = runCellbook(['original', String(listed.id), '--db', db, '--out', out, '--json']);
    expect(written.code).toBe(0);
    const [file] = JSON.parse(written.stdout) as Array<{ file: string; size_bytes: number; sha256: string }>;
    const bytes = readFileSync(filePath);
    expect(readFileSync(file!.file).equals(bytes)).toBe(true);
    expect(file).toMatchObject({ size_bytes: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') });
    expect(runCellbook(['original', String(listed.id), '--db', db, '--out', out]).stderr).toMatch(/exists; choose another folder or add --force\n$/);
    expect(runCellbook(['original', String(listed.id), '--db', db, '--out', out, '--force']).code).toBe(0);
  }, 120_000);
});
