// The names of the contract's operations, without their schemas, for the one place that must not
// carry zod: Electron's sandboxed preload. shared/api.ts fails to compile unless its table has
// exactly these keys, so this list cannot drift from the contract.
export const apiNames = [
  'getNotebookInfo',
  'checkNotebook',
  'getSettings',
  'updateSettings',
  'listHistory',
  'startBackup',
  'listJobs',
  'cancelJob',
  'listMaterials',
  'getMaterialDetail',
  'createMaterial',
  'updateMaterial',
  'archiveMaterial',
  'restoreMaterial',
  'addStarterMaterials',
  'listPickLists',
  'addPickListValue',
  'createLot',
  'updateLot',
  'getLotDetail',
  'archiveLot',
  'restoreLot',
  'recordLotUse',
  'recordLotAdjustment',
  'archiveLotMovement',
  'listLocations',
  'listInventoryWarnings',
  'addAttachment',
  'listAttachments',
  'getAttachmentContent',
  'archiveAttachment',
  'searchNotebook',
  'previewInventoryImport',
  'commitInventoryImport',
  'findLotsForMaterial',
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
  'listBuilds',
  'getBuild',
  'createBuild',
  'updateBuild',
  'saveBuildStack',
  'cloneBuild',
  'diffBuilds',
  'archiveBuild',
  'restoreBuild',
  'addCell',
  'updateCell',
  'createDemoNotebook',
  'previewBuildStack',
] as const;

export type ApiName = (typeof apiNames)[number];

export function isApiName(name: string): name is ApiName {
  return (apiNames as readonly string[]).includes(name);
}

/** The IPC channel of an operation; the HTTP route is `/api/<name>`. */
export function ipcChannel(name: ApiName): string {
  return `cellbook:${name}`;
}

export const IPC_EVENT_CHANNEL = 'cellbook:event';
