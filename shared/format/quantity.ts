// A quantity for people: its number (precision from the quantity, see number.ts) and its unit.
// The one formatter for tables, plot hovers, history, reports and CLI text.
import { COMPUTED, formatNumber, isMissing, MISSING, type Precision } from './number';

export { COMPUTED, decimalsOf, formatFixed, formatNumber, formatSignificant, isMissing, MISSING, recordedPrecision, type Precision } from './number';

/** Units stored in ASCII (a lot counted in cm2) and how they are written. */
const UNIT_TEXT: Record<string, string> = { cm2: 'cm²', mm2: 'mm²', cm3: 'cm³' };

/** `6.90 g`, `25 mg/cm²`, `—`. An empty unit writes the number alone (a column header carries it). */
export function formatQuantity(value: number | null | undefined, unit: string, precision: Precision = COMPUTED): string {
  if (isMissing(value)) return MISSING;
  const number = formatNumber(value, precision);
  return unit ? `${number} ${UNIT_TEXT[unit] ?? unit}` : number;
}

/** Written after the number without a space, as labs write them: 1.5×, 20°. */
const UNSPACED = new Set(['×', '°']);

/** `quantity` with the unit's own spacing: "1.5×" but "1.5 mAh". */
export function formatWithUnit(value: number | null | undefined, unit: string, precision: Precision = COMPUTED): string {
  if (UNSPACED.has(unit)) return isMissing(value) ? MISSING : `${formatNumber(value, precision)}${unit}`;
  return formatQuantity(value, unit, precision);
}

/** A value already in percent: `4.4 %`. */
export function formatPercent(percent: number | null | undefined, precision: Precision = COMPUTED): string {
  return formatQuantity(percent, '%', precision);
}

/** A fraction (0.9948) written as a percentage: `99.48 %`. */
export function formatFraction(fraction: number | null | undefined, precision: Precision = COMPUTED): string {
  return formatPercent(isMissing(fraction) ? fraction : fraction * 100, precision);
}

/**
 * A range with its unit once: `2.5–4.3 V`; an open end reads `≥ 0.1 %` or `≤ 50 %`; neither end `—`.
 * The dash is an en dash, as in the patent's "0.1–50 %".
 */
export function formatRange(low: number | null | undefined, high: number | null | undefined, unit: string, precision: Precision = COMPUTED): string {
  const lowMissing = isMissing(low);
  const highMissing = isMissing(high);
  if (lowMissing && highMissing) return MISSING;
  if (highMissing) return `≥ ${formatQuantity(low, unit, precision)}`;
  if (lowMissing) return `≤ ${formatQuantity(high, unit, precision)}`;
  const span = `${formatNumber(low, precision)}–${formatNumber(high, precision)}`;
  return unit ? `${span} ${unit}` : span;
}

/** A signed change: `+0.30 g`, `−1.2 %` (a true minus sign), `0 g`. */
export function formatChange(change: number | null | undefined, unit: string, precision: Precision = COMPUTED): string {
  if (isMissing(change)) return MISSING;
  const magnitude = formatQuantity(Math.abs(change), unit, precision);
  if (Number(formatNumber(Math.abs(change), precision)) === 0) return magnitude;
  return `${change > 0 ? '+' : '−'}${magnitude}`;
}
