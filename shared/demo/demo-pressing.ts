// The demo notebook's equipment and press plans (DOMAIN.md sections 4 and 6). The patent names
// the methods but no machine and no rating, so the demo registers one item per method with no
// rating entered: checks against a rating then say they cannot judge, as they should.
import type { EquipmentSpecInput } from '../schemas/pressing-equipment';
import type { StepMethod } from '../schemas/pressing';

export const DEMO_EQUIPMENT_NOTE =
  'Demo assumption: the patent names this method but no machine, capacity, platen, vessel or temperature rating, so none is entered; checks against a rating say they cannot judge until the lab enters its own.';

export const DEMO_EQUIPMENT: ReadonlyArray<{ name: string; spec: EquipmentSpecInput; method: StepMethod; cited: string }> = [
  { name: 'Hot-plate press (demo)', spec: { kind: 'uniaxial_press', heated: true }, method: 'hot_plate_press', cited: 'hot plate press, 90 °C [0096]' },
  { name: 'Roll press (demo)', spec: { kind: 'roll_press' }, method: 'roll_press', cited: 'roll-pressing [0099]' },
  { name: 'WIP (demo)', spec: { kind: 'isostatic_press', isostatic: 'wip' }, method: 'wip', cited: 'warm isostatic press [0117]' },
  { name: 'Vacuum oven (demo)', spec: { kind: 'oven', vacuum: true }, method: 'vacuum_oven', cited: 'vacuum-dried [0094], [0095], [0097], [0098]' },
  { name: 'Convection oven (demo)', spec: { kind: 'oven', vacuum: false }, method: 'oven', cited: 'convection oven [0094], [0095], [0097]' },
];

/** Examples 1-7 follow Example 1's sequence ("substantially the same manner", [0105]-[0110]); the comparatives Comparative 1's. */
export function demoTemplateFor(buildName: string): 'example1' | 'comparative1_wip' {
  return buildName.startsWith('Example') ? 'example1' : 'comparative1_wip';
}
