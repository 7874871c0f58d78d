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

export interface ScaledUnit {
  /** The unit to write: "µAh", "Ah", "µAh/cm²". */
  unit: string;
  /** Multiply a value in the unit given by this to get it in `unit`. */
  factor: number;
}

/**
 * The unit for values whose largest magnitude is `magnitude` (in `unit`): the prefix that puts the
 * number between 1 and 1000, within the prefixes a lab reads for it. A per-gram or per-area unit
 * moves the prefix of its numerator (mAh/cm² -> µAh/cm²). Plot axes and single values share it.
 */
export function scaleUnit(magnitude: number, unit: string, prefixes?: readonly string[]): ScaledUnit {
  const slash = unit.indexOf('/');
  const numerator = slash < 0 ? unit : unit.slice(0, slash);
  const per = slash < 0 ? '' : unit.slice(slash);
  const split = splitPrefix(numerator);
  const size = Math.abs(magnitude);
  if (split === null || !Number.isFinite(size) || size === 0) return { unit, factor: 1 };
  const allowed = [...(prefixes ?? DEFAULT_PREFIXES[split.base] ?? ['', 'm', MICRO])].sort((a, b) => powerOf(b) - powerOf(a));
  const power = powerOf(split.prefix);
  const inBase = size * 10 ** power;
  // The largest prefix that still leaves at least 1 of it; the smallest allowed when even that is too big.
  const chosen = allowed.find((p) => inBase / 10 ** powerOf(p) >= 1 - 1e-9) ?? allowed[allowed.length - 1] ?? split.prefix;
  return { unit: `${chosen}${split.base}${per}`, factor: 10 ** (power - powerOf(chosen)) };
}

/**
 * `value` in `unit` rewritten with the prefix that suits it: formatScaled(0.0005, 'mAh') -> "0.5 µAh",
 * formatScaled(2500, 'mAh') -> "2.5 Ah". Units that take no prefix are written as given.
 */
export function formatScaled(value: number | null | undefined, unit: string, precision: Precision = COMPUTED, prefixes?: readonly string[]): string {
  if (isMissing(value)) return MISSING;
  const scaled = scaleUnit(value, unit, prefixes);
  // Resolution and decimals are in the unit given; rescaled, only significant digits still mean the same.
  const kept = scaled.factor === 1 || precision === 'recorded' || 'significant' in precision ? precision : COMPUTED;
  return `${formatNumber(Number((value * scaled.factor).toPrecision(15)), kept)} ${scaled.unit}`;
}
