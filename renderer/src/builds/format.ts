// Display of build numbers: every number with its unit, "—" when it cannot be computed.
import type { LayerShape, RuleStatus, Side } from '../../../shared/cells/types';
import { formatQuantity, formatSignificant } from '../../../shared/format/quantity';

/** A computed build number to `digits` significant digits with its unit (shared/format). */
export function num(value: number | null | undefined, unit: string, digits = 4): string {
  return formatQuantity(value, unit, { significant: digits });
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
export const RULE_STATUS_WORD: Record<RuleStatus, string> = { pass: 'pass', warn: 'warn', not_enough_data: 'no data', not_applicable: 'n/a' };
