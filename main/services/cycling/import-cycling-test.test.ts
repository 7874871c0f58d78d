// importCyclingTest against a real notebook (the demo's builds and cells) and real Arbin CSV files
// written from seeded synthetic tests. Every expected number is computed here from the file's own
// text or the build's derived numbers, never copied from an import's output.
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CellbookError } from '../../../shared/api-error';
import { syntheticTest, type SyntheticTestOptions } from '../../../shared/cycling/synthetic';
import type { TempNotebook } from '../../testing/temp-notebook';
import { getBuildDetail, listBuilds, setBuildArchived } from '../builds/builds';
import { writeArbinCsv } from './arbin-csv-writer';
import { getCyclingTest, setCyclingTestArchived } from './cycling-tests';
import { importCyclingTest } from './import-cycling-test';
import { openDemoNotebook } from '../../testing/demo-notebook';

const START_EPOCH_S = 1_767_258_000; // 2026-01-01 09:00 UTC
const BASE = { capacityMAh: 3, currentMA: 0.6, sampleIntervalS: 300 };

let temp: TempNotebook;
beforeAll(async () => {
  temp = await openDemoNotebook({ withCycling: false });
});
afterAll(() => temp?.dispose());

function writeSynthetic(name: string, options: Omit<SyntheticTestOptions, 'capacityMAh' | 'currentMA'>): string {
  const filePath = path.join(temp.dir, name);
  writeArbinCsv(filePath, syntheticTest({ ...BASE, ...options }), START_EPOCH_S);
  return filePath;
}

interface CountedCycle {
  chargeMAh: number;
  dischargeMAh: number;
  /** The file's own Discharge_Capacity (Ah) on the cycle's last row. */
  vendorDischargeAh: number;
}

/** Coulomb counting straight from the CSV text: trapezoids of |I| dt inside each cycle, by sign. */
function countFile(filePath: string): { rows: number; cycles: Map<number, CountedCycle> } {
  const lines = readFileSync(filePath, 'utf8').split(/\r?\n/).filter((line) => line !== '');
  const header = lines[0]!.split(',');
  const [time, cycleCol, current, discharge] = ['Test_Time', 'Cycle_Index', 'Current', 'Discharge_Capacity'].map((name) => header.indexOf(name)) as [number, number, number, number];
  const cycles = new Map<number, CountedCycle>();
  let previous: { t: number; cycle: number; i: number } | null = null;
  for (const line of lines.slice(1)) {
    const cells = line.split(',').map(Number);
    const point = { t: cells[time]!, cycle: cells[cycleCol]!, i: cells[current]! };
    const entry = cycles.get(point.cycle) ?? { chargeMAh: 0, dischargeMAh: 0, vendorDischargeAh: 0 };
    cycles.set(point.cycle, entry);
    entry.vendorDischargeAh = cells[discharge]!;
    if (previous && previous.cycle === point.cycle) {
      const mAh = (((previous.i + point.i) / 2) * (point.t - previous.t)) / 3.6;
      if (previous.i > 0 && point.i > 0) entry.chargeMAh += mAh;
      if (previous.i < 0 && point.i < 0) entry.dischargeMAh -= mAh;
    }
    previous = point;
  }
  return { rows: lines.length - 1, cycles };
}

/** DOMAIN.md section 5: first cycle from 2 on at or below `retention` of cycle 1's discharge. */
function lifespanOf(dischargeMAh: number[], retention = 0.8): number | null {
  const index = dischargeMAh.findIndex((value, i) => i >= 1 && value <= retention * dischargeMAh[0]!);
  return index < 0 ? null : index + 1;
}

function gradeOf(lifespan: number | null, lastCycle: number): 'x' | 'Δ' | '○' | null {
  if (lifespan === null) return lastCycle >= 100 ? '○' : null;
  if (lifespan >= 2 && lifespan <= 5) return 'x';
  if (lifespan >= 6 && lifespan <= 50) return 'Δ';
  return lifespan >= 100 ? '○' : null;
}

const buildNamed = (name: string) => listBuilds(temp.ctx, { status: 'all' }).find((build) => build.name === name)!;
const cellOf = (buildName: string, label = '#1') => getBuildDetail(temp.ctx, buildNamed(buildName).id).cells.find((cell) => cell.label === label)!;
const count = (table: string) => (temp.ctx.notebook.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const relative = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

describe('importing a synthetic Arbin CSV into a cell of a demo build', () => {
  it('stores every row and cycle, with capacities that match coulomb counting and mAh/g, mAh/cm² of the build', async () => {
    const filePath = writeSynthetic('example1-cell1.csv', { seed: 11, cycles: 120 });
    const counted = countFile(filePath);
    const cell = cellOf('Example 1');
    const events = temp.events.length;
    const outcome = await importCyclingTest(temp.ctx, [{ filePath, fileName: 'example1-cell1.csv' }], { cellId: cell.id });

    const row = temp.ctx.notebook.db.prepare('SELECT * FROM cycling_tests WHERE id = ?').get(outcome.testId) as Record<string, unknown>;
    expect(row).toMatchObject({ cell_id: cell.id, point_count: counted.rows, cycle_count: counted.cycles.size, format_id: 'arbin', cycle_source: 'file', synthetic: 0 });
    expect(row.started_at).toBe(new Date(START_EPOCH_S * 1000).toISOString());
    expect(outcome).toMatchObject({ rows: counted.rows, cycles: 120, name: 'Example 1 #1' });
    const summaryCycles = temp.ctx.notebook.db.prepare('SELECT cycle FROM cycle_summaries WHERE test_id = ? ORDER BY cycle').all(outcome.testId) as Array<{ cycle: number }>;
    expect(summaryCycles.map((entry) => entry.cycle)).toEqual([...counted.cycles.keys()]);
    const storedPoints = temp.ctx.notebook.db.prepare('SELECT sum(point_count) AS n FROM cycle_points WHERE test_id = ?').get(outcome.testId) as { n: number };
    expect(storedPoints.n).toBe(counted.rows);

    // The build's cathode: every face's active mass and area, from its derived numbers.
    const derived = getBuildDetail(temp.ctx, cell.buildId).derived;
    const areaCm2 = derived.s1CathodeAreaCm2! * derived.cathodeFaces;
    const activeMassG = (derived.cathodeActiveLoadingMgCm2! * areaCm2) / 1000;
    // DOMAIN.md section 6 demo geometry: 225 mg at 85.5 % NCM on 9 cm², both faces of a FIG. 2 cell.
    expect(activeMassG).toBeCloseTo((2 * 225 * 0.855) / 1000, 9);
    expect(areaCm2).toBeCloseTo(18, 9);

    const detail = getCyclingTest(temp.ctx, outcome.testId);
    expect(detail.cycles).toHaveLength(120);
    for (const cycle of detail.cycles) {
      const expected = counted.cycles.get(cycle.cycle)!;
      expect(relative(cycle.chargeMAh, expected.chargeMAh), `cycle ${cycle.cycle} charge`).toBeLessThan(1e-3);
      expect(relative(cycle.dischargeMAh, expected.dischargeMAh), `cycle ${cycle.cycle} discharge`).toBeLessThan(1e-3);
      expect(relative(cycle.vendorDischargeMAh!, expected.vendorDischargeAh * 1000)).toBeLessThan(1e-6);
      expect(cycle.dischargeMAhG).toBeCloseTo(cycle.dischargeMAh / activeMassG, 9);
      expect(cycle.dischargeMAhCm2).toBeCloseTo(cycle.dischargeMAh / areaCm2, 12);
    }
    // Slow fade over 120 cycles: still above 80 %, and 120 >= 100 gives ○ (DOMAIN.md section 5).
    const discharges = [...counted.cycles.values()].map((entry) => entry.dischargeMAh);
    expect(lifespanOf(discharges)).toBeNull();
    expect(detail.lifespan).toMatchObject({ lifespanCycle: null, label: '> 120 (still above 80%)', grade: '○' });
    expect(relative(detail.lifespan.standardCapacityMAh!, discharges[0]!)).toBeLessThan(1e-3);
    expect(detail.shortCircuits).toEqual([]);
    expect(detail.test).toMatchObject({ cellId: cell.id, cellLabel: '#1', buildName: 'Example 1', grade: '○', shortCircuitCycle: null });

    const history = temp.ctx.notebook.db.prepare("SELECT action, after_json FROM history WHERE table_name = 'cycling_tests' AND record_id = ?").all(String(outcome.testId)) as Array<{ action: string; after_json: string }>;
    expect(history.map((entry) => entry.action)).toEqual(['insert']);
    expect(JSON.parse(history[0]!.after_json)).toMatchObject({ name: 'Example 1 #1', cell_id: cell.id, point_count: counted.rows });
    expect(temp.events.slice(events)).toContainEqual({ type: 'changed', tables: ['cycling_tests', 'cells'] });
  });

  it('grades a fade that reaches 80 % in cycle 30 Δ', async () => {
    const filePath = writeSynthetic('example2.csv', { seed: 12, cycles: 36, retentionAt: (cycle) => (cycle < 30 ? 1 - 0.004 * (cycle - 1) : 0.7) });
    const discharges = [...countFile(filePath).cycles.values()].map((entry) => entry.dischargeMAh);
    const expected = lifespanOf(discharges);
    expect(expected).toBe(30); // the fixture does what it was made for
    const outcome = await importCyclingTest(temp.ctx, [{ filePath, fileName: 'example2.csv' }], { cellId: cellOf('Example 2').id, synthetic: true });
    const detail = getCyclingTest(temp.ctx, outcome.testId);
    expect(detail.lifespan).toMatchObject({ lifespanCycle: expected, label: String(expected), grade: gradeOf(expected, 36) });
    expect(detail.lifespan.grade).toBe('Δ');
    expect(detail.cycles.find((cycle) => cycle.cycle === 30)!.retentionPct).toBeCloseTo((discharges[29]! / discharges[0]!) * 100, 1);
    // Synthetic data say so in the name, the flag and the notes.
    expect(detail.test).toMatchObject({ name: 'Example 2 #1 (synthetic)', synthetic: true });
    expect(detail.notes).toContain('Synthetic data');
  });

  it('leaves a lifespan of 51–99 ungraded, saying why', async () => {
    const filePath = writeSynthetic('example5.csv', { seed: 13, cycles: 72, sampleIntervalS: 600, retentionAt: (cycle) => (cycle < 70 ? 1 : 0.6) });
    const expected = lifespanOf([...countFile(filePath).cycles.values()].map((entry) => entry.dischargeMAh));
    expect(expected).toBe(70);
    const outcome = await importCyclingTest(temp.ctx, [{ filePath, fileName: 'example5.csv' }], { cellId: cellOf('Example 5').id });
    expect(getCyclingTest(temp.ctx, outcome.testId).lifespan).toMatchObject({ lifespanCycle: 70, label: '70 (51–99: not graded by Table 1)', grade: null });
  });

  it('flags a soft short in cycle 1 and grades it x, into a new cell of the build', async () => {
    const filePath = writeSynthetic('comparative3.csv', { seed: 14, cycles: 4, shortAtCycle: 1, shortKind: 'soft' });
    const discharges = [...countFile(filePath).cycles.values()].map((entry) => entry.dischargeMAh);
    const build = buildNamed('Comparative 3');
    const cellsBefore = count('cells');
    const outcome = await importCyclingTest(temp.ctx, [{ filePath, fileName: 'comparative3.csv' }], { newCellOfBuildId: build.id });
    expect(count('cells')).toBe(cellsBefore + 1);
    const detail = getCyclingTest(temp.ctx, outcome.testId);
    expect(detail.test).toMatchObject({ buildName: 'Comparative 3', cellLabel: '#2', name: 'Comparative 3 #2', shortCircuitCycle: 1 });
    const expected = lifespanOf(discharges);
    expect(detail.lifespan).toMatchObject({ lifespanCycle: expected, grade: gradeOf(expected, 4) });
    expect(detail.lifespan.grade).toBe('x');
    expect(detail.shortCircuits.length).toBeGreaterThan(0);
    expect(detail.shortCircuits[0]!.cycle).toBe(1);
    expect(detail.cycles[0]!.chargeStop).toBe('time');
    expect(outcome.message).toContain('short circuit flagged in cycle 1');
  });

  it('refuses an archived build, a cell or build that does not exist and no files, writing nothing', async () => {
    const filePath = writeSynthetic('nowhere.csv', { seed: 15, cycles: 2 });
    const tests = count('cycling_tests');
    const cells = count('cells');
    await expect(importCyclingTest(temp.ctx, [{ filePath, fileName: 'nowhere.csv' }], { cellId: 9999 })).rejects.toMatchObject({ code: 'not_found', message: 'cell 9999 does not exist' });
    await expect(importCyclingTest(temp.ctx, [{ filePath, fileName: 'nowhere.csv' }], { newCellOfBuildId: 9999 })).rejects.toMatchObject({ code: 'not_found' });
    await expect(importCyclingTest(temp.ctx, [])).rejects.toMatchObject({ code: 'validation' });
    const build = buildNamed('Comparative 4');
    setBuildArchived(temp.ctx, build.id, true);
    try {
      await expect(importCyclingTest(temp.ctx, [{ filePath, fileName: 'nowhere.csv' }], { newCellOfBuildId: build.id })).rejects.toMatchObject({ code: 'refused', message: 'build "Comparative 4" is archived' });
    } finally {
      setBuildArchived(temp.ctx, build.id, false);
    }
    expect([count('cycling_tests'), count('cells')]).toEqual([tests, cells]);
  });

  // Archiving a build does not archive its cells; their new data is refused all the same.
  it('refuses an existing cell of an archived build, naming the build', async () => {
    const filePath = writeSynthetic('archived-build.csv', { seed: 16, cycles: 2 });
    const build = buildNamed('Comparative 4');
    const cellId = cellOf('Comparative 4').id;
    setBuildArchived(temp.ctx, build.id, true);
    try {
      await expect(importCyclingTest(temp.ctx, [{ filePath, fileName: 'archived-build.csv' }], { cellId })).rejects.toMatchObject({ code: 'refused', message: expect.stringContaining('build "Comparative 4" is archived') });
    } finally {
      setBuildArchived(temp.ctx, build.id, false);
    }
  });
});

describe('importing a file that is already in the notebook', () => {
  it('refuses the same bytes (under any name) naming the test that holds them; allowDuplicate imports anyway', async () => {
    const filePath = writeSynthetic('dup.csv', { seed: 21, cycles: 3 });
    const copy = path.join(temp.dir, 'renamed copy.csv');
    copyFileSync(filePath, copy);
    const first = await importCyclingTest(temp.ctx, [{ filePath, fileName: 'dup.csv' }], { name: 'First import' });
    const tests = count('cycling_tests');
    const files = count('cycling_files');

    for (const [again, name] of [[filePath, 'dup.csv'], [copy, 'renamed copy.csv']] as const) {
      const error = await importCyclingTest(temp.ctx, [{ filePath: again, fileName: name }]).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(CellbookError);
      expect((error as CellbookError).code).toBe('conflict');
      expect((error as CellbookError).message).toContain(`${name} is already imported, as test "First import"`);
    }
    expect([count('cycling_tests'), count('cycling_files')]).toEqual([tests, files]);

    const second = await importCyclingTest(temp.ctx, [{ filePath: copy, fileName: 'renamed copy.csv' }], { allowDuplicate: true });
    expect(second.testId).not.toBe(first.testId);
    expect(getCyclingTest(temp.ctx, second.testId).files[0]!.sha256).toBe(getCyclingTest(temp.ctx, first.testId).files[0]!.sha256);

    // Archived tests no longer hold their files: the file can come in again.
    setCyclingTestArchived(temp.ctx, first.testId, true);
    setCyclingTestArchived(temp.ctx, second.testId, true);
    await expect(importCyclingTest(temp.ctx, [{ filePath, fileName: 'dup.csv' }])).resolves.toMatchObject({ cycles: 3 });
  });

  // Otherwise it would be stitched onto itself: twice the points, twice the cycles.
  it('refuses one file given twice in the same import, even with allowDuplicate', async () => {
    const filePath = writeSynthetic('twice.csv', { seed: 22, cycles: 2 });
    const tests = count('cycling_tests');
    const copy = path.join(temp.dir, 'twice copy.csv');
    copyFileSync(filePath, copy);
    await expect(importCyclingTest(temp.ctx, [{ filePath, fileName: 'twice.csv' }, { filePath: copy, fileName: 'twice copy.csv' }], { allowDuplicate: true })).rejects.toMatchObject({
      code: 'conflict',
      message: 'twice copy.csv is given twice in this import (the same bytes as twice.csv)',
    });
    expect(count('cycling_tests')).toBe(tests);
  });
});
