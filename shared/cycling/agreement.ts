// How well the export's own capacity columns agree with Cellbook's coulomb counting. battdat and
// ionworks integrate current themselves and compare with the vendor columns (FORMATS.md section 0
// rule 6); a large difference in the import report points at a misread column, a unit slip, or a
// capacity flavour the reader did not expect (FORMATS.md section 13 item 1).
import { formatSignificant } from '../format/quantity';
import type { CycleSummary } from './types';

export interface CoulombCountingAgreement {
  /** Cycle-direction pairs that had both a vendor and a counted capacity. */
  compared: number;
  /** (vendor − counted) / counted over all compared charges, and over all compared discharges; null when none. */
  chargeRelativeDifference: number | null;
  dischargeRelativeDifference: number | null;
  /** The single cycle and direction with the largest |vendor − counted| / counted. */
  worst: { cycle: number; direction: 'charge' | 'discharge'; relativeDifference: number } | null;
  /** One sentence for the import report. */
  note: string;
}

/** Below this counted capacity a relative difference says nothing (a rest's noise, a shorted cycle's crumbs). */
const MIN_COUNTED_MAH = 1e-6;
/**
 * Nor below this fraction of the file's largest counted capacity: two near-zero numbers (a stray
 * point's charge and a counter's rounding) differ by any percentage without meaning anything.
 */
const MIN_COUNTED_FRACTION = 1e-3;

export function coulombCountingAgreement(summary: readonly CycleSummary[]): CoulombCountingAgreement {
  const totals = { charge: { vendor: 0, counted: 0 }, discharge: { vendor: 0, counted: 0 } };
  let compared = 0;
  let worst: CoulombCountingAgreement['worst'] = null;
  const largestMAh = summary.reduce((most, row) => Math.max(most, row.chargeMAh, row.dischargeMAh), 0);
  const floorMAh = Math.max(MIN_COUNTED_MAH, largestMAh * MIN_COUNTED_FRACTION);
  for (const row of summary) {
    const pairs = [
      { direction: 'charge' as const, vendor: row.vendorChargeMAh, counted: row.chargeMAh },
      { direction: 'discharge' as const, vendor: row.vendorDischargeMAh, counted: row.dischargeMAh },
    ];
    for (const { direction, vendor, counted } of pairs) {
      if (vendor === null || !Number.isFinite(vendor) || !(counted > floorMAh)) continue;
      compared += 1;
      totals[direction].vendor += vendor;
      totals[direction].counted += counted;
      const relativeDifference = (vendor - counted) / counted;
      if (!worst || Math.abs(relativeDifference) > Math.abs(worst.relativeDifference)) worst = { cycle: row.cycle, direction, relativeDifference };
    }
  }
  const relative = (side: { vendor: number; counted: number }) => (side.counted > 0 ? (side.vendor - side.counted) / side.counted : null);
  return {
    compared,
    chargeRelativeDifference: relative(totals.charge),
    dischargeRelativeDifference: relative(totals.discharge),
    worst,
    note: agreementNote(worst, summary),
  };
}

/** Above 1 %, sampling alone does not explain a difference (cycle-integrals.ts errs by at most one interval per step edge). */
const AGREEMENT_LIMIT = 0.01;

function agreementNote(worst: CoulombCountingAgreement['worst'], summary: readonly CycleSummary[]): string {
  const vendor = vendorValues(summary);
  // Columns exported but never filled are zeros, not missing: said as such.
  if (vendor.length > 0 && vendor.every((value) => value === 0)) return "the file's capacity columns hold only zeros: nothing to compare with coulomb counting";
  if (!worst) return vendor.length === 0 ? 'the file has no capacity columns to compare with coulomb counting' : "no cycle has a counted capacity above the noise to compare with the file's capacity columns";
  const where = `cycle ${worst.cycle} ${worst.direction}`;
  if (Math.abs(worst.relativeDifference) <= AGREEMENT_LIMIT) return `the file's capacity columns agree with coulomb counting within ${percent(worst.relativeDifference)} (largest difference: ${where})`;
  return `the file's capacity columns differ from coulomb counting by up to ${percent(worst.relativeDifference)} (${where}): check what the columns count and their units`;
}

function vendorValues(summary: readonly CycleSummary[]): number[] {
  return summary.flatMap((row) => [row.vendorChargeMAh, row.vendorDischargeMAh]).filter((value): value is number => value !== null && Number.isFinite(value));
}

function percent(fraction: number): string {
  return `${formatSignificant(Math.abs(fraction) * 100, 2)} %`;
}
