// Cycling tests after the import: attaching a dataset to a cell (and the mAh/g that follow from its
// build), the list's filters, archive and restore, the lifespan settings, and the points for plots.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticTest } from '../../../shared/cycling/synthetic';
import { cyclePointsQuerySchema, cyclingTestListQuerySchema } from '../../../shared/schemas/cycling';
import type { TempNotebook } from '../../testing/temp-notebook';
import { getBuildDetail, listBuilds } from '../builds/builds';
import { writeArbinCsv } from './arbin-csv-writer';
import { getCyclePoints } from './cycle-points-query';
import { getCyclingSettings, updateCyclingSettings } from './cycling-settings';
import { attachCyclingTest, getCyclingTest, listCyclingTests, setCyclingTestArchived } from './cycling-tests';
import { importCyclingTest } from './import-cycling-test';
import { openDemoNotebook } from '../../testing/demo-notebook';

let temp: TempNotebook;
beforeAll(async () => {
  temp = await openDemoNotebook({ withCycling: false });
});
afterAll(() => temp?.dispose());

async function importSynthetic(name: string, seed: number, cycles: number, options: { cellId?: number | null; fadePerCycle?: number; sampleIntervalS?: number } = {}): Promise<number> {
  const filePath = path.join(temp.dir, `${name}.csv`);
  writeArbinCsv(filePath, syntheticTest({ seed, cycles, capacityMAh: 3, currentMA: 0.6, sampleIntervalS: options.sampleIntervalS ?? 300, fadePerCycle: options.fadePerCycle }), 1_767_258_000);
  return (await importCyclingTest(temp.ctx, [{ filePath, fileName: `${name}.csv` }], { cellId: options.cellId ?? null })).testId;
}

const build = (name: string) => getBuildDetail(temp.ctx, listBuilds(temp.ctx, { status: 'all' }).find((entry) => entry.name === name)!.id);
const list = (query: Record<string, unknown> = {}) => listCyclingTests(temp.ctx, cyclingTestListQuerySchema.parse(query)).map((row) => row.id).sort((a, b) => a - b);

/** The cathode's active mass (g) and area (cm²) over every face, from the build's derived numbers. */
function cathodeOf(name: string): { activeMassG: number; areaCm2: number } {
  const derived = build(name).derived;
  const areaCm2 = derived.s1CathodeAreaCm2! * derived.cathodeFaces;
  return { activeMassG: (derived.cathodeActiveLoadingMgCm2! * areaCm2) / 1000, areaCm2 };
}

describe('attaching a dataset to a cell', () => {
  it('gives mAh/g and mAh/cm² of the new build, and none again when detached; the capacities stay, to the bit', async () => {
    const testId = await importSynthetic('unassigned', 61, 3);
    const loose = getCyclingTest(temp.ctx, testId);
    expect(loose.test).toMatchObject({ cellId: null, buildId: null, name: 'unassigned' });
    expect(loose.basis).toEqual({ activeMassMg: null, areaCm2: null, upperCutoffV: null, chargeLimitH: null });
    expect(loose.cycles.every((row) => row.dischargeMAhG === null && row.dischargeMAhCm2 === null)).toBe(true);

    // Comparative 1 is single-sided (one face), Example 3 double-sided with another NCM share: both differ.
    for (const buildName of ['Comparative 1', 'Example 3']) {
      const cell = build(buildName).cells[0]!;
      const { activeMassG, areaCm2 } = cathodeOf(buildName);
      const attached = attachCyclingTest(temp.ctx, { id: testId, cellId: cell.id });
      expect(attached.test).toMatchObject({ cellId: cell.id, buildName });
      expect(attached.basis.activeMassMg! / 1000).toBeCloseTo(activeMassG, 9);
      attached.cycles.forEach((row, i) => {
        // The re-analysis counts the stored points, which hold the very values the import counted (stored-precision.ts).
        expect(row.chargeMAh).toBe(loose.cycles[i]!.chargeMAh);
        expect(row.dischargeMAh).toBe(loose.cycles[i]!.dischargeMAh);
        expect(row.dischargeMWh).toBe(loose.cycles[i]!.dischargeMWh);
        expect(row.dischargeMAhG).toBeCloseTo(row.dischargeMAh / activeMassG, 9);
        expect(row.dischargeMAhCm2).toBeCloseTo(row.dischargeMAh / areaCm2, 12);
        // The file's own capacity columns are not kept per point: the import's values stay.
        expect(row.vendorDischargeMAh).toBe(loose.cycles[i]!.vendorDischargeMAh);
      });
    }
    expect(cathodeOf('Comparative 1').activeMassG).toBeCloseTo((225 * 0.805) / 1000, 9);

    const detached = attachCyclingTest(temp.ctx, { id: testId, cellId: null });
    expect(detached.test.cellId).toBeNull();
    expect(detached.cycles.every((row) => row.dischargeMAhG === null)).toBe(true);
    const history = temp.ctx.notebook.db.prepare("SELECT action FROM history WHERE table_name = 'cycling_tests' AND record_id = ? ORDER BY id").all(String(testId));
    expect(history).toEqual([{ action: 'insert' }, { action: 'update' }, { action: 'update' }, { action: 'update' }]);
    expect(() => attachCyclingTest(temp.ctx, { id: testId, cellId: 9999 })).toThrow('cell 9999 does not exist');
    expect(() => attachCyclingTest(temp.ctx, { id: 9999, cellId: null })).toThrow('cycling test 9999 does not exist');
  });
});

describe('the list of cycling tests', () => {
  it('filters by cell, build, unassigned and archived; archive and restore', async () => {
    const example1 = build('Example 1');
    const [cell1, cell2] = example1.cells;
    const onCell1 = await importSynthetic('on-cell-1', 62, 2, { cellId: cell1!.id });
    const onCell2 = await importSynthetic('on-cell-2', 63, 2, { cellId: cell2!.id });
    const elsewhere = await importSynthetic('elsewhere', 64, 2, { cellId: build('Example 4').cells[0]!.id });
    const loose = await importSynthetic('loose', 65, 2);
    const all = list();
    expect(all).toEqual(expect.arrayContaining([onCell1, onCell2, elsewhere, loose]));

    expect(list({ cellId: cell1!.id })).toEqual([onCell1]);
    expect(list({ buildId: example1.build.id })).toEqual([onCell1, onCell2]);
    expect(list({ unassignedOnly: true })).toContain(loose);
    expect(list({ unassignedOnly: true })).not.toContain(onCell1);
    expect(list({ unassignedOnly: true }).every((id) => getCyclingTest(temp.ctx, id).test.cellId === null)).toBe(true);

    const archived = setCyclingTestArchived(temp.ctx, onCell2, true);
    expect(archived.test.archivedAt).not.toBeNull();
    expect(list({ buildId: example1.build.id })).toEqual([onCell1]);
    expect(list({ buildId: example1.build.id, includeArchived: true })).toEqual([onCell1, onCell2]);
    expect(list()).not.toContain(onCell2);
    expect(setCyclingTestArchived(temp.ctx, onCell2, false).test.archivedAt).toBeNull();
    expect(list({ buildId: example1.build.id })).toEqual([onCell1, onCell2]);
    const actions = temp.ctx.notebook.db.prepare("SELECT action FROM history WHERE table_name = 'cycling_tests' AND record_id = ? ORDER BY id").all(String(onCell2));
    expect(actions).toEqual([{ action: 'insert' }, { action: 'archive' }, { action: 'restore' }]);
    // A row of the list carries what the table shows.
    const row = listCyclingTests(temp.ctx, cyclingTestListQuerySchema.parse({ cellId: cell1!.id }))[0]!;
    expect(row).toMatchObject({ id: onCell1, cellLabel: '#1', buildName: 'Example 1', cycleCount: 2, pointCount: getCyclingTest(temp.ctx, onCell1).test.pointCount });
  });
});

describe('the lifespan settings', () => {
  it('change the lifespan and grade on read (computed here from the cycle table) and are written to history', async () => {
    const testId = await importSynthetic('fading', 66, 40, { fadePerCycle: 0.004, sampleIntervalS: 600 });
    const before = getCyclingTest(temp.ctx, testId);
    const discharge = before.cycles.map((row) => row.dischargeMAh);
    const lifespanAt = (retention: number) => before.cycles.find((row) => row.cycle >= 2 && row.dischargeMAh <= retention * discharge[0]!)?.cycle ?? null;
    // 0.4 %/cycle: above 80 % through cycle 40, below 90 % around cycle 26.
    expect(lifespanAt(0.8)).toBeNull();
    expect(before.lifespan).toMatchObject({ lifespanCycle: null, label: '> 40 (still above 80%)', grade: null });
    const at90 = lifespanAt(0.9)!;
    expect(at90).toBeGreaterThanOrEqual(6);
    expect(at90).toBeLessThanOrEqual(50);

    const settings = updateCyclingSettings(temp.ctx, { lifespan: { retention: 0.9 } });
    expect(settings.lifespan).toEqual({ referenceCycle: 1, retention: 0.9 });
    expect(getCyclingSettings(temp.ctx).lifespan.retention).toBe(0.9);
    const after = getCyclingTest(temp.ctx, testId);
    expect(after.lifespan).toMatchObject({ lifespanCycle: at90, label: String(at90), grade: 'Δ' });
    expect(listCyclingTests(temp.ctx, cyclingTestListQuerySchema.parse({})).find((row) => row.id === testId)).toMatchObject({ lifespanCycle: at90, grade: 'Δ' });

    // The reference cycle moves the standard capacity too.
    updateCyclingSettings(temp.ctx, { lifespan: { referenceCycle: 2 } });
    const fromCycle2 = getCyclingTest(temp.ctx, testId).lifespan;
    expect(fromCycle2.standardCapacityMAh).toBe(discharge[1]);
    const expected = before.cycles.find((row) => row.cycle >= 3 && row.dischargeMAh <= 0.9 * discharge[1]!)!.cycle;
    expect(fromCycle2.lifespanCycle).toBe(expected);

    const history = temp.ctx.notebook.db.prepare("SELECT action, after_json FROM history WHERE table_name = 'settings' AND record_id = 'cycling_lifespan' ORDER BY id").all() as Array<{ action: string; after_json: string }>;
    expect(history.map((entry) => entry.action)).toEqual(['insert', 'update']);
    expect(JSON.parse(JSON.parse(history[1]!.after_json).value_json)).toEqual({ referenceCycle: 2, retention: 0.9 });
    updateCyclingSettings(temp.ctx, { lifespan: { referenceCycle: 1, retention: 0.8 } });
    expect(getCyclingTest(temp.ctx, testId).lifespan.label).toBe('> 40 (still above 80%)');
  });
});

describe('points for plots', () => {
  it('thins each cycle evenly keeping its first and last point; curves end at the table capacities', async () => {
    const testId = await importSynthetic('points', 67, 3, { sampleIntervalS: 60 });
    const detail = getCyclingTest(temp.ctx, testId);
    const query = (cycles: number[], maxPointsPerCycle: number) => getCyclePoints(temp.ctx, cyclePointsQuerySchema.parse({ testId, cycles, maxPointsPerCycle }));
    const full = query([1, 2, 3, 99], 100_000);
    expect(full.cycles.map((cycle) => cycle.cycle)).toEqual([1, 2, 3]); // no cycle 99: left out
    expect(full.cycles.reduce((sum, cycle) => sum + cycle.storedPoints, 0)).toBe(detail.test.pointCount);

    for (const cycle of full.cycles) {
      expect(cycle.timeH).toHaveLength(cycle.storedPoints);
      expect(new Set(cycle.direction)).toEqual(new Set([1, 0, -1]));
      const row = detail.cycles.find((entry) => entry.cycle === cycle.cycle)!;
      const lastCharge = cycle.direction.lastIndexOf(1);
      const lastDischarge = cycle.direction.lastIndexOf(-1);
      expect(Math.abs(cycle.capacityMAh[lastCharge]! / row.chargeMAh - 1)).toBeLessThan(1e-4);
      expect(Math.abs(cycle.capacityMAh[lastDischarge]! / row.dischargeMAh - 1)).toBeLessThan(1e-4);
      expect(cycle.currentMA[lastCharge]).toBeCloseTo(0.6, 5);
      expect(cycle.timeH.every((t, i) => i === 0 || t >= cycle.timeH[i - 1]!)).toBe(true);
    }

    const thinned = query([2], 10).cycles[0]!;
    const reference = full.cycles[1]!;
    expect(thinned.storedPoints).toBe(reference.storedPoints);
    expect(thinned.timeH).toHaveLength(10);
    expect(thinned.timeH[0]).toBe(reference.timeH[0]);
    expect(thinned.timeH[9]).toBe(reference.timeH[reference.timeH.length - 1]);
    expect(thinned.capacityMAh[9]).toBe(reference.capacityMAh[reference.capacityMAh.length - 1]);
    // Every thinned point is one of the stored points (times repeat at step edges: compare whole points).
    const pointKey = (cycle: typeof thinned, i: number) => [cycle.timeH[i], cycle.voltageV[i], cycle.currentMA[i], cycle.capacityMAh[i], cycle.direction[i]].join('|');
    const stored = new Set(reference.timeH.map((_, i) => pointKey(reference, i)));
    thinned.timeH.forEach((_, i) => expect(stored.has(pointKey(thinned, i))).toBe(true));
    expect(thinned.timeH.every((t, i) => i === 0 || t >= thinned.timeH[i - 1]!)).toBe(true);
    expect(thinned.direction.every((value) => value === -1 || value === 0 || value === 1)).toBe(true);
    expect(() => getCyclePoints(temp.ctx, cyclePointsQuerySchema.parse({ testId: 9999, cycles: [1] }))).toThrow('cycling test 9999 does not exist');
  });
});
