import { describe, expect, it } from 'vitest';
import type { NumberColumn } from '../../../shared/cycling/types';
import { float64Column, GrowableColumn } from './series-builder';
import type { SharedColumns, TextPartResult } from './text-part';
import { joinParts } from './text-parts';

const TALLY = { rows: 0, skipped: 0, firstSkippedLine: 0, damaged: 0, timeResets: 0, firstResetLine: 0, cutLastLine: 0 };

/** Pushes every value; the column read back must hold each one as it was given (Object.is: -0 and NaN too). */
function roundTrip(values: readonly number[], first?: Float64Array): NumberColumn {
  const column = new GrowableColumn(16, first);
  for (const value of values) column.push(value);
  const out = column.toArray();
  expect(out.length).toBe(values.length);
  values.forEach((value, i) => {
    if (!Object.is(out[i], value)) expect.fail(`value ${i}: ${out[i]} read back for ${value}`);
  });
  return out;
}

describe('a column of parsed numbers', () => {
  it('keeps step and cycle numbers (integers, empty cells) as Float32, over many blocks', () => {
    const steps = Array.from({ length: 200_000 }, (_, i) => (i % 9973 === 5 ? Number.NaN : Math.floor(i / 37) + (i === 3 ? -0 : 0)));
    expect(roundTrip(steps)).toBeInstanceOf(Float32Array);
  });

  it('turns to Float64 at the first value Float32 does not hold, with every value before it unchanged', () => {
    for (const at of [0, 1, 70_000, 199_999]) {
      const values = Array.from({ length: 200_000 }, (_, i) => (i < at ? i : i * 0.001 + 1e-9));
      expect(roundTrip(values)).toBeInstanceOf(Float64Array);
    }
  });

  it('does so in place in a region of shared memory, also after outgrowing it', () => {
    for (const count of [5_000, 12_000]) {
      const buffer = new SharedArrayBuffer(16_000 * 8);
      const region = new Float64Array(buffer, 8 * 1000, 10_000);
      const values = Array.from({ length: count }, (_, i) => (i < 4_000 ? i : 3.1 + i * 1e-7));
      const out = roundTrip(values, region);
      expect(out).toBeInstanceOf(Float64Array);
      if (count <= 10_000) expect(out.buffer).toBe(buffer);
    }
  });

  it('is widened in its own memory when it has the room, else copied', () => {
    const roomy = new Float32Array(new ArrayBuffer(80), 0, 10).fill(7);
    const wide = float64Column(roomy);
    expect(wide.buffer).toBe(roomy.buffer);
    expect([...wide]).toEqual(Array(10).fill(7));
    const tight = Float32Array.from([1, 2, 3]);
    expect([...float64Column(tight)]).toEqual([1, 2, 3]);
  });

  /**
   * Two parts of two columns read into shared regions of 8 bytes a row. Column 0:
   * whole numbers in both parts; column 1: whole numbers in the first part, decimals in the second.
   */
  function partsInRegions() {
    const bytesPerRow = 8;
    const capacityRows = 1000;
    const buffers = [new SharedArrayBuffer(2 * capacityRows * bytesPerRow), new SharedArrayBuffer(2 * capacityRows * bytesPerRow)];
    const regions: SharedColumns[] = [0, 1].map((part) => ({ buffers, offsetRows: part * capacityRows, capacityRows, bytesPerRow: [bytesPerRow, bytesPerRow] }));
    const partValues = [
      [Array.from({ length: 700 }, (_, i) => i), Array.from({ length: 700 }, (_, i) => i * 2)],
      [Array.from({ length: 600 }, (_, i) => 700 + i), Array.from({ length: 600 }, (_, i) => i * 0.1)],
    ];
    const parts: TextPartResult[] = partValues.map((columns, part) => {
      const built = columns.map((values, index) => {
        const offset = regions[part]!.offsetRows * bytesPerRow;
        const region = new Float64Array(buffers[index]!, offset, capacityRows);
        const column = new GrowableColumn(16, region);
        for (const value of values) column.push(value);
        return column.toArray();
      });
      return { columns: built, spilled: [null, null], runs: [null, null], tally: { ...TALLY, rows: columns[0]!.length }, lines: columns[0]!.length, firstTime: 0, firstRowLine: 1, lastTime: 0 };
    });
    return { buffers, regions, partValues, parts };
  }

  it('joins parts read into shared regions: Float32 when every part kept it, else Float64 throughout', () => {
    const { regions, partValues, parts } = partsInRegions();
    const { columns } = joinParts(parts, regions);
    expect(columns[0]).toBeInstanceOf(Float32Array);
    expect(columns[1]).toBeInstanceOf(Float64Array);
    expect([...columns[0]!]).toEqual([...partValues[0]![0]!, ...partValues[1]![0]!]);
    expect([...columns[1]!]).toEqual([...partValues[0]![1]!, ...partValues[1]![1]!]);
  });
});
