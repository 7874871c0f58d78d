// A large export is read in parts on worker threads (main/importers/cycler/parallel-read.ts): a
// part that fails names the file and the line as one reading would, and the import leaves the
// notebook as it was. A real notebook, a real 9 MB export written here.
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticTest } from '../../../shared/cycling/synthetic';
import { CYCLER_FORMATS, CYCLER_REFUSALS } from '../../importers/cycler/formats/index';
import { readCyclerFile } from '../../importers/cycler/read-cycler-file';
import { readCyclerExport } from '../../importers/cycler/read-export';
import { openTempNotebook, type TempNotebook } from '../../testing/temp-notebook';
import { writeArbinCsv } from './arbin-csv-writer';
import { analyseSeries } from '../../../shared/cycling/analyse-series';
import type { CyclerSeries } from '../../../shared/cycling/types';
import { readSummaryRows } from './analysis-store';
import { cellBasis, summaryOptionsOf } from './cell-basis';
import { cycleRuns } from '../../../shared/cycling/cycles';
import { cycleOfPointOf } from '../../../shared/cycling/series-fixture';
import { splitSteps } from '../../../shared/cycling/segments';
import { cycleRunPoints, readCyclePoints } from './cycle-points-store';
import { getCyclingSettings } from './cycling-settings';
import { importCyclingTest } from './import-cycling-test';

let temp: TempNotebook;
let lines: string[] = [];
let basePath = '';
let baseTestId = 0;
beforeAll(async () => {
  temp = await openTempNotebook();
  const base = path.join(temp.dir, 'base.csv');
  basePath = base;
  // 60 cycles at one point every 14 s: about 62,000 rows, 9 MB, above the size read in parts.
  writeArbinCsv(base, syntheticTest({ seed: 7, cycles: 60, capacityMAh: 1, currentMA: 0.5, sampleIntervalS: 13.89 }), 1_767_258_000);
  lines = readFileSync(base, 'utf8').split('\r\n').filter((line) => line !== '');
  baseTestId = (await importCyclingTest(temp.ctx, [{ filePath: base, fileName: 'base.csv' }], {})).testId;
});
afterAll(() => temp?.dispose());

const TABLES = ['cycling_tests', 'cycling_files', 'cycling_file_chunks', 'cycle_points', 'cycle_summaries', 'short_circuit_flags', 'history', 'cells'];
/** Rows in every table an import writes (a dump's deep comparison of megabytes of blobs would take a minute). */
const counts = () => Object.fromEntries(TABLES.map((table) => [table, (temp.ctx.notebook.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n]));

/** The file read on one thread, as the import reads it (current and voltage as stored: stored-precision.ts), its columns all Float64 and kept whole: the reference the import must give again. */
async function wholeSeriesReference(filePath: string) {
  const { series } = await readCyclerExport(filePath, CYCLER_FORMATS, CYCLER_REFUSALS, { cuts: [] });
  const wide: CyclerSeries = { ...series, stepIndex: series.stepIndex && Float64Array.from(series.stepIndex), vendorCycle: series.vendorCycle && Float64Array.from(series.vendorCycle) };
  const settings = getCyclingSettings(temp.ctx);
  const analysis = analyseSeries(wide, { summary: summaryOptionsOf(cellBasis(temp.ctx, null)), lifespan: settings.lifespan, shortCircuit: settings.shortCircuit });
  return { series: wide, analysis };
}

describe('a large export read on worker threads', () => {
  it('stores every number the whole series gives (its step and cycle numbers read as runs and kept as Int8, its capacity columns let go before the analysis)', { timeout: 60_000 }, async () => {
    const inParts = (await readCyclerFile(basePath, CYCLER_FORMATS, CYCLER_REFUSALS)).series;
    // Steps 1-4 and cycles 1-60: the narrowest array that holds them (run-column.ts).
    expect(inParts.stepIndex).toBeInstanceOf(Int8Array);
    expect(inParts.vendorCycle).toBeInstanceOf(Int8Array);
    const { series, analysis } = await wholeSeriesReference(basePath);
    const db = temp.ctx.notebook.db;
    const rows = readSummaryRows(db, baseTestId);
    const temperatures = new Map<number, number>();
    cycleOfPointOf(splitSteps(series), analysis.assignment.cycleOfStep, series.timeS.length).forEach((cycle, i) => temperatures.set(cycle, Math.max(temperatures.get(cycle) ?? -Infinity, Math.fround(series.temperatureC![i]!))));
    const expected = [...(analysis.setApartCycle ? [analysis.setApartCycle] : []), ...analysis.cycles].map((row) => ({
      test_id: baseTestId,
      cycle: row.cycle,
      charge_mah: row.chargeMAh,
      discharge_mah: row.dischargeMAh,
      coulombic_efficiency: row.coulombicEfficiency,
      charge_mwh: row.chargeMWh,
      discharge_mwh: row.dischargeMWh,
      mean_charge_v: row.meanChargeV,
      mean_discharge_v: row.meanDischargeV,
      end_of_charge_v: row.endOfChargeV,
      end_of_discharge_v: row.endOfDischargeV,
      charge_duration_s: row.chargeDurationS,
      discharge_duration_s: row.dischargeDurationS,
      charge_stop: row.chargeStop,
      vendor_charge_mah: row.vendorChargeMAh,
      vendor_discharge_mah: row.vendorDischargeMAh,
      max_temperature_c: temperatures.get(row.cycle),
    }));
    expect(rows.length).toBe(60);
    expect(rows.map((row) => ({ ...row }))).toEqual(expected);
    expect(rows.every((row) => row.vendor_discharge_mah !== null && row.vendor_discharge_mah > 0)).toBe(true);
    // Every stored point, column by column, as the whole series' cycles give them.
    const stored = readCyclePoints(db, baseTestId, rows.map((row) => row.cycle));
    const runs = cycleRuns(splitSteps(series), analysis.assignment.cycleOfStep);
    expect(stored.map((points) => points.cycle)).toEqual(runs.map(([cycle]) => cycle));
    for (const [index, [cycle, from, to]] of runs.entries()) {
      expect(stored[index]).toEqual(cycleRunPoints(series, cycle, from, to));
    }
  });

  it('is read in one part per core (at most 4)', async () => {
    const cores = os.availableParallelism();
    if (cores < 2) console.log('one core here: the export is read on one thread, and must fail the same way');
    expect((await readCyclerFile(basePath, CYCLER_FORMATS, CYCLER_REFUSALS)).parts).toBe(Math.min(4, cores));
  });

  it('refuses a line of 1.5 MiB in its last part by its number in the file, and stores nothing', { timeout: 60_000 }, async () => {
    const at = Math.floor(lines.length * 0.8);
    const broken = [...lines.slice(0, at), 'x'.repeat(1.5 * 1024 * 1024), ...lines.slice(at)];
    const filePath = path.join(temp.dir, 'broken.csv');
    writeFileSync(filePath, broken.join('\r\n') + '\r\n');
    const before = counts();
    await expect(importCyclingTest(temp.ctx, [{ filePath, fileName: 'broken.csv' }], { allowDuplicate: true })).rejects.toMatchObject({
      code: 'validation',
      message: `broken.csv: line ${at + 1} runs past 1,048,576 characters without ending; this is not a text export Cellbook can read`,
    });
    expect(counts()).toEqual(before);
  });
});
