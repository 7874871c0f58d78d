// Which cycle each step belongs to. The export's own cycle numbers are used when they make sense;
// otherwise cycles are recomputed from the steps, because vendors number cycles differently or not
// at all (FORMATS.md section 0 rule 8) and the lifespan grade (DOMAIN.md section 5) counts cycles.
// A cycle is whole steps: the file's numbers are used only when they change at step starts
// (vendor-cycles.ts), and the steps' own cycles start at a charge step. So a cycle is kept per step,
// not per point: 20 MB less on 5 million points, for as long as a test is analysed and stored.
import { splitSteps, type CyclerStep } from './segments';
import type { CyclerSeries, NumberColumn } from './types';
import { vendorCycleProblem } from './vendor-cycles';

export interface CycleAssignment {
  /**
   * Cycle number of every step of splitSteps(series), in order, from 1; 0 for what came before the
   * first charge when a discharge is among it (set apart: not a cycle of the protocol, see
   * setApartBeforeFirstCharge).
   */
  cycleOfStep: Int32Array;
  rule: 'vendor' | 'steps';
  /** In words: which rule was used and why, for the import report. */
  note: string;
}

export function assignCycles(series: CyclerSeries): CycleAssignment {
  const count = series.timeS.length;
  if (count === 0) return { cycleOfStep: new Int32Array(0), rule: 'steps', note: 'the file has no points: no cycles' };
  const steps = splitSteps(series);
  const problem = vendorCycleProblem(series, steps);
  if (problem === null) {
    const vendor = vendorAssignment(series.vendorCycle!, steps);
    const setApart = setApartBeforeFirstCharge(vendor.cycleOfStep, steps, series.timeS);
    return setApart ? { ...vendor, note: `${vendor.note}. ${setApart}` } : vendor;
  }
  const fromSteps = cyclesFromSteps(steps, series.timeS);
  return { cycleOfStep: fromSteps.cycleOfStep, rule: 'steps', note: `${problem}: cycles were recomputed from the charge/discharge steps. ${fromSteps.note}` };
}

/** No cycle: a step whose first point has no cycle number (an empty cell of a vendor column). */
export const NO_CYCLE = -1;

/**
 * The cycle of each step from a cycle number per point (stored points, a vendor column): its first
 * point's, or NO_CYCLE where that is not a number (an Int32 would make it 0, a cycle that exists).
 */
export function cyclesOfSteps(steps: readonly CyclerStep[], cycleOfPoint: ArrayLike<number>): Int32Array {
  const cycleOfStep = new Int32Array(steps.length);
  for (let s = 0; s < steps.length; s += 1) {
    const cycle = cycleOfPoint[steps[s]!.startIndex]!;
    cycleOfStep[s] = Number.isFinite(cycle) ? cycle : NO_CYCLE;
  }
  return cycleOfStep;
}

/** Contiguous runs of one cycle number: [cycle, first point, point after the last], in time order. */
export function cycleRuns(steps: readonly CyclerStep[], cycleOfStep: Int32Array): Array<[number, number, number]> {
  const runs: Array<[number, number, number]> = [];
  for (let s = 0; s < steps.length; s += 1) {
    const cycle = cycleOfStep[s]!;
    const last = runs[runs.length - 1];
    if (last && last[0] === cycle) last[2] = steps[s]!.endIndex + 1;
    else runs.push([cycle, steps[s]!.startIndex, steps[s]!.endIndex + 1]);
  }
  return runs;
}

/**
 * A discharge before the first charge (a cell delivered charged, or a half-cell that starts by
 * lithiating) is no cycle of the patent's test, which charges first ([0123]): added to cycle 1 it
 * would raise the standard capacity (DOMAIN.md section 5) and give cycle 1 a coulombic efficiency
 * above 100 %. Everything before the first charge step becomes cycle 0, set apart, and the cycle
 * of the first charge becomes cycle 1. A rest alone before the first charge stays in cycle 1.
 * Returns the sentence for the import report, or '' when nothing was set apart.
 */
export function setApartBeforeFirstCharge(cycleOfStep: Int32Array, steps: readonly CyclerStep[], timeS: Float64Array): string {
  const firstCharge = steps.findIndex((step) => step.direction === 1);
  if (firstCharge <= 0 || !steps.slice(0, firstCharge).some((step) => step.direction === -1)) return '';
  const start = steps[firstCharge]!.startIndex;
  const shift = cycleOfStep[firstCharge]! - 1;
  cycleOfStep.fill(0, 0, firstCharge);
  for (let s = firstCharge; s < cycleOfStep.length; s += 1) cycleOfStep[s] = cycleOfStep[s]! - shift;
  const hours = (timeS[start]! - timeS[0]!) / 3600;
  return `The test starts with a discharge (${hours.toFixed(2)} h before the first charge): it is set apart as cycle 0 (before the first charge) and is not a cycle of the lifespan grade, whose standard capacity is cycle 1's discharge.`;
}

/** The file's numbers, which change only at step starts (vendorCycleProblem), taken at each step's first point. */
function vendorAssignment(vendorCycle: NumberColumn, steps: readonly CyclerStep[]): CycleAssignment {
  const first = vendorCycle[0]!;
  const last = vendorCycle[vendorCycle.length - 1]!;
  const cycleOfStep = cyclesOfSteps(steps, vendorCycle);
  const distinct = distinctCount(cycleOfStep);
  for (let s = 0; s < cycleOfStep.length; s += 1) cycleOfStep[s] = cycleOfStep[s]! - first + 1;
  const shift = first === 1 ? 'they start at 1' : `they start at ${first}, so each was shifted by ${formatShift(1 - first)} to start at 1`;
  const gaps = last - first + 1 > distinct ? '; some numbers are skipped in the file and stay skipped' : '';
  return { cycleOfStep, rule: 'vendor', note: `the file's own cycle numbers were used (${shift}${gaps})` };
}

/**
 * A cycle is a charge and the discharge(s) after it: the patent's test charges first ([0123]), and
 * its standard capacity is the discharge that follows the first charge. A new cycle starts at the
 * first charge step after a discharge that itself followed a charge, so rests stay with the cycle
 * they end, and anything before the first charge is put in cycle 1.
 */
function cyclesFromSteps(steps: readonly CyclerStep[], timeS: Float64Array): { cycleOfStep: Int32Array; note: string } {
  const cycleOfStep = new Int32Array(steps.length);
  let cycle = 1;
  let charged = false;
  let dischargedAfterCharge = false;
  steps.forEach((step, s) => {
    if (step.direction === 1 && dischargedAfterCharge) {
      cycle += 1;
      dischargedAfterCharge = false;
    }
    if (step.direction === 1) charged = true;
    if (step.direction === -1 && charged) dischargedAfterCharge = true;
    cycleOfStep[s] = cycle;
  });
  const counted = `${cycle} cycle${cycle === 1 ? '' : 's'}, each a charge followed by its discharge.`;
  if (!charged) return { cycleOfStep, note: `No charge step was found, so every point is in cycle 1.` };
  const setApart = setApartBeforeFirstCharge(cycleOfStep, steps, timeS);
  return { cycleOfStep, note: [counted, setApart || initialRestNote(steps, timeS)].filter(Boolean).join(' ') };
}

/** Says when the test starts with a rest, which stays in cycle 1. */
function initialRestNote(steps: readonly CyclerStep[], timeS: Float64Array): string {
  const firstCharge = steps.findIndex((step) => step.direction === 1);
  if (firstCharge <= 0) return '';
  const hours = (timeS[steps[firstCharge]!.startIndex]! - timeS[0]!) / 3600;
  return `The test starts with a rest (${hours.toFixed(2)} h before the first charge), counted in cycle 1.`;
}

function distinctCount(values: ArrayLike<number>): number {
  let distinct = values.length > 0 ? 1 : 0;
  for (let i = 1; i < values.length; i += 1) if (values[i] !== values[i - 1]) distinct += 1;
  return distinct;
}

function formatShift(shift: number): string {
  return shift >= 0 ? `+${shift}` : `${shift}`;
}
