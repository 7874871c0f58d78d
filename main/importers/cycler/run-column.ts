// Step, cycle and state numbers as runs: a value and the row it starts at, for as long as it stays
// the same. These columns change a few times per cycle (a 5 M-row test of 5,000 cycles has about
// 20,000 steps), so a part read on a worker thread sends a few thousand runs instead of a region of
// 4 bytes a row, and the joined column is made once, in the narrowest array that holds its values
// exactly (Int8 for step numbers up to 127, Int16 for cycles up to 32,767): on 5 M rows 15 MB for
// step and cycle together instead of 40, from the end of the read until the steps are split.
// A column that changes on most rows (a counter bound as "step") goes on as an ordinary column.
import type { NumberColumn } from '../../../shared/cycling/types';
import type { ColumnBinding } from './canonical';
import { GrowableColumn } from './series-builder';

/** The fields read as runs. */
export const RUN_FIELDS: ReadonlySet<ColumnBinding['field']> = new Set<ColumnBinding['field']>(['step', 'cycle', 'state']);

export interface Runs {
  /** Rows in all. */
  length: number;
  /** The row each run starts at (the first is 0), ascending. */
  starts: Int32Array;
  values: Float64Array;
}

/** Runs this many or more, over at least one in DENSE_RATIO rows, are no longer worth keeping as runs. */
const DENSE_MIN_RUNS = 4096;
const DENSE_RATIO = 8;

/** The same value in the sense of a stored column: NaN is NaN (an empty cell), and -0 is not 0. */
function sameValue(a: number, b: number): boolean {
  return a === b ? a !== 0 || Object.is(a, b) : a !== a && b !== b;
}

export class RunColumn {
  length = 0;
  private starts = new Int32Array(64);
  private values = new Float64Array(64);
  private count = 0;
  /** Set once the column changes too often for runs: its values go on here. */
  private dense: GrowableColumn | null = null;

  constructor(private readonly expectedRows = 1 << 14) {}

  push(value: number): void {
    if (this.dense) {
      this.dense.push(value);
      this.length += 1;
      return;
    }
    const count = this.count;
    if (count > 0 && sameValue(value, this.values[count - 1]!)) {
      this.length += 1;
      return;
    }
    if (count === this.starts.length) {
      if (count >= DENSE_MIN_RUNS && count * DENSE_RATIO > this.length) {
        this.dense = new GrowableColumn(this.expectedRows);
        const runs = this.runs();
        for (let k = 0; k < runs.starts.length; k += 1) {
          const end = k + 1 < runs.starts.length ? runs.starts[k + 1]! : runs.length;
          for (let i = runs.starts[k]!; i < end; i += 1) this.dense.push(runs.values[k]!);
        }
        this.starts = new Int32Array(0);
        this.values = new Float64Array(0);
        this.push(value);
        return;
      }
      this.grow();
    }
    this.starts[count] = this.length;
    this.values[count] = value;
    this.count += 1;
    this.length += 1;
  }

  /** The runs, or null when the column went on as an ordinary one (`denseColumn`). */
  finish(): Runs | null {
    return this.dense ? null : this.runs();
  }

  /** The column as an ordinary one when it changed too often for runs. */
  denseColumn(): NumberColumn | null {
    return this.dense?.toArray() ?? null;
  }

  /** Every row's value, in the narrowest array that holds them exactly. */
  toArray(): NumberColumn {
    return this.denseColumn() ?? expandRuns(this.runs());
  }

  private runs(): Runs {
    return { length: this.length, starts: this.starts.subarray(0, this.count), values: this.values.subarray(0, this.count) };
  }

  private grow(): void {
    const starts = new Int32Array(this.starts.length * 2);
    starts.set(this.starts);
    const values = new Float64Array(this.values.length * 2);
    values.set(this.values);
    this.starts = starts;
    this.values = values;
  }
}

/** Parts' runs end to end (each part's rows after the rows before), a run that continues across a cut kept as one. */
export function joinRuns(parts: readonly Runs[]): Runs {
  const starts: number[] = [];
  const values: number[] = [];
  let offset = 0;
  for (const part of parts) {
    for (let k = 0; k < part.starts.length; k += 1) {
      if (values.length > 0 && sameValue(values[values.length - 1]!, part.values[k]!)) continue;
      starts.push(offset + part.starts[k]!);
      values.push(part.values[k]!);
    }
    offset += part.length;
  }
  return { length: offset, starts: Int32Array.from(starts), values: Float64Array.from(values) };
}

/** The narrowest typed array that holds every one of `values` exactly. */
function narrowestFor(values: Float64Array): (length: number) => NumberColumn {
  let int8 = true;
  let int16 = true;
  let float32 = true;
  for (let k = 0; k < values.length; k += 1) {
    const value = values[k]!;
    const whole = Number.isInteger(value) && !Object.is(value, -0);
    if (!whole || value < -128 || value > 127) int8 = false;
    if (!whole || value < -32768 || value > 32767) int16 = false;
    if (Math.fround(value) !== value && value === value) float32 = false;
  }
  if (int8) return (length) => new Int8Array(length);
  if (int16) return (length) => new Int16Array(length);
  return float32 ? (length) => new Float32Array(length) : (length) => new Float64Array(length);
}

/** Every row's value of `runs`, in the narrowest array that holds them exactly. */
export function expandRuns(runs: Runs): NumberColumn {
  const column = narrowestFor(runs.values)(runs.length);
  for (let k = 0; k < runs.starts.length; k += 1) {
    const end = k + 1 < runs.starts.length ? runs.starts[k + 1]! : runs.length;
    column.fill(runs.values[k]!, runs.starts[k]!, end);
  }
  return column;
}
