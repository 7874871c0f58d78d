// Display of cycling numbers: units on every number, "—" where there is none.
import type { CyclingTestRow } from '../../../shared/schemas/cycling';
import { formatFraction, formatQuantity } from '../../../shared/format/quantity';

export { num } from '../builds/format';

export const GRADE_COLOR: Record<NonNullable<CyclingTestRow['grade']>, string> = { x: 'red', Δ: 'yellow', '○': 'teal' };
export { GRADE_MEANING } from '../../../shared/cycling/grade-meaning';

/** The unit is left out where a column header carries it. */
export function percent(fraction: number | null, digits = 4, unit = ' %'): string {
  if (unit.trim() === '%') return formatFraction(fraction, { significant: digits });
  return formatQuantity(fraction === null ? null : fraction * 100, unit.trim(), { significant: digits });
}

export function hours(seconds: number, unit = ' h'): string {
  return formatQuantity(seconds / 3600, unit.trim(), { significant: 3 });
}

