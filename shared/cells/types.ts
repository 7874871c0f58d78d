// A cell build as the derived numbers and design rules see it: a stack of layers, each with its
// geometry, mass and components (each a material with its constants). Pure data; the notebook
// fills it from its tables, tests build it by hand.
import type { MaterialKind } from '../materials/kinds';

/** Layers from the anode collector up (FIG. 1); FIG. 2 mirrors the anode side around the cathode collector. */
export const LAYER_KINDS = [
  'anode_collector',
  'thin_film',
  'first_anode_layer',
  'lithium_foil',
  'solid_electrolyte',
  'cathode_active_layer',
  'inactive_member',
  'carbon_layer',
  'cathode_collector',
] as const;
export type LayerKind = (typeof LAYER_KINDS)[number];

export const LAYER_KIND_LABELS: Record<LayerKind, string> = {
  anode_collector: 'Anode current collector',
  thin_film: 'Thin film on the anode collector',
  first_anode_layer: 'First anode active layer',
  lithium_foil: 'Second anode layer (Li foil)',
  solid_electrolyte: 'Solid electrolyte layer',
  cathode_active_layer: 'Cathode active layer',
  inactive_member: 'Inactive member (gasket)',
  carbon_layer: 'Carbon layer on the cathode collector',
  cathode_collector: 'Cathode current collector',
};

/** FIG. 1: one cathode face; FIG. 2: a cathode on each face of the collector, each with its SE and anode. */
export type Configuration = 'single_sided' | 'double_sided';
/** Which face a layer is on; the cathode collector (and its carbon layer) is shared. */
export type Side = 'a' | 'b' | 'shared';

export type LayerShape = { kind: 'rect'; widthMm: number; heightMm: number } | { kind: 'round'; diameterMm: number } | { kind: 'area'; areaCm2: number };

export interface ComponentMaterial {
  id: number;
  name: string;
  kind: MaterialKind;
  formula: string | null;
  densityGCm3: number | null;
  d50Um: number | null;
  specificCapacityMAhG: number | null;
  youngsModulusGPa: number | null;
  coating: string | null;
}

/** What is known of a porous composite SE lot: from the batch that made it, if any. */
export interface CompositeFacts {
  saltMolPct: number | null;
  compositionWtPct: { oxide: number; salt: number; medium: number } | null;
  saltToOxideMassRatio: number | null;
  /** Where the numbers come from, e.g. "batch 2026-11-27-A (actual amounts)". */
  source: string;
}

export interface LayerComponent {
  material: ComponentMaterial;
  lotId: number | null;
  lotNumber: string | null;
  /** In the layer's composition basis: wt%, parts by weight, or mg. */
  amount: number;
  composite: CompositeFacts | null;
}

export type CompositionBasis = 'wt_pct' | 'parts' | 'mass_mg';

export interface BuildLayer {
  kind: LayerKind;
  side: Side;
  shape: LayerShape | null;
  thicknessCoatedUm: number | null;
  thicknessPressedUm: number | null;
  massMg: number | null;
  compositionBasis: CompositionBasis;
  components: LayerComponent[];
}

/** The patent's cycling protocol ([0122]-[0123]) as the default; every number editable per build. */
export interface CyclingProtocol {
  currentDensityMACm2: number;
  chargeLimitH: number;
  dischargeLimitH: number;
  lowerCutoffV: number;
  upperCutoffV: number;
  temperatureC: number;
  cycles: number;
}

export const PATENT_PROTOCOL: CyclingProtocol = {
  currentDensityMACm2: 0.6,
  chargeLimitH: 12.5,
  dischargeLimitH: 12.5,
  lowerCutoffV: 2.5,
  upperCutoffV: 4.25,
  temperatureC: 45,
  cycles: 120,
};

export interface BuildDesign {
  configuration: Configuration;
  layers: BuildLayer[];
  protocol: CyclingProtocol;
}

export type RuleStatus = 'pass' | 'warn' | 'not_enough_data' | 'not_applicable';

export interface DesignRuleResult {
  id: string;
  /** What the rule checks, in a few words. */
  title: string;
  paragraph: string;
  status: RuleStatus;
  value: number | null;
  unit: string;
  range: string;
  /** One sentence: the value against the range, or what is missing, or why it does not apply. */
  message: string;
  /** For not_enough_data: the fields that would decide the rule. */
  missing: string[];
}
