// Splits a cycling series into steps: runs of points that the cycler spent on one programme step
// (a charge, a discharge or a rest). Cycles, capacities and the short-circuit checks are all built
// on steps, because a cycler changes what it does only at a step boundary.
import type { CyclerSeries, ReadingColumn } from './types';

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
 * The rest rule. A point is at rest when its |I| is at or below the noise floor: the larger of 0.5 % of
 * the file's working current and two steps of the instrument's resolution. The working current is
 * the largest |I| the file holds (3 consecutive points of one sign within HELD_TOLERANCE of each
 * other; 2 in a file of fewer than SHORT_FILE_POINTS points), so a few stray readings do not set the scale; the resolution is the smallest step
 * between distinct |I| readings, seen only when there are at least MIN_DISTINCT_READINGS of them
 * (a file that writes 0.001 and 0 shows none). No test step of the protocol (DOMAIN.md section 5:
 * one constant current) runs at 0.5 % of the test current (C/100 formation steps run at 1 %), and a cycler's offset and noise at rest
 * are far below it. A file that holds no current, or none above the floor, is rest only.
 */
export const REST_CURRENT_FRACTION = 0.005;
const SHORT_FILE_POINTS = 30;
const HELD_TOLERANCE = 0.1;
const RESOLUTION_STEPS = 2;
const MIN_DISTINCT_READINGS = 10;
/** Readings looked at for the resolution: a spread sample is enough, and sorting all of a 10 M-row file is not. */
const RESOLUTION_SAMPLE = 20_000;

export interface RestFloor {
  /** |I| in A at or below which a point is at rest. */
  thresholdA: number;
  workingCurrentA: number;
  /** The smallest step between distinct |I| readings; null when too few distinct readings show it. */
  resolutionA: number | null;
  /** Points with a current above 0 taken as rest, and the largest of those currents. */
  noisePoints: number;
  largestNoiseA: number;
  /** The rule in words, with its figures, for the report. */
  rule: string;
}

const floorsRead = new WeakMap<CyclerSeries, RestFloor>();

export function restFloor(series: CyclerSeries): RestFloor {
  const known = floorsRead.get(series);
  if (known) return known;
  const floor = readRestFloor(series.currentA);
  floorsRead.set(series, floor);
  return floor;
}

/** The |I| in A at or below which a point counts as rest. */
export function restThresholdA(series: CyclerSeries): number {
  return restFloor(series).thresholdA;
}

function readRestFloor(current: ReadingColumn): RestFloor {
  const workingCurrentA = heldCurrentA(current);
  const resolutionA = resolutionOf(current);
  const byRange = workingCurrentA * REST_CURRENT_FRACTION;
  // (1 + 1e-9): a reading of exactly two steps is rest also when the step came out a rounding below.
  const byResolution = resolutionA === null ? 0 : RESOLUTION_STEPS * resolutionA * (1 + 1e-9);
  // Nothing held above the floor: the whole file is rest (an infinite floor takes every point).
  const thresholdA = workingCurrentA > Math.max(byRange, byResolution) ? Math.max(byRange, byResolution) : Infinity;
  let noisePoints = 0;
  let largestNoiseA = 0;
  for (let i = 0; i < current.length; i += 1) {
    const magnitude = Math.abs(current[i]!);
    if (magnitude > 0 && magnitude <= thresholdA) {
      noisePoints += 1;
      if (magnitude > largestNoiseA) largestNoiseA = magnitude;
    }
  }
  const figures = [`working current ${amps(workingCurrentA)}`, resolutionA === null ? 'resolution not visible' : `resolution ${amps(resolutionA)}`].join(', ');
  const rule =
    thresholdA === Infinity
      ? `no current is held above the noise floor (${figures}), so every point is rest`
      : `|I| at or below ${amps(thresholdA)} is rest (the larger of 0.5 % of the working current and ${RESOLUTION_STEPS} resolution steps; ${figures})`;
  return { thresholdA, workingCurrentA, resolutionA, noisePoints, largestNoiseA, rule };
}

/** The largest |I| held over 2 or 3 consecutive finite points of one sign within HELD_TOLERANCE. */
function heldCurrentA(current: ReadingColumn): number {
  const heldPoints = current.length < SHORT_FILE_POINTS ? 2 : 3;
  let held = 0;
  for (let i = heldPoints - 1; i < current.length; i += 1) {
    // A window's least |I| is at most this point's: one that cannot raise `held` is not looked at
    // (most points of a test, once its first step is seen: a tenth of the time on a million points).
    if (Math.abs(current[i]!) <= held) continue;
    let min = Infinity;
    let max = 0;
    const sign = Math.sign(current[i]!);
    if (sign === 0 || !Number.isFinite(current[i]!)) continue;
    let same = true;
    for (let k = i - heldPoints + 1; k <= i; k += 1) {
      const value = current[k]!;
      if (Math.sign(value) !== sign || !Number.isFinite(value)) {
        same = false;
        break;
      }
      const magnitude = Math.abs(value);
      if (magnitude < min) min = magnitude;
      if (magnitude > max) max = magnitude;
    }
    if (same && max <= min * (1 + HELD_TOLERANCE) && min > held) held = min;
  }
  return held;
}

function resolutionOf(current: ReadingColumn): number | null {
  const stride = Math.max(1, Math.floor(current.length / RESOLUTION_SAMPLE));
  const sample: number[] = [];
  for (let i = 0; i < current.length; i += stride) {
    const magnitude = Math.abs(current[i]!);
    if (Number.isFinite(magnitude)) sample.push(magnitude);
  }
  sample.sort((a, b) => a - b);
  let distinct = sample.length > 0 ? 1 : 0;
  let smallest = Infinity;
  for (let i = 1; i < sample.length; i += 1) {
    const step = sample[i]! - sample[i - 1]!;
    if (step <= 0) continue;
    distinct += 1;
    // Steps below a millionth of the reading are float rounding of one written value, not the instrument's.
    if (step > sample[i]! * 1e-6 && step < smallest) smallest = step;
  }
  return distinct >= MIN_DISTINCT_READINGS && Number.isFinite(smallest) ? smallest : null;
}

function amps(valueA: number): string {
  return `${Number(valueA.toPrecision(3))} A`;
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

/**
 * Where the steps of splitSteps(series) start, one bit per point: the coulomb counting asks at each
 * point only whether its interval lies inside a step (cycle-integrals.ts). A bit instead of a step
 * number per point: 0.6 MB instead of 20 on 5 million points, for as long as the series is analysed
 * and stored. Read once per series, as the steps are.
 */
export type StepStarts = Uint8Array;

const stepStartsRead = new WeakMap<CyclerSeries, StepStarts>();

export function stepStartsOf(series: CyclerSeries): StepStarts {
  const known = stepStartsRead.get(series);
  if (known) return known;
  const starts = stepStartsIn(splitSteps(series), series.timeS.length);
  stepStartsRead.set(series, starts);
  return starts;
}

/** The StepStarts of `steps` over `pointCount` points. */
export function stepStartsIn(steps: readonly CyclerStep[], pointCount: number): StepStarts {
  const starts = new Uint8Array((pointCount + 7) >> 3);
  for (const step of steps) starts[step.startIndex >> 3] = starts[step.startIndex >> 3]! | (1 << (step.startIndex & 7));
  return starts;
}

/** True when point i is the first of its step. */
export function startsStep(starts: StepStarts, i: number): boolean {
  return (starts[i >> 3]! & (1 << (i & 7))) !== 0;
}

/** For points [from, to), the index of each one's step in `steps` (the step column stored per point), into `numbers` when given. */
export function stepNumbersOf(steps: readonly CyclerStep[], from: number, to: number, numbers: Int32Array = new Int32Array(Math.max(0, to - from))): Int32Array {
  // The last step that starts at or before `from`, by bisection: the steps are in order and cover every point.
  let low = 0;
  let high = steps.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (steps[middle]!.startIndex <= from) low = middle;
    else high = middle - 1;
  }
  for (let stepNumber = low; stepNumber < steps.length && steps[stepNumber]!.startIndex < to; stepNumber += 1) {
    const step = steps[stepNumber]!;
    numbers.fill(stepNumber, Math.max(step.startIndex, from) - from, Math.min(step.endIndex + 1, to) - from);
  }
  return numbers;
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
