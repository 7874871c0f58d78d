// The materials operations mapped to the services that do them.
import { importInventory, previewInventoryImport } from '../inventory/inventory-import';
import { listLocations } from '../inventory/locations';
import { archiveLotMovement, recordLotAdjustment, recordLotUse } from '../inventory/lot-movements';
import { createLot, getLotDetail, listInventoryWarnings, listLotsForMaterialName, listLotsOfMaterial, setLotArchived, updateLot } from '../inventory/lots';
import { createMaterial, getMaterial, listMaterials, setMaterialArchived, updateMaterial } from '../inventory/materials';
import { addPickListValue, listPickLists } from '../inventory/pick-lists';
import { addStarterMaterials } from '../inventory/starter-set';
import type { PickListId } from '../../../shared/materials/pick-lists';
import { backUpBeforeRiskyOperation } from '../backups-automatic';
import { fromBase64 } from './base64';
import type { AreaHandlers } from './area-handlers';
import type { materialsApi } from '../../../shared/api/materials';

export const materialsHandlers: AreaHandlers<typeof materialsApi> = {
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
  previewInventoryImport: (ctx, input) => previewInventoryImport(ctx, input.fileName, fromBase64(input.contentBase64)),
  // A bulk import adds many records at once: an automatic, verified backup is taken first, once
  // the file has been read and its rows checked (a refused file leaves no backup behind).
  commitInventoryImport: (ctx, input) =>
    importInventory(ctx, input.fileName, fromBase64(input.contentBase64), { acceptLines: input.acceptLines, beforeWrite: () => backUpBeforeRiskyOperation(ctx, 'bulk-import') }),
  findLotsForMaterial: (ctx, input) => listLotsForMaterialName(ctx, input.materialName),
};
