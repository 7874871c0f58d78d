// A layer's footprint and thickness as the derived numbers use them. A shape is entered the way
// the lab cuts it (a rectangle, a punched disc, or a known area); a thickness after pressing is
// what the finished cell has, so it wins over the coated one.
import type { BuildLayer, LayerShape } from './types';

const MM2_PER_CM2 = 100;

/** Area in cm² of a rectangle (mm × mm), a disc (diameter in mm) or a given area; null if not positive. */
export function layerAreaCm2(shape: LayerShape | null): number | null {
  if (!shape) return null;
  const areaCm2 =
    shape.kind === 'rect'
      ? (shape.widthMm * shape.heightMm) / MM2_PER_CM2
      : shape.kind === 'round'
        ? (Math.PI * (shape.diameterMm / 2) ** 2) / MM2_PER_CM2
        : shape.areaCm2;
  return positiveOrNull(areaCm2);
}

/** Thickness in µm: pressed if measured, else as coated; null if neither is known. */
export function layerThicknessUm(layer: Pick<BuildLayer, 'thicknessPressedUm' | 'thicknessCoatedUm'>): number | null {
  return positiveOrNull(layer.thicknessPressedUm) ?? positiveOrNull(layer.thicknessCoatedUm);
}

function positiveOrNull(value: number | null): number | null {
  return value !== null && Number.isFinite(value) && value > 0 ? value : null;
}
