// Capacity and energy at every point, for voltage–capacity curves: counted from zero at the start of
// each cycle's charge and of its discharge, with the same interval rule as the cycle totals
// (cycle-integrals.ts), so that a curve ends exactly at the capacity in the cycle table.
import { integrateInterval, type CycleIntegrals } from './cycle-integrals';
import { pointDirections, splitSteps, stepOfPoints } from './segments';
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
  const stepOfPoint = stepOfPoints(splitSteps(series), count);
  const directions = pointDirections(series);
  let chargeAs = 0;
  let dischargeAs = 0;
  let chargeWs = 0;
  let dischargeWs = 0;
  let lastDirection = 0;
  const interval: CycleIntegrals = { chargeAs: 0, dischargeAs: 0, chargeWs: 0, dischargeWs: 0 };
  for (let i = 0; i < count; i += 1) {
    if (i === 0 || cycleOfPoint[i] !== cycleOfPoint[i - 1]) {
      chargeAs = dischargeAs = chargeWs = dischargeWs = 0;
      lastDirection = 0;
    }
    if (integrateInterval(series, stepOfPoint, i, interval)) {
      chargeAs += interval.chargeAs;
      dischargeAs += interval.dischargeAs;
      chargeWs += interval.chargeWs;
      dischargeWs += interval.dischargeWs;
    }
    if (directions[i] !== 0) lastDirection = directions[i]!;
    const discharging = lastDirection === -1;
    capacityAh[i] = (discharging ? dischargeAs : chargeAs) / 3600;
    energyWh[i] = (discharging ? dischargeWs : chargeWs) / 3600;
  }
  return { capacityAh, energyWh };
}
