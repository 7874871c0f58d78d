// SI prefixes chosen for the reader: 0.0005 mAh is written 0.5 µAh, 2500 mAh 2.5 Ah. The prefix
// replaces the unit's own (m in mAh) instead of stacking on it, so "µmAh" can never appear.
import { COMPUTED, formatNumber, isMissing, MISSING, type Precision } from './number';

/** The micro sign (U+00B5), as in the rest of Cellbook's text. */
export const MICRO = 'µ';

const PREFIX_POWER: Record<string, number> = { G: 9, M: 6, k: 3, '': 0, m: -3, [MICRO]: -6, μ: -6, u: -6, n: -9, p: -12 };

/** Units a prefix can go on. Compound units (mAh/g, mg/cm²) keep the unit they were given. */
const PREFIXABLE = new Set(['Ah', 'Wh', 'A', 'V', 'W', 'Ω', 'F', 'S', 'g', 'L', 's', 'm', 'Pa']);

/** The prefixes a lab reads for each unit; anything else would surprise ("kmAh", "MPa" is fine). */
const DEFAULT_PREFIXES: Record<string, string[]> = {
  Ah: ['', 'm', MICRO],
  Wh: ['k', '', 'm', MICRO],
  A: ['', 'm', MICRO, 'n'],
  V: ['', 'm', MICRO],
  W: ['k', '', 'm', MICRO],
  g: ['k', '', 'm', MICRO],
  L: ['', 'm', MICRO],
  m: ['', 'm', MICRO, 'n'],
  Pa: ['G', 'M', 'k', ''],
};

function powerOf(prefix: string): number {
  return PREFIX_POWER[prefix] ?? 0;
}

export interface PrefixedUnit {
  /** The prefix the unit was given with ('m' of mAh), '' for none. */
  prefix: string;
  /** The unit without its prefix ('Ah' of mAh). */
  base: string;
}

/** Splits a unit into prefix and base: mAh -> m + Ah, µA -> µ + A, Ah -> '' + Ah; null when no prefix applies. */
export function splitPrefix(unit: string): PrefixedUnit | null {
  if (PREFIXABLE.has(unit)) return { prefix: '', base: unit };
  const prefix = unit.slice(0, 1);
  const base = unit.slice(1);
  if (prefix in PREFIX_POWER && PREFIXABLE.has(base)) return { prefix: prefix === 'μ' || prefix === 'u' ? MICRO : prefix, base };
  return null;
}

/**
 * `value` in `unit` rewritten with the prefix that puts the number between 1 and 1000 (or the
 * largest/smallest allowed): formatScaled(0.0005, 'mAh') -> "0.5 µAh", formatScaled(2500, 'mAh') -> "2.5 Ah".
 * Units that take no prefix are written as given.
 */
export function formatScaled(value: number | null | undefined, unit: string, precision: Precision = COMPUTED, prefixes?: readonly string[]): string {
  if (isMissing(value)) return MISSING;
  const split = splitPrefix(unit);
  if (split === null) return `${formatNumber(value, precision)} ${unit}`;
  const allowed = [...(prefixes ?? DEFAULT_PREFIXES[split.base] ?? ['', 'm', MICRO])].sort((a, b) => powerOf(b) - powerOf(a));
  const power = powerOf(split.prefix);
  const magnitude = Math.abs(value) * 10 ** power;
  // The largest prefix that still leaves at least 1 of it; the smallest allowed when even that is too big.
  const chosen = magnitude === 0 ? split.prefix : (allowed.find((p) => magnitude / 10 ** powerOf(p) >= 1 - 1e-9) ?? allowed[allowed.length - 1] ?? split.prefix);
  const scaled = value * 10 ** (power - powerOf(chosen));
  // Resolution and decimals are in the unit given; rescaled, only significant digits still mean the same.
  const rescaledPrecision = chosen === split.prefix || precision === 'recorded' || 'significant' in precision ? precision : COMPUTED;
  return `${formatNumber(Number(scaled.toPrecision(15)), rescaledPrecision)} ${chosen}${split.base}`;
}
