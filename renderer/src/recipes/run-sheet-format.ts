// The words and numbers of a printed run sheet; each number with its unit.
import { BALANCE_RESOLUTIONS, type BalanceResolution } from '../../../shared/chemistry/weigh-list';
import type { BatchIngredient } from '../../../shared/schemas/batches';
import { COMPUTED, formatQuantity, formatWithUnit, type Precision } from '../../../shared/format/quantity';
import { convertQuantity, type QuantityUnit, unitDimension } from '../../../shared/units';

/**
 * A mass written to the digits the batch's balance reads: 6.90 g on a 0.01 g balance, 120.0 mg on a
 * 0.1 mg one. Volumes and counts, which the balance does not read, keep four significant digits.
 */
export function balancePrecision(resolution: BalanceResolution | undefined, unit: QuantityUnit): Precision {
  if (resolution === undefined || unitDimension(unit) !== 'mass') return COMPUTED;
  const step = convertQuantity(BALANCE_RESOLUTIONS[resolution], 'g', unit);
  return step.ok && step.value <= 1 ? { resolution: step.value } : COMPUTED;
}

/** What to weigh; "as recipe" when the recipe gives a share of a mixture rather than an amount. */
export function plannedText(ingredient: Pick<BatchIngredient, 'plannedAmount' | 'plannedUnit'>, resolution?: BalanceResolution): string {
  return ingredient.plannedAmount === null ? 'as recipe' : formatQuantity(ingredient.plannedAmount, ingredient.plannedUnit, balancePrecision(resolution, ingredient.plannedUnit));
}

/** The amount recorded as taken, or null while the line is still to be filled in by hand. */
export function recordedAmountText(ingredient: Pick<BatchIngredient, 'actualAmount' | 'actualUnit'>, resolution?: BalanceResolution): string | null {
  if (ingredient.actualAmount === null || ingredient.actualUnit === null) return null;
  return formatQuantity(ingredient.actualAmount, ingredient.actualUnit, balancePrecision(resolution, ingredient.actualUnit));
}

/** The balance's readability as printed on it: "0.1 mg", "1 mg", "0.01 g". */
export function balanceText(resolution: BalanceResolution): string {
  const grams = BALANCE_RESOLUTIONS[resolution];
  if (grams >= 0.01) return formatQuantity(grams, 'g');
  const milligrams = convertQuantity(grams, 'g', 'mg');
  return milligrams.ok ? formatQuantity(milligrams.value, 'mg') : formatQuantity(grams, 'g');
}

export function scaleText(factor: number): string {
  return formatWithUnit(factor, '×');
}

export function temperatureText(temperatureC: number): string {
  return formatWithUnit(temperatureC, '°C');
}
