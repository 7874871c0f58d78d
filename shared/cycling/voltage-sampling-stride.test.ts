// The coarse-sampling check on a long test (voltage-sampling.ts): beyond 40,000 intervals inside
// charges and discharges it reads every stride-th of them, counted across the steps taken together.
// Worked answer: a record whose every third interval (0, 3, 6, …) is 60 mV over 10 s and all others
// 1 mV over 1 s. Read whole, the typical move is 1 mV (two intervals in three); sampled with stride 3
// from the first interval on, every interval read is a 60 mV one.
import { describe, expect, it } from 'vitest';
import { seriesFromColumns } from './series-fixture';
import { coarseSamplingWarning, voltageSampling } from './voltage-sampling';

const mA = 1e-3;
/** Charges and discharges of these many intervals each, a rest of 50 points (±0.5 V moves, never read) between them. */
const STEPS = [10_001, 9_999, 10_001, 9_999, 10_001, 9_999];
const REST_POINTS = 50;

/** `wide(k)` says whether the k-th interval inside charges and discharges (0-based, across steps) is a wide one. */
function record(steps: readonly number[], wide: (k: number) => boolean) {
  const timeS = [0];
  const voltageV = [3.8];
  const currentA: number[] = [];
  const stepIndex: number[] = [];
  let k = 0;
  const point = (dtS: number, dV: number) => {
    timeS.push(timeS[timeS.length - 1]! + dtS);
    voltageV.push(voltageV[voltageV.length - 1]! + dV);
  };
  steps.forEach((intervals, s) => {
    const stepCurrentA = s % 2 === 0 ? 1 * mA : -1 * mA;
    if (s > 0) {
      for (let r = 0; r < REST_POINTS; r += 1) {
        point(1, r % 2 === 0 ? 0.5 : -0.5);
        currentA.push(0);
        stepIndex.push(2 * s);
      }
      // The step's first point (the first step's is the record's first).
      point(1, 0);
    }
    currentA.push(stepCurrentA);
    stepIndex.push(2 * s + 1);
    for (let j = 0; j < intervals; j += 1, k += 1) {
      const sign = k % 2 === 0 ? 1 : -1;
      if (wide(k)) point(10, sign * 0.06);
      else point(1, sign * 0.001);
      currentA.push(stepCurrentA);
      stepIndex.push(2 * s + 1);
    }
  });
  return seriesFromColumns({ timeS, currentA, voltageV, stepIndex });
}

describe('the coarse-sampling check on more than 40,000 intervals', () => {
  it('reads every third interval across the steps: 60 mV over 10 s, and warns with those figures', () => {
    const series = record(STEPS, (k) => k % 3 === 0);
    // 60,000 intervals inside charges and discharges: stride floor(60,000 / 20,000) = 3, so
    // intervals 0, 3, …, 59,997 are read (20,000 of them), all wide. Steps of 10,002 and 10,000
    // points, three each: the upper median is 10,002.
    const sampling = voltageSampling(series)!;
    expect(sampling.intervals).toBe(60_000);
    expect(sampling.typicalStepV).toBeCloseTo(0.06, 9);
    expect(sampling.typicalIntervalS).toBe(10);
    expect(sampling.pointsPerStep).toBe(10_002);
    // 5 mV between points would take 10 s × 5 / 60 = 0.833 s; 10,002 points read 10000 to three digits.
    expect(coarseSamplingWarning(series)).toContain('it typically moves 60 mV between two points (10 s apart; 10000 points per charge or discharge step)');
    expect(coarseSamplingWarning(series)).toContain('(a point every 0.833 s would keep the voltage within 5 mV between points)');
  });

  it('reads the narrow intervals when the wide ones fall between the sampled ones, and reads all of a shorter record', () => {
    // Wide at 1, 4, 7, …: none of them is read, so 1 mV over 1 s, no warning.
    const shifted = voltageSampling(record(STEPS, (k) => k % 3 === 1))!;
    expect(shifted.typicalStepV).toBeCloseTo(0.001, 9);
    expect(shifted.typicalIntervalS).toBe(1);
    expect(coarseSamplingWarning(record(STEPS, (k) => k % 3 === 1))).toBeNull();
    // 39,999 intervals: stride 1, every interval read; two in three are narrow, so 1 mV over 1 s.
    const short = voltageSampling(record([10_001, 9_999, 10_001, 9_998], (k) => k % 3 === 0))!;
    expect(short.intervals).toBe(39_999);
    expect(short.typicalStepV).toBeCloseTo(0.001, 9);
    expect(short.typicalIntervalS).toBe(1);
  });
});
