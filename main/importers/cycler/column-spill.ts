// Columns a long import keeps on disk instead of in memory. The analysis needs the capacity
// columns only summarised per step, and the temperature only per cycle as it is stored: held
// whole, these four columns are a third of a large export's memory (5 million points: 160 MB of
// Float64). A part read on a worker thread appends them to temporary files in the import's own
// folder as it reads, in blocks, each written with its own open and close: a worker ended by a
// cancel leaves no open file behind, and the folder goes with the import. The values are the
// Float64s parsed, byte for byte, so everything read back is what memory would have held.
import { appendFileSync, closeSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import type { ReadingColumn, SpilledColumn, SpilledColumns, SpilledPiece } from '../../../shared/cycling/types';
import type { ColumnBinding } from './canonical';

/**
 * The fields kept on disk by a part read for an import, and where each goes in the series. A
 * direction-less per-step capacity is split into the charge and discharge columns once the
 * directions are known (splitSpilledStepCapacity).
 */
export const SPILLED_FIELDS: Partial<Record<ColumnBinding['field'], keyof SpilledColumns | 'stepCapacityAh'>> = {
  charge_capacity_Ah: 'chargeCapacityAh',
  discharge_capacity_Ah: 'dischargeCapacityAh',
  step_capacity_Ah: 'stepCapacityAh',
  temperature_C: 'temperatureC',
};

/** Values per write (512 KiB): few system calls, little memory. */
const BLOCK_VALUES = 1 << 16;

/** Where a part spills: its folder and its number (file names stay apart between parts). */
export interface SpillTarget {
  dir: string;
  part: number;
}

export function spillPath(target: SpillTarget, field: string): string {
  return path.join(target.dir, `part-${target.part}-${field}.f64`);
}

/** Collects one column's values into a file, as GrowableColumn collects them into memory. */
export class ColumnSpill {
  private readonly block = new Float64Array(BLOCK_VALUES);
  private at = 0;
  length = 0;

  constructor(private readonly filePath: string) {
    // Created now, so that a part with no rows still has its (empty) file.
    appendFileSync(filePath, new Uint8Array(0));
  }

  push(value: number): void {
    if (this.at === BLOCK_VALUES) this.flush();
    this.block[this.at] = value;
    this.at += 1;
    this.length += 1;
  }

  private flush(): void {
    if (this.at === 0) return;
    appendFileSync(this.filePath, new Uint8Array(this.block.buffer, 0, this.at * Float64Array.BYTES_PER_ELEMENT));
    this.at = 0;
  }

  /** Writes what is left; the piece the column's values are. */
  finish(): SpilledPiece {
    this.flush();
    return { rows: this.length, path: this.filePath };
  }
}

/** Rows of a column, in order, as one column of the pieces of several (parts of a file, files of a test). */
export function joinSpilled(columns: ReadonlyArray<SpilledColumn | SpilledPiece>): SpilledColumn {
  return { pieces: columns.flatMap((column) => ('pieces' in column ? column.pieces : [column])) };
}

/**
 * Reads a spilled column's values by range, for callers that go through it in order (per step,
 * per cycle); any range can be read. Files are opened once each and closed by close().
 */
export class SpilledReader {
  private readonly starts: number[] = [];
  private readonly fds = new Map<number, number>();
  readonly length: number;

  constructor(private readonly column: SpilledColumn) {
    let start = 0;
    for (const piece of column.pieces) {
      this.starts.push(start);
      start += piece.rows;
    }
    this.length = start;
  }

  /** Values [from, to) into `out` (or a new array). */
  read(from: number, to: number, out: Float64Array = new Float64Array(to - from)): Float64Array {
    let at = from;
    let piece = this.pieceAt(from);
    while (at < to) {
      const { pieces } = this.column;
      const current = pieces[piece]!;
      const offset = at - this.starts[piece]!;
      const count = Math.min(to - at, current.rows - offset);
      const into = out.subarray(at - from, at - from + count);
      if ('values' in current) into.set(current.values.subarray(offset, offset + count));
      else if ('empty' in current) into.fill(Number.NaN);
      else this.readFile(piece, current.path, offset, into);
      at += count;
      piece += 1;
    }
    return out;
  }

  /**
   * Calls `each` with the values in order, a block at a time (`from`: the index of its first
   * value); the block is reused, so it is read before `each` returns. A loop over a block costs a
   * fifth of a call per value (a million-point capacity column: 20 ms instead of 100).
   */
  forEachBlock(each: (values: Float64Array, from: number) => void): void {
    const block = new Float64Array(BLOCK_VALUES);
    for (let from = 0; from < this.length; from += BLOCK_VALUES) {
      const to = Math.min(this.length, from + BLOCK_VALUES);
      each(this.read(from, to, block.subarray(0, to - from)), from);
    }
  }

  close(): void {
    for (const fd of this.fds.values()) closeSync(fd);
    this.fds.clear();
  }

  private pieceAt(index: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= index) low = middle;
      else high = middle - 1;
    }
    // A piece of no rows starts where the next one does: step over it.
    while (low < this.column.pieces.length - 1 && this.column.pieces[low]!.rows === 0) low += 1;
    return low;
  }

  private readFile(piece: number, filePath: string, offset: number, into: Float64Array): void {
    let fd = this.fds.get(piece);
    if (fd === undefined) {
      fd = openSync(filePath, 'r');
      this.fds.set(piece, fd);
    }
    const bytes = new Uint8Array(into.buffer, into.byteOffset, into.byteLength);
    let done = 0;
    while (done < bytes.length) {
      const read = readSync(fd, bytes, done, bytes.length - done, offset * Float64Array.BYTES_PER_ELEMENT + done);
      if (read === 0) throw new Error(`${path.basename(filePath)} ends before its ${offset + into.length}th value`);
      done += read;
    }
  }
}

/** Every value of a spilled column, read in blocks, once. */
export function forEachSpilled(column: SpilledColumn, each: (value: number, index: number) => void): void {
  forEachSpilledBlock(column, (values, from) => {
    for (let i = 0; i < values.length; i += 1) each(values[i]!, from + i);
  });
}

/** A spilled column's values in order, a block at a time (SpilledReader.forEachBlock). */
export function forEachSpilledBlock(column: SpilledColumn, each: (values: Float64Array, from: number) => void): void {
  const reader = new SpilledReader(column);
  try {
    reader.forEachBlock(each);
  } finally {
    reader.close();
  }
}

/**
 * A per-step capacity written as |value| into a charge column where the point charges and into a
 * discharge column where it discharges (NaN in the other): the rule read-cycler-file.ts applies to
 * such a column held in memory, the direction being the state's, else the current's sign.
 */
let splits = 0;

export function splitSpilledStepCapacity(column: SpilledColumn, currentA: ReadingColumn, stateCode: Int8Array | null, dir: string): Required<Pick<SpilledColumns, 'chargeCapacityAh' | 'dischargeCapacityAh'>> {
  // Numbered: the files of one import share its folder.
  splits += 1;
  const charge = new ColumnSpill(path.join(dir, `split-${splits}-charge_capacity_Ah.f64`));
  const discharge = new ColumnSpill(path.join(dir, `split-${splits}-discharge_capacity_Ah.f64`));
  forEachSpilled(column, (value, i) => {
    const direction = stateCode && stateCode[i] !== 0 ? stateCode[i]! : Math.sign(currentA[i]!);
    charge.push(direction > 0 ? Math.abs(value) : Number.NaN);
    discharge.push(direction < 0 ? Math.abs(value) : Number.NaN);
  });
  return { chargeCapacityAh: { pieces: [charge.finish()] }, dischargeCapacityAh: { pieces: [discharge.finish()] } };
}
