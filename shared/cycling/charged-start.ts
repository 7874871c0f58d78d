// A charge before the first cycle: the mirror of the discharge before the first charge (cycles.ts).
// The patent's test starts from the cell as assembled, discharged, and charges first ([0123]); a
// cycle that starts empty gives back at most what it took in (its coulombic efficiency is at most
// 100 %, a little above within the counting's accuracy). When the first cycle's discharge gives back
// far more than its charge put in, the cell already held charge when the file begins (an export
// that continues an earlier run, a cell delivered charged and topped up): that charge is a top-up,
// not the first charge of the protocol, and cycle 1's discharge is not a cycle of the grade either.
// Both are set apart as cycle 0 and the cycles after are renumbered from 1, so that the standard
// capacity (DOMAIN.md section 5: cycle 1's discharge) and the lifespan count start at the first
// cycle that began empty. A later whole cycle with an ordinary efficiency must show that the
// counting itself is sound: a file whose every cycle gives back more than it took (a broken time
// base) is left as it is, for the plausibility checks to speak of.
import { formatScaled } from '../format/si-prefix';
import type { CycleSummary } from './types';

/** Cycle 1 giving back more than this share of its charge started charged. */
export const CHARGED_START_EFFICIENCY = 1.1;
/** A later cycle at or below this efficiency shows the counting is sound. */
const ORDINARY_EFFICIENCY = 1.05;

export const BEFORE_FIRST_FULL_CYCLE = 'before the first full cycle: the cell held charge when the file begins';

export interface ChargedStart {
  /** Cycle 1's charge and discharge, and their ratio. */
  chargeMAh: number;
  dischargeMAh: number;
  efficiency: number;
  /** The later cycle whose efficiency shows the counting is sound. */
  ordinaryCycle: number;
  ordinaryEfficiency: number;
}

/** Whether cycle 1 of these rows (cycle order) started charged; null when it did not or cannot tell. */
export function chargedStart(rows: readonly CycleSummary[]): ChargedStart | null {
  const first = rows.find((row) => row.cycle === 1);
  if (!first || first.coulombicEfficiency === null || !(first.coulombicEfficiency > CHARGED_START_EFFICIENCY)) return null;
  const ordinary = rows.find((row) => row.cycle > 1 && row.complete && row.coulombicEfficiency !== null && row.coulombicEfficiency > 0 && row.coulombicEfficiency <= ORDINARY_EFFICIENCY);
  if (!ordinary) return null;
  return { chargeMAh: first.chargeMAh, dischargeMAh: first.dischargeMAh, efficiency: first.coulombicEfficiency, ordinaryCycle: ordinary.cycle, ordinaryEfficiency: ordinary.coulombicEfficiency! };
}

/** Cycle 1 joins cycle 0 and every later cycle moves down by one (in place, a cycle number per step: cycles.ts). */
export function setApartFirstCycle(cycleOfStep: Int32Array): void {
  for (let s = 0; s < cycleOfStep.length; s += 1) if (cycleOfStep[s]! >= 1) cycleOfStep[s] = cycleOfStep[s]! - 1;
}

/** The sentence for the import report. */
export function chargedStartNote(start: ChargedStart): string {
  const pct = (ratio: number) => `${(ratio * 100).toFixed(1)} %`;
  return (
    `The first cycle gave back ${formatMAh(start.dischargeMAh)} after a charge of ${formatMAh(start.chargeMAh)} (coulombic efficiency ${pct(start.efficiency)}, where cycle ${start.ordinaryCycle} gives ${pct(start.ordinaryEfficiency)}): ` +
    'the cell held charge when the file begins, so that charge and its discharge are set apart as cycle 0 (before the first full cycle) and the cycles after are numbered from 1.'
  );
}

/** Through the one formatter: four significant digits, and µAh for a small cell's capacity (never 0.00008 mAh). */
function formatMAh(valueMAh: number): string {
  return formatScaled(valueMAh, 'mAh');
}
