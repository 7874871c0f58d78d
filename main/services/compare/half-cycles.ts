// The charge and the discharge of one stored cycle as index lists, for curves drawn per half-cycle.
// A point belongs to the half its current direction says (+1 charge, -1 discharge); rests belong
// to neither. Capacity in the stored points counts up from each half's start (point-counters.ts).
import type { HalfCycle } from '../../../shared/schemas/plots';
import type { StoredCyclePoints } from '../cycling/cycle-points-store';

export interface HalfCyclePoints {
  half: HalfCycle;
  voltageV: Float32Array;
  capacityMAh: Float64Array;
  timeS: Float64Array;
}

export function halfCyclePoints(points: StoredCyclePoints, half: HalfCycle): HalfCyclePoints {
  const want = half === 'charge' ? 1 : -1;
  let count = 0;
  for (let i = 0; i < points.direction.length; i += 1) if (points.direction[i] === want) count += 1;
  const voltageV = new Float32Array(count);
  const capacityMAh = new Float64Array(count);
  const timeS = new Float64Array(count);
  let at = 0;
  for (let i = 0; i < points.direction.length; i += 1) {
    if (points.direction[i] !== want) continue;
    voltageV[at] = points.voltageV[i]!;
    capacityMAh[at] = points.capacityAh[i]! * 1000;
    timeS[at] = points.timeS[i]!;
    at += 1;
  }
  return { half, voltageV, capacityMAh, timeS };
}
