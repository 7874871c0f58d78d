// A layer's recipe as weight fractions. The lab writes a recipe in whichever basis the paper or
// the balance gave: wt% (must add up to 100), parts by weight (any total, e.g. 98.5 : 1.5 [0095])
// or the mg actually weighed (e.g. 187.5 mg CB + 62.5 mg Ag + 140 mg PVDF [0094]).
import { formatFixed } from '../format/quantity';
import type { BuildLayer } from './types';

/** How far a wt% recipe may stray from 100 before it is a typing slip rather than rounding. */
export const WT_PCT_SUM_TOLERANCE = 0.5;

type LayerRecipe = Pick<BuildLayer, 'compositionBasis' | 'components'>;

/** Why the recipe cannot be turned into weight fractions, in one sentence; null if it can. */
export function compositionProblem(layer: LayerRecipe): string | null {
  if (layer.components.some((component) => !(Number.isFinite(component.amount) && component.amount > 0))) {
    return 'a component amount must be above 0';
  }
  if (layer.compositionBasis === 'wt_pct' && layer.components.length > 0) {
    const sum = amountSum(layer);
    if (Math.abs(sum - 100) > WT_PCT_SUM_TOLERANCE) {
      // One decimal, or two when the second decides the tolerance (99.45 is not 99.5).
      return `wt% sum to ${formatFixed(sum, 2).replace(/(\.\d)0$/, '$1')}, not 100 (±${WT_PCT_SUM_TOLERANCE})`;
    }
  }
  return null;
}

/**
 * Weight fraction (0–1) of each component, in the order of `layer.components`; null when the
 * recipe has a problem. Every basis is divided by its own sum, so a wt% recipe that adds up to
 * 99.8 within the tolerance still gives fractions that add up to 1.
 */
export function weightFractions(layer: LayerRecipe): number[] | null {
  if (compositionProblem(layer) !== null) return null;
  const sum = amountSum(layer);
  return layer.components.map((component) => component.amount / sum);
}

function amountSum(layer: LayerRecipe): number {
  return layer.components.reduce((total, component) => total + component.amount, 0);
}
