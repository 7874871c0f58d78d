// A cycle's capacity as the export's own charge or discharge column gives it, for comparison with
// coulomb counting. Vendors define these columns differently (FORMATS.md section 0 rule 6): one
// that never drops within a cycle is cumulative (per test, or reset at the cycle's start, as Arbin's)
// and the cycle's capacity is its rise, max − min; one that drops within a cycle restarts per step
// (Maccor, Neware, Novonix) and the capacity is the sum of the per-step maxima over the steps of
// that direction.
import type { CyclerStep, StepDirection } from './segments';

const MAH_PER_AH = 1000;

/**
 * The vendor's capacity in mAh of each cycle, by cycle number; null where the column is absent or
 * has no number in the cycle. `direction` says which steps the column counts (+1 for the charge
 * column, -1 for the discharge column).
 */
export function vendorCapacityByCycle(
  columnAh: Float64Array | null,
  direction: Exclude<StepDirection, 0>,
  cycleOfPoint: Int32Array,
  steps: readonly CyclerStep[],
): Map<number, number | null> {
  const byCycle = new Map<number, number | null>();
  if (!columnAh) return byCycle;
  for (const [cycle, cycleSteps] of stepsByCycle(steps, cycleOfPoint)) {
    const first = cycleSteps[0]!.startIndex;
    const last = cycleSteps[cycleSteps.length - 1]!.endIndex;
    const range = finiteRange(columnAh, first, last);
    if (!range) {
      byCycle.set(cycle, null);
      continue;
    }
    if (!range.drops) {
      byCycle.set(cycle, (range.max - range.min) * MAH_PER_AH);
      continue;
    }
    let sumAh = 0;
    for (const step of cycleSteps) if (step.direction === direction) sumAh += stepMaximumAh(columnAh, step);
    byCycle.set(cycle, sumAh * MAH_PER_AH);
  }
  return byCycle;
}

function stepsByCycle(steps: readonly CyclerStep[], cycleOfPoint: Int32Array): Map<number, CyclerStep[]> {
  const grouped = new Map<number, CyclerStep[]>();
  for (const step of steps) {
    const cycle = cycleOfPoint[step.startIndex]!;
    const list = grouped.get(cycle) ?? [];
    list.push(step);
    grouped.set(cycle, list);
  }
  return grouped;
}

function finiteRange(columnAh: Float64Array, first: number, last: number): { min: number; max: number; drops: boolean } | null {
  let min = Infinity;
  let max = -Infinity;
  let previous = NaN;
  let drops = false;
  for (let i = first; i <= last; i += 1) {
    const value = columnAh[i]!;
    if (!Number.isFinite(value)) continue;
    if (value < previous) drops = true;
    min = Math.min(min, value);
    max = Math.max(max, value);
    previous = value;
  }
  return Number.isFinite(min) ? { min, max, drops } : null;
}

/**
 * The step's largest value after its last drop: a counter that is reset one record into the step
 * still starts the step with the previous step's (or cycle's) total, which is not this step's.
 */
function stepMaximumAh(columnAh: Float64Array, step: CyclerStep): number {
  let max = 0;
  let previous = NaN;
  for (let i = step.startIndex; i <= step.endIndex; i += 1) {
    const value = columnAh[i]!;
    if (!Number.isFinite(value)) continue;
    if (value < previous) max = 0;
    max = Math.max(max, value);
    previous = value;
  }
  return max;
}
