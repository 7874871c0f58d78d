import { describe, expect, it } from 'vitest';
import { evenTimes, seriesFromColumns, seriesFromSteps } from './series-fixture';
import { pointDirections, restFloor, restThresholdA, splitSteps, startsStep, stepNumbersOf, stepStartsIn, type CyclerStep } from './segments';

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

  it('without a step column, splits where the direction changes; at or below 0.5 % of the held |I| is rest', () => {
    // Held |I| 1 mA, so the rest threshold is 5 µA: 5 µA is rest, 20 µA is a (small) charge.
    const series = seriesFromColumns({ timeS: [0, 1, 2, 3, 4, 5, 6], currentA: [1 * mA, 1 * mA, 0.005 * mA, -0.005 * mA, -1 * mA, -1 * mA, 0.02 * mA] });
    expect(restThresholdA(series)).toBeCloseTo(5e-6, 15);
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

  describe('the rest rule', () => {
    it('takes a stray reading for noise: the working current is what the file holds, not its largest point', () => {
      // 1 mA held; one 50 mA spike would have set a 0.5 mA threshold that swallows the 0.4 mA step.
      const currentA = [...Array(10).fill(1 * mA), 50 * mA, ...Array(10).fill(0), ...Array(10).fill(-0.4 * mA)];
      const series = seriesFromColumns({ timeS: currentA.map((_, i) => i), currentA });
      expect(restFloor(series).workingCurrentA).toBeCloseTo(1 * mA, 12);
      expect(pointDirections(series)[25]).toBe(-1);
    });

    it('makes an idle file with a few stray points of tiny current rest only', () => {
      const currentA = Array(200).fill(0);
      currentA[40] = 3e-7;
      currentA[90] = -2e-7;
      currentA[150] = 5e-7;
      const series = seriesFromColumns({ timeS: currentA.map((_, i) => i * 10), currentA });
      const floor = restFloor(series);
      expect(floor.thresholdA).toBe(Infinity);
      expect(floor.noisePoints).toBe(3);
      expect(floor.largestNoiseA).toBe(5e-7);
      expect(splitSteps(series).map((step) => step.direction)).toEqual([0]);
    });

    it('takes readings within two steps of the instrument resolution as rest', () => {
      // A rest whose readings wander by 1 µA steps (2 µA at most), beside a 0.2 mA test: 0.5 % of
      // the test current (1 µA) would make them charge; two resolution steps (2 µA) do not.
      const rest = Array.from({ length: 40 }, (_, i) => [0, 1e-6, 2e-6, 2e-6][i % 4]!);
      const currentA = [...Array(20).fill(0.2 * mA), ...rest, ...Array(20).fill(-0.2 * mA), ...Array.from({ length: 12 }, (_, i) => (i + 1) * 1e-6)];
      const series = seriesFromColumns({ timeS: currentA.map((_, i) => i), currentA });
      const floor = restFloor(series);
      expect(floor.resolutionA).toBeCloseTo(1e-6, 12);
      expect(floor.thresholdA).toBeCloseTo(2e-6, 12);
      expect([...pointDirections(series)].slice(20, 60).every((direction) => direction === 0)).toBe(true);
    });
  });
});

describe('where steps start, and the step of each point', () => {
  // Steps of 1, 3, 8, 1, 9 and 2 points: edges on and off the bytes of the bitset.
  const lengths = [1, 3, 8, 1, 9, 2];
  const steps: CyclerStep[] = [];
  let start = 0;
  for (const length of lengths) {
    steps.push({ startIndex: start, endIndex: start + length - 1, direction: 0, durationS: length });
    start += length;
  }
  const stepOfEachPoint = lengths.flatMap((length, stepNumber) => Array.from({ length }, () => stepNumber));

  it('marks exactly each step’s first point', () => {
    const starts = stepStartsIn(steps, stepOfEachPoint.length);
    const marked = stepOfEachPoint.map((_, i) => startsStep(starts, i));
    expect(marked).toEqual(stepOfEachPoint.map((stepNumber, i) => i === 0 || stepNumber !== stepOfEachPoint[i - 1]));
  });

  it('numbers the points of any range by their step', () => {
    for (let from = 0; from <= stepOfEachPoint.length; from += 1) {
      for (let to = from; to <= stepOfEachPoint.length; to += 1) {
        expect([...stepNumbersOf(steps, from, to)]).toEqual(stepOfEachPoint.slice(from, to));
      }
    }
  });
});
