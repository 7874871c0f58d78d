// A cycle's capacity as the export's own charge or discharge column gives it, for comparison with
// coulomb counting. Vendors define these columns differently (FORMATS.md section 0 rule 6): one
// that never drops within a cycle is cumulative (per test, or reset at the cycle's start, as Arbin's)
// and the cycle's capacity is its rise, max − min; one that drops within a cycle restarts per step
// (Maccor, Neware, Novonix) and the capacity is the sum of the per-step maxima over the steps of
// that direction.
import { splitSteps, type CyclerStep, type StepDirection } from './segments';
import type { CyclerSeries } from './types';

const MAH_PER_AH = 1000;

/**
 * What a capacity column holds over each step, all that the cycle capacities below are made of:
 * per step, its finite values' least and greatest, first and last (NaN when the step has none),
 * whether they drop within the step (1) or not (0), and the step's largest value after its last
 * drop. A long test's columns can be let go once its steps are summarised (a 5-million-point file:
 * 80 MB). Columns of numbers, not an object per step: a 10,000-cycle test's 40,000 steps took
 * 10 MB of the heap as objects of boxed numbers, and take 2 MB as typed arrays.
 */
export interface StepCapacities {
  min: Float64Array;
  max: Float64Array;
  first: Float64Array;
  last: Float64Array;
  drops: Uint8Array;
  maximumAh: Float64Array;
}

/** The charge and discharge columns summarised per step of splitSteps(series). */
export interface VendorStepCapacities {
  charge: StepCapacities | null;
  discharge: StepCapacities | null;
}

function emptyStepCapacities(steps: number): StepCapacities {
  return { min: new Float64Array(steps), max: new Float64Array(steps), first: new Float64Array(steps), last: new Float64Array(steps), drops: new Uint8Array(steps), maximumAh: new Float64Array(steps) };
}

/** One step's values folded, in order, into its entry of StepCapacities (a column in memory and one read from disk share it). */
export class StepCapacityTally {
  private min = Infinity;
  private max = -Infinity;
  private first = NaN;
  private previous = NaN;
  private drops = false;
  private maximumAh = 0;

  add(value: number): void {
    if (!Number.isFinite(value)) return;
    if (this.first !== this.first) this.first = value;
    // A counter reset one record into the step still starts it with the previous total, which is not this step's.
    if (value < this.previous) {
      this.drops = true;
      this.maximumAh = 0;
    }
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
    if (value > this.maximumAh) this.maximumAh = value;
    this.previous = value;
  }

  /** Writes the step's summary at `stepNumber` and starts over for the next step. */
  writeInto(out: StepCapacities, stepNumber: number): void {
    out.min[stepNumber] = this.min;
    out.max[stepNumber] = this.max;
    out.first[stepNumber] = this.first;
    out.last[stepNumber] = this.previous;
    out.drops[stepNumber] = this.drops ? 1 : 0;
    out.maximumAh[stepNumber] = this.maximumAh;
    this.min = Infinity;
    this.max = -Infinity;
    this.first = NaN;
    this.previous = NaN;
    this.drops = false;
    this.maximumAh = 0;
  }
}

function stepCapacities(columnAh: Float64Array, steps: readonly CyclerStep[]): StepCapacities {
  const out = emptyStepCapacities(steps.length);
  const tally = new StepCapacityTally();
  steps.forEach((step, stepNumber) => {
    for (let i = step.startIndex; i <= step.endIndex; i += 1) tally.add(columnAh[i]!);
    tally.writeInto(out, stepNumber);
  });
  return out;
}

/**
 * A column's StepCapacities, from its values given in order, block by block, by
 * `forEachBlock` (a column too long to hold, read from disk; `from` is the index of a block's first
 * value): the steps cover every point in order (segments.ts).
 */
export function stepCapacitiesInOrder(steps: readonly CyclerStep[], forEachBlock: (each: (values: Float64Array, from: number) => void) => void): StepCapacities {
  const summaries = emptyStepCapacities(steps.length);
  let stepNumber = 0;
  const tally = new StepCapacityTally();
  forEachBlock((values, from) => {
    let i = 0;
    while (i < values.length) {
      // The values of this block that belong to the current step, then the next step.
      const stepEnd = stepNumber < steps.length ? steps[stepNumber]!.endIndex - from + 1 : values.length;
      const end = Math.min(values.length, stepEnd);
      for (; i < end; i += 1) tally.add(values[i]!);
      if (end === stepEnd && stepNumber < steps.length) {
        tally.writeInto(summaries, stepNumber);
        stepNumber += 1;
      }
    }
  });
  // Steps the blocks did not reach (fewer values than points) have none.
  for (; stepNumber < steps.length; stepNumber += 1) tally.writeInto(summaries, stepNumber);
  return summaries;
}

/** The series' capacity columns per step: as summarised before (the columns let go), else from the columns. */
export function vendorStepCapacities(series: CyclerSeries, steps: readonly CyclerStep[]): VendorStepCapacities {
  const stored = series.vendorStepCapacities;
  if (stored) {
    // Summarised per step of this series' own steps: other steps (a series changed since) would pair each summary with the wrong step.
    const summarised = (stored.charge ?? stored.discharge)?.min.length;
    if (summarised !== undefined && summarised !== steps.length) throw new Error(`capacity columns were summarised over ${summarised} steps, but the series now has ${steps.length}`);
    return stored;
  }
  return {
    charge: series.chargeCapacityAh ? stepCapacities(series.chargeCapacityAh, steps) : null,
    discharge: series.dischargeCapacityAh ? stepCapacities(series.dischargeCapacityAh, steps) : null,
  };
}

/**
 * The vendor's capacity in mAh of each cycle, by cycle number; null where the column is absent or
 * has no number in the cycle. `direction` says which steps the column counts (+1 for the charge
 * column, -1 for the discharge column). `perStep`: the column summarised per step of `steps`.
 */
export function vendorCapacityByCycle(
  perStep: StepCapacities | null,
  direction: Exclude<StepDirection, 0>,
  cycleOfStep: Int32Array,
  steps: readonly CyclerStep[],
): Map<number, number | null> {
  const byCycle = new Map<number, number | null>();
  if (!perStep) return byCycle;
  for (const [cycle, stepNumbers] of stepsByCycle(steps, cycleOfStep)) {
    const range = finiteRange(perStep, stepNumbers);
    if (!range) {
      byCycle.set(cycle, null);
      continue;
    }
    if (!range.drops) {
      byCycle.set(cycle, (range.max - range.min) * MAH_PER_AH);
      continue;
    }
    let sumAh = 0;
    for (const stepNumber of stepNumbers) if (steps[stepNumber]!.direction === direction) sumAh += perStep.maximumAh[stepNumber]!;
    byCycle.set(cycle, sumAh * MAH_PER_AH);
  }
  return byCycle;
}

/** The numbers of each cycle's steps, in order. */
function stepsByCycle(steps: readonly CyclerStep[], cycleOfStep: Int32Array): Map<number, number[]> {
  const grouped = new Map<number, number[]>();
  steps.forEach((_, stepNumber) => {
    const cycle = cycleOfStep[stepNumber]!;
    const list = grouped.get(cycle) ?? [];
    list.push(stepNumber);
    grouped.set(cycle, list);
  });
  return grouped;
}

/** The finite values of a cycle's steps taken together: least, greatest, and whether they ever drop (within a step or from one step to the next). */
function finiteRange(perStep: StepCapacities, stepNumbers: readonly number[]): { min: number; max: number; drops: boolean } | null {
  let min = Infinity;
  let max = -Infinity;
  let previous = NaN;
  let drops = false;
  for (const stepNumber of stepNumbers) {
    const first = perStep.first[stepNumber]!;
    if (first !== first) continue;
    if (perStep.drops[stepNumber] === 1 || first < previous) drops = true;
    min = Math.min(min, perStep.min[stepNumber]!);
    max = Math.max(max, perStep.max[stepNumber]!);
    previous = perStep.last[stepNumber]!;
  }
  return Number.isFinite(min) ? { min, max, drops } : null;
}

/**
 * Summarises the series' capacity columns per step and lets the columns go, in place (the series
 * keeps its steps, read once per series: segments.ts). Done before the analysis of a long import,
 * whose cycle table is then the same with 16 bytes a point less held.
 */
export function summariseVendorColumns(series: CyclerSeries): void {
  series.vendorStepCapacities = vendorStepCapacities(series, splitSteps(series));
  series.chargeCapacityAh = null;
  series.dischargeCapacityAh = null;
}
