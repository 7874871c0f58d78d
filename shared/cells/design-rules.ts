// The patent's design rules on a build (DOMAIN.md section 3, plus claim 1's first anode layer),
// in a fixed order. Each rule looks at one cathode face and the stack in front of it; a FIG. 2
// build is checked on both faces and shows the worse, naming side b when that is the one.
import { carbonToMetalRatio, metalInAnodeMixture } from './design-rules-anode-mixture';
import {
  anodeParticleSize,
  firstAnodeActiveMaterials,
  firstAnodeCapacityRatio,
  firstAnodeLayerPresent,
  firstAnodeThickness,
  firstAnodeThicknessRatio,
} from './design-rules-anode';
import { compositeComposition, compositeSaltMolPct, compositeSeInCathode, inactiveMemberDensity } from './design-rules-cathode';
import { argyroditeDensity, li2sP2s5Ratio, sulfideYoungsModulus } from './design-rules-electrolyte';
import { faceContext, worst, type Rule } from './design-rules-kit';
import { areaRatioRule, thicknessRule } from './design-rules-stack';
import type { BuildDerived } from './derived';
import type { BuildDesign, DesignRuleResult } from './types';

const RULES: readonly Rule[] = [
  firstAnodeLayerPresent,
  compositeSeInCathode,
  compositeComposition,
  compositeSaltMolPct,
  areaRatioRule('s1_over_s2'),
  areaRatioRule('s1_over_s4'),
  areaRatioRule('s4_over_s5'),
  areaRatioRule('s5_over_s2'),
  inactiveMemberDensity,
  firstAnodeThicknessRatio,
  firstAnodeThickness,
  firstAnodeCapacityRatio,
  anodeParticleSize,
  firstAnodeActiveMaterials,
  carbonToMetalRatio,
  metalInAnodeMixture,
  thicknessRule('thin_film_thickness'),
  thicknessRule('lithium_foil_thickness'),
  thicknessRule('carbon_layer_thickness'),
  argyroditeDensity,
  sulfideYoungsModulus,
  li2sP2s5Ratio,
];

/** Rule ids in the order `evaluateDesignRules` returns them. */
export const DESIGN_RULE_IDS = [
  'first_anode_layer_present',
  'composite_se_in_cathode',
  'composite_composition',
  'composite_salt_mol_pct',
  's1_over_s2',
  's1_over_s4',
  's4_over_s5',
  's5_over_s2',
  'inactive_member_density',
  'first_anode_thickness_ratio',
  'first_anode_thickness',
  'first_anode_capacity_ratio',
  'anode_particle_size',
  'first_anode_active_materials',
  'carbon_to_metal_ratio',
  'metal_in_anode_mixture',
  'thin_film_thickness',
  'lithium_foil_thickness',
  'carbon_layer_thickness',
  'argyrodite_density',
  'sulfide_youngs_modulus',
  'li2s_p2s5_ratio',
] as const;

export function evaluateDesignRules(design: BuildDesign, derived: BuildDerived): DesignRuleResult[] {
  const contexts = derived.faces.map((face) => faceContext(design, derived, face));
  return RULES.map((rule) => {
    const [sideA, ...others] = contexts.map((context) => ({ side: context.side, result: rule(context) }));
    if (!sideA) throw new Error('a derived build always has side a');
    const chosen = worst([sideA.result, ...others.map((other) => other.result)]);
    const other = others.find((entry) => entry.result === chosen);
    // Name the side only when it is side b's result that shows and it differs from side a's.
    if (other && (chosen.status !== sideA.result.status || chosen.message !== sideA.result.message)) {
      return { ...chosen, message: `side ${other.side}: ${chosen.message}` };
    }
    return chosen;
  });
}
