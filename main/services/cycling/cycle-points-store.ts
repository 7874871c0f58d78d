// The points of a test, one row per cycle, as little-endian typed arrays in BLOBs (DESIGN.md
// "Storage"): a million-point test is a few thousand rows that load and plot without parsing.
import os from 'node:os';
import { cycleRuns } from '../../../shared/cycling/cycles';
import { cycleRunCounters } from '../../../shared/cycling/point-counters';
import { pointDirections, splitSteps, stepNumbersOf, stepStartsOf } from '../../../shared/cycling/segments';
import type { CyclerSeries } from '../../../shared/cycling/types';
import type { Db } from '../../db/query';
import { SpilledReader } from '../../importers/cycler/column-spill';

// Typed arrays are stored as the machine holds them; every platform Cellbook ships on is little-endian.
if (os.endianness() !== 'LE') throw new Error('Cellbook stores cycling points little-endian and needs a little-endian machine');

const bytesOf = (array: ArrayBufferView) => Buffer.from(array.buffer, array.byteOffset, array.byteLength);

/** `source`'s values [from, to) as Float32: a view of an import's readings (Float32 already, stored-precision.ts), else a copy into `out`. */
function float32(source: Float64Array | Float32Array, from: number, to: number, out: Float32Array = new Float32Array(to - from)): Float32Array {
  if (source instanceof Float32Array) return source.subarray(from, to);
  for (let i = from; i < to; i += 1) out[i - from] = source[i]!;
  return out;
}

/** One run's arrays as stored: current, voltage, counters, temperature and step numbers. */
interface RunArrays {
  currentA: Float32Array;
  voltageV: Float32Array;
  capacityAh: Float32Array;
  energyWh: Float32Array;
  temperatureC: Float32Array;
  step: Int32Array;
  /** A spilled temperature as read from disk, before it is stored as Float32. */
  temperatureRead: Float64Array;
}

/**
 * The arrays a store fills run after run, made once for the longest run: a new set per run left a
 * 1 M-point import's runs to V8's collector, which let 20 MB of them wait. SQLite copies each
 * value as it is bound, so the next run can reuse them.
 */
export class RunBuffers {
  private readonly arrays: RunArrays;

  constructor(readonly points: number) {
    this.arrays = {
      currentA: new Float32Array(points),
      voltageV: new Float32Array(points),
      capacityAh: new Float32Array(points),
      energyWh: new Float32Array(points),
      temperatureC: new Float32Array(points),
      step: new Int32Array(points),
      temperatureRead: new Float64Array(points),
    };
  }

  /** Views of the first `length` values of each array. */
  take(length: number): RunArrays {
    if (length > this.points) throw new Error(`a run of ${length} points does not fit buffers of ${this.points}`);
    const a = this.arrays;
    return {
      currentA: a.currentA.subarray(0, length),
      voltageV: a.voltageV.subarray(0, length),
      capacityAh: a.capacityAh.subarray(0, length),
      energyWh: a.energyWh.subarray(0, length),
      temperatureC: a.temperatureC.subarray(0, length),
      step: a.step.subarray(0, length),
      temperatureRead: a.temperatureRead.subarray(0, length),
    };
  }
}

/**
 * The points of one cycle run [from, to) as they are stored: time as Float64, the rest as Float32,
 * with the capacity and energy counted from the cycle's start (point-counters.ts) straight into
 * Float32 arrays. The store and `cellbook dqdv` (on a file, no notebook) read cycles through this
 * one function, so a curve of a file is the curve of the test imported from it.
 * `spilledTemperature`: the temperature of a long import, kept on disk (column-spill.ts).
 * `buffers`: arrays to fill instead of new ones (views of them are returned: read them before the next run).
 */
export function cycleRunPoints(series: CyclerSeries, cycle: number, from: number, to: number, spilledTemperature?: SpilledReader, buffers?: RunBuffers): StoredCyclePoints {
  const length = to - from;
  const into = buffers?.take(length);
  const capacityAh = into?.capacityAh ?? new Float32Array(length);
  const energyWh = into?.energyWh ?? new Float32Array(length);
  const directions = pointDirections(series);
  cycleRunCounters(series, stepStartsOf(series), directions, from, to, capacityAh, energyWh);
  let temperatureC: Float32Array | null = null;
  if (series.temperatureC) temperatureC = float32(series.temperatureC, from, to, into?.temperatureC);
  else if (spilledTemperature) temperatureC = float32(spilledTemperature.read(from, to, into?.temperatureRead), 0, length, into?.temperatureC);
  return {
    cycle,
    timeS: series.timeS.subarray(from, to),
    currentA: float32(series.currentA, from, to, into?.currentA),
    voltageV: float32(series.voltageV, from, to, into?.voltageV),
    capacityAh,
    energyWh,
    direction: directions.subarray(from, to),
    step: stepNumbersOf(splitSteps(series), from, to, into?.step),
    temperatureC,
  };
}

/**
 * One row per cycle run. Each cycle's arrays are views of the series or small copies, so that
 * storing needs no whole-test arrays beside the series.
 */
export function storeCyclePoints(db: Db, testId: number, series: CyclerSeries, cycleOfStep: Int32Array): void {
  const insert = db.prepare(
    'INSERT INTO cycle_points (test_id, cycle, point_count, time_s, current_a, voltage_v, capacity_ah, energy_wh, direction, step, temperature_c) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  // A long import's temperature is on disk (column-spill.ts): read run by run, in order.
  const temperature = series.spilled?.temperatureC ? new SpilledReader(series.spilled.temperatureC) : undefined;
  try {
    const runs = cycleRuns(splitSteps(series), cycleOfStep);
    const buffers = new RunBuffers(runs.reduce((longest, [, from, to]) => Math.max(longest, to - from), 0));
    for (const [cycle, from, to] of runs) {
      const points = cycleRunPoints(series, cycle, from, to, temperature, buffers);
      insert.run(
        testId,
        cycle,
        to - from,
        bytesOf(points.timeS),
        bytesOf(points.currentA),
        bytesOf(points.voltageV),
        bytesOf(points.capacityAh),
        bytesOf(points.energyWh),
        bytesOf(points.direction),
        bytesOf(points.step),
        points.temperatureC ? bytesOf(points.temperatureC) : null,
      );
    }
  } finally {
    temperature?.close();
  }
}

export interface StoredCyclePoints {
  cycle: number;
  timeS: Float64Array;
  currentA: Float32Array;
  voltageV: Float32Array;
  capacityAh: Float32Array;
  energyWh: Float32Array;
  direction: Int8Array;
  step: Int32Array;
  temperatureC: Float32Array | null;
}

interface PointsRow {
  cycle: number;
  point_count: number;
  time_s: Buffer;
  current_a: Buffer;
  voltage_v: Buffer;
  capacity_ah: Buffer;
  energy_wh: Buffer;
  direction: Buffer;
  step: Buffer;
  temperature_c: Buffer | null;
}

/** Copies a BLOB into an aligned typed array (a Buffer's offset need not be aligned). */
function view<T extends Float64Array | Float32Array | Int32Array | Int8Array>(blob: Buffer, Type: { new (buffer: ArrayBuffer): T }): T {
  const copy = new ArrayBuffer(blob.byteLength);
  new Uint8Array(copy).set(blob);
  return new Type(copy);
}

function toPoints(row: PointsRow): StoredCyclePoints {
  return {
    cycle: row.cycle,
    timeS: view(row.time_s, Float64Array),
    currentA: view(row.current_a, Float32Array),
    voltageV: view(row.voltage_v, Float32Array),
    capacityAh: view(row.capacity_ah, Float32Array),
    energyWh: view(row.energy_wh, Float32Array),
    direction: view(row.direction, Int8Array),
    step: view(row.step, Int32Array),
    temperatureC: row.temperature_c ? view(row.temperature_c, Float32Array) : null,
  };
}

export function readCyclePoints(db: Db, testId: number, cycles: readonly number[]): StoredCyclePoints[] {
  const select = db.prepare('SELECT * FROM cycle_points WHERE test_id = ? AND cycle = ?');
  return cycles.flatMap((cycle) => {
    const row = select.get(testId, cycle) as PointsRow | undefined;
    return row ? [toPoints(row)] : [];
  });
}

/** The whole test as a series again (with the cycle of each point), for a re-analysis. */
export function readStoredSeries(db: Db, testId: number): { series: CyclerSeries; cycleOfPoint: Int32Array } {
  const rows = (db.prepare('SELECT * FROM cycle_points WHERE test_id = ? ORDER BY cycle').all(testId) as PointsRow[]).map(toPoints);
  const test = db.prepare('SELECT current_is_interval_mean FROM cycling_tests WHERE id = ?').get(testId) as { current_is_interval_mean: number } | undefined;
  const total = rows.reduce((sum, row) => sum + row.timeS.length, 0);
  const timeS = new Float64Array(total);
  // Current and voltage as stored, and as the import counted them (stored-precision.ts).
  const currentA = new Float32Array(total);
  const voltageV = new Float32Array(total);
  const stepIndex = new Float64Array(total);
  const stateCode = new Int8Array(total);
  const cycleOfPoint = new Int32Array(total);
  const hasTemperature = rows.some((row) => row.temperatureC !== null);
  const temperatureC = hasTemperature ? new Float64Array(total).fill(Number.NaN) : null;
  let at = 0;
  for (const row of rows) {
    timeS.set(row.timeS, at);
    currentA.set(row.currentA, at);
    voltageV.set(row.voltageV, at);
    stepIndex.set(row.step, at);
    stateCode.set(row.direction, at);
    cycleOfPoint.fill(row.cycle, at, at + row.timeS.length);
    if (temperatureC && row.temperatureC) temperatureC.set(row.temperatureC, at);
    at += row.timeS.length;
  }
  // The files lie in the stored points in their stitched order; a gap not recorded counts nothing again.
  const files = db.prepare('SELECT row_count, gap_before_recorded FROM cycling_files WHERE test_id = ? ORDER BY position').all(testId) as Array<{ row_count: number; gap_before_recorded: number }>;
  const unrecordedGapsBefore: number[] = [];
  let firstPoint = 0;
  files.forEach((file, position) => {
    if (position > 0 && file.gap_before_recorded === 0) unrecordedGapsBefore.push(firstPoint);
    firstPoint += file.row_count;
  });
  return {
    series: {
      timeS,
      currentA,
      voltageV,
      stepIndex,
      vendorCycle: null,
      stateCode,
      chargeCapacityAh: null,
      dischargeCapacityAh: null,
      temperatureC,
      currentIsIntervalMean: test?.current_is_interval_mean === 1,
      unrecordedGapsBefore,
    },
    cycleOfPoint,
  };
}
