import { describe, expect, it } from 'vitest';
import { assignCycles, cycleRuns, cyclesOfSteps, NO_CYCLE } from './cycles';
import { splitSteps } from './segments';
import { cycleOfPointOf, evenTimes, seriesFromColumns, seriesFromSteps, type StepSpec } from './series-fixture';
import type { CyclerSeries } from './types';

const mA = 1e-3;
const charge = (extra: Partial<StepSpec> = {}): StepSpec => ({ currentA: 0.6 * mA, timesS: evenTimes(3600, 900), ...extra });
const discharge = (extra: Partial<StepSpec> = {}): StepSpec => ({ currentA: -0.6 * mA, timesS: evenTimes(3600, 900), ...extra });
const rest = (extra: Partial<StepSpec> = {}): StepSpec => ({ currentA: 0, timesS: evenTimes(600, 300), ...extra });

/** charge (5 records), rest (3), discharge (5), rest (3) per cycle: 16 records. */
function twoCycles(vendorCycles: [number, number]): StepSpec[] {
  return vendorCycles.flatMap((cycle) => [charge({ step: 1, cycle }), rest({ step: 2, cycle }), discharge({ step: 3, cycle }), rest({ step: 4, cycle })]);
}

/** The assignment with each point's cycle beside its cycle per step. */
function assign(series: CyclerSeries) {
  const result = assignCycles(series);
  return { ...result, cycleOfPoint: cycleOfPointOf(splitSteps(series), result.cycleOfStep, series.timeS.length) };
}

function pointRuns(cycleOfPoint: Int32Array): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const cycle of cycleOfPoint) {
    const last = runs[runs.length - 1];
    if (last && last[0] === cycle) last[1] += 1;
    else runs.push([cycle, 1]);
  }
  return runs;
}

describe('assignCycles', () => {
  it('keeps one cycle per step, which each point of the step is in (cycleOfPointOf, cycleRuns)', () => {
    const series = seriesFromSteps([...twoCycles([0, 1]), ...twoCycles([2, 3])]);
    const { cycleOfStep } = assignCycles(series);
    const steps = splitSteps(series);
    expect(Array.from(cycleOfStep)).toEqual([1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4]);
    // Per point, from the file's own column shifted by one (an independent reading of the same numbers).
    const expected = Array.from(series.vendorCycle!, (cycle) => cycle + 1);
    expect(Array.from(cycleOfPointOf(steps, cycleOfStep, series.timeS.length))).toEqual(expected);
    expect(Array.from(cyclesOfSteps(steps, Int32Array.from(expected)))).toEqual(Array.from(cycleOfStep));
    expect(cycleRuns(steps, cycleOfStep)).toEqual([[1, 0, 16], [2, 16, 32], [3, 32, 48], [4, 48, 64]]);
  });

  it('gives a step whose first point has no cycle number no cycle, not cycle 0', () => {
    const series = seriesFromColumns({ timeS: [0, 1, 2, 3, 4, 5], currentA: [1, 1, -1, -1, 1, 1].map((value) => value * mA), stepIndex: [1, 1, 2, 2, 3, 3] });
    expect(Array.from(cyclesOfSteps(splitSteps(series), [0, 0, Number.NaN, 1, 2, 2]))).toEqual([0, NO_CYCLE, 2]);
  });

  it('uses the file’s cycle numbers when they start at 1', () => {
    const result = assign(seriesFromSteps(twoCycles([1, 2])));
    expect(result.rule).toBe('vendor');
    expect(pointRuns(result.cycleOfPoint)).toEqual([[1, 16], [2, 16]]);
    expect(result.note).toBe("the file's own cycle numbers were used (they start at 1)");
  });

  it('shifts cycle numbers that start at 0 so that the first cycle is 1', () => {
    const result = assign(seriesFromSteps(twoCycles([0, 1])));
    expect(result.rule).toBe('vendor');
    expect(pointRuns(result.cycleOfPoint)).toEqual([[1, 16], [2, 16]]);
    expect(result.note).toContain('they start at 0, so each was shifted by +1');
  });

  it('recomputes cycles when the file’s cycle number never changes, and says so', () => {
    const result = assign(seriesFromSteps(twoCycles([0, 0])));
    expect(result.rule).toBe('steps');
    expect(pointRuns(result.cycleOfPoint)).toEqual([[1, 16], [2, 16]]);
    expect(result.note).toMatch(/^the file's cycle numbers never change \(all 0\): cycles were recomputed from the charge\/discharge steps\./);
  });

  it('recomputes cycles when the file has no cycle column (and no step column: directions only)', () => {
    const steps = [charge(), rest(), discharge(), rest(), charge(), discharge(), charge()];
    const result = assign(seriesFromSteps(steps));
    expect(result.rule).toBe('steps');
    expect(result.note).toContain('the file has no cycle column');
    // Without a step column the two rests run into nothing else: 5 + 3 + 5 + 3 | 5 + 5 | 5 records.
    expect(pointRuns(result.cycleOfPoint)).toEqual([[1, 16], [2, 10], [3, 5]]);
    expect(result.note).toContain('3 cycles');
  });

  it('puts an initial rest in cycle 1 and says so', () => {
    const result = assign(seriesFromSteps([rest(), charge(), discharge(), charge(), discharge()]));
    expect(pointRuns(result.cycleOfPoint)).toEqual([[1, 13], [2, 10]]);
    expect(result.note).toContain('The test starts with a rest (0.17 h before the first charge), counted in cycle 1.');
  });

  it('sets an initial discharge apart as cycle 0 (before the first charge), so cycle 1 starts at the first charge', () => {
    const result = assign(seriesFromSteps([discharge(), rest(), charge(), discharge(), charge(), discharge()]));
    expect(pointRuns(result.cycleOfPoint)).toEqual([[0, 8], [1, 10], [2, 10]]);
    expect(result.note).toContain('The test starts with a discharge (1.17 h before the first charge): it is set apart as cycle 0 (before the first charge)');
    expect(result.note).toContain("standard capacity is cycle 1's discharge");
  });

  it('sets apart a discharge before the first charge with the file’s own cycle numbers too, renumbering from the first charge', () => {
    // The file's cycle 0 is a discharge alone, its cycle 1 the first charge and discharge.
    const result = assign(seriesFromSteps([discharge({ step: 1, cycle: 0 }), rest({ step: 2, cycle: 0 }), charge({ step: 3, cycle: 1 }), discharge({ step: 4, cycle: 1 }), charge({ step: 5, cycle: 2 }), discharge({ step: 6, cycle: 2 })]));
    expect(result.rule).toBe('vendor');
    expect(pointRuns(result.cycleOfPoint)).toEqual([[0, 8], [1, 10], [2, 10]]);
    expect(result.note).toContain('set apart as cycle 0');
  });

  it('does not use cycle numbers that go back, and says where', () => {
    const result = assign(seriesFromSteps([charge({ step: 1, cycle: 1 }), discharge({ step: 2, cycle: 1 }), charge({ step: 3, cycle: 0 })]));
    expect(result.rule).toBe('steps');
    expect(result.note).toContain("the file's cycle number goes back from 1 to 0 at 2.00 h");
  });

  it('does not use cycle numbers that change inside a step', () => {
    const series = seriesFromColumns({ timeS: [0, 1, 2, 3, 4, 5], currentA: [1, 1, 1, -1, -1, -1].map((value) => value * mA), stepIndex: [1, 1, 1, 2, 2, 2], vendorCycle: [1, 1, 2, 2, 2, 2] });
    const result = assign(series);
    expect(result.rule).toBe('steps');
    expect(result.note).toContain('changes from 1 to 2 inside a step');
    expect(Array.from(result.cycleOfPoint)).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('does not use cycles that start with a discharge (discharge-then-charge numbering)', () => {
    const steps = [charge({ step: 1, cycle: 1 }), discharge({ step: 2, cycle: 2 }), charge({ step: 3, cycle: 2 }), discharge({ step: 4, cycle: 3 })];
    const result = assign(seriesFromSteps(steps));
    expect(result.rule).toBe('steps');
    expect(result.note).toContain("the file's cycle 2 starts with a discharge");
    expect(pointRuns(result.cycleOfPoint)).toEqual([[1, 10], [2, 10]]);
  });

  it('puts everything in cycle 1 when nothing is charged', () => {
    const result = assign(seriesFromSteps([rest(), discharge()]));
    expect(Array.from(new Set(result.cycleOfPoint))).toEqual([1]);
    expect(result.note).toContain('No charge step was found');
  });

  it('handles an empty file', () => {
    expect(assign(seriesFromColumns({ timeS: [], currentA: [] })).cycleOfPoint.length).toBe(0);
  });
});
