// Collects parsed points into typed arrays (a million points of ten columns is 80 MB as Float64;
// as JavaScript objects it would be several times that). Values go into fixed blocks, so growing
// never copies nor leaves a half-empty doubled array behind; the one array of the exact length is
// made at the end, and the blocks are let go.

const BLOCK = 1 << 16;

export class GrowableColumn {
  private blocks: Float64Array[] = [];
  private block: Float64Array;
  private at = 0;
  private result: Float64Array | null = null;
  length = 0;

  constructor(initial = 1 << 14) {
    this.block = new Float64Array(Math.min(initial, BLOCK));
  }

  push(value: number): void {
    if (this.at === this.block.length) this.nextBlock();
    this.block[this.at] = value;
    this.at += 1;
    this.length += 1;
  }

  private nextBlock(): void {
    if (this.result) throw new Error('GrowableColumn: push after toArray');
    if (this.block.length < BLOCK) {
      // The first block grows up to the block size (small files stay small).
      const bigger = new Float64Array(Math.min(BLOCK, this.block.length * 2));
      bigger.set(this.block);
      this.block = bigger;
      return;
    }
    this.blocks.push(this.block);
    this.block = new Float64Array(BLOCK);
    this.at = 0;
  }

  /** The values, exactly `length` of them; the same array on every call (no more pushes after). */
  toArray(): Float64Array {
    if (this.result) return this.result;
    const out = new Float64Array(this.length);
    let offset = 0;
    for (let i = 0; i < this.blocks.length; i += 1) {
      out.set(this.blocks[i]!, offset);
      offset += BLOCK;
    }
    out.set(this.block.subarray(0, this.at), offset);
    this.blocks = [];
    this.block = new Float64Array(0);
    this.at = 0;
    this.result = out;
    return out;
  }
}
