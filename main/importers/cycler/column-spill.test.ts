// A file read in parts for an import keeps its capacity and temperature columns on disk
// (column-spill.ts): read back, they are the very Float64s one reading on one thread holds in
// memory, whichever way the file gives them (Arbin's charge and discharge columns, Maccor's one
// per-step capacity split by direction), and a column of pieces reads across its pieces.
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticTest } from '../../../shared/cycling/synthetic';
import type { SpilledColumn } from '../../../shared/cycling/types';
import { writeArbinCsv } from '../../services/cycling/arbin-csv-writer';
import { useTempDirs } from '../../testing/cli-process';
import { ColumnSpill, forEachSpilled, joinSpilled, SpilledReader } from './column-spill';
import { CYCLER_FORMATS, CYCLER_REFUSALS } from './formats/index';
import { readCyclerFile } from './read-cycler-file';
import { evenCuts } from './text-parts';

const tempDir = useTempDirs();
const MACCOR = path.resolve(__dirname, '../../../../shared/fixtures/cyclers/maccor/cellpy__maccor_one.txt');

/** The column's values as bytes (NaN and -0 compare as stored). */
const bytesOf = (values: ArrayBufferView) => Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');

function readAll(column: SpilledColumn | undefined): Float64Array {
  expect(column).toBeDefined();
  const reader = new SpilledReader(column!);
  try {
    return reader.read(0, reader.length);
  } finally {
    reader.close();
  }
}

async function readBothWays(filePath: string, dir: string) {
  const whole = await readCyclerFile(filePath, CYCLER_FORMATS, CYCLER_REFUSALS, { cuts: [] });
  const spillDir = path.join(dir, 'columns');
  mkdirSync(spillDir);
  const size = statSync(filePath).size;
  const inParts = await readCyclerFile(filePath, CYCLER_FORMATS, CYCLER_REFUSALS, { cuts: evenCuts(size, 3), spillDir });
  return { whole, inParts, spillDir };
}

describe('columns kept on disk by a file read in parts', () => {
  it('gives back Arbin charge, discharge and temperature columns bit for bit, and holds none of them in memory', { timeout: 30_000 }, async () => {
    const dir = tempDir();
    const filePath = path.join(dir, 'arbin.csv');
    writeArbinCsv(filePath, syntheticTest({ seed: 3, cycles: 6, capacityMAh: 1, currentMA: 0.5, sampleIntervalS: 30 }), 1_767_258_000);
    const { whole, inParts, spillDir } = await readBothWays(filePath, dir);
    expect(inParts.parts).toBe(3);
    expect(inParts.series.chargeCapacityAh).toBeNull();
    expect(inParts.series.dischargeCapacityAh).toBeNull();
    expect(inParts.series.temperatureC).toBeNull();
    expect(readdirSync(spillDir).length).toBe(9);
    for (const name of ['chargeCapacityAh', 'dischargeCapacityAh', 'temperatureC'] as const) {
      expect(whole.series[name]).not.toBeNull();
      expect(bytesOf(readAll(inParts.series.spilled?.[name]))).toBe(bytesOf(whole.series[name]!));
    }
    // What stays in memory is what one reading holds.
    expect(bytesOf(inParts.series.currentA)).toBe(bytesOf(whole.series.currentA));
    expect(bytesOf(inParts.series.timeS)).toBe(bytesOf(whole.series.timeS));
  });

  it.runIf(existsSync(MACCOR))("splits Maccor's per-step capacity into charge and discharge as memory does", { timeout: 30_000 }, async () => {
    const { whole, inParts } = await readBothWays(MACCOR, tempDir());
    expect(inParts.series.spilled?.chargeCapacityAh).toBeDefined();
    expect(bytesOf(readAll(inParts.series.spilled?.chargeCapacityAh))).toBe(bytesOf(whole.series.chargeCapacityAh!));
    expect(bytesOf(readAll(inParts.series.spilled?.dischargeCapacityAh))).toBe(bytesOf(whole.series.dischargeCapacityAh!));
  });
  if (!existsSync(MACCOR)) console.log(`skipped the Maccor split: ${MACCOR} is absent (the shared fixtures sit beside the project)`);

  it('reads a column of pieces (a file, values in memory, empty cells, a piece of no rows) across their joins', () => {
    const dir = tempDir();
    const spill = new ColumnSpill(path.join(dir, 'a.f64'));
    // More than one block of 65,536 values, so that a block boundary falls inside the file.
    const fileValues = Float64Array.from({ length: 70_000 }, (_, i) => i * 0.5);
    for (const value of fileValues) spill.push(value);
    const column = joinSpilled([{ pieces: [spill.finish()] }, { rows: 0, values: new Float64Array(0) }, { rows: 3, empty: true }, { rows: 2, values: Float64Array.of(-1, -2) }]);
    const expected = [...fileValues, NaN, NaN, NaN, -1, -2];
    const reader = new SpilledReader(column);
    try {
      expect(reader.length).toBe(expected.length);
      expect(Array.from(reader.read(0, reader.length))).toEqual(expected);
      expect(Array.from(reader.read(69_998, 70_004))).toEqual(expected.slice(69_998, 70_004));
      expect(Array.from(reader.read(65_535, 65_537))).toEqual([65_535 * 0.5, 65_536 * 0.5]);
      expect(reader.read(5, 5).length).toBe(0);
    } finally {
      reader.close();
    }
    const seen: number[] = [];
    forEachSpilled(column, (value, index) => {
      if (index >= 69_999) seen.push(value);
    });
    expect(seen).toEqual(expected.slice(69_999));
  });
});
