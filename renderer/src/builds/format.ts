// Display of build numbers: every number with its unit, "—" when it cannot be computed.
import type { LayerShape, RuleStatus, Side } from '../../../shared/cells/types';
import type { BuildLayerRecord } from '../../../shared/schemas/builds';
import { formatQuantity, formatSignificant } from '../../../shared/format/quantity';

/** A computed build number to `digits` significant digits with its unit (shared/format). */
export function num(value: number | null | undefined, unit: string, digits = 4): string {
  return formatQuantity(value, unit, { significant: digits });
}

type ComposedLayer = Pick<BuildLayerRecord, 'compositionBasis'> & { components: ReadonlyArray<Pick<BuildLayerRecord['components'][number], 'materialName' | 'amount' | 'lotNumber'>> };

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

export const RULE_STATUS_COLOR: Record<RuleStatus, string> = { pass: 'teal', warn: 'yellow', not_enough_data: 'gray', not_applicable: 'gray' };
export const RULE_STATUS_WORD: Record<RuleStatus, string> = { pass: 'pass', warn: 'warn', not_enough_data: 'not enough data', not_applicable: 'n/a' };
