// How far what was done is from the plan: (actual - planned) / planned, for pressure (read as a
// pressure, or a force on the gauge turned into one over the pressed area), temperature and time.
// Beyond the tolerance (a setting, 5 % by default) the step needs a reason.
import type { Deviation, StepActual } from '../schemas/pressing';
import { kNFromTf, pressureMPaFromForce } from './force';

export const DEFAULT_DEVIATION_TOLERANCE_PCT = 5;

interface Planned {
  pressureMPa: number | null;
  temperatureC: number | null;
  durationS: number | null;
}

/** The pressure the gauge reading stands for: given directly, or force / area. */
export function actualPressureMPa(actual: StepActual, areaCm2: number | null): number | null {
  if (actual.pressureMPa !== null) return actual.pressureMPa;
  const forceKN = actual.forceKN ?? (actual.forceTf !== null ? kNFromTf(actual.forceTf) : null);
  return forceKN !== null && areaCm2 !== null ? pressureMPaFromForce(forceKN, areaCm2) : null;
}

export function stepDeviations(planned: Planned, actual: StepActual, areaCm2: number | null, tolerancePct: number): Deviation[] {
  const pairs: Array<[Deviation['field'], number | null, number | null]> = [
    ['pressureMPa', planned.pressureMPa, actualPressureMPa(actual, areaCm2)],
    ['temperatureC', planned.temperatureC, actual.temperatureC],
    ['durationS', planned.durationS, actual.durationS],
  ];
  return pairs.flatMap(([field, plan, done]) => {
    if (plan === null || done === null || plan === 0) return [];
    const percent = ((done - plan) / plan) * 100;
    // Rounded to 1e-9 % so that 5 % of 500 MPa (525 MPa) is at the tolerance, not past it by a float.
    return [{ field, planned: plan, actual: done, percent, beyondTolerance: Math.abs(Number(percent.toFixed(9))) > tolerancePct }];
  });
}
