// Coulomb counting and energy per cycle: the integrals of I dt and V·I dt, split into charge (I > 0)
// and discharge (I < 0), as battdat and ionworks do instead of trusting vendor columns (FORMATS.md
// section 0 rule 6, section 12).
//
// The rule, interval by interval (from point i-1 to point i, which belongs to point i's cycle):
// - inside a step, the trapezoid rule: exact for a constant current and for a linear ramp. Where the
//   current changes sign inside the interval, the zero crossing is placed by linear interpolation
//   and each part goes to its own side (same for V·I), so nothing is cancelled out.
// - across a step boundary, the later point's values for the whole gap: cyclers write a record when
//   a step ends, so after that record the cycler was already doing the next step. A trapezoid here
//   would add half an interval of the old current at each step edge (30 s on a 2 h step sampled
//   every minute: 0.4 %, against the < 0.1 % this must meet on constant-current steps). Where a
//   cycler does not write step-end records, this rule errs by up to one interval per edge instead.
// - a current that is the mean over the interval before its point (BioLogic "<I>/mA") is held over
//   that interval: a trapezoid would lose half of each step's first interval (8 % on
//   biologic/yadg__gcpl.issue_226.CxN.mpt, whose dq column confirms the held value).
// - the gap between two files of a stitched test that the tester did not record counts nothing
//   (file-breaks.ts).
// - a point at rest (its current at or below the noise floor of segments.ts, and no state saying
//   charge or discharge) counts as zero current: an idle file's stray readings are no capacity.
import { pointDirections, startsStep, type CyclerStep, type StepStarts } from './segments';
import type { CyclerSeries } from './types';

export interface CycleIntegrals {
  chargeAs: number;
  dischargeAs: number;
  chargeWs: number;
  dischargeWs: number;
}

/** Integrals of every cycle that has points, by cycle number; `cycleOfStep`: the cycle of each of `steps` (cycles.ts). */
export function integrateCycles(series: CyclerSeries, steps: readonly CyclerStep[], cycleOfStep: Int32Array, stepStarts: StepStarts): Map<number, CycleIntegrals> {
  const byCycle = new Map<number, CycleIntegrals>();
  const interval: CycleIntegrals = { chargeAs: 0, dischargeAs: 0, chargeWs: 0, dischargeWs: 0 };
  const directions = pointDirections(series);
  // Step by step, point by point within: the points in time order, as a cycle's sums add them.
  for (let s = 0; s < steps.length; s += 1) {
    const cycle = cycleOfStep[s]!;
    let sums = byCycle.get(cycle);
    if (!sums) {
      sums = { chargeAs: 0, dischargeAs: 0, chargeWs: 0, dischargeWs: 0 };
      byCycle.set(cycle, sums);
    }
    const step = steps[s]!;
    for (let i = step.startIndex; i <= step.endIndex; i += 1) {
      if (!integrateInterval(series, stepStarts, i, interval, directions)) continue;
      sums.chargeAs += interval.chargeAs;
      sums.dischargeAs += interval.dischargeAs;
      sums.chargeWs += interval.chargeWs;
      sums.dischargeWs += interval.dischargeWs;
    }
  }
  return byCycle;
}

/**
 * The charge and energy of the interval from point i-1 to point i, into `out`; false when the
 * interval spans no time of the test (the first point, a repeated time, a clock that jumped back,
 * a pause between two files).
 */
export function integrateInterval(series: CyclerSeries, stepStarts: StepStarts, i: number, out: CycleIntegrals, directions: Int8Array): boolean {
  if (i === 0) return false;
  const { timeS, currentA, voltageV } = series;
  const dtS = timeS[i]! - timeS[i - 1]!;
  if (!(dtS > 0)) return false;
  if (series.unrecordedGapsBefore && series.unrecordedGapsBefore.includes(i)) return false;
  // An interval-mean current (BioLogic <I>) held over the whole interval; else the rules above.
  const sameStep = !series.currentIsIntervalMean && !startsStep(stepStarts, i);
  const nowA = directions[i] === 0 ? 0 : currentA[i]!;
  const beforeA = directions[i - 1] === 0 ? 0 : currentA[i - 1]!;
  const currentBeforeA = sameStep ? beforeA : nowA;
  const powerBeforeW = sameStep ? voltageV[i - 1]! * beforeA : voltageV[i]! * nowA;
  // Into one scratch pair, not a new object per interval: this runs twice per point, and a 5 M-point
  // import made a gigabyte of such objects, whose collections grew V8's young generation by 20 MB.
  splitTrapezoidInto(currentBeforeA, nowA, dtS, halves);
  out.chargeAs = halves.positive;
  out.dischargeAs = halves.negative;
  splitTrapezoidInto(powerBeforeW, voltageV[i]! * nowA, dtS, halves);
  out.chargeWs = halves.positive;
  out.dischargeWs = halves.negative;
  return true;
}

interface Halves {
  positive: number;
  negative: number;
}

const halves: Halves = { positive: 0, negative: 0 };

/**
 * The trapezoid under a line from y0 to y1 over dtS, as the magnitudes of its positive and negative
 * parts. Non-finite values (a gap in the export) contribute nothing.
 */
export function splitTrapezoid(y0: number, y1: number, dtS: number): Halves {
  const out = { positive: 0, negative: 0 };
  splitTrapezoidInto(y0, y1, dtS, out);
  return out;
}

function splitTrapezoidInto(y0: number, y1: number, dtS: number, out: Halves): void {
  out.positive = 0;
  out.negative = 0;
  if (!Number.isFinite(y0) || !Number.isFinite(y1) || !(dtS > 0)) return;
  if (y0 >= 0 && y1 >= 0) {
    out.positive = ((y0 + y1) / 2) * dtS;
    return;
  }
  if (y0 <= 0 && y1 <= 0) {
    out.negative = (-(y0 + y1) / 2) * dtS;
    return;
  }
  // The line crosses zero at fraction y0 / (y0 - y1) of the interval: a triangle on each side.
  const crossing = y0 / (y0 - y1);
  const first = (y0 * crossing * dtS) / 2;
  const second = (y1 * (1 - crossing) * dtS) / 2;
  if (y0 > 0) {
    out.positive = first;
    out.negative = -second;
  } else {
    out.positive = second;
    out.negative = -first;
  }
}
