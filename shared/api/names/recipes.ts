// The names of the recipes operations, without schemas (see shared/api-names.ts).
export const recipesApiNames = [
  'listRecipes',
  'getRecipe',
  'createRecipe',
  'saveRecipeVersion',
  'archiveRecipe',
  'restoreRecipe',
  'addGelTemplates',
  'startBatch',
  'getBatch',
  'listBatches',
  'recordBatchIngredient',
  'recordBatchStep',
  'finishBatch',
  'abandonBatch',
] as const;
