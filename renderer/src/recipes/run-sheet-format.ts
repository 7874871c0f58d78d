// The words and numbers of a printed run sheet; each number with its unit.
import { BALANCE_RESOLUTIONS, type BalanceResolution } from '../../../shared/chemistry/weigh-list';
import type { BatchIngredient } from '../../../shared/schemas/batches';
import { convertQuantity, formatQuantity, formatSignificant } from '../../../shared/units';

/** What to weigh; "as recipe" when the recipe gives a share of a mixture rather than an amount. */
export function plannedText(ingredient: Pick<BatchIngredient, 'plannedAmount' | 'plannedUnit'>): string {
  return ingredient.plannedAmount === null ? 'as recipe' : formatQuantity(ingredient.plannedAmount, ingredient.plannedUnit);
}

/** The amount recorded as taken, or null while the line is still to be filled in by hand. */
export function recordedAmountText(ingredient: Pick<BatchIngredient, 'actualAmount' | 'actualUnit'>): string | null {
  return ingredient.actualAmount === null || ingredient.actualUnit === null ? null : formatQuantity(ingredient.actualAmount, ingredient.actualUnit);
}

/** The balance's readability as printed on it: "0.1 mg", "1 mg", "0.01 g". */
export function balanceText(resolution: BalanceResolution): string {
  const grams = BALANCE_RESOLUTIONS[resolution];
  if (grams >= 0.01) return formatQuantity(grams, 'g');
  const milligrams = convertQuantity(grams, 'g', 'mg');
  return milligrams.ok ? formatQuantity(milligrams.value, 'mg') : formatQuantity(grams, 'g');
}

export function scaleText(factor: number): string {
  return `${formatSignificant(factor, 4)}×`;
}

export function temperatureText(temperatureC: number): string {
  return `${formatSignificant(temperatureC, 4)} °C`;
}
