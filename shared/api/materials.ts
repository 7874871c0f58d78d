// Materials inventory: materials, lots, uses and adjustments, places, warnings, spreadsheet import.
// Part of the one API contract (shared/api.ts assembles the parts).
import { z } from 'zod';
import { PICK_LIST_IDS } from '../materials/pick-lists';
import { idInputSchema, requiredText } from '../schemas/fields';
import { commitInventoryImportSchema, inventoryImportPreviewSchema, inventoryImportResultSchema, previewInventoryImportSchema } from '../schemas/inventory-import';
import { createLotSchema, inventoryWarningSchema, locationSchema, lotDetailSchema, lotMovementSchema, lotSchema, recordLotAdjustmentSchema, recordLotUseSchema, updateLotSchema } from '../schemas/lots';
import { materialFieldsSchema, materialListItemSchema, materialListQuerySchema, materialSchema, updateMaterialSchema } from '../schemas/materials';
import { noInput, operation } from './operation';

export const materialsApi = {
  listMaterials: operation({
    doc: 'Materials with lot counts, remaining stock per unit, places and warning counts; filter by status, kind, location.',
    input: materialListQuerySchema,
    output: z.array(materialListItemSchema),
  }),
  getMaterialDetail: operation({
    doc: 'One material with all its lots (archived ones too).',
    input: idInputSchema,
    output: z.object({ material: materialSchema, lots: z.array(lotSchema) }),
  }),
  createMaterial: operation({
    doc: 'Add a material; its molar mass is computed from the formula unless overridden with a reason.',
    input: materialFieldsSchema,
    output: materialSchema,
  }),
  updateMaterial: operation({ doc: 'Change fields of a material (history records each change).', input: updateMaterialSchema, output: materialSchema }),
  archiveMaterial: operation({ doc: 'Take a material out of lists; it stays reachable and restorable.', input: idInputSchema, output: materialSchema }),
  restoreMaterial: operation({ doc: 'Bring an archived material back.', input: idInputSchema, output: materialSchema }),
  addStarterMaterials: operation({
    doc: "Add the patent examples' materials (with DOMAIN.md constants) that the notebook lacks.",
    input: noInput,
    output: z.object({ created: z.number().int(), alreadyPresent: z.number().int() }),
  }),
  listPickLists: operation({
    doc: "The patent's pick lists (salts, media, ionic liquids, oxides, sulfide SEs, anode actives) with the values users added.",
    input: noInput,
    output: z.array(z.object({ id: z.enum(PICK_LIST_IDS as [string, ...string[]]), label: z.string(), paragraph: z.string(), values: z.array(z.string()), added: z.array(z.string()) })),
  }),
  addPickListValue: operation({
    doc: 'Add a value of your own to a pick list.',
    input: z.object({ list: z.enum(PICK_LIST_IDS as [string, ...string[]]), value: requiredText(200, 'enter a value') }).strict(),
    output: z.array(z.object({ id: z.string(), label: z.string(), paragraph: z.string(), values: z.array(z.string()), added: z.array(z.string()) })),
  }),
  createLot: operation({ doc: 'Add a lot (bottle, bag, roll) of a material with its quantity, dates and place.', input: createLotSchema, output: lotSchema }),
  updateLot: operation({ doc: "Change a lot's label, dates, place, threshold or notes (its quantity changes only by uses and adjustments).", input: updateLotSchema, output: lotSchema }),
  getLotDetail: operation({ doc: 'One lot with its uses and adjustments, newest first.', input: idInputSchema, output: lotDetailSchema }),
  archiveLot: operation({ doc: 'Take a lot out of stock lists; it stays reachable and restorable.', input: idInputSchema, output: lotSchema }),
  restoreLot: operation({ doc: 'Bring an archived lot back.', input: idInputSchema, output: lotSchema }),
  recordLotUse: operation({
    doc: 'Record that an amount was taken from a lot (converted to its unit, through density for mass/volume); refused if it is not there.',
    input: recordLotUseSchema,
    output: z.array(lotMovementSchema),
  }),
  recordLotAdjustment: operation({ doc: "Correct a lot's stock by a signed amount, with a reason.", input: recordLotAdjustmentSchema, output: z.array(lotMovementSchema) }),
  archiveLotMovement: operation({ doc: 'Undo a recorded use or adjustment (kept in the record as archived).', input: idInputSchema, output: z.array(lotMovementSchema) }),
  listLocations: operation({ doc: 'Storage places as paths (room > glovebox > shelf) with their lot counts.', input: noInput, output: z.array(locationSchema) }),
  listInventoryWarnings: operation({
    doc: 'Lots that need attention: expired, used up, below their threshold, hygroscopic and open too long.',
    input: noInput,
    output: z.array(inventoryWarningSchema),
  }),
  previewInventoryImport: operation({
    doc: 'Read an inventory spreadsheet (CSV/XLSX) and say, row by row, what would be created, what is already there and what is invalid. Writes nothing.',
    input: previewInventoryImportSchema,
    output: inventoryImportPreviewSchema,
  }),
  commitInventoryImport: operation({
    doc: 'Import the accepted rows of an inventory spreadsheet in one transaction.',
    input: commitInventoryImportSchema,
    output: inventoryImportResultSchema,
  }),
  findLotsForMaterial: operation({
    doc: 'Active lots of the material with this name, to pick what a batch takes from.',
    input: z.object({ materialName: requiredText(200, 'name the material') }).strict(),
    output: z.array(lotSchema),
  }),
} as const;
