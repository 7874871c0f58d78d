// Downsampling for plots that keeps what a researcher looks for: the points are cut into as many
// buckets as the plot has pixel columns, and each bucket keeps the points where every plotted y is
// at its minimum and its maximum (the min/max-per-bucket method plotly-resampler and MinMaxLTTB
// build on), plus the series' first and last point. Decimating by stride instead drops the spike
// or dip between two kept points. A zoomed range is cut out first, so that zooming in far enough
// shows every stored point.

export const DOWNSAMPLING_METHOD = 'min/max per pixel column (every extremum, first and last point kept)';

export interface Sampled {
  /** Indices into the input, ascending. */
  indices: number[];
  /** Every input point in the range is kept. */
  fullResolution: boolean;
}

/** Whether x never decreases (and holds no NaN): its zoomed ranges can then be found by bisection. */
export function isAscending(x: ArrayLike<number>): boolean {
  for (let i = 1; i < x.length; i += 1) if (!(x[i]! >= x[i - 1]!)) return false;
  return x.length === 0 || !Number.isNaN(x[0]!);
}

/** The first index whose x is at least `value` (or beyond `after` too: greater than it), in an ascending x. */
function bisect(x: ArrayLike<number>, value: number, after: boolean): number {
  let low = 0;
  let high = x.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (after ? x[mid]! <= value : x[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Index range [from, to) of the points whose x lies in [lo, hi], widened by one point each way so
 * lines run to the edge. An `ascending` x (time) is bisected: a zoom into a million points reads a
 * few dozen of them, not all; any other x is scanned.
 */
export function indexRangeOf(x: ArrayLike<number>, lo: number, hi: number, ascending = false): [number, number] {
  if (ascending) {
    const first = bisect(x, lo, false);
    const last = bisect(x, hi, true) - 1;
    return first > last ? [0, 0] : [Math.max(0, first - 1), Math.min(x.length, last + 2)];
  }
  let first = -1;
  let last = -1;
  for (let i = 0; i < x.length; i += 1) {
    const value = x[i]!;
    if (value >= lo && value <= hi) {
      if (first === -1) first = i;
      last = i;
    }
  }
  if (first === -1) return [0, 0];
  return [Math.max(0, first - 1), Math.min(x.length, last + 2)];
}

/**
 * Keeps at most about 2 × `buckets` × ys.length + 2 points of [from, to): per bucket the index of
 * each y's minimum and maximum (NaN skipped), and always the first and the last index.
 */
export function minMaxDownsample(ys: ReadonlyArray<ArrayLike<number>>, buckets: number, from = 0, to = ys[0]?.length ?? 0): Sampled {
  const count = to - from;
  if (count <= 0) return { indices: [], fullResolution: true };
  const perBucket = 2 * Math.max(1, ys.length);
  if (count <= buckets * perBucket) return { indices: Array.from({ length: count }, (_, k) => from + k), fullResolution: true };
  const keep = new Set<number>([from, to - 1]);
  const size = count / buckets;
  for (let b = 0; b < buckets; b += 1) {
    const start = from + Math.floor(b * size);
    const end = b === buckets - 1 ? to : from + Math.floor((b + 1) * size);
    for (const y of ys) {
      let minAt = -1;
      let maxAt = -1;
      for (let i = start; i < end; i += 1) {
        const value = y[i]!;
        if (Number.isNaN(value)) continue;
        if (minAt === -1 || value < y[minAt]!) minAt = i;
        if (maxAt === -1 || value > y[maxAt]!) maxAt = i;
      }
      if (minAt !== -1) keep.add(minAt);
      if (maxAt !== -1) keep.add(maxAt);
    }
  }
  return { indices: [...keep].sort((a, b) => a - b), fullResolution: false };
}

/** The zoomed part of a series (x within `range`; `ascending`: see indexRangeOf), downsampled for `buckets` pixel columns. */
export function downsampleInRange(x: ArrayLike<number>, ys: ReadonlyArray<ArrayLike<number>>, buckets: number, range: { from: number; to: number } | null, ascending = false): Sampled {
  const [from, to] = range === null ? [0, x.length] : indexRangeOf(x, range.from, range.to, ascending);
  return minMaxDownsample(ys, buckets, from, to);
}

/** Values at the kept indices, rounded to `digits` decimals (the wire carries no float noise). */
export function pick(values: ArrayLike<number>, indices: readonly number[], scale = 1, digits = 6): number[] {
  const factor = 10 ** digits;
  return indices.map((i) => Math.round(values[i]! * scale * factor) / factor);
}
