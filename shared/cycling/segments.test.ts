import { describe, expect, it } from 'vitest';
import { evenTimes, seriesFromColumns, seriesFromSteps } from './series-fixture';
import { pointDirections, restThresholdA, splitSteps } from './segments';

const mA = 1e-3;

describe('splitSteps', () => {
  it('splits at every change of the export step number, even between two rests', () => {
    const series = seriesFromSteps([
      { currentA: 0.6 * mA, timesS: evenTimes(3600, 600), step: 1 },
      { currentA: 0, timesS: evenTimes(600, 300), step: 2 },
      { currentA: 0, timesS: evenTimes(600, 300), step: 3 },
      { currentA: -0.6 * mA, timesS: evenTimes(3600, 600), step: 4 },
    ]);
    const steps = splitSteps(series);
    expect(steps.map((step) => step.direction)).toEqual([1, 0, 0, -1]);
    expect(steps.map((step) => [step.startIndex, step.endIndex])).toEqual([[0, 6], [7, 9], [10, 12], [13, 19]]);
  });

  it('measures a step from the previous step’s last record (where the cycler switched) to its own last one', () => {
    // Charge records at 0..3600 s; the rest's records at 3600 + 60, 120, 180 s (no start record).
    const series = seriesFromColumns({ timeS: [0, 1800, 3600, 3660, 3720, 3780], currentA: [0.6 * mA, 0.6 * mA, 0.6 * mA, 0, 0, 0], stepIndex: [1, 1, 1, 2, 2, 2] });
    expect(splitSteps(series).map((step) => step.durationS)).toEqual([3600, 180]);
  });

  it('without a step column, splits where the direction changes; below 1 % of the largest |I| is rest', () => {
    // Largest |I| 1 mA, so the rest threshold is 10 µA: 5 µA is rest, 20 µA is a (small) charge.
    const series = seriesFromColumns({ timeS: [0, 1, 2, 3, 4, 5, 6], currentA: [1 * mA, 1 * mA, 0.005 * mA, -0.005 * mA, -1 * mA, -1 * mA, 0.02 * mA] });
    expect(restThresholdA(series)).toBeCloseTo(1e-5, 15);
    expect(Array.from(pointDirections(series))).toEqual([1, 1, 0, 0, -1, -1, 1]);
    expect(splitSteps(series).map((step) => [step.startIndex, step.endIndex, step.direction])).toEqual([[0, 1, 1], [2, 3, 0], [4, 5, -1], [6, 6, 1]]);
  });

  it('takes charge or discharge from the state column when it says so, and the current where it says rest', () => {
    const series = { ...seriesFromColumns({ timeS: [0, 1, 2, 3], currentA: [0, 1 * mA, 1 * mA, 1 * mA] }), stateCode: Int8Array.from([1, 1, 0, -1]) };
    expect(Array.from(pointDirections(series))).toEqual([1, 1, 1, -1]);
  });

  it('splits where time jumps backwards, even inside one step number', () => {
    const series = seriesFromColumns({ timeS: [0, 60, 120, 10, 70], currentA: [1, 1, 1, 1, 1].map((value) => value * mA), stepIndex: [1, 1, 1, 1, 1] });
    const steps = splitSteps(series);
    expect(steps.map((step) => [step.startIndex, step.endIndex])).toEqual([[0, 2], [3, 4]]);
    // After the jump the step counts from its own first record.
    expect(steps[1]!.durationS).toBe(60);
  });

  it('gives a step the direction of most of its records (a first record before the current flows)', () => {
    const series = seriesFromColumns({ timeS: [0, 60, 120, 180], currentA: [0, 1 * mA, 1 * mA, 1 * mA], stepIndex: [7, 7, 7, 7] });
    expect(splitSteps(series)[0]!.direction).toBe(1);
  });

  it('falls back to directions when the step column has empty values', () => {
    const series = seriesFromColumns({ timeS: [0, 1, 2, 3], currentA: [1 * mA, 1 * mA, -1 * mA, -1 * mA], stepIndex: [1, NaN, NaN, 1] });
    expect(splitSteps(series).map((step) => step.direction)).toEqual([1, -1]);
  });

  it('returns no steps for an empty series', () => {
    expect(splitSteps(seriesFromColumns({ timeS: [], currentA: [] }))).toEqual([]);
  });
});
