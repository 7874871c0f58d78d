// Every operation of the contract (shared/api.ts) mapped to the service function that does it.
// The type makes a missing or mistyped handler a compile error.
import type { ApiName, ApiOutput, ApiParsedInput } from '../../shared/api';
import { startBackup } from './backups';
import type { ServiceContext } from './context';
import { listHistory } from './history';
import { checkNotebook, getNotebookInfo } from './notebook';
import { getSettings, updateSettings } from './settings';
import { addAttachment, archiveAttachment, getAttachmentContent, listAttachments } from './attachments';
import { importInventory, previewInventoryImport } from './inventory/inventory-import';
import { listLocations } from './inventory/locations';
import { archiveLotMovement, recordLotAdjustment, recordLotUse } from './inventory/lot-movements';
import { createLot, getLotDetail, listInventoryWarnings, listLotsForMaterialName, listLotsOfMaterial, setLotArchived, updateLot } from './inventory/lots';
import { createMaterial, getMaterial, listMaterials, setMaterialArchived, updateMaterial } from './inventory/materials';
import { addPickListValue, listPickLists } from './inventory/pick-lists';
import { addStarterMaterials } from './inventory/starter-set';
import { searchNotebook } from './search';
import type { PickListId } from '../../shared/materials/pick-lists';
import { abandonBatch, finishBatch, getBatch, listBatches, recordBatchIngredient, recordBatchStep, startBatch } from './recipes/batches';
import { addGelTemplates } from './recipes/recipe-templates';
import { saveBuildStack } from './builds/build-stack';
import { diffBuildsById } from './builds/build-diff';
import { createBuild, getBuildDetail, listBuilds, previewBuildStack, setBuildArchived, updateBuild } from './builds/builds';
import { addCell, updateCell } from './builds/cells';
import { cloneBuild } from './builds/clone-build';
import { startDemoNotebook } from './demo/demo-notebook';
import { getCyclePoints } from './cycling/cycle-points-query';
import { readOriginalChunk } from './cycling/original-file';
import { getCyclingSettings } from './cycling/cycling-settings';
import { attachCyclingTest, changeCyclingSettings, getCyclingTest, listCyclingTests, setCyclingTestArchived, updateCyclingTest } from './cycling/cycling-tests';
import { detectUploadedFile, startCyclingImport } from './cycling/cycling-uploads';
import { listColumnProfiles } from './cycling/column-profiles';
import { importFormats } from './cycling/import-cycling-test';
import { createRecipe, getRecipe, listRecipes, saveRecipeVersion, setRecipeArchived } from './recipes/recipes';

const fromBase64 = (content: string) => new Uint8Array(Buffer.from(content, 'base64'));

export type Handlers = {
  [N in ApiName]: (ctx: ServiceContext, input: ApiParsedInput<N>) => ApiOutput<N> | Promise<ApiOutput<N>>;
};

export const handlers: Handlers = {
  getNotebookInfo: (ctx) => getNotebookInfo(ctx),
  checkNotebook: (ctx) => checkNotebook(ctx),
  getSettings: (ctx) => getSettings(ctx),
  updateSettings: (ctx, input) => updateSettings(ctx, input),
  listHistory: (ctx, input) => listHistory(ctx, input),
  startBackup: (ctx) => startBackup(ctx),
  listJobs: (ctx) => ctx.jobs.list(),
  cancelJob: (ctx, input) => ctx.jobs.cancel(input.jobId),
  listMaterials: (ctx, input) => listMaterials(ctx, input),
  getMaterialDetail: (ctx, input) => ({ material: getMaterial(ctx, input.id), lots: listLotsOfMaterial(ctx, input.id, true) }),
  createMaterial: (ctx, input) => createMaterial(ctx, input),
  updateMaterial: (ctx, input) => updateMaterial(ctx, input),
  archiveMaterial: (ctx, input) => setMaterialArchived(ctx, input.id, true),
  restoreMaterial: (ctx, input) => setMaterialArchived(ctx, input.id, false),
  addStarterMaterials: (ctx) => addStarterMaterials(ctx),
  listPickLists: (ctx) => listPickLists(ctx),
  addPickListValue: (ctx, input) => addPickListValue(ctx, input.list as PickListId, input.value),
  createLot: (ctx, input) => createLot(ctx, input),
  updateLot: (ctx, input) => updateLot(ctx, input),
  getLotDetail: (ctx, input) => getLotDetail(ctx, input.id),
  archiveLot: (ctx, input) => setLotArchived(ctx, input.id, true),
  restoreLot: (ctx, input) => setLotArchived(ctx, input.id, false),
  recordLotUse: (ctx, input) => recordLotUse(ctx, input),
  recordLotAdjustment: (ctx, input) => recordLotAdjustment(ctx, input),
  archiveLotMovement: (ctx, input) => archiveLotMovement(ctx, input.id),
  listLocations: (ctx) => listLocations(ctx),
  listInventoryWarnings: (ctx) => listInventoryWarnings(ctx),
  addAttachment: (ctx, input) => addAttachment(ctx, input),
  listAttachments: (ctx, input) => listAttachments(ctx, input),
  getAttachmentContent: (ctx, input) => getAttachmentContent(ctx, input.id),
  archiveAttachment: (ctx, input) => {
    archiveAttachment(ctx, input.id);
    return {};
  },
  searchNotebook: (ctx, input) => searchNotebook(ctx, input),
  previewInventoryImport: (ctx, input) => previewInventoryImport(ctx, input.fileName, fromBase64(input.contentBase64)),
  commitInventoryImport: (ctx, input) => importInventory(ctx, input.fileName, fromBase64(input.contentBase64), { acceptLines: input.acceptLines }),
  findLotsForMaterial: (ctx, input) => listLotsForMaterialName(ctx, input.materialName),
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
  listBuilds: (ctx, input) => listBuilds(ctx, input),
  getBuild: (ctx, input) => getBuildDetail(ctx, input.id),
  createBuild: (ctx, input) => getBuildDetail(ctx, createBuild(ctx, input)),
  updateBuild: (ctx, input) => updateBuild(ctx, input),
  saveBuildStack: (ctx, input) => {
    saveBuildStack(ctx, input);
    return getBuildDetail(ctx, input.buildId);
  },
  cloneBuild: (ctx, input) => getBuildDetail(ctx, cloneBuild(ctx, input.id, input.name)),
  diffBuilds: (ctx, input) => diffBuildsById(ctx, input.aId, input.bId),
  archiveBuild: (ctx, input) => setBuildArchived(ctx, input.id, true),
  restoreBuild: (ctx, input) => setBuildArchived(ctx, input.id, false),
  addCell: (ctx, input) => addCell(ctx, input),
  updateCell: (ctx, input) => updateCell(ctx, input),
  previewBuildStack: (ctx, input) => previewBuildStack(ctx, input),
  createDemoNotebook: (ctx) => startDemoNotebook(ctx),
  beginUpload: (ctx, input) => ctx.uploads.begin(input.fileName, input.sizeBytes),
  uploadChunk: (ctx, input) => ctx.uploads.append(input.uploadId, input.offset, input.dataBase64),
  discardUpload: (ctx, input) => {
    ctx.uploads.discard(input.uploadId);
    return {};
  },
  detectCyclerFile: (ctx, input) => detectUploadedFile(ctx, input.uploadId),
  listCyclerFormats: (ctx) => importFormats(ctx).map((format) => ({ id: format.id, label: format.label })),
  startCyclingImport: (ctx, input) => startCyclingImport(ctx, input),
  listCyclingTests: (ctx, input) => listCyclingTests(ctx, input),
  getCyclingTest: (ctx, input) => getCyclingTest(ctx, input.id),
  getCyclingFileChunk: (ctx, input) => {
    const chunk = readOriginalChunk(ctx.notebook.db, input.fileId, input.seq);
    return { fileName: chunk.fileName, sizeBytes: chunk.sizeBytes, sha256: chunk.sha256, chunkCount: chunk.chunkCount, seq: input.seq, contentBase64: chunk.bytes.toString('base64') };
  },
  getCyclePoints: (ctx, input) => getCyclePoints(ctx, input),
  updateCyclingTest: (ctx, input) => updateCyclingTest(ctx, input),
  attachCyclingTest: (ctx, input) => attachCyclingTest(ctx, input),
  archiveCyclingTest: (ctx, input) => setCyclingTestArchived(ctx, input.id, true),
  restoreCyclingTest: (ctx, input) => setCyclingTestArchived(ctx, input.id, false),
  getCyclingSettings: (ctx) => getCyclingSettings(ctx),
  updateCyclingSettings: (ctx, input) => changeCyclingSettings(ctx, input),
  listColumnProfiles: (ctx) => listColumnProfiles(ctx.notebook.db),
};
