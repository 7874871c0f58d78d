// Rules on the first anode layer (claim 1, [0073]-[0085]): that it exists, how thick it is, what
// it holds and in which proportions, and its charge capacity against the cathode's.
import { ANODE_ACTIVE_METALS, anodeRole, isAnodeActive, singleElement } from './anode-materials';
import { isActiveComponent } from './derived-layer';
import {
  fmt,
  missingLayerFields,
  notApplicable,
  notEnoughData,
  place,
  rangeResult,
  recipeGap,
  relation,
  result,
  type FaceContext,
  type FaceLayer,
  type RuleSpec,
} from './design-rules-kit';
import type { DesignRuleResult } from './types';

const NO_ANODE_LAYER = 'no first anode layer: the anode is the bare collector';
const METAL_LIST = ANODE_ACTIVE_METALS.join(', ');

const PRESENT: RuleSpec = { id: 'first_anode_layer_present', title: 'First anode layer present', paragraph: 'claim 1, [0073]', unit: '', range: 'present' };

/**
 * Claim 1: the anode is a collector with a first anode active layer on it. A rule with nothing to
 * judge never passes: an empty stack, or the empty first anode row every new build starts with,
 * is "not enough data" until something is entered for the layer.
 */
export function firstAnodeLayerPresent(context: FaceContext): DesignRuleResult {
  if (context.design.layers.length === 0) return notEnoughData(PRESENT, ['layers of the stack'], 'the stack has no layers yet');
  const anode = context.layer('first_anode_layer');
  if (!anode) return result(PRESENT, 'warn', null, NO_ANODE_LAYER);
  const { layer } = anode;
  const entered = layer.components.length > 0 || layer.massMg !== null || layer.thicknessCoatedUm !== null || layer.thicknessPressedUm !== null;
  if (!entered) {
    return notEnoughData(PRESENT, ['thickness, mass or components of the first anode layer'], 'the first anode layer is in the stack but nothing is entered for it yet (thickness, mass or components)');
  }
  return result(PRESENT, 'pass', null, 'first anode layer present on the anode collector (claim 1, [0073])');
}

const THICKNESS_RATIO: RuleSpec = { id: 'first_anode_thickness_ratio', title: 'First anode layer vs cathode thickness', paragraph: '[0083]', unit: '%', range: '≤ 50 %' };

/** [0083]: at most 50 % of the cathode active layer's thickness. */
export function firstAnodeThicknessRatio(context: FaceContext): DesignRuleResult {
  const anode = context.layer('first_anode_layer');
  if (!anode) return notApplicable(THICKNESS_RATIO, NO_ANODE_LAYER);
  const value = context.face.anodeToCathodeThicknessPct;
  if (value === null) {
    return notEnoughData(THICKNESS_RATIO, [...missingLayerFields(anode, anode.noun, ['thickness']), ...missingLayerFields(context.layer('cathode_active_layer'), 'cathode active layer', ['thickness'])]);
  }
  return rangeResult(THICKNESS_RATIO, value, { max: 50 }, (placement) => `first anode layer ${fmt(value)} % of the cathode active layer's thickness, ${placement === 'inside' ? 'at most' : 'above'} 50 % [0083]`);
}

const THICKNESS: RuleSpec = { id: 'first_anode_thickness', title: 'First anode layer thickness', paragraph: '[0083]', unit: 'µm', range: '1–20 µm' };

/** [0083]: 1–20 µm; thinner grows dendrites at the collector, thicker costs energy density. */
export function firstAnodeThickness(context: FaceContext): DesignRuleResult {
  const anode = context.layer('first_anode_layer');
  if (!anode) return notApplicable(THICKNESS, NO_ANODE_LAYER);
  const value = anode.derived.thicknessUm;
  if (value === null) return notEnoughData(THICKNESS, missingLayerFields(anode, anode.noun, ['thickness']));
  return rangeResult(THICKNESS, value, { min: 1, max: 20 }, (placement) => `first anode layer ${fmt(value)} µm, ${relation(placement)} 1–20 µm [0083]`);
}

const CAPACITY_RATIO: RuleSpec = { id: 'first_anode_capacity_ratio', title: 'First anode layer charge capacity', paragraph: '[0084]-[0085]', unit: '% of cathode', range: '0.1–50 %' };

/** [0084]-[0085]: the first anode layer's charge capacity, 0.1–50 % of the cathode layer's. */
export function firstAnodeCapacityRatio(context: FaceContext): DesignRuleResult {
  const anode = context.layer('first_anode_layer');
  if (!anode) return notApplicable(CAPACITY_RATIO, NO_ANODE_LAYER);
  const cathode = context.layer('cathode_active_layer');
  const value = context.face.anodeToCathodeCapacityPct;
  if (value === null) {
    const missing = [...capacityGaps(anode, anode.noun), ...capacityGaps(cathode, 'cathode active layer')];
    if (cathode && cathode.derived.chargeCapacityMAh === 0) missing.push('cathode active material in the cathode active layer');
    return notEnoughData(CAPACITY_RATIO, missing);
  }
  return rangeResult(CAPACITY_RATIO, value, { min: 0.1, max: 50 }, (placement) =>
    `first anode layer ${fmt(context.face.anodeCapacityMAh ?? 0)} mAh is ${fmt(value)} % of the cathode's ${fmt(context.face.cathodeCapacityMAh ?? 0)} mAh, ${relation(placement)} 0.1–50 % [0084]`,
  );
}

/** What keeps a layer's charge capacity unknown: its mass, its recipe, its active materials' mAh/g. */
function capacityGaps(entry: FaceLayer | null, noun: string): string[] {
  const gap = recipeGap(entry, noun);
  if (!entry || gap) return gap?.missing ?? [noun];
  const unknown = entry.layer.components
    .filter((component) => isActiveComponent(entry.layer.kind, component) && component.material.specificCapacityMAhG === null)
    .map((component) => `specific capacity of ${component.material.name}`);
  return [...missingLayerFields(entry, noun, ['mass']), ...unknown];
}

const PARTICLE_SIZE: RuleSpec = { id: 'anode_particle_size', title: 'Anode active particle size (D50)', paragraph: '[0074], claim 17', unit: 'µm', range: '≤ 4 µm' };

/** [0074], claim 17: anode active particles of D50 at most 4 µm. */
export function anodeParticleSize(context: FaceContext): DesignRuleResult {
  const anode = context.layer('first_anode_layer');
  if (!anode) return notApplicable(PARTICLE_SIZE, NO_ANODE_LAYER);
  const actives = anode.layer.components.filter((component) => isAnodeActive(anodeRole(component.material)));
  if (actives.length === 0) return notApplicable(PARTICLE_SIZE, 'the first anode layer has no anode active component');
  const known = actives.filter((component) => component.material.d50Um !== null);
  const largest = known.reduce<(typeof known)[number] | null>((big, component) => (big === null || component.material.d50Um! > big.material.d50Um! ? component : big), null);
  const value = largest?.material.d50Um ?? null;
  const describe = `largest D50 ${value === null ? '' : fmt(value)} µm (${largest?.material.name ?? ''})`;
  if (value !== null && place(value, { max: 4 }) === 'above') return result(PARTICLE_SIZE, 'warn', value, `${describe}, above 4 µm [0074]`);
  const unknown = actives.filter((component) => component.material.d50Um === null).map((component) => `D50 of ${component.material.name}`);
  if (unknown.length > 0 || value === null) return notEnoughData(PARTICLE_SIZE, unknown);
  return result(PARTICLE_SIZE, 'pass', value, `${describe}, at most 4 µm [0074]`);
}

const ACTIVE_MATERIALS: RuleSpec = {
  id: 'first_anode_active_materials',
  title: 'First anode layer active materials',
  paragraph: '[0076]-[0078]',
  unit: '',
  range: `amorphous carbon and/or ${METAL_LIST}, plus binder`,
};

/** [0076]-[0078]: amorphous carbon and/or the metals of [0077], with a binder; Ni is not one. */
export function firstAnodeActiveMaterials(context: FaceContext): DesignRuleResult {
  const anode = context.layer('first_anode_layer');
  if (!anode) return notApplicable(ACTIVE_MATERIALS, NO_ANODE_LAYER);
  if (anode.layer.components.length === 0) return notEnoughData(ACTIVE_MATERIALS, ['components of the first anode layer']);
  const problems: string[] = [];
  const actives: string[] = [];
  for (const { material } of anode.layer.components) {
    const role = anodeRole(material);
    const element = singleElement(material.formula);
    if (role === 'non_alloying_metal') {
      const named = material.name === element ? '' : ` (${material.name})`;
      problems.push(`${element} is not an anode active material: it does not alloy with lithium [0077]${named}`);
    } else if (role === 'other') {
      problems.push(`${material.name} is neither amorphous carbon nor a metal of [0077] (${METAL_LIST})`);
    } else if (role !== 'binder') {
      actives.push(role === 'amorphous_carbon' ? `amorphous carbon (${material.name})` : `${element} (${material.name})`);
    }
  }
  if (actives.length === 0) problems.push(`the first anode layer has no anode active material: amorphous carbon or ${METAL_LIST} [0076]-[0078]`);
  if (problems.length > 0) return result(ACTIVE_MATERIALS, 'warn', null, problems.join('; '));
  return result(ACTIVE_MATERIALS, 'pass', null, `${actives.join(' and ')}: anode active materials of [0076]-[0077]`);
}
