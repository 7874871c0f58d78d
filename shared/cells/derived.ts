// The numbers of a build that follow from its layers: per layer (derived-layer.ts), per cathode
// face (the areas S1, S2, S4, S5 of [0044]-[0047] and the anode-to-cathode ratios), and for the
// whole cell (capacity and the test current of [0122]-[0123]). Every number is null when an input
// is missing; nothing is guessed.
import { anodeRole } from './anode-materials';
import { deriveLayer, type LayerDerived } from './derived-layer';
import { faceLayerIndex, faceSides, type FaceSide } from './faces';
import type { BuildDesign, LayerKind } from './types';

export type { LayerDerived } from './derived-layer';

/** One cathode face and the stack in front of it (FIG. 2 has two, FIG. 1 one). */
export interface FaceDerived {
  side: FaceSide;
  /** S1: cathode active layer [0044]. */
  s1CathodeAreaCm2: number | null;
  /** S2: solid electrolyte layer facing the cathode [0044]. */
  s2SeAreaCm2: number | null;
  /** S4: anode current collector [0046]. */
  s4AnodeCollectorAreaCm2: number | null;
  /** S5: cathode current collector [0047]. */
  s5CathodeCollectorAreaCm2: number | null;
  s1OverS2Pct: number | null;
  s1OverS4Pct: number | null;
  s4OverS5Pct: number | null;
  s5OverS2Pct: number | null;
  cathodeLoadingMgCm2: number | null;
  cathodeActiveLoadingMgCm2: number | null;
  /** This face's cathode active layer [0085]. */
  cathodeCapacityMAh: number | null;
  /** This face's first anode layer [0085]. */
  anodeCapacityMAh: number | null;
  anodeToCathodeCapacityPct: number | null;
  /** First anode layer thickness / cathode active layer thickness [0083]. */
  anodeToCathodeThicknessPct: number | null;
  /** Porous oxide composite SE (kind oxide_composite_se) in the cathode active layer [0039]. */
  compositeSeWtPct: number | null;
  /** Amorphous carbon : [0077] metal by weight in the first anode layer [0078]; null without metal. */
  carbonToMetalRatio: number | null;
  /** Metal / (carbon + metal), binder excluded: "the total weight of the mixture" [0079]. */
  metalWtPctOfAnodeMixture: number | null;
}

/**
 * The build as the notebook shows it. Areas, ratios and loadings are side a's (the FIG. 2 mirror
 * has the same on side b; `faces` holds both), taken over from its face as they are; capacities
 * and the test current count every cathode face.
 */
export interface BuildDerived extends Omit<FaceDerived, 'side' | 'cathodeCapacityMAh' | 'anodeCapacityMAh'> {
  layers: LayerDerived[];
  faces: FaceDerived[];
  /** Cathode active layers: 1 for FIG. 1, 2 for FIG. 2. */
  cathodeFaces: number;
  /** All cathode faces. */
  cathodeCapacityMAh: number | null;
  /** All cathode faces' capacity over their area: the areal capacity of one face. */
  cathodeCapacityMAhCm2: number | null;
  /** All first anode layers. */
  anodeCapacityMAh: number | null;
  /** Current density × every cathode face's area (DOMAIN.md section 5): S1 × faces when they mirror. */
  currentMA: number | null;
  /** The cathode's charge capacity, all faces: what a C-rate refers to. */
  theoreticalCapacityMAh: number | null;
  /** currentMA / theoreticalCapacityMAh, in 1/h. */
  cRate: number | null;
}

export function deriveBuild(design: BuildDesign): BuildDerived {
  const layers = design.layers.map(deriveLayer);
  const faces = faceSides(design).map((side) => deriveFace(design, layers, side));
  const faceA = faces[0] as FaceDerived;
  const cathodes = layers.filter((layer) => layer.kind === 'cathode_active_layer');
  const anodes = layers.filter((layer) => layer.kind === 'first_anode_layer');
  const cathodeCapacityMAh = sumOrNull(cathodes.map((layer) => layer.chargeCapacityMAh));
  const cathodeAreaCm2 = sumOrNull(cathodes.map((layer) => layer.areaCm2));
  const currentMA = cathodeAreaCm2 === null ? null : design.protocol.currentDensityMACm2 * cathodeAreaCm2;
  const { side: _side, cathodeCapacityMAh: _faceCapacity, anodeCapacityMAh: _faceAnode, ...sideA } = faceA;
  return {
    layers,
    faces,
    cathodeFaces: cathodes.length,
    ...sideA,
    cathodeCapacityMAh,
    cathodeCapacityMAhCm2: quotient(cathodeCapacityMAh, cathodeAreaCm2),
    anodeCapacityMAh: sumOrNull(anodes.map((layer) => layer.chargeCapacityMAh)),
    currentMA,
    theoreticalCapacityMAh: cathodeCapacityMAh,
    cRate: quotient(currentMA, cathodeCapacityMAh),
  };
}

function deriveFace(design: BuildDesign, layers: readonly LayerDerived[], side: FaceSide): FaceDerived {
  const on = (kind: LayerKind) => {
    const index = faceLayerIndex(design, kind, side);
    return index === null ? null : { layer: design.layers[index]!, derived: layers[index]! };
  };
  const cathode = on('cathode_active_layer');
  const anode = on('first_anode_layer');
  const s1 = cathode?.derived.areaCm2 ?? null;
  const s2 = on('solid_electrolyte')?.derived.areaCm2 ?? null;
  const s4 = on('anode_collector')?.derived.areaCm2 ?? null;
  const s5 = on('cathode_collector')?.derived.areaCm2 ?? null;
  const cathodeCapacityMAh = cathode?.derived.chargeCapacityMAh ?? null;
  const anodeCapacityMAh = anode?.derived.chargeCapacityMAh ?? null;

  const fractionOf = (entry: typeof cathode, matches: (index: number) => boolean): number | null => {
    const fractions = entry?.derived.weightFractions ?? null;
    return fractions === null ? null : fractions.reduce((total, fraction, index) => (matches(index) ? total + fraction : total), 0);
  };
  const compositeFraction = fractionOf(cathode, (index) => cathode?.layer.components[index]?.material.kind === 'oxide_composite_se');
  const roleIs = (role: ReturnType<typeof anodeRole>) => (index: number) => {
    const component = anode?.layer.components[index];
    return component !== undefined && anodeRole(component.material) === role;
  };
  const carbon = fractionOf(anode, roleIs('amorphous_carbon'));
  const metal = fractionOf(anode, roleIs('alloying_metal'));

  return {
    side,
    s1CathodeAreaCm2: s1,
    s2SeAreaCm2: s2,
    s4AnodeCollectorAreaCm2: s4,
    s5CathodeCollectorAreaCm2: s5,
    s1OverS2Pct: percent(s1, s2),
    s1OverS4Pct: percent(s1, s4),
    s4OverS5Pct: percent(s4, s5),
    s5OverS2Pct: percent(s5, s2),
    cathodeLoadingMgCm2: cathode?.derived.loadingMgCm2 ?? null,
    cathodeActiveLoadingMgCm2: quotient(cathode?.derived.activeMassMg ?? null, s1),
    cathodeCapacityMAh,
    anodeCapacityMAh,
    anodeToCathodeCapacityPct: percent(anodeCapacityMAh, cathodeCapacityMAh),
    anodeToCathodeThicknessPct: percent(anode?.derived.thicknessUm ?? null, cathode?.derived.thicknessUm ?? null),
    compositeSeWtPct: compositeFraction === null ? null : 100 * compositeFraction,
    carbonToMetalRatio: carbon !== null && metal !== null && metal > 0 ? carbon / metal : null,
    metalWtPctOfAnodeMixture: carbon !== null && metal !== null && carbon + metal > 0 ? percent(metal, carbon + metal) : null,
  };
}

function quotient(numerator: number | null, denominator: number | null): number | null {
  return numerator !== null && denominator !== null && denominator > 0 ? numerator / denominator : null;
}

function percent(part: number | null, whole: number | null): number | null {
  const ratio = quotient(part, whole);
  return ratio === null ? null : 100 * ratio;
}

/** The sum, or null when there is nothing to add or any term is unknown. */
function sumOrNull(values: readonly (number | null)[]): number | null {
  if (values.length === 0 || values.some((value) => value === null)) return null;
  return (values as number[]).reduce((total, value) => total + value, 0);
}
