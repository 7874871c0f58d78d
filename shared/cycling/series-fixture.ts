// Test factories: a CyclerSeries from a list of steps written the way a cycler records them (a
// record at each step's start, at the same time as the previous step's last record, and one at its
// end), so that each test states its data in a few lines and its expected numbers in closed form.
import type { CyclerStep } from './segments';
import type { CyclerSeries } from './types';

export interface StepSpec {
  currentA: number;
  /** Times of the step's records, relative to its start: the first is 0, the last its duration. */
  timesS: number[];
  /** A constant voltage, or the voltage at a time into the step. */
  voltageV?: number | ((tS: number) => number);
  step?: number;
  cycle?: number;
  state?: -1 | 0 | 1;
  chargeAh?: (tS: number) => number;
  dischargeAh?: (tS: number) => number;
}

/** 0, interval, 2·interval, … durationS. */
export function evenTimes(durationS: number, intervalS: number): number[] {
  const count = Math.round(durationS / intervalS);
  return Array.from({ length: count + 1 }, (_, i) => (i === count ? durationS : i * intervalS));
}

/** Columns with a step spec property are filled only when every step has it; otherwise null. */
export function seriesFromSteps(steps: readonly StepSpec[]): CyclerSeries {
  const rows: Array<{ spec: StepSpec; tS: number; atS: number }> = [];
  let startS = 0;
  for (const spec of steps) {
    for (const tS of spec.timesS) rows.push({ spec, tS, atS: startS + tS });
    startS += spec.timesS[spec.timesS.length - 1] ?? 0;
  }
  const all = <K extends keyof StepSpec>(key: K) => steps.length > 0 && steps.every((spec) => spec[key] !== undefined);
  const column = (pick: (row: (typeof rows)[number]) => number) => Float64Array.from(rows, pick);
  const voltageAt = (row: (typeof rows)[number]) => {
    const voltage = row.spec.voltageV ?? 3.8;
    return typeof voltage === 'number' ? voltage : voltage(row.tS);
  };
  return {
    timeS: column((row) => row.atS),
    currentA: column((row) => row.spec.currentA),
    voltageV: column(voltageAt),
    stepIndex: all('step') ? column((row) => row.spec.step!) : null,
    vendorCycle: all('cycle') ? column((row) => row.spec.cycle!) : null,
    stateCode: all('state') ? Int8Array.from(rows, (row) => row.spec.state!) : null,
    chargeCapacityAh: all('chargeAh') ? column((row) => row.spec.chargeAh!(row.tS)) : null,
    dischargeCapacityAh: all('dischargeAh') ? column((row) => row.spec.dischargeAh!(row.tS)) : null,
    temperatureC: null,
  };
}

/** A series straight from columns, for the cases the step factory cannot state (time going back). */
export function seriesFromColumns(columns: { timeS: number[]; currentA: number[]; voltageV?: number[]; stepIndex?: number[]; vendorCycle?: number[] }): CyclerSeries {
  return {
    timeS: Float64Array.from(columns.timeS),
    currentA: Float64Array.from(columns.currentA),
    voltageV: Float64Array.from(columns.voltageV ?? columns.timeS.map(() => 3.8)),
    stepIndex: columns.stepIndex ? Float64Array.from(columns.stepIndex) : null,
    vendorCycle: columns.vendorCycle ? Float64Array.from(columns.vendorCycle) : null,
    stateCode: null,
    chargeCapacityAh: null,
    dischargeCapacityAh: null,
    temperatureC: null,
  };
}

/** Each point's cycle from a cycle per step (cycles.ts), for tests that check per point. */
export function cycleOfPointOf(steps: readonly CyclerStep[], cycleOfStep: Int32Array, count: number): Int32Array {
  const cycleOfPoint = new Int32Array(count);
  steps.forEach((step, s) => cycleOfPoint.fill(cycleOfStep[s]!, step.startIndex, step.endIndex + 1));
  return cycleOfPoint;
}
