// Collects parsed points into growable typed arrays (a million points of ten columns is 80 MB as
// Float64; as JavaScript objects it would be several times that).

export class GrowableColumn {
  private data: Float64Array;
  length = 0;

  constructor(initial = 1 << 14) {
    this.data = new Float64Array(initial);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Float64Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length] = value;
    this.length += 1;
  }

  /** The values so far, trimmed to length (a copy, so the builder may be dropped). */
  toArray(): Float64Array {
    return this.data.slice(0, this.length);
  }
}
