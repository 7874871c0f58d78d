// The patent's lifespan grade (Evaluation Example 1, [0123], [0125]-[0127], Table 1; DOMAIN.md
// section 5): the first cycle's discharge capacity is the standard; the lifespan is the cycle,
// counted from cycle 2, at which the discharge capacity first falls to 80 % of it; x = cycles 2–5,
// Δ = 6–50, ○ = 100 or more. The patent grades nothing in 51–99, so neither does Cellbook.
// Only whole cycles count: a cycle the data end inside (completeness.ts) or the half-cycle set apart
// before the first charge (cycle 0) decides neither the standard nor the lifespan.
import { formatSignificant } from '../format/quantity';
import type { CycleSummary } from './types';

export interface LifespanSettings {
  /** The cycle whose discharge capacity is the standard ([0123]: the 1st). */
  referenceCycle: number;
  /** The fraction of the standard at which the lifespan ends ([0123]: about 80 %). */
  retention: number;
}

export const DEFAULT_LIFESPAN_SETTINGS: LifespanSettings = { referenceCycle: 1, retention: 0.8 };

export type LifespanGrade = 'x' | 'Δ' | '○';

export interface LifespanResult {
  standardCapacityMAh: number | null;
  lifespanCycle: number | null;
  /** What to show: the lifespan, "> N (still above 80%)", or why there is none. */
  label: string;
  grade: LifespanGrade | null;
  /** Discharge capacity of each summary row (same order) in % of the standard; empty without a standard. */
  retentionPct: number[];
  /** Why the grade could not be given, for the import report (never an error: the data are what they are). */
  warnings: string[];
}

/** Table 1's evaluation standard [0125]-[0127]; null where the patent gives none (51–99). */
export function tableOneGrade(cycle: number): LifespanGrade | null {
  if (cycle >= 2 && cycle <= 5) return 'x';
  if (cycle >= 6 && cycle <= 50) return 'Δ';
  if (cycle >= 100) return '○';
  return null;
}

export const NOT_GRADED_LABEL = '51–99: not graded by Table 1';

/** What the grade reads of a cycle; `complete` absent counts as whole (rows stored before it was kept). */
export type GradedCycle = Pick<CycleSummary, 'cycle' | 'dischargeMAh'> & { complete?: boolean };

export function gradeLifespan(summary: readonly GradedCycle[], settings: Partial<LifespanSettings> = {}): LifespanResult {
  const { referenceCycle, retention } = { ...DEFAULT_LIFESPAN_SETTINGS, ...settings };
  const cycles = summary.filter((row) => row.cycle >= 1);
  const cutShort = cycles.find((row) => row.complete === false);
  // Said after every label the cut-off cycle would otherwise have decided.
  const endedMidCycle = cutShort ? `the test ended mid-cycle ${cutShort.cycle}, which is not counted` : '';
  const withEnd = (label: string) => (endedMidCycle ? `${label} (${endedMidCycle})` : label);
  const ungraded = (label: string): LifespanResult => ({ standardCapacityMAh: null, lifespanCycle: null, label, grade: null, retentionPct: [], warnings: [label] });
  if (!cycles.some((row) => row.dischargeMAh > 0)) return ungraded('no cycle has a discharge: no lifespan can be graded');
  const reference = cycles.find((row) => row.cycle === referenceCycle);
  if (!reference) return ungraded(`there is no cycle ${referenceCycle} to take the standard capacity from`);
  if (reference.complete === false) return ungraded(`cycle ${referenceCycle} is incomplete (${endedMidCycle.replace(/, which is not counted$/, '')}): there is no standard capacity to grade against yet`);
  if (!(reference.dischargeMAh > 0)) return ungraded(`cycle ${referenceCycle} has no discharge, so there is no standard capacity to grade against`);

  const standardCapacityMAh = reference.dischargeMAh;
  // "Reached about 80 %" [0123]: a capacity at the threshold counts, also when rounding puts it 1e-12 above.
  const thresholdMAh = retention * standardCapacityMAh * (1 + 1e-12);
  const retentionPct = summary.map((row) => (row.dischargeMAh / standardCapacityMAh) * 100);
  const graded = { standardCapacityMAh, retentionPct, warnings: [] as string[] };
  const after = cycles.filter((row) => row.cycle >= referenceCycle + 1 && row.complete !== false).sort((a, b) => a.cycle - b.cycle);
  const end = after.find((row) => row.dischargeMAh <= thresholdMAh);
  if (end) {
    const grade = tableOneGrade(end.cycle);
    const label = grade === null && end.cycle >= 51 && end.cycle <= 99 ? `${end.cycle} (${NOT_GRADED_LABEL})` : `${end.cycle}`;
    return { ...graded, lifespanCycle: end.cycle, label, grade };
  }
  const lastCycle = after[after.length - 1]?.cycle;
  if (lastCycle === undefined) {
    const label = withEnd(`only cycle ${referenceCycle} so far: no lifespan yet`);
    return { ...graded, lifespanCycle: null, label, grade: null, warnings: [label] };
  }
  // Still above the threshold: the lifespan is beyond the data; ○ needs the data to reach 100 [0127].
  const still = `still above ${formatSignificant(retention * 100, 4)}%`;
  const label = `> ${lastCycle} (${endedMidCycle ? `${still}; ${endedMidCycle}` : still})`;
  return { ...graded, lifespanCycle: null, label, grade: lastCycle >= 100 ? '○' : null };
}
