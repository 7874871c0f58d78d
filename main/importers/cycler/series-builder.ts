// Collects parsed points into typed arrays (a million points of ten columns is 80 MB as Float64;
// as JavaScript objects it would be several times that). The reader knows about how many rows a
// file holds (its size over the length of its first lines), so the first array is made that large
// and usually ends up being the result itself, without a copy. Beyond it, values go into fixed
// blocks, so growing never copies nor leaves a half-empty doubled array behind; the one array of
// the exact length is then made at the end, and the blocks are let go. A part of a file read on a
// worker thread is given its first array as a region of memory shared with the main thread
// (parallel-read.ts), so that its values are written once, where the whole file's column will be.

const BLOCK = 1 << 16;
/** A first array this much fuller than needed is copied to its length rather than kept. */
const KEEP_IF_USED = 0.8;

export class GrowableColumn {
  private blocks: Float64Array[] = [];
  private block: Float64Array;
  private at = 0;
  private result: Float64Array | null = null;
  /** True when the first array was given (shared memory): it is never replaced, only viewed. */
  private readonly given: boolean;
  length = 0;

  /**
   * `expected`: the number of values the caller expects (a guess; more or fewer are fine).
   * `first`: the array to fill first (a region of shared memory); values beyond it go into blocks.
   */
  constructor(expected = 1 << 14, first?: Float64Array) {
    this.given = first !== undefined && first.length > 0;
    this.block = this.given ? first! : new Float64Array(Math.max(16, Math.ceil(expected)));
  }

  push(value: number): void {
    if (this.at === this.block.length) this.nextBlock();
    this.block[this.at] = value;
    this.at += 1;
    this.length += 1;
  }

  private nextBlock(): void {
    if (this.result) throw new Error('GrowableColumn: push after toArray');
    if (this.blocks.length === 0 && this.block.length < BLOCK && !this.given) {
      // A small first guess grows up to the block size (small files stay small).
      const bigger = new Float64Array(Math.min(BLOCK, this.block.length * 2));
      bigger.set(this.block);
      this.block = bigger;
      return;
    }
    this.blocks.push(this.block);
    this.block = new Float64Array(BLOCK);
    this.at = 0;
  }

  /**
   * The values, exactly `length` of them; the same array on every call (no more pushes after).
   * `keepSpare`: when all fit in the first array, a view of it however little is used (the first
   * part of a file read in parts is sized for the whole file, and the other parts are appended to
   * it: its unused pages were never touched, so they cost no memory).
   */
  toArray(keepSpare = false): Float64Array {
    if (this.result) return this.result;
    if (this.blocks.length === 0) {
      // All in the first array: a view of it when it is well used, else a copy that frees it.
      this.result = keepSpare || this.given || this.at >= KEEP_IF_USED * this.block.length ? this.block.subarray(0, this.at) : this.block.slice(0, this.at);
      this.block = new Float64Array(0);
      return this.result;
    }
    const out = new Float64Array(this.length);
    let offset = 0;
    for (const block of this.blocks) {
      out.set(block, offset);
      offset += block.length;
    }
    out.set(this.block.subarray(0, this.at), offset);
    this.blocks = [];
    this.block = new Float64Array(0);
    this.at = 0;
    this.result = out;
    return out;
  }
}
