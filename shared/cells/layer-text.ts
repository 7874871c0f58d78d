// A layer in words, for the build page, the CLI and reports: its composition as entered (and in
// wt% when entered as parts or mg), its size and its side.
import type { LayerShape, Side } from './types';
import type { BuildLayerRecord } from '../schemas/builds';
import { formatQuantity, formatSignificant } from '../format/quantity';

export type ComposedLayer = Pick<BuildLayerRecord, 'compositionBasis'> & { components: ReadonlyArray<Pick<BuildLayerRecord['components'][number], 'materialName' | 'amount' | 'lotNumber'>> };

/**
 * A layer's composition as entered, and in wt% too when entered as parts or mg. A layer of one
 * material (a Ni foil, a Li foil) is that material alone: "1 parts = 100 wt%" would say nothing.
 */
export function compositionText(layer: ComposedLayer, fractions: readonly number[] | null): string {
  if (layer.components.length === 0) return '—';
  const lot = (lotNumber: string | null) => (lotNumber ? ` (lot ${lotNumber})` : '');
  const only = layer.components.length === 1 ? layer.components[0] : undefined;
  if (only) return `${only.materialName}${lot(only.lotNumber)}`;
  return layer.components
    .map((component, index) => {
      const amount = layer.compositionBasis === 'wt_pct' ? formatQuantity(component.amount, 'wt%') : layer.compositionBasis === 'mass_mg' ? formatQuantity(component.amount, 'mg') : `${formatSignificant(component.amount, 4)} ${component.amount === 1 ? 'part' : 'parts'}`;
      const fraction = fractions?.[index];
      const normalised = layer.compositionBasis !== 'wt_pct' && fraction !== undefined ? ` = ${formatQuantity(100 * fraction, 'wt%', { significant: 3 })}` : '';
      return `${component.materialName} ${amount}${normalised}${lot(component.lotNumber)}`;
    })
    .join('; ');
}

export function shapeText(shape: LayerShape | null): string {
  if (!shape) return '—';
  if (shape.kind === 'rect') return `${formatSignificant(shape.widthMm, 4)} × ${formatSignificant(shape.heightMm, 4)} mm`;
  if (shape.kind === 'round') return `⌀ ${formatSignificant(shape.diameterMm, 4)} mm`;
  return `${formatSignificant(shape.areaCm2, 4)} cm²`;
}

export function sideText(side: Side): string {
  return side === 'shared' ? 'shared' : `side ${side}`;
}
