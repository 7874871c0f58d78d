// Capacity and energy at every point, for voltage–capacity curves: counted from zero at the start of
// each cycle's charge and of its discharge, with the same interval rule as the cycle totals
// (cycle-integrals.ts), so that a curve ends exactly at the capacity in the cycle table.
import { integrateInterval, type CycleIntegrals } from './cycle-integrals';
import { pointDirections, stepStartsOf, type StepStarts } from './segments';
import type { CyclerSeries } from './types';

export interface PointCounters {
  /** Ah charged (for charge points) or discharged (for discharge points) so far in the point's cycle; rests keep the last value. */
  capacityAh: Float64Array;
  energyWh: Float64Array;
}

export function pointCounters(series: CyclerSeries, cycleOfPoint: Int32Array): PointCounters {
  const count = series.timeS.length;
  const capacityAh = new Float64Array(count);
  const energyWh = new Float64Array(count);
  const stepStarts = stepStartsOf(series);
  const directions = pointDirections(series);
  let from = 0;
  for (let i = 1; i <= count; i += 1) {
    if (i < count && cycleOfPoint[i] === cycleOfPoint[from]) continue;
    cycleRunCounters(series, stepStarts, directions, from, i, capacityAh.subarray(from, i), energyWh.subarray(from, i));
    from = i;
  }
  return { capacityAh, energyWh };
}

/**
 * The counters of points [from, to), one run of a cycle, written from index 0 of `capacityAh` and
 * `energyWh`: a store can count one cycle at a time into arrays of that cycle's length.
 */
export function cycleRunCounters(
  series: CyclerSeries,
  stepStarts: StepStarts,
  directions: Int8Array,
  from: number,
  to: number,
  capacityAh: Float64Array | Float32Array,
  energyWh: Float64Array | Float32Array,
): void {
  let chargeAs = 0;
  let dischargeAs = 0;
  let chargeWs = 0;
  let dischargeWs = 0;
  let lastDirection = 0;
  const interval: CycleIntegrals = { chargeAs: 0, dischargeAs: 0, chargeWs: 0, dischargeWs: 0 };
  for (let i = from; i < to; i += 1) {
    // The interval before a cycle's first point belongs to that cycle (the cycle-integrals rule).
    if (integrateInterval(series, stepStarts, i, interval, directions)) {
      chargeAs += interval.chargeAs;
      dischargeAs += interval.dischargeAs;
      chargeWs += interval.chargeWs;
      dischargeWs += interval.dischargeWs;
    }
    if (directions[i] !== 0) lastDirection = directions[i]!;
    const discharging = lastDirection === -1;
    capacityAh[i - from] = (discharging ? dischargeAs : chargeAs) / 3600;
    energyWh[i - from] = (discharging ? dischargeWs : chargeWs) / 3600;
  }
}
