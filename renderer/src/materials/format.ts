import { MATERIAL_KIND_LABELS, type MaterialKind } from '../../../shared/materials/kinds';
import { formatQuantity } from '../../../shared/format/quantity';
import type { QuantityUnit } from '../../../shared/units';

export function kindLabel(kind: MaterialKind): string {
  return MATERIAL_KIND_LABELS[kind];
}

/** Stock of several lots: amounts in different units are listed, never added. */
export function stockText(stock: ReadonlyArray<{ unit: QuantityUnit; remaining: number }>): string {
  if (stock.length === 0) return '—';
  return stock.map((entry) => formatQuantity(entry.remaining, entry.unit)).join(' + ');
}

export function molarMassText(value: number | null): string {
  return formatQuantity(value, 'g/mol', { decimals: 2 });
}

export function numberWithUnit(value: number | null, unit: string, digits = 4): string {
  return formatQuantity(value, unit, { significant: digits });
}
