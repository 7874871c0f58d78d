// Layers, equipment and steps for the planner's tests, written out so each test states its numbers.
import type { LayerKind } from '../cells/types';
import type { EquipmentSpecInput, EffectiveBound } from '../schemas/pressing-equipment';
import { equipmentSpecSchema } from '../schemas/pressing-equipment';
import { stepInputSchema, type StepInput } from '../schemas/pressing';
import type { CheckEquipment, CheckLayer, CheckStep } from './check-types';

const bound = (valueMPa: number): EffectiveBound => ({ valueMPa, source: 'measured', citation: null, from: 'override', materialName: null });

export function testLayer(layerKind: LayerKind, options: { min?: number; max?: number; areaCm2?: number | null; dryingReason?: string } = {}): CheckLayer {
  return {
    layerKind,
    label: layerKind.replace(/_/g, ' '),
    min: options.min === undefined ? null : bound(options.min),
    max: options.max === undefined ? null : bound(options.max),
    areaCm2: options.areaCm2 === undefined ? 4 : options.areaCm2,
    materialsWithoutWindow: [],
    override: null,
    dryingReason: options.dryingReason ?? null,
  };
}

let nextId = 100;
export function testEquipment(name: string, spec: EquipmentSpecInput, state: { outOfService?: boolean; archived?: boolean } = {}): CheckEquipment {
  return { id: nextId++, name, spec: equipmentSpecSchema.parse(spec), outOfService: state.outOfService ?? false, outOfServiceReason: null, archived: state.archived ?? false };
}

export function testStep(position: number, input: Partial<StepInput> & Pick<StepInput, 'kind'>, gear: { equipment?: CheckEquipment; die?: CheckEquipment } = {}): CheckStep {
  const parsed = stepInputSchema.parse({ ...input, equipmentId: gear.equipment?.id ?? null, dieId: gear.die?.id ?? null });
  const { id: _id, ...rest } = parsed;
  return { ...rest, id: position + 1, position, equipment: gear.equipment ?? null, die: gear.die ?? null, actual: null };
}
