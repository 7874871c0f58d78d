// Checks of one step against its equipment (DOMAIN.md section 4): force beyond the press's
// capacity (with the largest area it can take at that pressure and the highest pressure it reaches
// on this die), the die's rating, the die against the platen and the layer, temperature limits,
// WIP/CIP vessel ratings, roll press line load / gap / speed, equipment out of service. A rating
// nobody entered is never guessed: the check says it cannot judge.
import { EQUIPMENT_KIND_FOR_METHOD, type CheckResult } from '../schemas/pressing';
import type { Outline } from '../schemas/pressing-equipment';
import { check, stepName, type CheckLayer, type CheckStep } from './check-types';
import { forceKN as toKN, formatMPa, largestAreaCm2, outlineAreaCm2, pressureMPaFromForce, tfFromKN } from './force';
import { appliesPlatenForce, effectivePressureMPa, largestLayerAreaCm2, stepForce } from './step-pressure';
import { temperatureChecks } from './temperature-checks';

const fmt = (value: number, digits = 2) => String(Number(value.toFixed(digits)));

/** Whether a die's bore fits on the platen (round in rectangle by its diameter, rectangle in circle by its diagonal). */
export function fitsOn(bore: Outline, platen: Outline): boolean {
  if (bore.shape === 'round' && platen.shape === 'round') return bore.diameterMm <= platen.diameterMm;
  if (bore.shape === 'round' && platen.shape === 'rect') return bore.diameterMm <= Math.min(platen.widthMm, platen.lengthMm);
  if (bore.shape === 'rect' && platen.shape === 'round') return Math.hypot(bore.widthMm, bore.lengthMm) <= platen.diameterMm;
  if (bore.shape === 'rect' && platen.shape === 'rect') {
    const [a, b] = [Math.min(bore.widthMm, bore.lengthMm), Math.max(bore.widthMm, bore.lengthMm)];
    return a <= Math.min(platen.widthMm, platen.lengthMm) && b <= Math.max(platen.widthMm, platen.lengthMm);
  }
  return false;
}

function serviceChecks(step: CheckStep): CheckResult[] {
  const results: CheckResult[] = [];
  for (const item of [step.equipment, step.die]) {
    if (!item) continue;
    if (item.archived) results.push(check('equipment_archived', 'fail', `${item.name} is archived: choose equipment in the register.`, {}, step.id));
    else if (item.outOfService) results.push(check('out_of_service', 'fail', `${item.name} is out of service${item.outOfServiceReason ? ` (${item.outOfServiceReason})` : ''}.`, {}, step.id));
  }
  const expected = step.method ? (EQUIPMENT_KIND_FOR_METHOD[step.method] ?? null) : null;
  if (expected && !step.equipment) results.push(check('equipment_missing', 'cannot_judge', `${stepName(step)}: no equipment chosen, so its limits cannot be judged.`, {}, step.id));
  if (expected && step.equipment && step.equipment.spec.kind !== expected) {
    results.push(check('equipment_kind', 'fail', `${step.equipment.name} is a ${step.equipment.spec.kind.replace(/_/g, ' ')}, not the ${expected.replace(/_/g, ' ')} a ${step.method?.replace(/_/g, ' ')} step needs.`, {}, step.id));
  }
  if (step.die && step.die.spec.kind !== 'die') results.push(check('equipment_kind', 'fail', `${step.die.name} is not a die.`, {}, step.id));
  const spec = step.equipment?.spec;
  if (spec?.kind === 'isostatic_press' && (step.method === 'wip' || step.method === 'cip') && spec.isostatic !== step.method) {
    results.push(check('equipment_kind', 'fail', `${step.equipment?.name} is a ${spec.isostatic.toUpperCase()}, not the ${step.method.toUpperCase()} this step names.`, {}, step.id));
  }
  if (spec?.kind === 'oven' && step.method === 'vacuum_oven' && !spec.vacuum) results.push(check('equipment_kind', 'fail', `${step.equipment?.name} has no vacuum; this step dries under vacuum.`, {}, step.id));
  return results;
}

function capacityCheck(step: CheckStep, layers: readonly CheckLayer[]): CheckResult | null {
  if (!appliesPlatenForce(step) || step.equipment?.spec.kind !== 'uniaxial_press') return null;
  const spec = step.equipment.spec;
  const pressure = effectivePressureMPa(step, layers);
  const { areaCm2, forceKN } = stepForce(step, layers);
  if (spec.maxForce === null) return check('press_capacity', 'cannot_judge', `${step.equipment.name}: no maximum force entered, so the force cannot be judged.`, { forceKN }, step.id);
  if (pressure === null || areaCm2 === null || forceKN === null) {
    return check('press_capacity', 'cannot_judge', `${stepName(step)}: ${pressure === null ? 'no pressure' : 'no die and no layer area'}, so the force on ${step.equipment.name} cannot be worked out.`, { pressureMPa: pressure, areaCm2 }, step.id);
  }
  const capacityKN = toKN(spec.maxForce, spec.maxForceUnit);
  const numbers = { pressureMPa: pressure, areaCm2, forceKN, forceTf: tfFromKN(forceKN), capacityKN, capacityTf: tfFromKN(capacityKN), largestAreaCm2: largestAreaCm2(capacityKN, pressure), highestPressureMPa: pressureMPaFromForce(capacityKN, areaCm2) };
  if (forceKN <= capacityKN * (1 + 1e-12)) {
    return check('press_capacity', 'pass', `${fmt(forceKN)} kN (${fmt(numbers.forceTf)} tf) is within ${step.equipment.name}'s ${fmt(capacityKN)} kN (${fmt(numbers.capacityTf)} tf).`, numbers, step.id);
  }
  return check(
    'press_capacity',
    'fail',
    `${formatMPa(pressure)} MPa on ${fmt(areaCm2, 3)} cm² needs ${fmt(forceKN)} kN (${fmt(numbers.forceTf)} tf), beyond ${step.equipment.name}'s ${fmt(capacityKN)} kN (${fmt(numbers.capacityTf)} tf). At ${formatMPa(pressure)} MPa it takes at most ${fmt(numbers.largestAreaCm2, 3)} cm²; on this area it reaches at most ${fmt(numbers.highestPressureMPa, 1)} MPa.`,
    numbers,
    step.id,
  );
}

function dieChecks(step: CheckStep, layers: readonly CheckLayer[]): CheckResult[] {
  const die = step.die;
  if (die?.spec.kind !== 'die') return [];
  const results: CheckResult[] = [];
  const pressure = effectivePressureMPa(step, layers);
  const rating = die.spec.maxPressureMPa;
  if (pressure !== null) {
    if (rating === null) results.push(check('die_rating', 'cannot_judge', `${die.name}: no pressure rating entered.`, { pressureMPa: pressure }, step.id));
    else results.push(check('die_rating', pressure <= rating ? 'pass' : 'fail', pressure <= rating ? `${formatMPa(pressure)} MPa is within ${die.name}'s rating of ${formatMPa(rating)} MPa.` : `${formatMPa(pressure)} MPa is beyond ${die.name}'s rating of ${formatMPa(rating)} MPa.`, { pressureMPa: pressure, ratingMPa: rating }, step.id));
  }
  const platen = step.equipment?.spec.kind === 'uniaxial_press' ? step.equipment.spec.platen : null;
  if (platen && !fitsOn(die.spec.bore, platen)) results.push(check('die_platen', 'fail', `${die.name} (${fmt(outlineAreaCm2(die.spec.bore), 3)} cm²) is larger than the platen of ${step.equipment?.name}.`, { dieAreaCm2: outlineAreaCm2(die.spec.bore), platenAreaCm2: outlineAreaCm2(platen) }, step.id));
  const dieArea = outlineAreaCm2(die.spec.bore);
  const layerArea = largestLayerAreaCm2(step.layers, layers);
  if (layerArea === null) results.push(check('die_layer_area', 'cannot_judge', `${stepName(step)}: a layer in it has no area entered, so whether it fits ${die.name} cannot be judged.`, { dieAreaCm2: dieArea }, step.id));
  else if (dieArea < layerArea * (1 - 1e-12)) results.push(check('die_layer_area', 'fail', `${die.name} (${fmt(dieArea, 3)} cm²) is smaller than the layer (${fmt(layerArea, 3)} cm²).`, { dieAreaCm2: dieArea, layerAreaCm2: layerArea }, step.id));
  else results.push(check('die_layer_area', 'pass', `The layer (${fmt(layerArea, 3)} cm²) fits ${die.name} (${fmt(dieArea, 3)} cm²).`, { dieAreaCm2: dieArea, layerAreaCm2: layerArea }, step.id));
  return results;
}

function vesselCheck(step: CheckStep, layers: readonly CheckLayer[]): CheckResult | null {
  if (step.equipment?.spec.kind !== 'isostatic_press') return null;
  const pressure = effectivePressureMPa(step, layers);
  const rating = step.equipment.spec.maxPressureMPa;
  if (pressure === null) return null;
  if (rating === null) return check('vessel_pressure', 'cannot_judge', `${step.equipment.name}: no vessel pressure rating entered.`, { pressureMPa: pressure }, step.id);
  return check('vessel_pressure', pressure <= rating ? 'pass' : 'fail', `${formatMPa(pressure)} MPa is ${pressure <= rating ? 'within' : 'beyond'} ${step.equipment.name}'s vessel rating of ${formatMPa(rating)} MPa.`, { pressureMPa: pressure, ratingMPa: rating }, step.id);
}

function rollChecks(step: CheckStep): CheckResult[] {
  if (step.equipment?.spec.kind !== 'roll_press') return [];
  const spec = step.equipment.spec;
  const name = step.equipment.name;
  const results: CheckResult[] = [];
  const within = (id: string, label: string, unit: string, value: number | null, low: number | null, high: number | null) => {
    if (value === null) return;
    if (low === null && high === null) return void results.push(check(id, 'cannot_judge', `${name}: no ${label} range entered.`, { value }, step.id));
    const ok = (low === null || value >= low) && (high === null || value <= high);
    results.push(check(id, ok ? 'pass' : 'fail', `${label} ${fmt(value)} ${unit} is ${ok ? 'within' : 'outside'} ${name}'s ${low ?? '–'}–${high ?? '–'} ${unit}.`, { value, min: low, max: high }, step.id));
  };
  within('roll_line_load', 'line load', 'kN/cm', step.lineLoadKNPerCm, null, spec.maxLineLoadKNPerCm);
  within('roll_gap', 'gap', 'µm', step.gapUm, spec.gapMinUm, spec.gapMaxUm);
  within('roll_speed', 'speed', 'm/min', step.speedMPerMin, spec.speedMinMPerMin, spec.speedMaxMPerMin);
  return results;
}

export function equipmentChecks(step: CheckStep, layers: readonly CheckLayer[]): CheckResult[] {
  return [serviceChecks(step), [capacityCheck(step, layers)], dieChecks(step, layers), [vesselCheck(step, layers)], rollChecks(step), temperatureChecks(step)]
    .flat()
    .filter((result): result is CheckResult => result !== null);
}
