// The API contract: every operation the renderer (or any client) can ask of main, with its input
// and output schemas and a one-line description. Electron's IPC handlers and preload, the browser
// mode's HTTP routes and the renderer's client are all derived from this one table; adding an
// operation here is the only way to add one.
import { z } from 'zod';
import type { ApiName } from './api-names';
import { PICK_LIST_IDS } from './materials/pick-lists';
import { addAttachmentSchema, attachmentContentSchema, attachmentSchema, listAttachmentsSchema } from './schemas/attachments';
import { idInputSchema, requiredText } from './schemas/fields';
import { historyPageSchema, historyQuerySchema } from './schemas/history';
import { commitInventoryImportSchema, inventoryImportPreviewSchema, inventoryImportResultSchema, previewInventoryImportSchema } from './schemas/inventory-import';
import {
  createLotSchema,
  inventoryWarningSchema,
  locationSchema,
  lotDetailSchema,
  lotMovementSchema,
  lotSchema,
  recordLotAdjustmentSchema,
  recordLotUseSchema,
  updateLotSchema,
} from './schemas/lots';
import { materialFieldsSchema, materialListItemSchema, materialListQuerySchema, materialSchema, updateMaterialSchema } from './schemas/materials';
import { searchQuerySchema, searchResultsSchema } from './schemas/search';
import { abandonBatchSchema, batchListItemSchema, batchSchema, finishBatchSchema, recordBatchIngredientSchema, recordBatchStepSchema, startBatchSchema } from './schemas/batches';
import { addCellSchema, buildDetailSchema, buildListItemSchema, buildListQuerySchema, cellSchema, createBuildSchema, saveBuildStackSchema, updateBuildSchema, updateCellSchema } from './schemas/builds';
import { createRecipeSchema, recipeListItemSchema, recipeSchema, saveRecipeVersionSchema } from './schemas/recipes';
import { jobIdSchema, jobStartedSchema, jobStatusSchema } from './schemas/jobs';
import { notebookCheckSchema, notebookInfoSchema } from './schemas/notebook';
import { notebookSettingsSchema, notebookSettingsUpdateSchema } from './schemas/settings';
import {
  attachCyclingTestSchema,
  beginUploadSchema,
  columnProfileSchema,
  cyclePointsQuerySchema,
  cyclePointsSchema,
  cyclingFileChunkQuerySchema,
  cyclingFileChunkSchema,
  cyclerFormatSchema,
  cyclingSettingsSchema,
  cyclingSettingsUpdateSchema,
  cyclingTestDetailSchema,
  cyclingTestListQuerySchema,
  cyclingTestRowSchema,
  detectedFileSchema,
  startCyclingImportSchema,
  updateCyclingTestSchema,
  uploadChunkSchema,
  uploadIdSchema,
  uploadStatusSchema,
} from './schemas/cycling';

export interface Operation<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  doc: string;
  input: I;
  output: O;
}

function operation<I extends z.ZodType, O extends z.ZodType>(op: Operation<I, O>): Operation<I, O> {
  return op;
}

/** Operations that take nothing still take an object, so that every call has the same shape. */
const noInput = z.object({}).strict();

export const api = {
  getNotebookInfo: operation({
    doc: 'The open notebook: file name, size, schema version, the app version and mode, the current operator.',
    input: noInput,
    output: notebookInfoSchema,
  }),
  checkNotebook: operation({
    doc: 'Integrity and foreign-key checks, the history hash chain, and migrations changed since they were applied.',
    input: noInput,
    output: notebookCheckSchema,
  }),
  getSettings: operation({
    doc: 'Notebook-wide settings (the operator name history records).',
    input: noInput,
    output: notebookSettingsSchema,
  }),
  updateSettings: operation({
    doc: 'Change notebook-wide settings; each change is written to history.',
    input: notebookSettingsUpdateSchema,
    output: notebookSettingsSchema,
  }),
  listHistory: operation({
    doc: 'History entries, newest first, optionally for one table or one record, with field-by-field changes.',
    input: historyQuerySchema,
    output: historyPageSchema,
  }),
  startBackup: operation({
    doc: "Copy the notebook (SQLite backup API) into its backups folder; runs as a job with progress and cancel.",
    input: noInput,
    output: jobStartedSchema,
  }),
  listJobs: operation({
    doc: 'Jobs of this session, running ones first.',
    input: noInput,
    output: z.array(jobStatusSchema),
  }),
  cancelJob: operation({
    doc: 'Ask a running job to stop; it ends as "cancelled" with the notebook left as it was.',
    input: z.object({ jobId: jobIdSchema }).strict(),
    output: jobStatusSchema,
  }),

  // Materials inventory
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
  addAttachment: operation({ doc: 'Attach a file (certificate, datasheet, photo) to a material or lot; stored once by content hash.', input: addAttachmentSchema, output: attachmentSchema }),
  listAttachments: operation({ doc: "A record's attachments.", input: listAttachmentsSchema, output: z.array(attachmentSchema) }),
  getAttachmentContent: operation({ doc: "An attachment's bytes (base64) for viewing or saving.", input: idInputSchema, output: attachmentContentSchema }),
  archiveAttachment: operation({ doc: 'Remove an attachment from its record (the file stays in the notebook).', input: idInputSchema, output: z.object({}) }),
  searchNotebook: operation({ doc: "Search every record's names, numbers, notes and tags; results grouped by record type.", input: searchQuerySchema, output: searchResultsSchema }),
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

  // Recipes and batches
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

  // Cell builds
  listBuilds: operation({
    doc: 'Builds with their cells, derived loading and capacity, and how many design rules warn; filter by status, cell status, tag, material, date.',
    input: buildListQuerySchema,
    output: z.array(buildListItemSchema),
  }),
  getBuild: operation({ doc: "One build: header, protocol, layer stack, cells, derived numbers and the patent's design rules.", input: idInputSchema, output: buildDetailSchema }),
  createBuild: operation({ doc: 'Add a build (FIG. 1 single-sided or FIG. 2 double-sided) with an empty layer stack to fill in.', input: createBuildSchema, output: buildDetailSchema }),
  updateBuild: operation({ doc: "Change a build's header (name, date, operator, glovebox atmosphere, tags, notes) or its cycling protocol.", input: updateBuildSchema, output: buildDetailSchema }),
  saveBuildStack: operation({
    doc: "Save a build's layer stack (geometry, thickness, mass, components with their lots); refused once a cell of it is assembled.",
    input: saveBuildStackSchema,
    output: buildDetailSchema,
  }),
  cloneBuild: operation({
    doc: 'A new build like this one (same stack and protocol, no cells), to change one thing.',
    input: z.object({ id: z.number().int().positive(), name: requiredText(200, 'name the new build') }).strict(),
    output: buildDetailSchema,
  }),
  diffBuilds: operation({
    doc: 'What differs between two builds: configuration, protocol, each layer field and composition, and the derived numbers.',
    input: z.object({ aId: z.number().int().positive(), bId: z.number().int().positive() }).strict(),
    output: z.object({ a: z.string(), b: z.string(), differences: z.array(z.object({ section: z.string(), field: z.string(), before: z.string(), after: z.string() })) }),
  }),
  archiveBuild: operation({ doc: 'Take a build out of lists; it stays reachable and restorable.', input: idInputSchema, output: buildDetailSchema }),
  restoreBuild: operation({ doc: 'Bring an archived build back.', input: idInputSchema, output: buildDetailSchema }),
  addCell: operation({ doc: 'Add a cell (replicate) to a build.', input: addCellSchema, output: cellSchema }),
  updateCell: operation({
    doc: "Change a cell's status (first 'assembled' takes its materials from the lots), failure reason, fixture, stack pressure or notes.",
    input: updateCellSchema,
    output: z.object({ cell: cellSchema, notTakenFromLots: z.array(z.string()) }),
  }),
  previewBuildStack: operation({
    doc: 'Derived numbers, design rules and problems of a stack being edited, without saving it (live while editing).',
    input: saveBuildStackSchema,
    output: buildDetailSchema.pick({ derived: true, rules: true, problems: true }),
  }),
  createDemoNotebook: operation({
    doc: "Fill an empty notebook with the demo: the patent examples' materials and lots, the gel recipe and a batch, and the eleven builds of the patent at once; their synthetic cycling tests follow as a job.",
    input: noInput,
    output: z.object({ builds: z.number().int(), materials: z.number().int(), lots: z.number().int(), jobId: jobIdSchema }),
  }),
  beginUpload: operation({
    doc: 'Announce a file to send for import (name and size); its bytes follow in uploadChunk calls.',
    input: beginUploadSchema,
    output: uploadStatusSchema,
  }),
  uploadChunk: operation({ doc: "The next bytes of an upload (base64, in order, at most 8 MiB per call).", input: uploadChunkSchema, output: uploadStatusSchema }),
  discardUpload: operation({ doc: 'Forget an upload that will not be imported and delete its bytes.', input: z.object({ uploadId: uploadIdSchema }).strict(), output: z.object({}) }),
  detectCyclerFile: operation({
    doc: 'What an uploaded file is: the cycler format its content matches (and the other candidates), or why it is refused; its first lines; whether it is already imported.',
    input: z.object({ uploadId: uploadIdSchema }).strict(),
    output: detectedFileSchema,
  }),
  listCyclerFormats: operation({ doc: 'The cycler export formats Cellbook reads, and the saved column profiles.', input: noInput, output: z.array(cyclerFormatSchema) }),
  startCyclingImport: operation({
    doc: 'Import uploaded files as one cycling test (of a cell, or unassigned); runs as a job with progress (MB and rows) and Cancel, in one transaction.',
    input: startCyclingImportSchema,
    output: jobStartedSchema,
  }),
  listCyclingTests: operation({ doc: 'Cycling tests with their cell, cycles, lifespan grade and first flagged short circuit.', input: cyclingTestListQuerySchema, output: z.array(cyclingTestRowSchema) }),
  getCyclingTest: operation({
    doc: 'One cycling test: its files, the import report, the per-cycle table (with mAh/g and mAh/cm² from the build), the lifespan grade and the short-circuit flags.',
    input: idInputSchema,
    output: cyclingTestDetailSchema,
  }),
  getCyclingFileChunk: operation({ doc: 'One 4 MiB piece of a kept original export, decompressed (base64), with the piece count and SHA-256, for a download assembled piece by piece.', input: cyclingFileChunkQuerySchema, output: cyclingFileChunkSchema }),
  getCyclePoints: operation({ doc: 'Points of chosen cycles for plots (thinned to at most maxPointsPerCycle each).', input: cyclePointsQuerySchema, output: cyclePointsSchema }),
  updateCyclingTest: operation({ doc: "Rename a cycling test or change its notes.", input: updateCyclingTestSchema, output: cyclingTestDetailSchema }),
  attachCyclingTest: operation({
    doc: 'Attach a cycling test to a cell (or detach it with null); its cycle table is recomputed with the new build.',
    input: attachCyclingTestSchema,
    output: cyclingTestDetailSchema,
  }),
  archiveCyclingTest: operation({ doc: 'Take a cycling test out of lists; it stays reachable and restorable.', input: idInputSchema, output: cyclingTestDetailSchema }),
  restoreCyclingTest: operation({ doc: 'Bring an archived cycling test back.', input: idInputSchema, output: cyclingTestDetailSchema }),
  getCyclingSettings: operation({ doc: "The lifespan grade's reference cycle and retention, and the short-circuit thresholds.", input: noInput, output: cyclingSettingsSchema }),
  updateCyclingSettings: operation({
    doc: 'Change the lifespan or short-circuit settings (history is kept); every test is re-checked with them.',
    input: cyclingSettingsUpdateSchema,
    output: cyclingSettingsSchema,
  }),
  listColumnProfiles: operation({ doc: 'Column mappings saved from the generic CSV/TSV importer.', input: noInput, output: z.array(columnProfileSchema) }),
  // `satisfies` makes a missing operation, or one not in api-names.ts, a compile error.
} as const satisfies Record<ApiName, Operation>;

export type Api = typeof api;
/** What a caller passes (defaults may be omitted). */
export type ApiInput<N extends ApiName> = z.input<Api[N]['input']>;
/** What a handler receives after validation (defaults filled in). */
export type ApiParsedInput<N extends ApiName> = z.output<Api[N]['input']>;
export type ApiOutput<N extends ApiName> = z.output<Api[N]['output']>;

export { apiNames, isApiName, ipcChannel, IPC_EVENT_CHANNEL, type ApiName } from './api-names';
