// Recipes (versioned) and batches made from them.
// Part of the one API contract (shared/api.ts assembles the parts).
import { z } from 'zod';
import { idInputSchema } from '../schemas/fields';
import { abandonBatchSchema, batchListItemSchema, batchSchema, finishBatchSchema, recordBatchIngredientSchema, recordBatchStepSchema, startBatchSchema } from '../schemas/batches';
import { createRecipeSchema, recipeListItemSchema, recipeSchema, saveRecipeVersionSchema } from '../schemas/recipes';
import { noInput, operation } from './operation';

export const recipesApi = {
  listRecipes: operation({
    doc: 'Recipes with their latest version and batch counts.',
    input: z.object({ includeArchived: z.boolean().default(false) }).strict(),
    output: z.array(recipeListItemSchema),
  }),
  getRecipe: operation({ doc: 'One recipe with every version (newest first) and how many batches used each.', input: idInputSchema, output: recipeSchema }),
  createRecipe: operation({ doc: 'Add a recipe (its first version).', input: createRecipeSchema, output: recipeSchema }),
  saveRecipeVersion: operation({ doc: "Save an edited recipe as its next version; earlier versions and their batches stay as they were.", input: saveRecipeVersionSchema, output: recipeSchema }),
  archiveRecipe: operation({ doc: 'Take a recipe out of lists; it stays reachable and restorable.', input: idInputSchema, output: recipeSchema }),
  restoreRecipe: operation({ doc: 'Bring an archived recipe back.', input: idInputSchema, output: recipeSchema }),
  addGelTemplates: operation({ doc: "Add the patent's gel recipes (Example 1, DME and LiFSI variants) that the notebook lacks.", input: noInput, output: z.object({ created: z.number().int() }) }),
  startBatch: operation({
    doc: 'Start a batch from a recipe version, scaled by a factor or to a target oxide or composite mass; plans the weigh list.',
    input: startBatchSchema,
    output: batchSchema,
  }),
  getBatch: operation({ doc: 'One batch: planned and actual amounts, lots taken from, steps, and the calculator on both.', input: idInputSchema, output: batchSchema }),
  listBatches: operation({ doc: 'Batches, newest first, optionally of one recipe.', input: z.object({ recipeId: z.number().int().positive().optional() }).strict(), output: z.array(batchListItemSchema) }),
  recordBatchIngredient: operation({
    doc: 'Record the amount actually taken for a weigh-list item, and the lot it came from (its stock goes down).',
    input: recordBatchIngredientSchema,
    output: batchSchema,
  }),
  recordBatchStep: operation({ doc: "Record a step's start and end, its settings as run, and notes.", input: recordBatchStepSchema, output: batchSchema }),
  finishBatch: operation({
    doc: "Finish a batch: its yield becomes a lot of the recipe's product with the composition from the actual amounts.",
    input: finishBatchSchema,
    output: batchSchema,
  }),
  abandonBatch: operation({ doc: 'Close a batch that will not be finished, with the reason.', input: abandonBatchSchema, output: batchSchema }),
} as const;
