// Display of cycling numbers: units on every number, "—" where there is none.
import type { CyclingTestRow } from '../../../shared/schemas/cycling';
import { formatSignificant } from '../../../shared/units';

export { num } from '../builds/format';

export const GRADE_COLOR: Record<NonNullable<CyclingTestRow['grade']>, string> = { x: 'red', Δ: 'yellow', '○': 'teal' };
export const GRADE_MEANING: Record<NonNullable<CyclingTestRow['grade']>, string> = {
  x: 'x: lifespan 2–5 cycles (Table 1)',
  Δ: 'Δ: lifespan 6–50 cycles (Table 1)',
  '○': '○: lifespan 100 cycles or more (Table 1)',
};

export function percent(fraction: number | null, digits = 4): string {
  return fraction === null ? '—' : `${formatSignificant(fraction * 100, digits)} %`;
}

export function hours(seconds: number): string {
  return `${formatSignificant(seconds / 3600, 3)} h`;
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
