import { describe, expect, it } from 'vitest';
import { seededRandom } from '../cycling/synthetic-random';
import { downsampleInRange, indexRangeOf, isAscending, minMaxDownsample } from './downsample';

function noisySeries(n: number, seed: number): Float64Array {
  const random = seededRandom(seed);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i += 1) y[i] = Math.sin(i / 500) + 0.05 * random.gaussian();
  return y;
}

describe('min/max downsampling per pixel column', () => {
  it('keeps the first and last point, every bucket’s extremes, and the global extremes', () => {
    const y = noisySeries(100_000, 7);
    const buckets = 800;
    const { indices, fullResolution } = minMaxDownsample([y], buckets);
    expect(fullResolution).toBe(false);
    expect(indices[0]).toBe(0);
    expect(indices[indices.length - 1]).toBe(y.length - 1);
    expect(indices.length).toBeLessThanOrEqual(2 * buckets + 2);
    const kept = new Set(indices);
    // Independently: each of the 800 equal index ranges' min and max value must be among the kept values.
    const size = y.length / buckets;
    for (let b = 0; b < buckets; b += 1) {
      const slice = Array.from(y.subarray(Math.floor(b * size), b === buckets - 1 ? y.length : Math.floor((b + 1) * size)));
      const keptValues = [...kept].filter((i) => i >= Math.floor(b * size) && i < Math.floor((b + 1) * size)).map((i) => y[i]!);
      expect(keptValues).toContain(Math.min(...slice));
      expect(keptValues).toContain(Math.max(...slice));
    }
    let maxAt = 0;
    let minAt = 0;
    y.forEach((value, i) => {
      if (value > y[maxAt]!) maxAt = i;
      if (value < y[minAt]!) minAt = i;
    });
    expect(kept.has(maxAt) && kept.has(minAt)).toBe(true);
  });

  it('keeps a one-point spike and a one-point dip that decimation by stride would drop', () => {
    const y = new Float64Array(50_000).fill(3.7);
    y[12_345] = 4.3;
    y[33_333] = 2.1;
    const { indices } = minMaxDownsample([y], 100);
    expect(indices).toContain(12_345);
    expect(indices).toContain(33_333);
    const stride = Math.ceil(y.length / 200);
    expect(Array.from({ length: 200 }, (_, k) => k * stride)).not.toContain(12_345);
  });

  it('keeps both series’ extremes when two are drawn from one set of points (voltage and current)', () => {
    const voltage = new Float64Array(20_000).map((_, i) => 3.5 + i * 1e-5);
    const current = new Float64Array(20_000).fill(0.5);
    current[7_777] = -3;
    const { indices } = minMaxDownsample([voltage, current], 50);
    expect(indices).toContain(7_777);
  });

  it('skips NaN, and a short series is shown whole', () => {
    const y = [1, Number.NaN, 3, 2];
    expect(minMaxDownsample([y], 100)).toEqual({ indices: [0, 1, 2, 3], fullResolution: true });
    const long = new Float64Array(10_000).fill(Number.NaN);
    long[5000] = 1;
    const { indices } = minMaxDownsample([long], 10);
    expect(indices).toEqual([0, 5000, 9999]);
  });

  it('a zoomed range shows every stored point once few enough fall in it, plus one each side', () => {
    const x = Float64Array.from({ length: 1_000_000 }, (_, i) => i / 1000);
    const y = noisySeries(1_000_000, 3);
    const zoomed = downsampleInRange(x, [y], 1000, { from: 500, to: 500.5 });
    expect(zoomed.fullResolution).toBe(true);
    expect(zoomed.indices[0]).toBe(499_999);
    expect(zoomed.indices[zoomed.indices.length - 1]).toBe(500_501);
    expect(zoomed.indices.length).toBe(503);
    expect(downsampleInRange(x, [y], 1000, { from: 2000, to: 3000 }).indices).toEqual([]);
  });
});

describe('zoomed ranges of an ascending x', () => {
  it('bisection finds the same range as a scan, repeats, edges and empty ranges included', () => {
    const random = seededRandom(11);
    // Times with repeats (two points logged in the same second) and uneven steps.
    const x = new Float64Array(5_000);
    for (let i = 1; i < x.length; i += 1) x[i] = x[i - 1]! + (random.uniform() < 0.1 ? 0 : random.uniform() * 3);
    expect(isAscending(x)).toBe(true);
    const last = x[x.length - 1]!;
    const ranges: Array<[number, number]> = [[-5, -1], [-5, 0], [0, 0], [x[100]!, x[100]!], [x[10]!, x[20]!], [last * 0.3, last * 0.30001], [last, last + 9], [last + 1, last + 2], [-1, last + 1]];
    for (let k = 0; k < 200; k += 1) {
      const a = random.uniform() * last * 1.1 - last * 0.05;
      ranges.push([a, a + random.uniform() * last * 0.1]);
    }
    for (const [lo, hi] of ranges) expect(indexRangeOf(x, lo, hi, true)).toEqual(indexRangeOf(x, lo, hi));
  });

  it('a series that goes back in time, or holds NaN, is not ascending', () => {
    expect(isAscending([0, 1, 1, 2])).toBe(true);
    expect(isAscending([0, 2, 1])).toBe(false);
    expect(isAscending([0, Number.NaN, 2])).toBe(false);
    expect(isAscending([Number.NaN])).toBe(false);
    expect(isAscending([])).toBe(true);
  });
});
