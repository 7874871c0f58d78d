// One row per cycle: capacities by coulomb counting, energies, mean and end voltages, durations, how
// the charge ended, and the vendor's own capacities beside them. This is the table the lifespan grade
// (DOMAIN.md section 5) and the plots read; FORMATS.md section 12 lists what other tools report.
import { chargeStopOf } from './charge-stop';
import { incompleteLastCycle } from './completeness';
import { integrateCycles } from './cycle-integrals';
import { splitSteps, stepStartsOf, type CyclerStep } from './segments';
import type { CycleSummary, CyclerSeries } from './types';
import { vendorCapacityByCycle, vendorStepCapacities } from './vendor-capacity';

export { coulombCountingAgreement, type CoulombCountingAgreement } from './agreement';

export interface SummaryOptions {
  /** Cathode active material mass, for mAh/g. */
  activeMassG?: number | null;
  /** Cathode area, for mAh/cm². */
  areaCm2?: number | null;
  /** The protocol's upper cut-off and charge time limit ([0123]), to tell how each charge ended. */
  upperCutoffV?: number | null;
  chargeLimitH?: number | null;
}

/** A·s and W·s to mAh and mWh. */
const MILLI_HOURS_PER_SECOND = 1000 / 3600;

/** Cycles in ascending order; a cycle number with no points gets no row. `cycleOfStep`: the cycle of each step of splitSteps(series) (cycles.ts). */
export function summarizeCycles(series: CyclerSeries, cycleOfStep: Int32Array, options: SummaryOptions = {}): CycleSummary[] {
  const steps = splitSteps(series);
  const integrals = integrateCycles(series, steps, cycleOfStep, stepStartsOf(series));
  const vendor = vendorStepCapacities(series, steps);
  const vendorCharge = vendorCapacityByCycle(vendor.charge, 1, cycleOfStep, steps);
  const vendorDischarge = vendorCapacityByCycle(vendor.discharge, -1, cycleOfStep, steps);
  const spans = pointSpans(steps, cycleOfStep);
  const cycles = [...integrals.keys()].sort((a, b) => a - b);
  const cutShort = incompleteLastCycle(series, steps, cycleOfStep, options);
  const stepsOfCycle = stepsByCycle(steps, cycleOfStep);
  return cycles.map((cycle) => {
    const sums = integrals.get(cycle)!;
    const span = spans.get(cycle)!;
    const cycleSteps = stepsOfCycle.get(cycle) ?? [];
    const chargeSteps = cycleSteps.filter((step) => step.direction === 1);
    const dischargeSteps = cycleSteps.filter((step) => step.direction === -1);
    const lastCharge = chargeSteps[chargeSteps.length - 1];
    const lastDischarge = dischargeSteps[dischargeSteps.length - 1];
    const chargeMAh = sums.chargeAs * MILLI_HOURS_PER_SECOND;
    const dischargeMAh = sums.dischargeAs * MILLI_HOURS_PER_SECOND;
    const chargeMWh = sums.chargeWs * MILLI_HOURS_PER_SECOND;
    const dischargeMWh = sums.dischargeWs * MILLI_HOURS_PER_SECOND;
    return {
      cycle,
      chargeMAh,
      dischargeMAh,
      // Both halves or none: a cycle without a discharge has no efficiency, not 0 %.
      coulombicEfficiency: chargeSteps.length > 0 && dischargeSteps.length > 0 && chargeMAh > 0 ? dischargeMAh / chargeMAh : null,
      complete: cycle >= 1 && cutShort?.cycle !== cycle,
      chargeMWh,
      dischargeMWh,
      // Energy over charge is the charge-weighted mean voltage (V·I dt / I dt).
      meanChargeV: chargeMAh > 0 ? chargeMWh / chargeMAh : null,
      meanDischargeV: dischargeMAh > 0 ? dischargeMWh / dischargeMAh : null,
      endOfChargeV: lastCharge ? finiteOrNull(series.voltageV[lastCharge.endIndex]!) : null,
      endOfDischargeV: lastDischarge ? finiteOrNull(series.voltageV[lastDischarge.endIndex]!) : null,
      chargeDurationS: totalDurationS(chargeSteps),
      dischargeDurationS: totalDurationS(dischargeSteps),
      chargeStop: lastCharge ? chargeStopOf(series, lastCharge, options) : 'unknown',
      dischargeMAhG: perUnit(dischargeMAh, options.activeMassG),
      dischargeMAhCm2: perUnit(dischargeMAh, options.areaCm2),
      vendorChargeMAh: vendorCharge.get(cycle) ?? null,
      vendorDischargeMAh: vendorDischarge.get(cycle) ?? null,
      points: span.points,
      startTimeS: series.timeS[span.first]!,
      endTimeS: series.timeS[span.last]!,
    };
  });
}

/** The steps of each cycle, in order: one pass, not one per cycle. */
function stepsByCycle(steps: readonly CyclerStep[], cycleOfStep: Int32Array): Map<number, CyclerStep[]> {
  const byCycle = new Map<number, CyclerStep[]>();
  for (let s = 0; s < steps.length; s += 1) {
    const step = steps[s]!;
    const cycle = cycleOfStep[s]!;
    const list = byCycle.get(cycle);
    if (list) list.push(step);
    else byCycle.set(cycle, [step]);
  }
  return byCycle;
}

/** Each cycle's first and last point and its number of points, from its steps. */
function pointSpans(steps: readonly CyclerStep[], cycleOfStep: Int32Array): Map<number, { first: number; last: number; points: number }> {
  const spans = new Map<number, { first: number; last: number; points: number }>();
  for (let s = 0; s < steps.length; s += 1) {
    const step = steps[s]!;
    const points = step.endIndex - step.startIndex + 1;
    const span = spans.get(cycleOfStep[s]!);
    if (span) {
      span.last = step.endIndex;
      span.points += points;
    } else spans.set(cycleOfStep[s]!, { first: step.startIndex, last: step.endIndex, points });
  }
  return spans;
}

function totalDurationS(steps: readonly CyclerStep[]): number {
  return steps.reduce((sum, step) => sum + step.durationS, 0);
}

function perUnit(valueMAh: number, per: number | null | undefined): number | null {
  return per !== null && per !== undefined && Number.isFinite(per) && per > 0 ? valueMAh / per : null;
}

function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}
