// Collects parsed points into typed arrays (a million points of ten columns is 80 MB as Float64;
// as JavaScript objects it would be several times that). The reader knows about how many rows a
// file holds (its size over the length of its first lines), so the first array is made that large
// and usually ends up being the result itself, without a copy. Beyond it, values go into fixed
// blocks, so growing never copies nor leaves a half-empty doubled array behind; the one array of
// the exact length is then made at the end, and the blocks are let go. A part of a file read on a
// worker thread is given its first array as a region of memory shared with the main thread
// (parallel-read.ts), so that its values are written once, where the whole file's column will be.
//
// A column is kept as Float32 for as long as every value in it is one exactly (step, cycle and
// state numbers, integers below 2^24, and NaN for an empty cell): half the memory, and reading it
// back gives the very numbers parsed. The first value that Float32 does not hold exactly (a time,
// a current, a voltage) turns the column to Float64 for good, in place where it can. Current and
// voltage are kept as Float32 whatever their values (`rounded`): as the points store keeps them
// (stored-precision.ts).
import type { NumberColumn } from '../../../shared/cycling/types';

const BLOCK = 1 << 16;
/** A first array this much fuller than needed is copied to its length rather than kept. */
const KEEP_IF_USED = 0.8;

/** True when Float32 holds `value` exactly (NaN included). */
function holdsInFloat32(value: number): boolean {
  return Math.fround(value) === value || value !== value;
}

/**
 * `narrow` as Float64 in the same memory (its buffer has room for `count` Float64 values from its
 * byteOffset): read from the end, so that no value is overwritten before it is read.
 */
export function widenInPlace(narrow: Float32Array, count = narrow.length): Float64Array {
  const wide = new Float64Array(narrow.buffer, narrow.byteOffset, count);
  for (let i = count - 1; i >= 0; i -= 1) wide[i] = narrow[i]!;
  return wide;
}

/** Whether `column`'s buffer has room for its values as Float64 from where it starts. */
function roomForFloat64(column: Float32Array): boolean {
  return column.buffer.byteLength - column.byteOffset >= column.length * Float64Array.BYTES_PER_ELEMENT;
}

/** The column as Float64 with the same values: in place when its buffer has room (then `column` must not be used again), else a copy. */
export function float64Column(column: NumberColumn): Float64Array {
  if (column instanceof Float64Array) return column;
  return column instanceof Float32Array && roomForFloat64(column) ? widenInPlace(column) : Float64Array.from(column);
}

export class GrowableColumn {
  private blocks: NumberColumn[] = [];
  /** The block being filled: one of the two, by `narrow` (two fields, so that each store in push sees one array type). */
  private block32: Float32Array;
  private block64: Float64Array = new Float64Array(0);
  private at = 0;
  private result: NumberColumn | null = null;
  /** True when the first array was given (shared memory): it is never replaced, only viewed. */
  private readonly given: boolean;
  /** The given region as Float64 (its full size), kept to widen into. */
  private readonly givenWide: Float64Array | null;
  private narrow = true;
  length = 0;

  /**
   * `expected`: the number of values the caller expects (a guess; more or fewer are fine).
   * `first`: the array to fill first (a region of shared memory); values beyond it go into blocks.
   * `rounded`: every value is kept as the Float32 nearest it, and the column never widens; its
   * region, if given, is a Float32Array (4 bytes a row).
   */
  constructor(
    expected = 1 << 14,
    first?: Float64Array | Float32Array,
    private readonly rounded = false,
  ) {
    this.given = first !== undefined && first.length > 0;
    if (this.given && (first instanceof Float32Array) !== rounded) throw new Error('GrowableColumn: a Float32 region is for a rounded column only');
    this.givenWide = this.given && first instanceof Float64Array ? first : null;
    if (!this.given) this.block32 = new Float32Array(Math.max(16, Math.ceil(expected)));
    else this.block32 = first instanceof Float32Array ? first : new Float32Array(first!.buffer, first!.byteOffset, first!.length);
  }

  push(value: number): void {
    if (this.narrow) {
      if (this.rounded || holdsInFloat32(value)) {
        if (this.at === this.block32.length) this.nextBlock();
        this.block32[this.at] = value;
        this.at += 1;
        this.length += 1;
        return;
      }
      this.widen();
    }
    if (this.at === this.block64.length) this.nextBlock();
    this.block64[this.at] = value;
    this.at += 1;
    this.length += 1;
  }

  private get block(): NumberColumn {
    return this.narrow ? this.block32 : this.block64;
  }

  /** From here on Float64: the values so far are moved over as they are (Float32 held them exactly). */
  private widen(): void {
    const wide = (array: NumberColumn, count: number): Float64Array => {
      if (this.givenWide && array.buffer === this.givenWide.buffer && array.byteOffset === this.givenWide.byteOffset) {
        widenInPlace(array as Float32Array, count);
        return this.givenWide;
      }
      const copy = new Float64Array(array.length);
      copy.set(array.subarray(0, count));
      return copy;
    };
    this.blocks = this.blocks.map((block) => wide(block, block.length));
    this.block64 = wide(this.block32, this.at);
    this.block32 = new Float32Array(0);
    this.narrow = false;
  }

  private nextBlock(): void {
    if (this.result) throw new Error('GrowableColumn: push after toArray');
    const current = this.block;
    const make = (length: number) => (this.narrow ? new Float32Array(length) : new Float64Array(length));
    let next: NumberColumn;
    if (this.blocks.length === 0 && current.length < BLOCK && !this.given) {
      // A small first guess grows up to the block size (small files stay small).
      next = make(Math.min(BLOCK, current.length * 2));
      next.set(current);
    } else {
      this.blocks.push(current);
      next = make(BLOCK);
      this.at = 0;
    }
    if (this.narrow) this.block32 = next as Float32Array;
    else this.block64 = next as Float64Array;
  }

  /**
   * The values, exactly `length` of them (Float32 when every one fits it exactly, else Float64);
   * the same array on every call (no more pushes after).
   * `keepSpare`: when all fit in the first array, a view of it however little is used (the first
   * part of a file read in parts is sized for the whole file, and the other parts are appended to
   * it: its unused pages were never touched, so they cost no memory).
   */
  toArray(keepSpare = false): NumberColumn {
    if (this.result) return this.result;
    const current = this.block;
    if (this.blocks.length === 0) {
      // All in the first array: a view of it when it is well used, else a copy that frees it.
      this.result = keepSpare || this.given || this.at >= KEEP_IF_USED * current.length ? current.subarray(0, this.at) : current.slice(0, this.at);
    } else {
      const out = this.narrow ? new Float32Array(this.length) : new Float64Array(this.length);
      let offset = 0;
      for (const block of this.blocks) {
        out.set(block, offset);
        offset += block.length;
      }
      out.set(current.subarray(0, this.at), offset);
      this.blocks = [];
      this.at = 0;
      this.result = out;
    }
    this.block32 = new Float32Array(0);
    this.block64 = new Float64Array(0);
    return this.result;
  }
}
