// Step, cycle and state numbers kept as runs give back every value as it was pushed, in the
// narrowest array that holds them, whether read whole or in parts joined.
import { describe, expect, it } from 'vitest';
import { expandRuns, joinRuns, RunColumn } from './run-column';
import type { TextPartResult } from './text-part';
import { joinParts } from './text-parts';

/** Pushes every value; the column read back must hold each one as it was given (Object.is: -0 and NaN too). */
function roundTrip(values: readonly number[]) {
  const column = new RunColumn(16);
  for (const value of values) column.push(value);
  const out = column.toArray();
  expect(out.length).toBe(values.length);
  values.forEach((value, i) => {
    if (!Object.is(out[i], value)) expect.fail(`value ${i}: ${out[i]} read back for ${value}`);
  });
  return { column, out };
}

/** A step number per row: `perStep` rows per step, steps 1..stepsPerCycle repeated. */
const stepNumbers = (rows: number, perStep: number, stepsPerCycle: number) => Array.from({ length: rows }, (_, i) => (Math.floor(i / perStep) % stepsPerCycle) + 1);

describe('a column read as runs', () => {
  it('keeps step numbers as Int8, cycle numbers as Int16, and others as Float32 or Float64, every value as given', () => {
    expect(roundTrip(stepNumbers(50_000, 37, 4)).out).toBeInstanceOf(Int8Array);
    expect(roundTrip(Array.from({ length: 50_000 }, (_, i) => Math.floor(i / 9) - 100)).out).toBeInstanceOf(Int16Array);
    expect(roundTrip(Array.from({ length: 50_000 }, (_, i) => Math.floor(i / 3))).out).toBeInstanceOf(Float32Array);
    // An empty cell (NaN) and -0 are not whole numbers of an integer array.
    expect(roundTrip([1, 1, Number.NaN, Number.NaN, 2]).out).toBeInstanceOf(Float32Array);
    expect(roundTrip([0, -0, -0, 0]).out).toBeInstanceOf(Float32Array);
    expect(roundTrip([1, 0.1, 0.1]).out).toBeInstanceOf(Float64Array);
    expect(roundTrip([]).out.length).toBe(0);
  });

  it('holds one run per change', () => {
    const { column } = roundTrip(stepNumbers(1000, 10, 4));
    const runs = column.finish()!;
    expect(runs.starts.length).toBe(100);
    expect(Array.from(runs.starts.subarray(0, 3))).toEqual([0, 10, 20]);
    expect(Array.from(runs.values.subarray(0, 5))).toEqual([1, 2, 3, 4, 1]);
  });

  it('goes on as an ordinary column when it changes on most rows (a counter), with every value as given', () => {
    const counter = Array.from({ length: 40_000 }, (_, i) => i);
    const { column, out } = roundTrip(counter);
    expect(column.finish()).toBeNull();
    expect(out).toBeInstanceOf(Float32Array);
  });

  it('joined from parts cut anywhere, gives what the whole gives, a run across a cut kept as one', () => {
    const values = [...stepNumbers(3000, 17, 5), Number.NaN, Number.NaN, 3, 3];
    const whole = new RunColumn();
    for (const value of values) whole.push(value);
    for (const cuts of [[1], [17], [18, 500], [34, 35, 2999, 3001]]) {
      const bounds = [0, ...cuts, values.length];
      const parts = bounds.slice(1).map((end, k) => {
        const part = new RunColumn();
        for (const value of values.slice(bounds[k], end)) part.push(value);
        return part.finish()!;
      });
      const joined = joinRuns(parts);
      expect(joined).toEqual(whole.finish());
      const expanded = expandRuns(joined);
      values.forEach((value, i) => {
        if (!Object.is(expanded[i], value)) expect.fail(`cuts ${cuts.join(',')}, value ${i}: ${expanded[i]} for ${value}`);
      });
    }
  });

  it('joins a part sent as runs with one that went on as an ordinary column (joinParts), every value as given', () => {
    const tally = { rows: 0, skipped: 0, firstSkippedLine: 0, damaged: 0, timeResets: 0, firstResetLine: 0, cutLastLine: 0 };
    const first = stepNumbers(100, 10, 4);
    const counter = Array.from({ length: 40_000 }, (_, i) => 5 + i);
    const parts: TextPartResult[] = [first, counter].map((values) => {
      const column = new RunColumn();
      for (const value of values) column.push(value);
      const runs = column.finish();
      return { columns: [runs ? new Float64Array(0) : column.denseColumn()!], spilled: [null], runs: [runs], tally: { ...tally, rows: values.length }, lines: values.length, firstTime: 0, firstRowLine: 1, lastTime: 0 };
    });
    expect(parts[0]!.runs[0]).not.toBeNull();
    expect(parts[1]!.runs[0]).toBeNull();
    const { columns } = joinParts(parts);
    expect(Array.from(columns[0]!)).toEqual([...first, ...counter]);
  });
});
