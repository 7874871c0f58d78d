import { describe, expect, it } from 'vitest';
import { analyseSeries } from './analyse-series';
import { syntheticTest } from './synthetic';
import { seededRandom } from './synthetic-random';
import { splitSteps } from './segments';
import { cycleOfPointOf } from './series-fixture';
import type { CyclerSeries, NumberColumn } from './types';
import { stepCapacitiesInOrder, summariseVendorColumns, vendorStepCapacities } from './vendor-capacity';

const PROTOCOL = { upperCutoffV: 4.25, chargeLimitH: 12.5 };

/** A copy with its own arrays (the steps and directions are read once per series object). */
function copyOf(series: CyclerSeries): CyclerSeries {
  const copy = <T extends NumberColumn | Int8Array | null>(column: T): T => (column ? (column.slice() as T) : column);
  return { ...series, timeS: copy(series.timeS), currentA: copy(series.currentA), voltageV: copy(series.voltageV), stepIndex: copy(series.stepIndex), vendorCycle: copy(series.vendorCycle), stateCode: copy(series.stateCode), chargeCapacityAh: copy(series.chargeCapacityAh), dischargeCapacityAh: copy(series.dischargeCapacityAh) };
}

/** The capacity columns made awkward: counted from 0 at each step (Maccor, Neware) when asked, with empty cells and stray drops. */
function awkward(series: CyclerSeries, seed: number, resetPerStep: boolean): CyclerSeries {
  const random = seededRandom(seed);
  const out = copyOf(series);
  for (const column of [out.chargeCapacityAh!, out.dischargeCapacityAh!]) {
    let stepStartAh = column[0]!;
    for (let i = 0; i < column.length; i += 1) {
      if (i > 0 && out.stepIndex![i] !== out.stepIndex![i - 1]) stepStartAh = column[i]!;
      const valueAh = resetPerStep ? column[i]! - stepStartAh : column[i]!;
      const draw = random.uniform();
      column[i] = draw < 0.02 ? Number.NaN : draw < 0.025 ? valueAh * 0.5 : valueAh;
    }
  }
  return out;
}

/**
 * The rule read point by point over each cycle (FORMATS.md section 0 rule 6): a column that never
 * drops in the cycle gives max − min; one that drops gives the sum, over the steps of its
 * direction, of each step's largest value after its last drop.
 */
function pointByPoint(columnAh: Float64Array, direction: 1 | -1, series: CyclerSeries, cycleOfPoint: Int32Array): Map<number, number | null> {
  const steps = splitSteps(series);
  const out = new Map<number, number | null>();
  const cycles = [...new Set(cycleOfPoint)];
  for (const cycle of cycles) {
    const first = cycleOfPoint.indexOf(cycle);
    const last = cycleOfPoint.lastIndexOf(cycle);
    const finite = [...columnAh.subarray(first, last + 1)].filter(Number.isFinite);
    if (finite.length === 0) {
      out.set(cycle, null);
      continue;
    }
    if (finite.every((value, i) => i === 0 || value >= finite[i - 1]!)) {
      out.set(cycle, (Math.max(...finite) - Math.min(...finite)) * 1000);
      continue;
    }
    let sumAh = 0;
    for (const step of steps.filter((candidate) => cycleOfPoint[candidate.startIndex] === cycle && candidate.direction === direction)) {
      const values = [...columnAh.subarray(step.startIndex, step.endIndex + 1)].filter(Number.isFinite);
      let lastDrop = 0;
      values.forEach((value, i) => {
        if (i > 0 && value < values[i - 1]!) lastDrop = i;
      });
      sumAh += Math.max(0, ...values.slice(lastDrop));
    }
    out.set(cycle, sumAh * 1000);
  }
  return out;
}

describe('vendor capacities from the columns summarised per step', () => {
  it('give the very cycle table the columns give, the columns then let go', () => {
    const base = syntheticTest({ seed: 11, cycles: 8, capacityMAh: 1, currentMA: 0.5, fadePerCycle: 0.01 });
    expect(base.chargeCapacityAh).not.toBeNull();
    for (const series of [base, awkward(base, 1, false), awkward(base, 2, true)]) {
      const kept = analyseSeries(copyOf(series), { summary: PROTOCOL });
      const summarised = copyOf(series);
      summariseVendorColumns(summarised);
      expect(summarised.chargeCapacityAh).toBeNull();
      expect(summarised.dischargeCapacityAh).toBeNull();
      const after = analyseSeries(summarised, { summary: PROTOCOL });
      expect(after.cycles.some((row) => row.vendorDischargeMAh !== null && row.vendorDischargeMAh > 0)).toBe(true);
      // Every number of every row, to the last bit (toStrictEqual compares with Object.is).
      expect(after.cycles).toStrictEqual(kept.cycles);
      expect(after.warnings).toStrictEqual(kept.warnings);
      const cycleOfPoint = cycleOfPointOf(splitSteps(summarised), after.assignment.cycleOfStep, series.timeS.length);
      const charge = pointByPoint(series.chargeCapacityAh!, 1, series, cycleOfPoint);
      const discharge = pointByPoint(series.dischargeCapacityAh!, -1, series, cycleOfPoint);
      for (const row of after.cycles) {
        expect(row.vendorChargeMAh).toBeCloseTo(charge.get(row.cycle)!, 12);
        expect(row.vendorDischargeMAh).toBeCloseTo(discharge.get(row.cycle)!, 12);
      }
    }
  });

  it('are the same whether the column is read whole or block by block, whatever the blocks', () => {
    const series = awkward(syntheticTest({ seed: 5, cycles: 4, capacityMAh: 1, currentMA: 0.5 }), 3, true);
    const steps = splitSteps(series);
    const whole = vendorStepCapacities(series, steps);
    const column = series.dischargeCapacityAh!;
    // Blocks of 1 value, of sizes that end inside steps and on their edges, and one block of all.
    for (const blockValues of [1, 2, 7, steps[0]!.endIndex + 1, 997, column.length]) {
      const blocks = (each: (values: Float64Array, from: number) => void) => {
        for (let from = 0; from < column.length; from += blockValues) each(column.subarray(from, Math.min(column.length, from + blockValues)), from);
      };
      expect(stepCapacitiesInOrder(steps, blocks)).toStrictEqual(whole.discharge);
    }
  });

  it('refuses to pair the summaries with steps they were not made over', () => {
    const summarised = copyOf(syntheticTest({ seed: 11, cycles: 3, capacityMAh: 1, currentMA: 0.5 }));
    summariseVendorColumns(summarised);
    const steps = splitSteps(summarised);
    expect(() => vendorStepCapacities(summarised, steps.slice(1))).toThrow(`capacity columns were summarised over ${steps.length} steps, but the series now has ${steps.length - 1}`);
    expect(vendorStepCapacities(summarised, steps)).toBe(summarised.vendorStepCapacities);
  });
});
