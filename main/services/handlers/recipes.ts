// The recipes operations mapped to the services that do them.
import { abandonBatch, finishBatch, getBatch, listBatches, recordBatchIngredient, recordBatchStep, startBatch } from '../recipes/batches';
import { addGelTemplates } from '../recipes/recipe-templates';
import { createRecipe, getRecipe, listRecipes, saveRecipeVersion, setRecipeArchived } from '../recipes/recipes';
import type { AreaHandlers } from './area-handlers';
import type { recipesApi } from '../../../shared/api/recipes';

export const recipesHandlers: AreaHandlers<typeof recipesApi> = {
  listRecipes: (ctx, input) => listRecipes(ctx, input.includeArchived),
  getRecipe: (ctx, input) => getRecipe(ctx, input.id),
  createRecipe: (ctx, input) => createRecipe(ctx, input),
  saveRecipeVersion: (ctx, input) => saveRecipeVersion(ctx, input),
  archiveRecipe: (ctx, input) => setRecipeArchived(ctx, input.id, true),
  restoreRecipe: (ctx, input) => setRecipeArchived(ctx, input.id, false),
  addGelTemplates: (ctx) => {
    const created = addGelTemplates(ctx);
    ctx.emit({ type: 'changed', tables: ['recipes'] });
    return { created };
  },
  startBatch: (ctx, input) => startBatch(ctx, input),
  getBatch: (ctx, input) => getBatch(ctx, input.id),
  listBatches: (ctx, input) => listBatches(ctx, input.recipeId),
  recordBatchIngredient: (ctx, input) => recordBatchIngredient(ctx, input),
  recordBatchStep: (ctx, input) => recordBatchStep(ctx, input),
  finishBatch: (ctx, input) => finishBatch(ctx, input),
  abandonBatch: (ctx, input) => abandonBatch(ctx, input),
};
