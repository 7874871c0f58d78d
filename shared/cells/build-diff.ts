// What differs between two builds, and only that: the configuration and protocol, each layer
// (matched by kind and side) field by field, each layer's composition by material, and the
// derived numbers that follow. For "like Example 1, but 30 wt% composite".
import { LAYER_KIND_LABELS, type LayerKind, type Side } from './types';

export interface DiffableLayer {
  kind: LayerKind;
  side: Side;
  shape: unknown;
  thicknessCoatedUm: number | null;
  thicknessPressedUm: number | null;
  massMg: number | null;
  compositionBasis: string;
  components: ReadonlyArray<{ materialName: string; lotNumber: string | null; amount: number }>;
}

export interface DiffableBuild {
  configuration: string;
  protocol: Record<string, number>;
  layers: readonly DiffableLayer[];
  /** The derived numbers (BuildDerived): compared field by field, whatever fields they have. */
  derived: object;
}

export interface BuildDifference {
  /** "Cathode active layer (side a)", "Protocol", "Derived", "Configuration". */
  section: string;
  field: string;
  before: string;
  after: string;
}

/** Numbers equal to 6 significant figures are the same number (sums of wt% and the like). */
function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') return String(Number(value.toPrecision(6)));
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function layerName(layer: Pick<DiffableLayer, 'kind' | 'side'>): string {
  return `${LAYER_KIND_LABELS[layer.kind]}${layer.side === 'shared' ? '' : ` (side ${layer.side})`}`;
}

function compare(out: BuildDifference[], section: string, field: string, before: unknown, after: unknown): void {
  const a = show(before);
  const b = show(after);
  if (a !== b) out.push({ section, field, before: a, after: b });
}

function layerKey(layer: Pick<DiffableLayer, 'kind' | 'side'>, occurrence: number): string {
  return `${layer.kind}/${layer.side}/${occurrence}`;
}

function keyed(layers: readonly DiffableLayer[]): Map<string, DiffableLayer> {
  const seen = new Map<string, number>();
  const map = new Map<string, DiffableLayer>();
  for (const layer of layers) {
    const base = `${layer.kind}/${layer.side}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    map.set(layerKey(layer, n), layer);
  }
  return map;
}

export function diffBuilds(a: DiffableBuild, b: DiffableBuild): BuildDifference[] {
  const out: BuildDifference[] = [];
  compare(out, 'Configuration', 'configuration', a.configuration, b.configuration);
  for (const field of new Set([...Object.keys(a.protocol), ...Object.keys(b.protocol)])) compare(out, 'Protocol', field, a.protocol[field], b.protocol[field]);

  const layersA = keyed(a.layers);
  const layersB = keyed(b.layers);
  for (const key of new Set([...layersA.keys(), ...layersB.keys()])) {
    const before = layersA.get(key);
    const after = layersB.get(key);
    const section = layerName((before ?? after) as DiffableLayer);
    if (!before || !after) {
      out.push({ section, field: 'layer', before: before ? 'present' : 'absent', after: after ? 'present' : 'absent' });
      continue;
    }
    compare(out, section, 'shape', before.shape, after.shape);
    compare(out, section, 'thickness as coated (µm)', before.thicknessCoatedUm, after.thicknessCoatedUm);
    compare(out, section, 'thickness as pressed (µm)', before.thicknessPressedUm, after.thicknessPressedUm);
    compare(out, section, 'mass (mg)', before.massMg, after.massMg);
    compare(out, section, 'composition basis', before.compositionBasis, after.compositionBasis);
    const unit = before.compositionBasis === 'wt_pct' ? 'wt%' : before.compositionBasis === 'parts' ? 'parts' : 'mg';
    const amounts = (layer: DiffableLayer) => new Map(layer.components.map((component) => [component.materialName, component]));
    const ca = amounts(before);
    const cb = amounts(after);
    for (const material of new Set([...ca.keys(), ...cb.keys()])) {
      compare(out, section, `${material} (${unit})`, ca.get(material)?.amount, cb.get(material)?.amount);
      compare(out, section, `${material} lot`, ca.get(material)?.lotNumber, cb.get(material)?.lotNumber);
    }
  }
  const derivedA = a.derived as Record<string, unknown>;
  const derivedB = b.derived as Record<string, unknown>;
  for (const field of new Set([...Object.keys(derivedA), ...Object.keys(derivedB)])) {
    const va = derivedA[field];
    const vb = derivedB[field];
    // Nested derived values (per-layer lists, the protocol block) are compared field by field.
    if (va !== null && typeof va === 'object' && !Array.isArray(va) && vb !== null && typeof vb === 'object' && !Array.isArray(vb)) {
      for (const inner of new Set([...Object.keys(va), ...Object.keys(vb)])) compare(out, 'Derived', `${field}.${inner}`, (va as Record<string, unknown>)[inner], (vb as Record<string, unknown>)[inner]);
    } else if (!Array.isArray(va) && !Array.isArray(vb)) {
      compare(out, 'Derived', field, va, vb);
    }
  }
  return out;
}
