// The demo's gel batches: Example 1 and its DME and LiFSI variants, each scaled to 5 g of SiO2,
// weighed as planned from the demo lots and finished into a composite lot.
import { startBatchSchema } from '../../../shared/schemas/batches';
import type { DemoComposite } from '../../../shared/demo/demo-builds';
import type { ServiceContext } from '../context';
import { listLotsForMaterialName } from '../inventory/lots';
import { finishBatch, getBatch, recordBatchIngredient, startBatch } from '../recipes/batches';
import { listRecipes, getRecipe } from '../recipes/recipes';

const TEMPLATE_OF: Record<DemoComposite, string> = {
  example1: 'Gel process, Example 1 (LiTFSI / n-MAc)',
  dme: 'Gel process, Example 2 (LiTFSI / DME)',
  lifsi: 'Gel process, Example 6 (LiFSI / n-MAc)',
};

/** Makes one composite lot per variant; returns the lot id of each. */
export function makeDemoComposites(ctx: ServiceContext): Record<DemoComposite, number> {
  const lots = {} as Record<DemoComposite, number>;
  for (const [variant, templateName] of Object.entries(TEMPLATE_OF) as Array<[DemoComposite, string]>) {
    const recipe = listRecipes(ctx, false).find((candidate) => candidate.name === templateName);
    if (!recipe) throw new Error(`the gel template "${templateName}" is missing`);
    const versionId = getRecipe(ctx, recipe.id).versions[0]!.id;
    const batch = startBatch(ctx, startBatchSchema.parse({ recipeVersionId: versionId, scale: { kind: 'oxide_g', g: 5 }, balanceResolution: '0.01g' }));
    for (const ingredient of batch.ingredients) {
      const lot = ingredient.materialName ? listLotsForMaterialName(ctx, ingredient.materialName)[0] : undefined;
      recordBatchIngredient(ctx, { id: ingredient.id, actualAmount: ingredient.plannedAmount ?? 0, actualUnit: ingredient.plannedUnit, lotId: lot?.id ?? null, deviationReason: null });
    }
    const recorded = getBatch(ctx, batch.id);
    const planned = recorded.actual ?? recorded.planned;
    // The demo has no balance: the yield is entered as the mass with no medium lost, and says so.
    const noLossG = planned ? Number((planned.oxideMaxG + planned.saltG + planned.mediumG).toFixed(2)) : 1;
    const finished = finishBatch(ctx, {
      batchId: batch.id,
      yieldG: noLossG,
      lotNumber: `demo ${variant}`,
      locationPath: 'Room 101 > Glovebox A > Shelf 4',
      expiresOn: null,
      mediumLossG: null,
      tgaOxideWtPct: null,
      observations: 'Demo batch (synthetic): weighed as planned; the yield is the mass with no medium lost, not a measurement.',
    });
    lots[variant] = finished.productLotId as number;
  }
  return lots;
}
