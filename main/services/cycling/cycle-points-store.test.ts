// The stored points of each cycle, counted cycle by cycle, hold exactly the counters the whole-test
// count gives (shared/cycling/point-counters.ts), rounded once to Float32: checked byte for byte.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignCycles } from '../../../shared/cycling/cycles';
import { cycleOfPointOf } from '../../../shared/cycling/series-fixture';
import { pointCounters } from '../../../shared/cycling/point-counters';
import { pointDirections, splitSteps } from '../../../shared/cycling/segments';
import { syntheticTest } from '../../../shared/cycling/synthetic';
import { CYCLER_FORMATS, CYCLER_REFUSALS } from '../../importers/cycler/formats/index';
import { readCyclerExport } from '../../importers/cycler/read-export';
import { openTempNotebook, type TempNotebook } from '../../testing/temp-notebook';
import { writeArbinCsv } from './arbin-csv-writer';
import { readCyclePoints } from './cycle-points-store';
import { importCyclingTest } from './import-cycling-test';

let temp: TempNotebook;
beforeAll(async () => {
  temp = await openTempNotebook();
});
afterAll(() => temp?.dispose());

const bytes = (array: ArrayBufferView) => Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');

describe('stored cycle points', () => {
  it('hold the whole-test capacity and energy counters of every point', async () => {
    const filePath = path.join(temp.dir, 'cell.csv');
    writeArbinCsv(filePath, syntheticTest({ seed: 5, cycles: 6, capacityMAh: 2, currentMA: 1, sampleIntervalS: 30 }), 1_767_258_000);
    // Read as the import reads it (current and voltage as stored: stored-precision.ts).
    const { series } = await readCyclerExport(filePath, CYCLER_FORMATS, CYCLER_REFUSALS);
    const cycleOfPoint = cycleOfPointOf(splitSteps(series), assignCycles(series).cycleOfStep, series.timeS.length);
    const expected = pointCounters(series, cycleOfPoint);
    const outcome = await importCyclingTest(temp.ctx, [{ filePath, fileName: 'cell.csv' }], {});
    const cycles = [...new Set(cycleOfPoint)];
    const stored = readCyclePoints(temp.ctx.notebook.db, outcome.testId, cycles);
    expect(stored.map((points) => points.cycle)).toEqual(cycles);
    // Each point's step number, from the steps as split (the store fills one set of arrays run after run).
    const stepOfPoint = new Int32Array(series.timeS.length);
    splitSteps(series).forEach((step, stepNumber) => stepOfPoint.fill(stepNumber, step.startIndex, step.endIndex + 1));
    const directions = pointDirections(series);
    expect(new Set(stored.map((points) => points.timeS.length)).size).toBeGreaterThan(1);
    let from = 0;
    for (const points of stored) {
      const to = from + points.timeS.length;
      expect(bytes(points.capacityAh)).toBe(bytes(Float32Array.from(expected.capacityAh.subarray(from, to))));
      expect(bytes(points.energyWh)).toBe(bytes(Float32Array.from(expected.energyWh.subarray(from, to))));
      expect(bytes(points.timeS)).toBe(bytes(series.timeS.subarray(from, to)));
      expect(bytes(points.currentA)).toBe(bytes(Float32Array.from(series.currentA.subarray(from, to))));
      expect(bytes(points.voltageV)).toBe(bytes(Float32Array.from(series.voltageV.subarray(from, to))));
      expect(bytes(points.direction)).toBe(bytes(directions.subarray(from, to)));
      expect(bytes(points.step)).toBe(bytes(stepOfPoint.subarray(from, to)));
      from = to;
    }
    expect(from).toBe(series.timeS.length);
  });
});
