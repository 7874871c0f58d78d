import { describe, expect, it } from 'vitest';
import type { DqdvSettings } from '../schemas/plots';
import { seededRandom } from '../cycling/synthetic-random';
import { dqdvOfHalfCycle } from './dqdv';
import { savitzkyGolayWeights, smooth } from './smoothing';

const settings: DqdvSettings = { binWidthMV: 5, smoothing: { kind: 'savitzky_golay', windowBins: 9 }, minPeakFraction: 0.1 };

/** Capacity (mAh) of a model electrode at voltage V: two logistic plateaus, whose dQ/dV peaks sit at 3.70 V and 3.95 V. */
const plateaus = [
  { atV: 3.7, widthV: 0.015, mAh: 1.2 },
  { atV: 3.95, widthV: 0.02, mAh: 0.8 },
];
const capacityAt = (v: number) => plateaus.reduce((sum, p) => sum + p.mAh / (1 + Math.exp(-(v - p.atV) / p.widthV)), 0) + 0.1 * (v - 3.4);

/** A constant-current charge sampled evenly in time: capacity rises linearly, voltage follows by inverting capacityAt. */
function constantCurrentCharge(points: number, noiseV = 0): { voltageV: Float64Array; capacityMAh: Float64Array } {
  const random = seededRandom(11);
  const low = capacityAt(3.4);
  const high = capacityAt(4.2);
  const voltageV = new Float64Array(points);
  const capacityMAh = new Float64Array(points);
  for (let i = 0; i < points; i += 1) {
    const q = low + ((high - low) * i) / (points - 1);
    let a = 3.4;
    let b = 4.2;
    for (let k = 0; k < 60; k += 1) {
      const mid = (a + b) / 2;
      if (capacityAt(mid) < q) a = mid;
      else b = mid;
    }
    voltageV[i] = (a + b) / 2 + noiseV * random.gaussian();
    capacityMAh[i] = q - low;
  }
  return { voltageV, capacityMAh };
}

describe('dQ/dV by voltage binning', () => {
  it('finds the two peaks of a synthetic charge at their known voltages, with their heights', () => {
    const { voltageV, capacityMAh } = constantCurrentCharge(20_000);
    const curve = dqdvOfHalfCycle(voltageV, capacityMAh, 'charge', settings);
    expect(curve.note).toBeNull();
    expect(curve.peaks).toHaveLength(2);
    expect(curve.peaks[0]!.voltageV).toBeCloseTo(3.7, 2);
    expect(curve.peaks[1]!.voltageV).toBeCloseTo(3.95, 2);
    expect(Math.abs(curve.peaks[0]!.voltageV - 3.7)).toBeLessThan(0.0025);
    // A logistic of amplitude A and width w peaks at A / (4w) in dQ/dV, plus the slope of the background.
    expect(curve.peaks[0]!.height).toBeCloseTo(1.2 / (4 * 0.015) + 0.1, -0.5);
    // The binned curve holds all the capacity: the integral over V is the half-cycle's capacity.
    const integral = curve.dqdv.reduce((sum, value) => sum + value * 0.005, 0);
    expect(integral).toBeCloseTo(capacityMAh[capacityMAh.length - 1]!, 2);
  });

  it('a discharge is negative and noise of 1 mV does not make extra peaks', () => {
    const { voltageV, capacityMAh } = constantCurrentCharge(20_000, 0.001);
    const reversedV = Float64Array.from(voltageV).reverse();
    const total = capacityMAh[capacityMAh.length - 1]!;
    const dischargedMAh = Float64Array.from(capacityMAh).reverse().map((q) => total - q);
    const curve = dqdvOfHalfCycle(reversedV, dischargedMAh, 'discharge', settings);
    expect(curve.peaks.map((peak) => Number(peak.voltageV.toFixed(2)))).toEqual([3.7, 3.95]);
    expect(curve.peaks.every((peak) => peak.height < 0)).toBe(true);
  });

  it('sparse points spanning several bins are spread, not piled into one bin', () => {
    const curve = dqdvOfHalfCycle([3.0, 3.1], [0, 1], 'charge', { ...settings, smoothing: { kind: 'none' }, binWidthMV: 10 });
    expect(curve.dqdv).toHaveLength(10);
    for (const value of curve.dqdv) expect(value).toBeCloseTo(10, 6);
  });

  it('says so when the voltage does not move, or there are too few points', () => {
    const flat = dqdvOfHalfCycle([3.701, 3.7012, 3.7011, 3.7013], [0, 0.1, 0.2, 0.3], 'charge', settings, 'cycle 4’s charge');
    expect(flat.dqdv).toEqual([]);
    expect(flat.note).toMatch(/voltage of cycle 4’s charge does not move \(3\.701–3\.701 V/);
    expect(dqdvOfHalfCycle([3.7], [0], 'discharge', settings).note).toMatch(/one point/);
    expect(dqdvOfHalfCycle([Number.NaN, Number.NaN], [0, 1], 'discharge', settings).note).toMatch(/no points/);
  });
});

describe('smoothing', () => {
  it('Savitzky–Golay weights of 5 are (-3, 12, 17, 12, -3) / 35 and keep a parabola exactly', () => {
    expect(savitzkyGolayWeights(2).map((w) => w * 35)).toEqual([-3, 12, 17, 12, -3].map((w) => expect.closeTo(w, 10) as unknown as number));
    const parabola = Array.from({ length: 30 }, (_, k) => 2 + 0.5 * k - 0.1 * k * k);
    const smoothed = smooth(parabola, { kind: 'savitzky_golay', windowBins: 9 });
    // Exact wherever a window of 5 or more fits (the ends shrink to 3 = an average, and 1 = the value).
    smoothed.forEach((value, k) => {
      if (k >= 2 && k <= 27) expect(value).toBeCloseTo(parabola[k]!, 9);
    });
    expect(smoothed[0]).toBe(parabola[0]);
    expect(smooth([0, 0, 3, 0, 0], { kind: 'moving_average', windowBins: 3 })).toEqual([0, 1, 1, 1, 0]);
  });
});
