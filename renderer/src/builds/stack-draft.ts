// The stack being edited, as plain data, and what the editor does to it.
import type { LayerKind, Side } from '../../../shared/cells/types';
import type { BuildLayerRecord, LayerInput } from '../../../shared/schemas/builds';

export type DraftLayer = Required<Pick<LayerInput, 'kind' | 'side' | 'compositionBasis'>> & {
  shape: LayerInput['shape'];
  thicknessPressedUm: number | null;
  thicknessCoatedUm: number | null;
  massMg: number | null;
  notes: string | null;
  components: Array<{ materialId: number | null; lotId: number | null; amount: number | null }>;
};

export function draftFromLayers(layers: readonly BuildLayerRecord[]): DraftLayer[] {
  return layers.map((layer) => ({
    kind: layer.kind,
    side: layer.side,
    compositionBasis: layer.compositionBasis,
    shape: layer.shape,
    thicknessPressedUm: layer.thicknessPressedUm,
    thicknessCoatedUm: layer.thicknessCoatedUm,
    massMg: layer.massMg,
    notes: layer.notes,
    components: layer.components.map((component) => ({ materialId: component.materialId, lotId: component.lotId, amount: component.amount })),
  }));
}

/** The draft as the contract takes it; incomplete components are left out (the form marks them). */
export function layersForSave(draft: readonly DraftLayer[]): LayerInput[] {
  return draft.map((layer) => ({
    ...layer,
    components: layer.components
      .filter((component) => component.materialId !== null && component.amount !== null)
      .map((component) => ({ materialId: component.materialId as number, lotId: component.lotId, amount: component.amount as number })),
  }));
}

/**
 * FIG. 2: side b made the mirror of side a — side a's layers in reverse order (cathode next to
 * the shared collector, anode collector outermost), each a copy with side b.
 */
export function mirrorSideA(draft: readonly DraftLayer[]): DraftLayer[] {
  const sideA = draft.filter((layer) => layer.side === 'a');
  const shared = draft.filter((layer) => layer.side === 'shared');
  const copy = (layer: DraftLayer): DraftLayer => ({ ...layer, side: 'b', components: layer.components.map((component) => ({ ...component })) });
  return [...sideA, ...shared, ...[...sideA].reverse().map(copy)];
}

export function newLayer(kind: LayerKind, side: Side): DraftLayer {
  return { kind, side, compositionBasis: 'wt_pct', shape: null, thicknessPressedUm: null, thicknessCoatedUm: null, massMg: null, notes: null, components: [] };
}
