// A step's temperature against the maximum of its press, die, vessel or oven. An unheated press
// asked for a temperature is flagged; no maximum entered means the check cannot judge.
import type { CheckResult } from '../schemas/pressing';
import { check, stepName, type CheckEquipment, type CheckStep } from './check-types';

function maxTemperatureC(item: CheckEquipment): number | null {
  return 'maxTemperatureC' in item.spec ? item.spec.maxTemperatureC : null;
}

export function temperatureChecks(step: CheckStep): CheckResult[] {
  const temperature = step.actual?.temperatureC ?? step.temperatureC;
  if (temperature === null) return [];
  const results: CheckResult[] = [];
  for (const item of [step.equipment, step.die]) {
    if (!item || item.spec.kind === 'glovebox') continue;
    if ((item.spec.kind === 'uniaxial_press' || item.spec.kind === 'roll_press') && !item.spec.heated) {
      results.push(check('temperature_limit', 'warn', `${stepName(step)} asks for ${temperature} °C but ${item.name} is not heated (leave the temperature empty for room temperature).`, { temperatureC: temperature }, step.id));
      continue;
    }
    const limit = maxTemperatureC(item);
    const id = item.spec.kind === 'isostatic_press' ? 'vessel_temperature' : 'temperature_limit';
    if (limit === null) results.push(check(id, 'cannot_judge', `${item.name}: no maximum temperature entered.`, { temperatureC: temperature }, step.id));
    else results.push(check(id, temperature <= limit ? 'pass' : 'fail', `${temperature} °C is ${temperature <= limit ? 'within' : 'beyond'} ${item.name}'s maximum of ${limit} °C.`, { temperatureC: temperature, maxTemperatureC: limit }, step.id));
  }
  return results;
}
