// What every design rule needs: the face it looks at, a range with the patent's own ends
// (inclusive or not), and the four ways a result can read.
import { formatSignificant } from '../format/quantity';
import type { BuildDerived, FaceDerived, LayerDerived } from './derived';
import { faceLayerIndex, type FaceSide } from './faces';
import type { BuildDesign, BuildLayer, ComponentMaterial, DesignRuleResult, LayerKind } from './types';

export interface RuleSpec {
  id: string;
  title: string;
  paragraph: string;
  unit: string;
  range: string;
}

export interface FaceLayer {
  layer: BuildLayer;
  derived: LayerDerived;
  noun: string;
}

/** One cathode face as a rule sees it: its layers (own side, else shared) and its numbers. */
export interface FaceContext {
  side: FaceSide;
  design: BuildDesign;
  derived: BuildDerived;
  face: FaceDerived;
  layer(kind: LayerKind): FaceLayer | null;
}

export type Rule = (context: FaceContext) => DesignRuleResult;

/** Layer names as they read inside a sentence ("mass of the cathode active layer"). */
export const LAYER_NOUNS: Record<LayerKind, string> = {
  anode_collector: 'anode current collector',
  thin_film: 'thin film',
  first_anode_layer: 'first anode layer',
  lithium_foil: 'Li foil',
  solid_electrolyte: 'solid electrolyte layer',
  cathode_active_layer: 'cathode active layer',
  inactive_member: 'inactive member',
  carbon_layer: 'carbon layer',
  cathode_collector: 'cathode current collector',
};

export function faceContext(design: BuildDesign, derived: BuildDerived, face: FaceDerived): FaceContext {
  return {
    side: face.side,
    design,
    derived,
    face,
    layer(kind) {
      const index = faceLayerIndex(design, kind, face.side);
      const layer = index === null ? undefined : design.layers[index];
      const layerDerived = index === null ? undefined : derived.layers[index];
      return layer && layerDerived ? { layer, derived: layerDerived, noun: LAYER_NOUNS[kind] } : null;
    },
  };
}

/** Ends of a range; a missing end is open. `…Exclusive` follows the patent's "less than". */
export interface Bounds {
  min?: number;
  minExclusive?: boolean;
  max?: number;
  maxExclusive?: boolean;
}

export type Placement = 'below' | 'inside' | 'above';

/**
 * Where a value falls. Value and ends are settled to 12 significant digits first, so that binary
 * noise (100 × 9.5 / 10 = 95.00000000000001; 20/70 computed two ways) cannot move a value across
 * an end.
 */
export function place(value: number, bounds: Bounds): Placement {
  const settle = (number: number) => Number(number.toPrecision(12));
  const settled = settle(value);
  if (bounds.min !== undefined && (bounds.minExclusive ? settled <= settle(bounds.min) : settled < settle(bounds.min))) return 'below';
  if (bounds.max !== undefined && (bounds.maxExclusive ? settled >= settle(bounds.max) : settled > settle(bounds.max))) return 'above';
  return 'inside';
}

/** Three significant digits, as the notebook prints measured numbers. */
export function fmt(value: number): string {
  return formatSignificant(value, 3);
}

export function result(spec: RuleSpec, status: DesignRuleResult['status'], value: number | null, message: string, missing: string[] = []): DesignRuleResult {
  return { id: spec.id, title: spec.title, paragraph: spec.paragraph, status, value, unit: spec.unit, range: spec.range, message, missing };
}

export function notApplicable(spec: RuleSpec, why: string): DesignRuleResult {
  return result(spec, 'not_applicable', null, why);
}

export function notEnoughData(spec: RuleSpec, missing: string[], message?: string): DesignRuleResult {
  return result(spec, 'not_enough_data', null, message ?? `needs the ${missing.join(', ')}`, missing);
}

/** pass inside the bounds, warn outside; `describe` writes the sentence for either. */
export function rangeResult(spec: RuleSpec, value: number, bounds: Bounds, describe: (placement: Placement) => string): DesignRuleResult {
  const placement = place(value, bounds);
  return result(spec, placement === 'inside' ? 'pass' : 'warn', value, describe(placement));
}

/** "within" or "below" / "above", for sentences about a range. */
export function relation(placement: Placement): string {
  return placement === 'inside' ? 'within' : placement;
}

/** What keeps a layer's area, thickness or mass from being known, in the words of `missing`. */
export function missingLayerFields(entry: FaceLayer | null, noun: string, fields: ReadonlyArray<'area' | 'thickness' | 'mass'>): string[] {
  return fields.filter((field) => {
    if (!entry) return true;
    if (field === 'area') return entry.derived.areaCm2 === null;
    if (field === 'thickness') return entry.derived.thicknessUm === null;
    return !(entry.layer.massMg !== null && entry.layer.massMg > 0);
  }).map((field) => `${field} of the ${noun}`);
}

/** The composite lot or material as a reader finds it on the shelf: "SiO2/LiTFSI/n-MAc composite lot C-01". */
export function componentLabel(component: { material: ComponentMaterial; lotNumber: string | null }): string {
  return component.lotNumber ? `${component.material.name} lot ${component.lotNumber}` : component.material.name;
}

/** The worst of several results of one rule: warn, then not enough data, then pass, then not applicable. */
export function worst(results: readonly DesignRuleResult[]): DesignRuleResult {
  const severity: Record<DesignRuleResult['status'], number> = { not_applicable: 0, pass: 1, not_enough_data: 2, warn: 3 };
  return results.reduce((worse, candidate) => (severity[candidate.status] > severity[worse.status] ? candidate : worse));
}

/** Why a layer's recipe cannot be used yet (no layer, no components, a wt% slip); null if it can. */
export function recipeGap(entry: FaceLayer | null, noun: string): { missing: string[]; message: string } | null {
  if (!entry) return { missing: [noun], message: `the build has no ${noun}` };
  if (entry.layer.components.length === 0) return { missing: [`components of the ${noun}`], message: `the ${noun} has no components entered` };
  if (entry.derived.weightFractions === null) {
    return { missing: [`composition of the ${noun}`], message: `the ${noun}'s recipe cannot be used: ${entry.derived.compositionProblem ?? 'it does not add up'}` };
  }
  return null;
}
