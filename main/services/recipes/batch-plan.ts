// What a batch plans to weigh: the gel calculator's weigh list for gel recipes (scaled), or the
// recipe's own amounts for others.
import { scaleFactorFor, scaleSolgel } from '../../../shared/chemistry/solgel-scale';
import { weighList, type BalanceResolution } from '../../../shared/chemistry/weigh-list';
import type { RecipeContent } from '../../../shared/schemas/recipes';
import type { QuantityUnit } from '../../../shared/units';

export interface PlannedIngredient {
  key: string;
  name: string;
  materialName: string | null;
  plannedAmount: number | null;
  plannedUnit: QuantityUnit;
}

export type BatchScale = { kind: 'factor'; factor: number } | { kind: 'oxide_g'; g: number } | { kind: 'composite_g'; g: number };

/** The factor a scale request means for this recipe (targets need a gel recipe). */
export function scaleFactor(content: RecipeContent, scale: BatchScale): number | { error: string } {
  if (scale.kind === 'factor') return scale.factor;
  if (content.kind !== 'gel_process') return { error: 'only gel-process recipes scale to a target oxide or composite mass; give a factor' };
  return scaleFactorFor(content.solgel, scale.kind === 'oxide_g' ? { oxideG: scale.g } : { compositeG: scale.g });
}

export function planIngredients(content: RecipeContent, factor: number, resolution: BalanceResolution): PlannedIngredient[] {
  if (content.kind === 'gel_process') {
    const materialOf: Record<string, string | null> = { ...content.materials, precursor_mix: null };
    return weighList(scaleSolgel(content.solgel, factor), resolution).map((item) => ({
      key: item.key,
      name: item.what,
      materialName: materialOf[item.key] ?? null,
      plannedAmount: item.by === 'volume' ? item.volumeMl : item.massG,
      plannedUnit: item.by === 'volume' ? 'mL' : 'g',
    }));
  }
  return content.ingredients.map((ingredient) => {
    const amount = ingredient.amount;
    if (amount.kind === 'mass') return { key: ingredient.key, name: ingredient.name, materialName: ingredient.materialName, plannedAmount: amount.g * factor, plannedUnit: 'g' as const };
    if (amount.kind === 'volume') return { key: ingredient.key, name: ingredient.name, materialName: ingredient.materialName, plannedAmount: amount.mL * factor, plannedUnit: 'mL' as const };
    // Moles, molarities and fractions of a mixture need constants the recipe does not carry:
    // the batch records what was weighed.
    return { key: ingredient.key, name: ingredient.name, materialName: ingredient.materialName, plannedAmount: null, plannedUnit: 'g' as const };
  });
}
