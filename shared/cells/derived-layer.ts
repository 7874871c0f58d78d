// The numbers of one layer that follow from what the lab entered: area, thickness, mass and recipe
// give loading, density, porosity, active mass and charge capacity ([0085]).
import { anodeRole, isAnodeActive } from './anode-materials';
import { compositionProblem, weightFractions } from './composition';
import { layerAreaCm2, layerThicknessUm } from './geometry';
import type { BuildLayer, LayerComponent, LayerKind, Side } from './types';

export interface LayerDerived {
  kind: LayerKind;
  side: Side;
  areaCm2: number | null;
  thicknessUm: number | null;
  /** Layer mass per area, mg/cm². */
  loadingMgCm2: number | null;
  /** Measured: mass / (area × thickness), g/cm³. */
  densityGCm3: number | null;
  /** Of the pore-free recipe: 1 / Σ(w_i / ρ_i), g/cm³; null if any component has no density. */
  theoreticalDensityGCm3: number | null;
  /** 100 × (1 − density / theoretical density); negative means the entered numbers disagree. */
  porosityPct: number | null;
  /** 0–1, in the order of the layer's components; null when the recipe has a problem. */
  weightFractions: number[] | null;
  compositionProblem: string | null;
  /** Mass of the components that store lithium in this layer (cathode or first anode layer only). */
  activeMassMg: number | null;
  /** Σ mass × w_i × specific capacity over the active components [0085]. */
  chargeCapacityMAh: number | null;
}

/** µm → cm, for volumes from an area in cm² and a thickness in µm. */
const CM_PER_UM = 1e-4;
const MG_PER_G = 1000;

/**
 * Which components store lithium: the cathode active material in a cathode layer ([0085]);
 * amorphous carbon and [0077]'s metals in the first anode layer. Other layers have none.
 */
export function isActiveComponent(kind: LayerKind, component: LayerComponent): boolean {
  if (kind === 'cathode_active_layer') return component.material.kind === 'cathode_active';
  if (kind === 'first_anode_layer') return isAnodeActive(anodeRole(component.material));
  return false;
}

export function deriveLayer(layer: BuildLayer): LayerDerived {
  const areaCm2 = layerAreaCm2(layer.shape);
  const thicknessUm = layerThicknessUm(layer);
  const massMg = layer.massMg !== null && layer.massMg > 0 ? layer.massMg : null;
  const fractions = weightFractions(layer);
  const densityGCm3 = massMg !== null && areaCm2 !== null && thicknessUm !== null ? massMg / MG_PER_G / (areaCm2 * thicknessUm * CM_PER_UM) : null;
  const theoreticalDensityGCm3 = theoreticalDensity(layer, fractions);
  const { activeMassMg, chargeCapacityMAh } = activeContent(layer, massMg, fractions);
  return {
    kind: layer.kind,
    side: layer.side,
    areaCm2,
    thicknessUm,
    loadingMgCm2: massMg !== null && areaCm2 !== null ? massMg / areaCm2 : null,
    densityGCm3,
    theoreticalDensityGCm3,
    porosityPct: densityGCm3 !== null && theoreticalDensityGCm3 !== null ? 100 * (1 - densityGCm3 / theoreticalDensityGCm3) : null,
    weightFractions: fractions,
    compositionProblem: compositionProblem(layer),
    activeMassMg,
    chargeCapacityMAh,
  };
}

function theoreticalDensity(layer: BuildLayer, fractions: number[] | null): number | null {
  if (fractions === null || layer.components.length === 0) return null;
  let specificVolumeCm3G = 0;
  for (const [index, component] of layer.components.entries()) {
    const density = component.material.densityGCm3;
    if (density === null || !(density > 0)) return null;
    specificVolumeCm3G += (fractions[index] ?? 0) / density;
  }
  return 1 / specificVolumeCm3G;
}

function activeContent(layer: BuildLayer, massMg: number | null, fractions: number[] | null): { activeMassMg: number | null; chargeCapacityMAh: number | null } {
  if (layer.kind !== 'cathode_active_layer' && layer.kind !== 'first_anode_layer') return { activeMassMg: null, chargeCapacityMAh: null };
  if (massMg === null || fractions === null) return { activeMassMg: null, chargeCapacityMAh: null };
  let activeMassMg = 0;
  let chargeCapacityMAh: number | null = 0;
  for (const [index, component] of layer.components.entries()) {
    if (!isActiveComponent(layer.kind, component)) continue;
    const componentMassMg = massMg * (fractions[index] ?? 0);
    activeMassMg += componentMassMg;
    const specificCapacity = component.material.specificCapacityMAhG;
    chargeCapacityMAh = chargeCapacityMAh === null || specificCapacity === null ? null : chargeCapacityMAh + (componentMassMg / MG_PER_G) * specificCapacity;
  }
  return { activeMassMg, chargeCapacityMAh };
}
