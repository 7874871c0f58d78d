// How a number is written for people, everywhere in Cellbook (screens, plot hovers, history,
// reports, CLI text). The precision comes from the quantity: a balance's resolution, the digits a
// measurement was recorded with, or a number of significant digits for a computed value.
// Never an exponent, never thousands separators (values are copied into spreadsheets), never a
// binary artefact such as 268.36400000000003.

/** What every screen shows where a number is missing or cannot be computed. */
export const MISSING = '—';

/**
 * The precision a number is written with:
 * - `significant`: a computed value (capacity, N/P ratio) to that many significant digits, trailing zeros dropped;
 * - `decimals`: that many places, trailing zeros kept (a value recorded as 6.90 stays 6.90);
 * - `resolution`: the instrument's step in the value's unit (0.01 for a 0.01 g balance read in g):
 *   rounded to the step, written with the step's decimals;
 * - `recorded`: the value as stored, with only the binary artefact removed (12 significant digits).
 */
export type Precision = { significant: number } | { decimals: number } | { resolution: number } | 'recorded';

/** Computed values: four significant digits unless a caller knows better. */
export const COMPUTED: Precision = { significant: 4 };

export function isMissing(value: number | null | undefined): value is null | undefined {
  return value === null || value === undefined || Number.isNaN(value);
}

/** `value` written with `precision`, or "—" when there is none. */
export function formatNumber(value: number | null | undefined, precision: Precision = COMPUTED): string {
  if (isMissing(value)) return MISSING;
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  if (precision === 'recorded') return formatSignificant(value, 12);
  if ('significant' in precision) return formatSignificant(value, precision.significant);
  if ('decimals' in precision) return formatFixed(value, precision.decimals);
  const step = precision.resolution;
  const decimals = decimalsOf(step);
  return formatFixed(Math.round(Number((value / step).toFixed(6))) * step, decimals);
}

/** A number to `digits` significant digits, without thousands separators or trailing zeros. */
export function formatSignificant(value: number, digits: number): string {
  const text = significantFormat(digits).format(value);
  return text === '-0' ? '0' : text;
}

// One formatter per number of digits: toLocaleString makes a new one at every call (about 20 µs
// each here, against 0.5 µs for a kept one; an import's checks word thousands of steps), the same
// text either way.
const significantFormats = new Map<number, Intl.NumberFormat>();

function significantFormat(digits: number): Intl.NumberFormat {
  let format = significantFormats.get(digits);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { maximumSignificantDigits: digits, useGrouping: false });
    significantFormats.set(digits, format);
  }
  return format;
}

/**
 * `value` to `decimals` places, rounding halves up as a person would: 46.025 -> "46.03". Plain
 * toFixed rounds the binary double (46.02499999...) and would print 46.02.
 */
export function formatFixed(value: number, decimals: number): string {
  const shifted = Math.round(Number(`${value.toFixed(decimals + 4)}e${decimals}`));
  const text = Number(`${shifted}e-${decimals}`).toFixed(decimals);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/** Places after the point of a step or of a number as typed: 0.01 -> 2, 1 -> 0, "6.90" -> 2, 1e-4 -> 4. */
export function decimalsOf(stepOrTyped: number | string): number {
  const text = typeof stepOrTyped === 'number' ? formatSignificant(stepOrTyped, 12) : stepOrTyped.trim();
  const point = text.indexOf('.');
  return point < 0 ? 0 : text.length - point - 1;
}

/** The precision a typed measurement carries: "6.90" means two places, whatever the number type keeps. */
export function recordedPrecision(typed: string): Precision {
  return { decimals: decimalsOf(typed) };
}
