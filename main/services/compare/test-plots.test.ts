// One test's plots on real notebooks: a seeded synthetic test written as an Arbin export and
// imported through the importer onto a demo build's cell, and a rest-only file. Expected numbers
// come from the stored cycle table and points, or from the export's own columns.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticTest } from '../../../shared/cycling/synthetic';
import type { CyclerSeries } from '../../../shared/cycling/types';
import type { CapacityPlot, Dqdv, TimeSeries, VoltageCurves } from '../../../shared/schemas/plots';
import type { TempNotebook } from '../../testing/temp-notebook';
import { writeArbinCsv } from '../cycling/arbin-csv-writer';
import { getCyclingTest } from '../cycling/cycling-tests';
import { importCyclingTest } from '../cycling/import-cycling-test';
import { dispatch } from '../dispatch';
import { openDemoNotebook } from '../../testing/demo-notebook';

let temp: TempNotebook;
let testId: number;
let restId: number;
let series: CyclerSeries;

async function call<T>(name: string, input: unknown): Promise<T> {
  const result = await dispatch(temp.ctx, name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as T;
}

async function importSeries(name: string, data: CyclerSeries, cellId: number | null): Promise<number> {
  const filePath = path.join(temp.dir, name);
  writeArbinCsv(filePath, data, 1_767_258_000);
  return (await importCyclingTest(temp.ctx, [{ filePath, fileName: name }], { cellId })).testId;
}

beforeAll(async () => {
  temp = await openDemoNotebook({ withCycling: false });
  const cell = temp.notebook.db.prepare("SELECT c.id FROM cells c JOIN builds b ON b.id = c.build_id WHERE b.name = 'Example 1' ORDER BY c.id LIMIT 1").get() as { id: number };
  series = syntheticTest({ seed: 5, cycles: 12, capacityMAh: 3, currentMA: 0.6, sampleIntervalS: 20 });
  testId = await importSeries('ex1.csv', series, cell.id);
  const n = 500;
  const rest: CyclerSeries = {
    timeS: Float64Array.from({ length: n }, (_, i) => i * 60),
    currentA: new Float64Array(n),
    voltageV: Float64Array.from({ length: n }, (_, i) => 3.1 - 0.0001 * i),
    stepIndex: new Float64Array(n).fill(1),
    vendorCycle: new Float64Array(n).fill(1),
    stateCode: null,
    chargeCapacityAh: null,
    dischargeCapacityAh: null,
    temperatureC: null,
  };
  restId = await importSeries('rest.csv', rest, null);
}, 120_000);
afterAll(() => temp.dispose());

describe('one test’s plots', () => {
  it('voltage curves end at the cycle table’s capacities, in mAh and in mAh/g', async () => {
    const detail = getCyclingTest(temp.ctx, testId);
    const curves = await call<VoltageCurves>('getVoltageCurves', { testId, cycles: { kind: 'firstAndLast' }, widthPx: 400 });
    expect(curves.cycles).toEqual([1, 12]);
    expect(curves.capacityAxis.unit).toBe('mAh');
    const discharge1 = curves.curves.find((curve) => curve.cycle === 1 && curve.half === 'discharge')!;
    expect(discharge1.x[discharge1.x.length - 1]).toBeCloseTo(detail.cycles[0]!.dischargeMAh, 4);
    expect(discharge1.sampling.shownPoints).toBeLessThanOrEqual(discharge1.sampling.storedPoints);
    const perGram = await call<VoltageCurves>('getVoltageCurves', { testId, cycles: { kind: 'first' }, basis: 'per_gram' });
    expect(perGram.basis).toBe('per_gram');
    expect(perGram.capacityAxis.unit).toBe('mAh/g');
    const end = perGram.curves.find((curve) => curve.half === 'discharge')!;
    expect(end.x[end.x.length - 1]).toBeCloseTo(detail.cycles[0]!.dischargeMAhG!, 3);
    // Zoomed into the first 0.1 mAh of cycle 1's charge: every stored point in it.
    const zoom = await call<VoltageCurves>('getVoltageCurves', { testId, cycles: { kind: 'first' }, halves: ['charge'], xRange: { from: 0, to: 0.1 } });
    expect(zoom.curves[0]!.sampling.fullResolution).toBe(true);
    expect(Math.max(...zoom.curves[0]!.x.slice(1, -1))).toBeLessThanOrEqual(0.1);
    const missing = await call<VoltageCurves>('getVoltageCurves', { testId, cycles: { kind: 'list', cycles: [2, 99] } });
    expect(missing.notes).toContain('the test has no cycle 99');
  });

  it('capacity and CE vs cycle with the 80 % line and the lifespan', async () => {
    const detail = getCyclingTest(temp.ctx, testId);
    const plot = await call<CapacityPlot>('getCapacityPlot', { testId });
    expect(plot.cycles).toEqual(detail.cycles.map((row) => row.cycle));
    expect(plot.standardCapacity).toBeCloseTo(detail.cycles[0]!.dischargeMAh, 6);
    expect(plot.thresholdCapacity).toBeCloseTo(detail.cycles[0]!.dischargeMAh * 0.8, 6);
    expect(plot.coulombicEfficiencyPct[3]).toBeCloseTo((detail.cycles[3]!.dischargeMAh / detail.cycles[3]!.chargeMAh) * 100, 5);
    const ticks = plot.ceAxis.ticks!;
    const labels = Array.from({ length: Math.round((ticks.max - ticks.min) / ticks.step) + 1 }, (_, k) => (ticks.min + k * ticks.step).toFixed(ticks.decimals));
    expect(new Set(labels).size).toBe(labels.length);
    expect(plot.lifespanLabel).toBe(detail.lifespan.label);
  });

  it('dQ/dV of a synthetic discharge has its peaks inside the voltage window, with the method stated', async () => {
    const dqdv = await call<Dqdv>('getDqdv', { testId, cycles: { kind: 'first' }, halves: ['discharge'], settings: { binWidthMV: 10 } });
    expect(dqdv.method).toMatch(/10 mV bins.*Savitzky–Golay/);
    const curve = dqdv.curves[0]!;
    expect(curve.note).toBeNull();
    expect(curve.peaks.length).toBeGreaterThan(0);
    for (const peak of curve.peaks) expect(peak.voltageV).toBeGreaterThan(2.5);
    // The curve holds the half-cycle's capacity: ∑ |dQ/dV| × bin width = discharge capacity (within smoothing at the ends).
    const area = curve.dqdv.reduce((sum, value) => sum + Math.abs(value) * 0.01, 0);
    expect(area).toBeCloseTo(getCyclingTest(temp.ctx, testId).cycles[0]!.dischargeMAh, 1);
  });

  it('voltage and current over time keep every extremum, with the cycle starts', async () => {
    const time = await call<TimeSeries>('getTimeSeries', { testId, widthPx: 300 });
    expect(time.sampling.storedPoints).toBe(series.timeS.length);
    expect(time.sampling.shownPoints).toBeLessThan(series.timeS.length);
    expect(Math.max(...time.voltageV)).toBeCloseTo(Math.max(...series.voltageV), 4);
    expect(Math.min(...time.voltageV)).toBeCloseTo(Math.min(...series.voltageV), 4);
    expect(time.currentAxis.unit).toBe('µA');
    expect(Math.max(...time.current)).toBeCloseTo(600, 0);
    expect(time.cycleStarts.map((start) => start.cycle).filter((cycle) => cycle >= 1)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(time.restOnly).toBe(false);
    // Zoomed into one hour: every stored point of it (counted here from the series), plus one each side.
    const fromH = time.cycleStarts[3]!.timeH;
    const zoomed = await call<TimeSeries>('getTimeSeries', { testId, widthPx: 300, xRange: { from: fromH, to: fromH + 1 } });
    const inside = Array.from(series.timeS).filter((t) => (t - series.timeS[0]!) / 3600 >= fromH - 1e-9 && (t - series.timeS[0]!) / 3600 <= fromH + 1 + 1e-9).length;
    expect(zoomed.sampling.fullResolution).toBe(true);
    expect(zoomed.timeH.length).toBe(inside + 2);
    expect(zoomed.sampling.storedPoints).toBe(series.timeS.length);
  });

  it('a rest-only file says there is nothing to plot against capacity and shows its voltage over time', async () => {
    const curves = await call<VoltageCurves>('getVoltageCurves', { testId: restId, cycles: { kind: 'first' } });
    expect(curves.curves).toEqual([]);
    expect(curves.notes.join(' ')).toMatch(/no charge/);
    const time = await call<TimeSeries>('getTimeSeries', { testId: restId });
    expect(time.restOnly).toBe(true);
    expect(time.notes[0]).toMatch(/no charge and no discharge/);
    expect(time.voltageV[0]).toBeCloseTo(3.1, 5);
    expect(time.sampling.fullResolution).toBe(true);
    const plot = await call<CapacityPlot>('getCapacityPlot', { testId: restId, basis: 'per_gram' });
    expect(plot.basis).toBe('cell');
    expect(plot.notes.join(' ')).toMatch(/not attached to a cell/);
  });
});
