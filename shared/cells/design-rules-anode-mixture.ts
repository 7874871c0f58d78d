// Rules on the proportions of a first anode layer that mixes amorphous carbon with a metal:
// carbon : metal by weight ([0078], stated for gold) and the metal's share of the mixture ([0079]).
import { anodeRole, singleElement } from './anode-materials';
import { fmt, notApplicable, notEnoughData, rangeResult, recipeGap, relation, type FaceContext, type FaceLayer, type RuleSpec } from './design-rules-kit';
import type { DesignRuleResult } from './types';

const CARBON_TO_METAL: RuleSpec = { id: 'carbon_to_metal_ratio', title: 'Carbon : metal in the first anode layer', paragraph: '[0078]', unit: 'g/g carbon : metal', range: '10:1 to 1:2 by weight' };

/** [0078]: amorphous carbon : gold 10:1 to 1:2 by weight; for other metals only by analogy. */
export function carbonToMetalRatio(context: FaceContext): DesignRuleResult {
  const mixture = anodeMixture(context);
  if (mixture.kind === 'not_applicable') return notApplicable(CARBON_TO_METAL, mixture.why);
  if (mixture.kind === 'not_enough_data') return notEnoughData(CARBON_TO_METAL, mixture.missing, mixture.message);
  const value = context.face.carbonToMetalRatio;
  if (value === null) return notEnoughData(CARBON_TO_METAL, ['composition of the first anode layer']);
  const others = mixture.metals.filter((metal) => metal !== 'Au');
  const extrapolation = others.length > 0 ? `; [0078] states this range for carbon : gold, so applying it to ${others.join(' + ')} is an extrapolation` : '';
  const ratio = value >= 1 ? `${fmt(value)} : 1` : `1 : ${fmt(1 / value)}`;
  return rangeResult(CARBON_TO_METAL, value, { min: 0.5, max: 10 }, (placement) =>
    `carbon : ${mixture.metals.join(' + ')} = ${ratio} by weight, ${relation(placement)} 10:1 to 1:2 [0078]${extrapolation}`,
  );
}

const METAL_SHARE: RuleSpec = { id: 'metal_in_anode_mixture', title: 'Metal particles in the anode mixture', paragraph: '[0079]', unit: 'wt%', range: '8–60 wt%' };

/** [0079]: metal particles 8–60 wt% of the carbon + metal mixture; the binder is not part of it. */
export function metalInAnodeMixture(context: FaceContext): DesignRuleResult {
  const mixture = anodeMixture(context);
  if (mixture.kind === 'not_applicable') return notApplicable(METAL_SHARE, mixture.why);
  if (mixture.kind === 'not_enough_data') return notEnoughData(METAL_SHARE, mixture.missing, mixture.message);
  const value = context.face.metalWtPctOfAnodeMixture;
  if (value === null) return notEnoughData(METAL_SHARE, ['composition of the first anode layer']);
  return rangeResult(METAL_SHARE, value, { min: 8, max: 60 }, (placement) =>
    `${mixture.metals.join(' + ')} ${fmt(value)} wt% of the carbon + metal mixture (binder excluded), ${relation(placement)} 8–60 wt% [0079]`,
  );
}

type Mixture = { kind: 'mixture'; metals: string[] } | { kind: 'not_applicable'; why: string } | { kind: 'not_enough_data'; missing: string[]; message: string };

/** Whether this face's first anode layer is a carbon + metal mixture, and of which metals. */
function anodeMixture(context: FaceContext): Mixture {
  const anode = context.layer('first_anode_layer');
  if (!anode) return { kind: 'not_applicable', why: 'no first anode layer: the anode is the bare collector' };
  const metals = metalsOf(anode);
  const hasCarbon = anode.layer.components.some((component) => anodeRole(component.material) === 'amorphous_carbon');
  if (!hasCarbon || metals.length === 0) {
    return { kind: 'not_applicable', why: `the first anode layer is not a mixture of amorphous carbon and a [0077] metal (it has no ${hasCarbon ? 'metal' : 'amorphous carbon'})` };
  }
  const gap = recipeGap(anode, anode.noun);
  return gap ? { kind: 'not_enough_data', ...gap } : { kind: 'mixture', metals };
}

function metalsOf(anode: FaceLayer): string[] {
  const symbols = anode.layer.components.filter((component) => anodeRole(component.material) === 'alloying_metal').map((component) => singleElement(component.material.formula) ?? component.material.name);
  return [...new Set(symbols)];
}
