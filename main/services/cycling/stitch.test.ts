// Several exports of one test become one test: one synthetic test written whole and written in two
// parts, imported both ways into a real notebook, must give the same points and cycles.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticTest } from '../../../shared/cycling/synthetic';
import type { CyclerSeries, NumberColumn, SpilledColumn } from '../../../shared/cycling/types';
import { openTempNotebook, type TempNotebook } from '../../testing/temp-notebook';
import { writeArbinCsv } from './arbin-csv-writer';
import { getCyclingTest, reanalyseCyclingTest } from './cycling-tests';
import { importCyclingTest, type ImportFile } from './import-cycling-test';
import { SpilledReader } from '../../importers/cycler/column-spill';
import { CYCLER_FORMATS, CYCLER_REFUSALS } from '../../importers/cycler/formats/index';
import { readCyclerFile } from '../../importers/cycler/read-cycler-file';
import { evenCuts } from '../../importers/cycler/text-parts';
import { stitchFiles } from './stitch';

/** A column kept on disk, read whole. */
function readAll(column: SpilledColumn): number[] {
  const reader = new SpilledReader(column);
  try {
    return Array.from(reader.read(0, reader.length));
  } finally {
    reader.close();
  }
}

const START_EPOCH_S = 1_767_258_000;
const series = syntheticTest({ seed: 51, cycles: 6, capacityMAh: 3, currentMA: 0.6, sampleIntervalS: 300 });
const n = series.timeS.length;

let temp: TempNotebook;
let whole: ReturnType<typeof getCyclingTest>;
beforeAll(async () => {
  temp = await openTempNotebook();
  const filePath = path.join(temp.dir, 'whole.csv');
  writeArbinCsv(filePath, series, START_EPOCH_S);
  whole = getCyclingTest(temp.ctx, (await importCyclingTest(temp.ctx, [{ filePath, fileName: 'whole.csv' }])).testId);
});
afterAll(() => temp?.dispose());

/** Points [from, to) of the series, its time counted from `timeZeroS` and its cycles lowered by `cycleShift`. */
function part(from: number, to: number, timeZeroS: number, cycleShift: number): CyclerSeries {
  const cut = <Column extends NumberColumn>(column: Column | null) => column && (column.slice(from, to) as Column);
  return {
    ...series,
    timeS: series.timeS.slice(from, to).map((t) => t - timeZeroS),
    currentA: series.currentA.slice(from, to),
    voltageV: series.voltageV.slice(from, to),
    stepIndex: cut(series.stepIndex),
    vendorCycle: series.vendorCycle!.slice(from, to).map((cycle) => cycle - cycleShift),
    stateCode: series.stateCode && series.stateCode.slice(from, to),
    chargeCapacityAh: cut(series.chargeCapacityAh),
    dischargeCapacityAh: cut(series.dischargeCapacityAh),
    temperatureC: cut(series.temperatureC),
  };
}

function write(name: string, points: CyclerSeries, startEpochS: number): ImportFile {
  const filePath = path.join(temp.dir, name);
  writeArbinCsv(filePath, points, startEpochS);
  return { filePath, fileName: name };
}

/** The same file without its DateTime column (still an Arbin export: Cycle, Step and Test Time remain). */
function withoutDates(file: ImportFile, name: string): ImportFile {
  const filePath = path.join(temp.dir, name);
  const lines = readFileSync(file.filePath, 'utf8').split('\r\n');
  writeFileSync(filePath, lines.map((line) => line.split(',').filter((_, i) => i !== 2).join(',')).join('\r\n'));
  return { filePath, fileName: name };
}

function storedTimes(testId: number): number[] {
  const rows = temp.ctx.notebook.db.prepare('SELECT time_s FROM cycle_points WHERE test_id = ? ORDER BY cycle').all(testId) as Array<{ time_s: Buffer }>;
  return rows.flatMap((row) => [...new Float64Array(new Uint8Array(row.time_s).buffer)]);
}

function expectSameCycles(testId: number, tolerance: number) {
  const stitched = getCyclingTest(temp.ctx, testId);
  expect(stitched.test.pointCount).toBe(n);
  expect(stitched.cycles.map((row) => row.cycle)).toEqual(whole.cycles.map((row) => row.cycle));
  stitched.cycles.forEach((row, i) => {
    expect(Math.abs(row.chargeMAh / whole.cycles[i]!.chargeMAh - 1), `cycle ${row.cycle} charge`).toBeLessThan(tolerance);
    expect(Math.abs(row.dischargeMAh / whole.cycles[i]!.dischargeMAh - 1), `cycle ${row.cycle} discharge`).toBeLessThan(tolerance);
  });
  const total = (detail: typeof whole) => detail.cycles.reduce((sum, row) => sum + row.dischargeMAh, 0);
  expect(Math.abs(total(stitched) / total(whole) - 1)).toBeLessThan(tolerance);
  expect(stitched.lifespan).toMatchObject({ label: whole.lifespan.label, grade: whole.lifespan.grade });
  return stitched;
}

// Part 2 of a test continued after a pause: Test_Time and Cycle_Index restart, DateTime goes on.
const split = series.vendorCycle!.indexOf(4);
const splitS = series.timeS[split]!;
const restarted = () => [write('part1.csv', part(0, split, 0, 0), START_EPOCH_S), write('part2.csv', part(split, n, splitS, 3), START_EPOCH_S + splitS)] as const;

describe('stitching two exports of one test', () => {
  it('places a part that restarts its time and cycles after the first by its date: the union of points, cycles numbered on', async () => {
    expect(whole.cycles).toHaveLength(6);
    const [part1, part2] = restarted();
    const outcome = await importCyclingTest(temp.ctx, [part1, part2]);
    expect(outcome).toMatchObject({ rows: n, cycles: 6 });
    const stitched = expectSameCycles(outcome.testId, 1e-6);
    expect(stitched.files.map((file) => [file.position, file.fileName, file.rowCount])).toEqual([[0, 'part1.csv', split], [1, 'part2.csv', n - split]]);
    expect(stitched.files[0]!.timeOffsetS).toBeCloseTo(0, 6);
    expect(stitched.files[1]!.timeOffsetS).toBeCloseTo(splitS, 2);
    expect(stitched.test.startedAt).toBe(new Date(START_EPOCH_S * 1000).toISOString());
    expect(stitched.report.notes).toEqual(['2 files stitched in the order of their dates', 'part2.csv numbers its cycles from 1 again: counted on from cycle 4']);
    const times = storedTimes(outcome.testId);
    const wholeTimes = storedTimes(whole.test.id);
    expect(times).toHaveLength(wholeTimes.length);
    expect(Math.max(...times.map((t, i) => Math.abs(t - wholeTimes[i]!)))).toBeLessThan(2e-3);
  });

  it('stitches the parts by date when they are given in reverse order', async () => {
    const [part1, part2] = restarted();
    const outcome = await importCyclingTest(temp.ctx, [part2, part1], { allowDuplicate: true });
    const stitched = expectSameCycles(outcome.testId, 1e-6);
    expect(stitched.files.map((file) => file.fileName)).toEqual(['part1.csv', 'part2.csv']);
    expect(stitched.files[1]!.timeOffsetS).toBeCloseTo(splitS, 2);
    expect(stitched.report.notes[0]).toBe('2 files stitched in the order of their dates (not the order they were given in)');
  });

  it('keeps a part whose time and cycle numbers go on as they are', async () => {
    // The same bytes as part1.csv above, so a second import of them is allowed explicitly.
    const outcome = await importCyclingTest(temp.ctx, [write('on1.csv', part(0, split, 0, 0), START_EPOCH_S), write('on2.csv', part(split, n, 0, 0), START_EPOCH_S)], { allowDuplicate: true });
    const stitched = expectSameCycles(outcome.testId, 1e-9);
    expect(stitched.files[1]!.timeOffsetS).toBeCloseTo(0, 6);
    expect(stitched.report.notes).toEqual(['2 files stitched in the order of their dates']);
  });

  it('stitches undated parts in the order given, right after each other', async () => {
    const [part1, part2] = restarted();
    const outcome = await importCyclingTest(temp.ctx, [withoutDates(part1, 'undated1.csv'), withoutDates(part2, 'undated2.csv')]);
    const stitched = expectSameCycles(outcome.testId, 1e-6);
    expect(stitched.test.startedAt).toBeNull();
    expect(stitched.report.notes[0]).toBe('2 files stitched in the order given (they carry no dates)');
    // After the first part's last point, by one typical sampling interval (300 s here).
    const lastOfPart1 = storedTimes(outcome.testId)[split - 1]!;
    expect(stitched.files[1]!.timeOffsetS).toBeCloseTo(lastOfPart1 + 300, 0);
  });

  it('keeps the cycle numbers of a part that goes on in the middle of a cycle, and counts the recorded interval between them', async () => {
    const middle = series.vendorCycle!.findIndex((cycle, i) => cycle === 3 && series.stateCode![i] === -1) + 20;
    const outcome = await importCyclingTest(temp.ctx, [write('mid1.csv', part(0, middle, 0, 0), START_EPOCH_S), write('mid2.csv', part(middle, n, 0, 0), START_EPOCH_S)], { allowDuplicate: true });
    expect(outcome.cycles).toBe(6);
    const stitched = expectSameCycles(outcome.testId, 1e-9);
    expect(stitched.report.notes).toEqual(['2 files stitched in the order of their dates']);
  });

  it('counts no charge for a pause between two files, and re-analysis keeps that', async () => {
    // Part 2 starts 10 h after part 1 ends, with a charge: the pause must not become 10 h of charge.
    const pauseS = 36_000;
    const outcome = await importCyclingTest(temp.ctx, [write('pause1.csv', part(0, split, 0, 0), START_EPOCH_S), write('pause2.csv', part(split, n, splitS, 3), START_EPOCH_S + splitS + pauseS)], { allowDuplicate: true });
    const stitched = expectSameCycles(outcome.testId, 1e-6);
    expect(stitched.files[1]!.timeOffsetS).toBeCloseTo(splitS + pauseS, 2);
    reanalyseCyclingTest(temp.ctx, outcome.testId);
    expectSameCycles(outcome.testId, 1e-6);
    const gapRecorded = temp.ctx.notebook.db.prepare('SELECT gap_before_recorded AS recorded FROM cycling_files WHERE test_id = ? ORDER BY position').all(outcome.testId);
    expect(gapRecorded).toEqual([{ recorded: 0 }, { recorded: 0 }]);
  });

  it('keeps on disk a column one file kept on disk, the other file\'s values joined to it in order', { timeout: 30_000 }, async () => {
    const [part1, part2] = restarted();
    const spillDir = path.join(temp.dir, 'stitch-columns');
    mkdirSync(spillDir);
    const first = await readCyclerFile(part1.filePath, CYCLER_FORMATS, CYCLER_REFUSALS, { cuts: evenCuts(statSync(part1.filePath).size, 2), spillDir });
    const second = await readCyclerFile(part2.filePath, CYCLER_FORMATS, CYCLER_REFUSALS, { cuts: [] });
    expect(first.series.spilled?.temperatureC).toBeDefined();
    expect(second.series.temperatureC).not.toBeNull();
    const expected = (name: 'temperatureC' | 'dischargeCapacityAh') => [...readAll(first.series.spilled![name]!), ...second.series[name]!];
    const stitched = stitchFiles([first, second]).series;
    for (const name of ['temperatureC', 'dischargeCapacityAh'] as const) {
      expect(stitched[name]).toBeNull();
      expect(readAll(stitched.spilled![name]!)).toEqual(expected(name));
    }
  });
});
