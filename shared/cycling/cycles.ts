// Which cycle each point belongs to. The export's own cycle numbers are used when they make sense;
// otherwise cycles are recomputed from the steps, because vendors number cycles differently or not
// at all (FORMATS.md section 0 rule 8) and the lifespan grade (DOMAIN.md section 5) counts cycles.
import { splitSteps, type CyclerStep } from './segments';
import type { CyclerSeries, NumberColumn } from './types';
import { vendorCycleProblem } from './vendor-cycles';

export interface CycleAssignment {
  /**
   * Cycle number of every point, from 1; 0 for what came before the first charge when a discharge
   * is among it (set apart: not a cycle of the protocol, see setApartBeforeFirstCharge).
   */
  cycleOfPoint: Int32Array;
  rule: 'vendor' | 'steps';
  /** In words: which rule was used and why, for the import report. */
  note: string;
}

export interface AssignOptions {
  /**
   * The series' own cycle numbers may be overwritten with each point's cycle, in their own memory,
   * when they are used: a long import lets that column go once the cycles are numbered, and so
   * holds one column of a point's cycle instead of two (20 MB on 5 million points).
   */
  reuseCycleColumn?: boolean;
}

export function assignCycles(series: CyclerSeries, options: AssignOptions = {}): CycleAssignment {
  const count = series.timeS.length;
  if (count === 0) return { cycleOfPoint: new Int32Array(0), rule: 'steps', note: 'the file has no points: no cycles' };
  const steps = splitSteps(series);
  const problem = vendorCycleProblem(series, steps);
  if (problem === null) {
    const vendor = vendorAssignment(series.vendorCycle!, options.reuseCycleColumn ?? false);
    const setApart = setApartBeforeFirstCharge(vendor.cycleOfPoint, steps, series.timeS);
    return setApart ? { ...vendor, note: `${vendor.note}. ${setApart}` } : vendor;
  }
  const fromSteps = cyclesFromSteps(steps, series.timeS, count);
  return { cycleOfPoint: fromSteps.cycleOfPoint, rule: 'steps', note: `${problem}: cycles were recomputed from the charge/discharge steps. ${fromSteps.note}` };
}

/**
 * A discharge before the first charge (a cell delivered charged, or a half-cell that starts by
 * lithiating) is no cycle of the patent's test, which charges first ([0123]): added to cycle 1 it
 * would raise the standard capacity (DOMAIN.md section 5) and give cycle 1 a coulombic efficiency
 * above 100 %. Everything before the first charge step becomes cycle 0, set apart, and the cycle
 * of the first charge becomes cycle 1. A rest alone before the first charge stays in cycle 1.
 * Returns the sentence for the import report, or '' when nothing was set apart.
 */
export function setApartBeforeFirstCharge(cycleOfPoint: Int32Array, steps: readonly CyclerStep[], timeS: Float64Array): string {
  const firstCharge = steps.findIndex((step) => step.direction === 1);
  if (firstCharge <= 0 || !steps.slice(0, firstCharge).some((step) => step.direction === -1)) return '';
  const start = steps[firstCharge]!.startIndex;
  const shift = cycleOfPoint[start]! - 1;
  cycleOfPoint.fill(0, 0, start);
  for (let i = start; i < cycleOfPoint.length; i += 1) cycleOfPoint[i] = cycleOfPoint[i]! - shift;
  const hours = (timeS[start]! - timeS[0]!) / 3600;
  return `The test starts with a discharge (${hours.toFixed(2)} h before the first charge): it is set apart as cycle 0 (before the first charge) and is not a cycle of the lifespan grade, whose standard capacity is cycle 1's discharge.`;
}

function vendorAssignment(vendorCycle: NumberColumn, reuse: boolean): CycleAssignment {
  const first = vendorCycle[0]!;
  const last = vendorCycle[vendorCycle.length - 1]!;
  const distinct = distinctCount(vendorCycle);
  // In place, each value is read before its four bytes are written, front to back: an Int32 at
  // index i lies at or before the value at index i of a Float32 (or Float64) column.
  const cycleOfPoint = reuse ? new Int32Array(vendorCycle.buffer, vendorCycle.byteOffset, vendorCycle.length) : new Int32Array(vendorCycle.length);
  // A plain loop: TypedArray.from with a mapping function is ~100 times slower on a million points.
  for (let i = 0; i < vendorCycle.length; i += 1) cycleOfPoint[i] = vendorCycle[i]! - first + 1;
  const shift = first === 1 ? 'they start at 1' : `they start at ${first}, so each was shifted by ${formatShift(1 - first)} to start at 1`;
  const gaps = last - first + 1 > distinct ? '; some numbers are skipped in the file and stay skipped' : '';
  return { cycleOfPoint, rule: 'vendor', note: `the file's own cycle numbers were used (${shift}${gaps})` };
}

/**
 * A cycle is a charge and the discharge(s) after it: the patent's test charges first ([0123]), and
 * its standard capacity is the discharge that follows the first charge. A new cycle starts at the
 * first charge step after a discharge that itself followed a charge, so rests stay with the cycle
 * they end, and anything before the first charge is put in cycle 1.
 */
function cyclesFromSteps(steps: readonly CyclerStep[], timeS: Float64Array, count: number): { cycleOfPoint: Int32Array; note: string } {
  const cycleOfPoint = new Int32Array(count);
  let cycle = 1;
  let charged = false;
  let dischargedAfterCharge = false;
  for (const step of steps) {
    if (step.direction === 1 && dischargedAfterCharge) {
      cycle += 1;
      dischargedAfterCharge = false;
    }
    if (step.direction === 1) charged = true;
    if (step.direction === -1 && charged) dischargedAfterCharge = true;
    cycleOfPoint.fill(cycle, step.startIndex, step.endIndex + 1);
  }
  const counted = `${cycle} cycle${cycle === 1 ? '' : 's'}, each a charge followed by its discharge.`;
  if (!charged) return { cycleOfPoint, note: `No charge step was found, so every point is in cycle 1.` };
  const setApart = setApartBeforeFirstCharge(cycleOfPoint, steps, timeS);
  return { cycleOfPoint, note: [counted, setApart || initialRestNote(steps, timeS)].filter(Boolean).join(' ') };
}

/** Says when the test starts with a rest, which stays in cycle 1. */
function initialRestNote(steps: readonly CyclerStep[], timeS: Float64Array): string {
  const firstCharge = steps.findIndex((step) => step.direction === 1);
  if (firstCharge <= 0) return '';
  const hours = (timeS[steps[firstCharge]!.startIndex]! - timeS[0]!) / 3600;
  return `The test starts with a rest (${hours.toFixed(2)} h before the first charge), counted in cycle 1.`;
}

function distinctCount(values: NumberColumn): number {
  let distinct = values.length > 0 ? 1 : 0;
  for (let i = 1; i < values.length; i += 1) if (values[i] !== values[i - 1]) distinct += 1;
  return distinct;
}

function formatShift(shift: number): string {
  return shift >= 0 ? `+${shift}` : `${shift}`;
}
