// Splits a cycling series into steps: runs of points that the cycler spent on one programme step
// (a charge, a discharge or a rest). Cycles, capacities and the short-circuit checks are all built
// on steps, because a cycler changes what it does only at a step boundary.
import type { CyclerSeries } from './types';

/** +1 charge, -1 discharge, 0 rest (the sign convention of CyclerSeries: charge current positive). */
export type StepDirection = 1 | -1 | 0;

export interface CyclerStep {
  startIndex: number;
  /** Inclusive: the step's last point. */
  endIndex: number;
  direction: StepDirection;
  /**
   * From the previous step's last point to this step's last point: cyclers write a record when a
   * step ends, so the gap after that record already belongs to the next step (the same rule as the
   * coulomb counting in cycle-integrals.ts). The first step, and a step after time jumped back,
   * count from their own first point.
   */
  durationS: number;
}

/**
 * A point whose |I| is below 1 % of the series' largest |I| is at rest: a cycler's offset and noise
 * at rest are far smaller than that, and no test step of the protocol (DOMAIN.md section 5: one
 * constant current) runs at 1 % of the test current.
 */
export const REST_CURRENT_FRACTION = 0.01;

/** The |I| in A below which a point counts as rest. */
export function restThresholdA(series: CyclerSeries): number {
  let maxAbsA = 0;
  const current = series.currentA;
  for (let i = 0; i < current.length; i += 1) {
    const magnitude = Math.abs(current[i]!);
    if (magnitude > maxAbsA && magnitude !== Infinity) maxAbsA = magnitude;
  }
  return maxAbsA * REST_CURRENT_FRACTION;
}

/**
 * Each point's direction. The export's state column wins when it says charge or discharge; where it
 * says rest/other (or is absent) the current decides, because an "other" state with current flowing
 * (FORMATS.md section 0 rule 7: Maccor's O) is still a charge or a discharge to the cell.
 */
export function pointDirections(series: CyclerSeries): Int8Array {
  const known = directionsRead.get(series);
  if (known) return known;
  const directions = readDirections(series);
  directionsRead.set(series, directions);
  return directions;
}

/*
 * One import asks for a series' directions and steps five times (cycles, summary, short circuits,
 * point counters, storage): on a million points that is a tenth of the import. They are read once
 * per series object; a series is not changed once it is analysed (the readers finish it first).
 * Callers get the same arrays and must not change them.
 */
const directionsRead = new WeakMap<CyclerSeries, Int8Array>();
const stepsRead = new WeakMap<CyclerSeries, CyclerStep[]>();

function readDirections(series: CyclerSeries): Int8Array {
  const thresholdA = restThresholdA(series);
  const directions = new Int8Array(series.currentA.length);
  for (let i = 0; i < directions.length; i += 1) {
    const state = series.stateCode?.[i] ?? 0;
    if (state === 1 || state === -1) {
      directions[i] = state;
      continue;
    }
    const currentA = series.currentA[i]!;
    directions[i] = !(Math.abs(currentA) > thresholdA) ? 0 : currentA > 0 ? 1 : -1;
  }
  return directions;
}

/** True when the export's step column can mark boundaries: present and numeric at every point. */
export function hasUsableStepColumn(series: CyclerSeries): boolean {
  const steps = series.stepIndex;
  if (steps === null || steps.length === 0) return false;
  for (let i = 0; i < steps.length; i += 1) if (!Number.isFinite(steps[i]!)) return false;
  return true;
}

/**
 * Steps in time order. Boundaries: a change of the export's step number when it has a usable one
 * (FORMATS.md section 0 rule 8 trusts steps over cycles), otherwise a change of direction; and in
 * both cases wherever time jumps backwards (a file part or a per-step clock restarting, FORMATS.md
 * section 0 rule 5), since no step spans such a jump.
 */
export function splitSteps(series: CyclerSeries): readonly CyclerStep[] {
  const known = stepsRead.get(series);
  if (known) return known;
  const steps = readSteps(series);
  stepsRead.set(series, steps);
  return steps;
}

function readSteps(series: CyclerSeries): CyclerStep[] {
  const count = series.timeS.length;
  if (count === 0) return [];
  const directions = pointDirections(series);
  const stepColumn = hasUsableStepColumn(series) ? series.stepIndex : null;
  const steps: CyclerStep[] = [];
  let startIndex = 0;
  for (let i = 1; i <= count; i += 1) {
    const boundary =
      i === count ||
      series.timeS[i]! < series.timeS[i - 1]! ||
      (stepColumn ? stepColumn[i] !== stepColumn[i - 1] : directions[i] !== directions[i - 1]);
    if (!boundary) continue;
    steps.push({ startIndex, endIndex: i - 1, direction: majorityDirection(directions, startIndex, i - 1), durationS: stepDurationS(series.timeS, startIndex, i - 1) });
    startIndex = i;
  }
  return steps;
}

/** For each point, the index of its step in `steps`. */
export function stepOfPoints(steps: readonly CyclerStep[], pointCount: number): Int32Array {
  const stepOfPoint = new Int32Array(pointCount);
  steps.forEach((step, stepNumber) => stepOfPoint.fill(stepNumber, step.startIndex, step.endIndex + 1));
  return stepOfPoint;
}

/** The most common direction in a step: a step's first record is often logged before its current flows. */
function majorityDirection(directions: Int8Array, first: number, last: number): StepDirection {
  const counts = { charge: 0, discharge: 0, rest: 0 };
  for (let i = first; i <= last; i += 1) {
    if (directions[i] === 1) counts.charge += 1;
    else if (directions[i] === -1) counts.discharge += 1;
    else counts.rest += 1;
  }
  if (counts.charge >= counts.discharge && counts.charge >= counts.rest && counts.charge > 0) return 1;
  if (counts.discharge >= counts.rest && counts.discharge > 0) return -1;
  return 0;
}

function stepDurationS(timeS: Float64Array, first: number, last: number): number {
  const continuesFromPrevious = first > 0 && timeS[first]! >= timeS[first - 1]!;
  return timeS[last]! - (continuesFromPrevious ? timeS[first - 1]! : timeS[first]!);
}
