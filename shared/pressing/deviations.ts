// How far what was done in a step is from its plan (DOMAIN.md section 4: a step is recorded with
// the pressure read on the gauge, its temperature and time). Each planned set point that was also
// read gives (actual − planned) / planned × 100; beyond the tolerance (a setting, default 5 %) it
// needs a reason. The pressure compared is the gauge's, read as a pressure on the step's area.
import type { Deviation } from '../schemas/pressing';

type SetPoints = { pressureMPa: number | null; temperatureC: number | null; durationS: number | null };

export function stepDeviations(planned: SetPoints, actual: SetPoints, tolerancePct: number): Deviation[] {
  const deviations: Deviation[] = [];
  for (const field of ['pressureMPa', 'temperatureC', 'durationS'] as const) {
    const plan = planned[field];
    const done = actual[field];
    if (plan === null || done === null || plan === 0) continue;
    const percent = ((done - plan) / plan) * 100;
    // A hair over the tolerance from binary rounding (5.0000000001 %) is still within it.
    deviations.push({ field, planned: plan, actual: done, percent, beyondTolerance: Math.abs(percent) > tolerancePct + 1e-9 });
  }
  return deviations;
}
