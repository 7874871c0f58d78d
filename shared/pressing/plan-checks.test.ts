import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../schemas/pressing';
import { testEquipment, testLayer, testStep } from './check-fixtures';
import type { CheckLayer, CheckStep } from './check-types';
import { checkPlan } from './plan-checks';

const layers: CheckLayer[] = [testLayer('anode_collector'), testLayer('first_anode_layer'), testLayer('solid_electrolyte'), testLayer('cathode_active_layer'), testLayer('cathode_collector')];
const press15tf = testEquipment('15 t press', { kind: 'uniaxial_press', maxForce: 15, maxForceUnit: 'tf', heated: true, maxTemperatureC: 90, platen: { shape: 'rect', widthMm: 40, lengthMm: 40 } });
const die4 = testEquipment('20 x 20 mm die', { kind: 'die', bore: { shape: 'rect', widthMm: 20, lengthMm: 20 }, maxPressureMPa: 500 });

function checksOf(steps: CheckStep[], layerSet: CheckLayer[] = layers, cells = [] as Array<{ label: string; stackPressureMPa: number | null }>) {
  const result = checkPlan({ steps, layers: layerSet, cells });
  return { steps: result.steps, plan: result.plan, find: (id: string, stepIndex = 0): CheckResult | undefined => result.steps[stepIndex]?.find((entry) => entry.id === id), planFind: (id: string) => result.plan.filter((entry) => entry.id === id) };
}
const hotPress = (pressureMPa: number, extra: { temperatureC?: number } = {}, gear = { equipment: press15tf, die: die4 }) =>
  testStep(0, { kind: 'press', method: 'hot_plate_press', layers: ['first_anode_layer', 'solid_electrolyte'], pressureMPa, ...extra }, gear);

describe('press capacity', () => {
  it('500 MPa on a 4 cm² die needs 200 kN (20.4 tf), beyond a 15 tf press: the largest area and the highest pressure it reaches', () => {
    const capacity = 15 * 9.80665; // 147.09975 kN
    const result = checksOf([hotPress(500)]).find('press_capacity');
    expect(result?.status).toBe('fail');
    expect(result?.numbers.forceKN).toBeCloseTo(500 * 4 * 0.1, 10);
    expect(result?.numbers.largestAreaCm2).toBeCloseTo(capacity / (500 * 0.1), 10); // 2.942 cm²
    expect(result?.numbers.highestPressureMPa).toBeCloseTo(capacity / (4 * 0.1), 10); // 367.7 MPa
    expect(result?.message).toContain('at most 2.942 cm²');
    expect(result?.message).toContain('at most 367.7 MPa');
  });
  it('at the capacity exactly it passes; just above it fails', () => {
    const press200 = testEquipment('200 kN press', { kind: 'uniaxial_press', maxForce: 200, maxForceUnit: 'kN' });
    expect(checksOf([hotPress(500, {}, { equipment: press200, die: die4 })]).find('press_capacity')?.status).toBe('pass');
    expect(checksOf([hotPress(500.01, {}, { equipment: press200, die: die4 })]).find('press_capacity')?.status).toBe('fail');
  });
  it('a press with no capacity entered cannot be judged', () => {
    const unrated = testEquipment('old press', { kind: 'uniaxial_press' });
    expect(checksOf([hotPress(100, {}, { equipment: unrated, die: die4 })]).find('press_capacity')?.status).toBe('cannot_judge');
  });
});

describe('die, platen, temperature, vessel, service', () => {
  const press300 = testEquipment('300 kN press', { kind: 'uniaxial_press', maxForce: 300, heated: true, maxTemperatureC: 90, platen: { shape: 'rect', widthMm: 40, lengthMm: 40 } });
  const gear = { equipment: press300, die: die4 };
  it("the die's rating: 500 MPa passes, 500.5 fails, no rating cannot judge", () => {
    expect(checksOf([hotPress(500, {}, gear)]).find('die_rating')?.status).toBe('pass');
    expect(checksOf([hotPress(500.5, {}, gear)]).find('die_rating')?.status).toBe('fail');
    const unrated = testEquipment('die', { kind: 'die', bore: { shape: 'round', diameterMm: 10 } });
    expect(checksOf([hotPress(100, {}, { equipment: press300, die: unrated })]).find('die_rating')?.status).toBe('cannot_judge');
  });
  it('a die smaller than the layer fails; equal passes', () => {
    expect(checksOf([hotPress(100, {}, gear)]).find('die_layer_area')?.status).toBe('pass');
    const bigger = layers.map((layer) => (layer.layerKind === 'solid_electrolyte' ? { ...layer, areaCm2: 4.01 } : layer));
    const result = checksOf([hotPress(100, {}, gear)], bigger).find('die_layer_area');
    expect(result?.status).toBe('fail');
    expect(result?.numbers).toMatchObject({ dieAreaCm2: 4, layerAreaCm2: 4.01 });
  });
  it('a die larger than the platen fails', () => {
    const wide = testEquipment('50 mm die', { kind: 'die', bore: { shape: 'round', diameterMm: 50 }, maxPressureMPa: 1000 });
    expect(checksOf([hotPress(10, {}, { equipment: press300, die: wide })]).find('die_platen')?.status).toBe('fail');
    const fits = testEquipment('40 mm die', { kind: 'die', bore: { shape: 'round', diameterMm: 40 }, maxPressureMPa: 1000 });
    expect(checksOf([hotPress(10, {}, { equipment: press300, die: fits })]).find('die_platen')).toBeUndefined();
  });
  it('temperature: 90 °C on a 90 °C press passes, 90.5 fails, an unheated press warns', () => {
    expect(checksOf([hotPress(100, { temperatureC: 90 }, gear)]).find('temperature_limit')?.status).toBe('pass');
    expect(checksOf([hotPress(100, { temperatureC: 90.5 }, gear)]).find('temperature_limit')?.status).toBe('fail');
    const cold = testEquipment('cold press', { kind: 'uniaxial_press', maxForce: 300 });
    expect(checksOf([hotPress(100, { temperatureC: 90 }, { equipment: cold, die: die4 })]).find('temperature_limit')?.status).toBe('warn');
  });
  it("a WIP's vessel: 500 MPa and 80 °C within a 500 MPa / 80 °C rating pass, above fail", () => {
    const wip = testEquipment('WIP', { kind: 'isostatic_press', isostatic: 'wip', maxPressureMPa: 500, maxTemperatureC: 80 });
    const step = (pressureMPa: number, temperatureC: number) => testStep(0, { kind: 'press', method: 'wip', layers: ['first_anode_layer', 'solid_electrolyte'], pressureMPa, temperatureC }, { equipment: wip });
    expect(checksOf([step(500, 80)]).find('vessel_pressure')?.status).toBe('pass');
    expect(checksOf([step(500, 80)]).find('vessel_temperature')?.status).toBe('pass');
    expect(checksOf([step(501, 80)]).find('vessel_pressure')?.status).toBe('fail');
    expect(checksOf([step(500, 81)]).find('vessel_temperature')?.status).toBe('fail');
    expect(checksOf([step(500, 80)]).find('press_capacity')).toBeUndefined();
  });
  it('equipment out of service fails; the wrong kind of equipment fails', () => {
    const broken = testEquipment('broken press', { kind: 'uniaxial_press', maxForce: 300 }, { outOfService: true });
    expect(checksOf([hotPress(100, {}, { equipment: broken, die: die4 })]).find('out_of_service')?.status).toBe('fail');
    const oven = testEquipment('oven', { kind: 'oven' });
    expect(checksOf([hotPress(100, {}, { equipment: oven, die: die4 })]).find('equipment_kind')?.status).toBe('fail');
  });
  it('a CIP for a WIP step and an oven without vacuum for a vacuum drying step fail', () => {
    const cip = testEquipment('CIP', { kind: 'isostatic_press', isostatic: 'cip', maxPressureMPa: 600 });
    expect(checksOf([testStep(0, { kind: 'press', method: 'wip', layers: ['solid_electrolyte'], pressureMPa: 500 }, { equipment: cip })]).find('equipment_kind')?.status).toBe('fail');
    expect(checksOf([testStep(0, { kind: 'press', method: 'cip', layers: ['solid_electrolyte'], pressureMPa: 500 }, { equipment: cip })]).find('equipment_kind')).toBeUndefined();
    const oven = testEquipment('convection oven', { kind: 'oven', vacuum: false, maxTemperatureC: 200 });
    expect(checksOf([testStep(0, { kind: 'dry', method: 'vacuum_oven', layers: ['solid_electrolyte'], temperatureC: 70, durationS: 7200 }, { equipment: oven })]).find('equipment_kind')?.status).toBe('fail');
    expect(checksOf([testStep(0, { kind: 'dry', method: 'oven', layers: ['solid_electrolyte'], temperatureC: 70, durationS: 7200 }, { equipment: oven })]).find('temperature_limit')?.status).toBe('pass');
  });
  it('a roll press: line load within its maximum passes, above fails', () => {
    const roll = testEquipment('roll press', { kind: 'roll_press', maxLineLoadKNPerCm: 10 });
    const step = (lineLoadKNPerCm: number) => testStep(0, { kind: 'press', method: 'roll_press', layers: ['cathode_active_layer', 'cathode_collector'], pressureMPa: 450, lineLoadKNPerCm }, { equipment: roll });
    expect(checksOf([step(10)]).find('roll_line_load')?.status).toBe('pass');
    expect(checksOf([step(10.5)]).find('roll_line_load')?.status).toBe('fail');
  });
});

describe('layer windows', () => {
  const windowed = [testLayer('anode_collector', { max: 2000 }), testLayer('first_anode_layer', { max: 500 }), testLayer('solid_electrolyte', { max: 500 }), testLayer('cathode_active_layer', { min: 400, max: 700 }), testLayer('cathode_collector', { max: 2000 })];
  const press = (position: number, kinds: CheckStep['layers'], pressureMPa: number) => testStep(position, { kind: 'press', method: 'hot_plate_press', layers: kinds, pressureMPa });
  it('at the maximum passes, above it fails naming the layer', () => {
    expect(checksOf([press(0, ['first_anode_layer', 'solid_electrolyte'], 500)], windowed).find('layer_max')?.status).toBe('pass');
    const over = checksOf([press(0, ['first_anode_layer', 'solid_electrolyte'], 500.5)], windowed).find('layer_max');
    expect(over?.status).toBe('fail');
    expect(over?.message).toContain('solid electrolyte (at most 500 MPa)');
  });
  it('a layer with no window cannot be judged', () => {
    expect(checksOf([press(0, ['first_anode_layer', 'solid_electrolyte'], 100)]).find('layer_max')?.status).toBe('cannot_judge');
  });
  it('a layer pressed at its minimum once passes; below it warns', () => {
    expect(checksOf([press(0, ['cathode_active_layer', 'cathode_collector'], 400)], windowed).planFind('layer_min').find((entry) => entry.layers.includes('cathode_active_layer'))?.status).toBe('pass');
    const low = checksOf([press(0, ['cathode_active_layer', 'cathode_collector'], 399)], windowed).planFind('layer_min').find((entry) => entry.layers.includes('cathode_active_layer'));
    expect(low?.status).toBe('warn');
    expect(low?.numbers).toEqual({ minMPa: 400, highestMPa: 399 });
  });
  it('a deviation that breaks a window is flagged at once: the actual pressure is judged', () => {
    const step = { ...press(0, ['first_anode_layer', 'solid_electrolyte'], 500), actual: { pressureMPa: 520, forceKN: null, forceTf: null, temperatureC: null, durationS: null, operator: null, notes: null } };
    expect(checksOf([step], windowed).find('layer_max')?.status).toBe('fail');
  });
});

describe('order', () => {
  const windowed = [testLayer('anode_collector'), testLayer('first_anode_layer', { max: 300 }), testLayer('solid_electrolyte', { max: 600 }), testLayer('cathode_active_layer', { min: 400 }), testLayer('cathode_collector')];
  const press = (position: number, kinds: CheckStep['layers'], pressureMPa: number) => testStep(position, { kind: 'press', method: 'hot_plate_press', layers: kinds, pressureMPa });
  it('pressing after stacking with a more fragile layer, above its tolerance, fails; at it, passes', () => {
    const first = press(0, ['first_anode_layer', 'solid_electrolyte'], 300);
    const over = checksOf([first, press(1, ['solid_electrolyte', 'cathode_active_layer'], 450)], windowed).find('pressed_after_fragile', 1);
    expect(over?.status).toBe('fail');
    expect(over?.layers).toEqual(['first_anode_layer']);
    expect(checksOf([first, press(1, ['solid_electrolyte', 'cathode_active_layer'], 300)], windowed).find('pressed_after_fragile', 1)).toBeUndefined();
  });
  it('a seal before every layer is present fails, naming the missing layer', () => {
    const seal = testStep(0, { kind: 'seal', method: 'vacuum_seal', layers: ['anode_collector', 'first_anode_layer', 'solid_electrolyte', 'cathode_active_layer'] });
    const result = checksOf([seal]).find('seal_before_all_layers');
    expect(result?.status).toBe('fail');
    expect(result?.layers).toEqual(['cathode_collector']);
    const full = testStep(0, { kind: 'seal', method: 'vacuum_seal', layers: layers.map((layer) => layer.layerKind) });
    expect(checksOf([full]).find('seal_before_all_layers')?.status).toBe('pass');
  });
  it('a layer that needs drying and is stacked undried warns; dried first passes', () => {
    const needing = layers.map((layer) => (layer.layerKind === 'solid_electrolyte' ? { ...layer, dryingReason: 'its binder is cast from a slurry' } : layer));
    const pressStep = press(1, ['first_anode_layer', 'solid_electrolyte'], 100);
    const undried = checksOf([pressStep], needing).planFind('drying_missing');
    expect(undried[0]?.status).toBe('warn');
    expect(undried[0]?.message).toContain('its binder is cast from a slurry');
    const dry = testStep(0, { kind: 'dry', method: 'vacuum_oven', layers: ['solid_electrolyte'], temperatureC: 70, durationS: 7200 });
    expect(checksOf([dry, pressStep], needing).planFind('drying_missing')[0]?.status).toBe('pass');
  });
  it('no stack pressure for cycling warns; a fixture step or every cell with one passes', () => {
    const stack = press(0, ['first_anode_layer', 'solid_electrolyte'], 100);
    expect(checksOf([stack]).planFind('fixture_pressure')[0]?.status).toBe('warn');
    expect(checksOf([stack], layers, [{ label: 'A', stackPressureMPa: 5 }, { label: 'B', stackPressureMPa: null }]).planFind('fixture_pressure')[0]?.message).toContain('cell B');
    expect(checksOf([stack], layers, [{ label: 'A', stackPressureMPa: 5 }]).planFind('fixture_pressure')[0]?.status).toBe('pass');
    const fixture = testStep(1, { kind: 'fixture', method: 'fixture_clamp', layers: layers.map((layer) => layer.layerKind), pressureMPa: 5 });
    expect(checksOf([stack, fixture]).planFind('fixture_pressure')[0]?.status).toBe('pass');
  });
  it('a vacuum-sealed pouch without a recorded stack pressure cannot be judged, not warned about (Example 1 is cycled so)', () => {
    const stack = press(0, ['first_anode_layer', 'solid_electrolyte'], 100);
    const seal = testStep(1, { kind: 'seal', method: 'vacuum_seal', layers: layers.map((layer) => layer.layerKind) });
    const [pouch] = checksOf([stack, seal]).planFind('fixture_pressure');
    expect(pouch?.status).toBe('cannot_judge');
    expect(pouch?.message).toMatch(/^The cell is cycled in its vacuum-sealed pouch \(.+\), but no stack pressure is recorded for the cells, so the pressure it cycles at cannot be judged\.$/);
    // A seal recorded as not run holds nothing: the stack still needs a look.
    expect(checksOf([stack, { ...seal, skipped: true }]).planFind('fixture_pressure')[0]?.status).toBe('warn');
  });
  it('a press after the seal fails; layers that are not neighbours warn', () => {
    const seal = testStep(0, { kind: 'seal', method: 'vacuum_seal', layers: layers.map((layer) => layer.layerKind) });
    expect(checksOf([seal, press(1, ['solid_electrolyte'], 10)]).find('after_seal', 1)?.status).toBe('fail');
    expect(checksOf([press(0, ['first_anode_layer', 'cathode_active_layer'], 10)]).find('layers_not_adjacent')?.status).toBe('warn');
  });
  it('a skipped drying step counts as not done', () => {
    const needing = layers.map((layer) => (layer.layerKind === 'solid_electrolyte' ? { ...layer, dryingReason: 'its binder is cast from a slurry' } : layer));
    const dry = { ...testStep(0, { kind: 'dry', method: 'vacuum_oven', layers: ['solid_electrolyte'], temperatureC: 70, durationS: 7200 }), skipped: true };
    const result = checksOf([dry, press(1, ['first_anode_layer', 'solid_electrolyte'], 100)], needing);
    expect(result.find('skipped')?.status).toBe('warn');
    expect(result.planFind('drying_missing')[0]?.status).toBe('warn');
  });
  it('an implausible pressure fails until confirmed, then warns', () => {
    expect(checksOf([press(0, ['solid_electrolyte'], 500_000)]).find('implausible_pressure')?.status).toBe('fail');
    const confirmed = { ...press(0, ['solid_electrolyte'], 500_000), pressureConfirmed: true };
    expect(checksOf([confirmed]).find('implausible_pressure')?.status).toBe('warn');
  });
});
