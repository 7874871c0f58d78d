// A cathode face and the stack in front of it. FIG. 1 has one face (side a); FIG. 2 mirrors the
// anode, SE and cathode layers around the shared cathode collector, so each face (a, b) has its
// own, and the collector (with its carbon layer) belongs to both.
import type { BuildDesign, LayerKind } from './types';

export type FaceSide = 'a' | 'b';

/** Kinds that can be one piece for both faces: the collector, its coating, and FIG. 2's gasket [0045]. */
const SHAREABLE_KINDS: readonly LayerKind[] = ['cathode_collector', 'carbon_layer', 'inactive_member'];

/** Side a always; side b when any layer is on it. */
export function faceSides(design: Pick<BuildDesign, 'layers'>): FaceSide[] {
  return design.layers.some((layer) => layer.side === 'b') ? ['a', 'b'] : ['a'];
}

/** Index in `design.layers` of the layer of `kind` on this face: its own side first, then a shared one. */
export function faceLayerIndex(design: Pick<BuildDesign, 'layers'>, kind: LayerKind, side: FaceSide): number | null {
  const layers = design.layers;
  const found = [
    layers.findIndex((layer) => layer.kind === kind && layer.side === side),
    layers.findIndex((layer) => layer.kind === kind && layer.side === 'shared'),
    SHAREABLE_KINDS.includes(kind) ? layers.findIndex((layer) => layer.kind === kind) : -1,
  ].find((index) => index >= 0);
  return found ?? null;
}

