// Whether the points are close enough together for how the voltage moves. Coulomb counting of a
// constant current is right however far apart the points are, but everything read from the voltage
// is not: the end of charge and discharge voltages, the voltage curves and dQ/dV (5 mV bins), and the
// short-circuit heuristics of DOMAIN.md section 5, which look for a voltage that drops or stops
// rising during a charge. Cyclers record every few millivolts or every few seconds to minutes
// (FORMATS.md section 0 rule 4); a file whose voltage typically moves more than MAX_VOLTAGE_STEP_V
// between two points of one charge or discharge was sampled far too slowly for its voltage, whatever
// its interval in seconds (a point an hour is fine on a C/100 step and far too slow at 2C).
import { splitSteps } from './segments';
import type { CyclerSeries } from './types';
import { upperMedian } from './upper-median';
import { formatSignificant } from '../format/quantity';

/** A typical move between two points of a charge or discharge above this is too coarse (10 dQ/dV bins of 5 mV). */
export const MAX_VOLTAGE_STEP_V = 0.05;
/** The move a good record keeps to between points, for the interval the warning suggests. */
const GOOD_VOLTAGE_STEP_V = 0.005;
/** Fewer intervals than this inside charges and discharges say nothing typical. */
const MIN_INTERVALS = 20;
/** Intervals looked at: a spread sample is enough for a median. */
const SAMPLE = 20_000;

export interface VoltageSampling {
  /** Median |ΔV| between consecutive points inside charge and discharge steps, in V. */
  typicalStepV: number;
  /** Median time between those points, in s. */
  typicalIntervalS: number;
  /** Median number of points of a charge or discharge step. */
  pointsPerStep: number;
  intervals: number;
}

/** The typical voltage move and interval inside charge and discharge steps; null when too few intervals. */
export function voltageSampling(series: CyclerSeries): VoltageSampling | null {
  const steps = splitSteps(series).filter((step) => step.direction !== 0);
  let intervals = 0;
  for (const step of steps) intervals += step.endIndex - step.startIndex;
  if (intervals < MIN_INTERVALS) return null;
  const stride = Math.max(1, Math.floor(intervals / SAMPLE));
  const { timeS, voltageV } = series;
  const moves: number[] = [];
  const gaps: number[] = [];
  // Every stride-th interval of the charges and discharges taken together (`next` carries across steps).
  let next = 0;
  for (const step of steps) {
    let i = step.startIndex + 1 + next;
    for (; i <= step.endIndex; i += stride) {
      const dtS = timeS[i]! - timeS[i - 1]!;
      const dV = Math.abs(voltageV[i]! - voltageV[i - 1]!);
      if (!(dtS > 0) || !Number.isFinite(dV)) continue;
      moves.push(dV);
      gaps.push(dtS);
    }
    next = i - step.endIndex - 1;
  }
  if (moves.length < MIN_INTERVALS) return null;
  // moves, gaps and steps are non-empty here (at least MIN_INTERVALS moves), so each median is a number.
  return { typicalStepV: upperMedian(moves)!, typicalIntervalS: upperMedian(gaps)!, pointsPerStep: upperMedian(steps.map((step) => step.endIndex - step.startIndex + 1))!, intervals };
}

/** The warning, with its figures, when the voltage typically moves more than MAX_VOLTAGE_STEP_V between points. */
export function coarseSamplingWarning(series: CyclerSeries): string | null {
  const sampling = voltageSampling(series);
  if (!sampling || !(sampling.typicalStepV > MAX_VOLTAGE_STEP_V)) return null;
  const { typicalStepV, typicalIntervalS, pointsPerStep } = sampling;
  const neededS = (typicalIntervalS * GOOD_VOLTAGE_STEP_V) / typicalStepV;
  return (
    `the points are far too far apart for how the voltage moves: during charge and discharge it typically moves ${figure(typicalStepV * 1000)} mV between two points ` +
    `(${figure(typicalIntervalS)} s apart; ${figure(pointsPerStep)} points per charge or discharge step), where cyclers record every few mV: ` +
    `end voltages, voltage curves, dQ/dV and the short-circuit checks rest on few points (a point every ${figure(neededS)} s would keep the voltage within ${GOOD_VOLTAGE_STEP_V * 1000} mV between points); the capacities by coulomb counting hold as long as the current was constant between points`
  );
}

/** Figures in the warning to three significant digits, through the one number formatter. */
function figure(value: number): string {
  return formatSignificant(value, 3);
}
