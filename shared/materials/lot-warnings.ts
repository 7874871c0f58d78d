// Why a lot needs attention: expired, used up, below the user's threshold, or a hygroscopic
// material open longer than its material allows. Pure: the caller passes today's date.
import { daysBetween } from '../dates';
import type { LotWarning } from '../schemas/lots';
import { type QuantityUnit } from '../units';
import { formatQuantity } from '../format/quantity';

export interface LotWarningFacts {
  remaining: number;
  unit: QuantityUnit;
  lowStockThreshold: number | null;
  expiresOn: string | null;
  openedOn: string | null;
  /** The material's limit; null when it is not hygroscopic. */
  hygroscopicWarnDays: number | null;
}

/** Amounts this small are rounding left-overs of unit conversion, not stock. */
const EMPTY_EPSILON = 1e-9;

export function lotWarnings(facts: LotWarningFacts, today: string): LotWarning[] {
  const warnings: LotWarning[] = [];
  if (facts.expiresOn !== null) {
    const daysPast = daysBetween(facts.expiresOn, today);
    if (daysPast > 0) warnings.push({ kind: 'expired', message: `expired on ${facts.expiresOn} (${daysPast} day${daysPast === 1 ? '' : 's'} ago)` });
    else if (daysPast === 0) warnings.push({ kind: 'expired', message: `expires today (${facts.expiresOn})` });
  }
  if (facts.remaining <= EMPTY_EPSILON) {
    warnings.push({ kind: 'used_up', message: 'used up' });
  } else if (facts.lowStockThreshold !== null && facts.remaining < facts.lowStockThreshold) {
    warnings.push({
      kind: 'low_stock',
      message: `${formatQuantity(facts.remaining, facts.unit)} left, below the ${formatQuantity(facts.lowStockThreshold, facts.unit)} threshold`,
    });
  }
  if (facts.hygroscopicWarnDays !== null && facts.openedOn !== null && facts.remaining > EMPTY_EPSILON) {
    const openDays = daysBetween(facts.openedOn, today);
    if (openDays > facts.hygroscopicWarnDays) {
      warnings.push({
        kind: 'open_too_long',
        message: `open for ${openDays} days (since ${facts.openedOn}); this material is flagged after ${facts.hygroscopicWarnDays} days open`,
      });
    }
  }
  return warnings;
}
