// Rules on the sulfide SE layer: an argyrodite's density ([0070]), the sulfide's Young's modulus
// ([0071]) and a Li2S–P2S5 glass's molar ratio ([0067]).
import { componentLabel, fmt, notApplicable, notEnoughData, place, rangeResult, relation, result, worst, type FaceContext, type RuleSpec } from './design-rules-kit';
import { isArgyrodite, isLi2sP2s5Glass, li2sMolPct } from './sulfide-electrolytes';
import type { DesignRuleResult, LayerComponent } from './types';

const ARGYRODITE_DENSITY: RuleSpec = { id: 'argyrodite_density', title: 'Argyrodite SE density', paragraph: '[0070]', unit: 'g/cm³', range: '1.5–2.0 g/cm³' };

/** [0070]: an argyrodite SE of 1.5–2.0 g/cc; denser lowers resistance and stops Li penetration. */
export function argyroditeDensity(context: FaceContext): DesignRuleResult {
  const se = context.layer('solid_electrolyte');
  if (!se) return notApplicable(ARGYRODITE_DENSITY, 'no solid electrolyte layer');
  const main = mainComponent(se.layer.components, se.derived.weightFractions);
  if (!main) return notEnoughData(ARGYRODITE_DENSITY, ['components of the solid electrolyte layer']);
  if (!isArgyrodite(main.material.formula)) {
    return notApplicable(ARGYRODITE_DENSITY, `the SE layer's main component (${main.material.name}) is not an argyrodite Li7−xPS6−xXx (X = Cl, Br, I) by its formula [0069]`);
  }
  const materialDensity = main.material.densityGCm3;
  const value = materialDensity ?? se.derived.densityGCm3;
  if (value === null) {
    return notEnoughData(ARGYRODITE_DENSITY, [`density of ${main.material.name}`], `needs the density of ${main.material.name} (or the SE layer's mass, area and thickness to measure it)`);
  }
  const source = materialDensity !== null ? 'material' : 'measured on the SE layer';
  return rangeResult(ARGYRODITE_DENSITY, value, { min: 1.5, max: 2.0 }, (placement) => `${main.material.name} ${fmt(value)} g/cm³ (${source}), ${relation(placement)} 1.5–2.0 g/cm³ [0070]`);
}

const YOUNGS_MODULUS: RuleSpec = { id: 'sulfide_youngs_modulus', title: "Sulfide SE Young's modulus", paragraph: '[0071]', unit: 'GPa', range: '≤ 35 GPa' };

/** [0071]: 35 GPa or lower (10–35 in its examples), so the SE sinters at a lower pressure. */
export function sulfideYoungsModulus(context: FaceContext): DesignRuleResult {
  const sulfides = sulfideComponents(context);
  if (typeof sulfides === 'string') return notApplicable(YOUNGS_MODULUS, sulfides);
  const known = sulfides.filter((component) => component.material.youngsModulusGPa !== null);
  const stiffest = known.reduce<LayerComponent | null>((top, component) => (top === null || component.material.youngsModulusGPa! > top.material.youngsModulusGPa! ? component : top), null);
  const value = stiffest?.material.youngsModulusGPa ?? null;
  if (stiffest && value !== null && place(value, { max: 35 }) === 'above') {
    return result(YOUNGS_MODULUS, 'warn', value, `${stiffest.material.name} ${fmt(value)} GPa, above 35 GPa [0071]`);
  }
  const unknown = sulfides.filter((component) => component.material.youngsModulusGPa === null).map((component) => `Young's modulus of ${component.material.name}`);
  if (unknown.length > 0 || !stiffest || value === null) return notEnoughData(YOUNGS_MODULUS, unknown);
  return result(YOUNGS_MODULUS, 'pass', value, `${stiffest.material.name} ${fmt(value)} GPa, at most 35 GPa [0071] (10–35 GPa in its examples)`);
}

const LI2S_P2S5: RuleSpec = { id: 'li2s_p2s5_ratio', title: 'Li2S : P2S5 molar ratio', paragraph: '[0067]', unit: 'mol% Li2S', range: '50:50 to 90:10' };

/** [0067]: a Li2S–P2S5 material mixed at Li2S : P2S5 = 50:50 to 90:10 by moles. */
export function li2sP2s5Ratio(context: FaceContext): DesignRuleResult {
  const sulfides = sulfideComponents(context);
  const glasses = typeof sulfides === 'string' ? [] : sulfides.filter((component) => isLi2sP2s5Glass(component.material));
  if (glasses.length === 0) return notApplicable(LI2S_P2S5, 'no Li2S–P2S5 glass in the solid electrolyte layer');
  const results = glasses.map((component) => {
    const label = componentLabel(component);
    const value = li2sMolPct(component.material);
    if (value === null) {
      return notEnoughData(LI2S_P2S5, [`Li2S : P2S5 molar ratio of ${label}`], `the Li2S : P2S5 ratio of ${label} is not stated: name it e.g. "75Li2S-25P2S5"`);
    }
    const ratio = `${fmt(value)}:${fmt(100 - value)}`;
    return rangeResult(LI2S_P2S5, value, { min: 50, max: 90 }, (placement) => `${label}: Li2S : P2S5 = ${ratio} by moles, ${relation(placement)} 50:50 to 90:10 [0067]`);
  });
  return worst(results);
}

/** The sulfide SE components of this face's SE layer, or why there are none. */
function sulfideComponents(context: FaceContext): LayerComponent[] | string {
  const se = context.layer('solid_electrolyte');
  if (!se) return 'no solid electrolyte layer';
  const sulfides = se.layer.components.filter((component) => component.material.kind === 'sulfide_se');
  return sulfides.length > 0 ? sulfides : 'the solid electrolyte layer has no sulfide SE';
}

/** The component with the largest share: by weight fraction, or by amount when the recipe is broken. */
function mainComponent(components: readonly LayerComponent[], fractions: number[] | null): LayerComponent | null {
  let best: LayerComponent | null = null;
  let bestShare = -Infinity;
  for (const [index, component] of components.entries()) {
    const share = fractions?.[index] ?? component.amount;
    if (share > bestShare) {
      best = component;
      bestShare = share;
    }
  }
  return best;
}
