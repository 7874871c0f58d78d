// The patent's sequences as DOMAIN.md section 4 lists them: its press steps and its drying steps,
// with the set points the patent states and nothing else (a temperature or time it does not give
// stays empty). Example 1: anode and SE dried, pressed together hot; the composite SE powder and the
// cathode sheet dried; the cathode sheet roll-pressed onto the collector; the cathode layer put on
// the assembly and vacuum-sealed in a pouch with no high pressure. Comparative 1: the same drying
// (the SE at 80 °C 10 h, [0114]), the cathode sheet pressed onto the collector (no set points
// stated, [0115]), the whole stack warm-isostatic-pressed at 80 °C, 500 MPa, 30 min, then sealed.
import type { LayerKind } from '../cells/types';
import { stepInputSchema, type StepInput } from '../schemas/pressing';
import type { z } from 'zod';
import type { pressTemplateSchema } from '../schemas/pressing';

type TemplateStep = Omit<StepInput, 'id'>;
const MIN = 60;
const HOUR = 3600;

const ANODE: LayerKind[] = ['anode_collector', 'first_anode_layer'];
const SE: LayerKind[] = ['solid_electrolyte'];
const CATHODE_LAYER: LayerKind[] = ['cathode_active_layer', 'inactive_member', 'cathode_collector'];
/** One face of the stack from the anode collector up (Example 1 has one on each face, DOMAIN.md section 1). */
const WHOLE_STACK: LayerKind[] = [...ANODE, ...SE, ...CATHODE_LAYER];

function step(input: Partial<TemplateStep> & Pick<TemplateStep, 'kind' | 'title' | 'source'>): TemplateStep {
  const { id: _id, ...parsed } = stepInputSchema.parse(input);
  return parsed;
}

const dry = (title: string, layers: LayerKind[], vacuum: boolean, temperatureC: number, durationS: number, source: string) =>
  step({ kind: 'dry', method: vacuum ? 'vacuum_oven' : 'oven', title, layers, temperatureC, durationS, atmosphere: vacuum ? 'vacuum' : 'air', source });

const cathodeSheetDry = dry('cathode sheet: vacuum-dried', ['cathode_active_layer'], true, 40, 8 * HOUR, 'US 2021/0143413 A1 [0098], [0115]');

export const EXAMPLE_1_STEPS: TemplateStep[] = [
  dry('anode slurry on the Ni foil: convection oven', ANODE, false, 80, 10 * MIN, 'US 2021/0143413 A1 [0094]'),
  dry('anode layer: vacuum-dried', ANODE, true, 40, 10 * HOUR, 'US 2021/0143413 A1 [0094]'),
  dry('SE slurry on non-woven fabric: convection oven', SE, false, 80, 10 * MIN, 'US 2021/0143413 A1 [0095]'),
  dry('SE layer: vacuum-dried', SE, true, 70, 2 * HOUR, 'US 2021/0143413 A1 [0095]'),
  step({ kind: 'press', method: 'hot_plate_press', title: 'anode + SE layer -> assembly', layers: [...ANODE, ...SE], temperatureC: 90, pressureMPa: 500, durationS: 10 * MIN, source: 'US 2021/0143413 A1 [0096]' }),
  dry('porous composite SE (gel): convection oven', [], false, 50, 48 * HOUR, 'US 2021/0143413 A1 [0097]'),
  dry('porous composite SE (gel): vacuum-dried', [], true, 80, 48 * HOUR, 'US 2021/0143413 A1 [0097]'),
  cathodeSheetDry,
  step({ kind: 'press', method: 'roll_press', title: 'cathode sheet (with gasket) onto each face of the collector', layers: CATHODE_LAYER, pressureMPa: 450, durationS: 0.1, source: 'US 2021/0143413 A1 [0098]-[0099]' }),
  step({ kind: 'seal', method: 'vacuum_seal', title: 'cathode layer onto the assembly, then into a pouch and vacuum-sealed (no high pressure)', layers: WHOLE_STACK, source: 'US 2021/0143413 A1 [0102]-[0103]' }),
];

export const COMPARATIVE_1_STEPS: TemplateStep[] = [
  dry('anode slurry on the Ni foil: convection oven', ANODE, false, 80, 10 * MIN, 'US 2021/0143413 A1 [0113]'),
  dry('anode layer: vacuum-dried', ANODE, true, 40, 10 * HOUR, 'US 2021/0143413 A1 [0113]'),
  dry('SE slurry on non-woven fabric: dried in air', SE, false, 80, 10 * MIN, 'US 2021/0143413 A1 [0114]'),
  dry('SE layer: vacuum-dried', SE, true, 80, 10 * HOUR, 'US 2021/0143413 A1 [0114]'),
  { ...cathodeSheetDry, source: 'US 2021/0143413 A1 [0115]' },
  step({ kind: 'press', title: 'cathode sheet (with gasket) onto one face of the collector (method, pressure and time not stated)', layers: CATHODE_LAYER, source: 'US 2021/0143413 A1 [0115]' }),
  step({ kind: 'press', method: 'wip', title: 'whole stack: SE on the cathode, anode on the SE', layers: WHOLE_STACK, temperatureC: 80, pressureMPa: 500, durationS: 30 * MIN, source: 'US 2021/0143413 A1 [0117]' }),
  step({ kind: 'seal', method: 'vacuum_seal', title: 'pressed stack into a pouch and vacuum-sealed', layers: WHOLE_STACK, source: 'US 2021/0143413 A1 [0118]' }),
];

export const PRESS_TEMPLATES: ReadonlyArray<z.infer<typeof pressTemplateSchema>> = [
  { id: 'example1', name: 'Example 1 (hot-pressed anode/SE assembly, roll-pressed cathode, vacuum seal)', source: 'US 2021/0143413 A1 [0093]-[0103]', steps: EXAMPLE_1_STEPS },
  { id: 'comparative1_wip', name: 'Comparative 1 (whole stack warm isostatic press)', source: 'US 2021/0143413 A1 [0112]-[0118]', steps: COMPARATIVE_1_STEPS },
];
