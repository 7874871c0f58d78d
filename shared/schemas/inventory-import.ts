import { z } from 'zod';
import { requiredText } from './fields';

export const INVENTORY_FILE_MAX_BYTES = 16 * 1024 * 1024;

const fileSchema = {
  fileName: requiredText(255, 'the file needs a name'),
  contentBase64: z.string().max(Math.ceil((INVENTORY_FILE_MAX_BYTES * 4) / 3) + 4, `a spreadsheet of at most ${INVENTORY_FILE_MAX_BYTES / 1024 / 1024} MiB`),
};

export const previewInventoryImportSchema = z.object(fileSchema).strict();

export const commitInventoryImportSchema = z
  .object({
    ...fileSchema,
    /** The file lines the user accepted in the preview. */
    acceptLines: z.array(z.number().int().positive()).min(1, 'choose at least one row to import'),
  })
  .strict();

export const importRowStatusSchema = z.enum(['create', 'duplicate', 'invalid']);

export const importRowPlanSchema = z.object({
  line: z.number().int(),
  status: importRowStatusSchema,
  materialName: z.string(),
  lotNumber: z.string(),
  /** True when the row brings a material the notebook does not have yet. */
  createsMaterial: z.boolean(),
  quantityText: z.string(),
  reasons: z.array(z.string()),
});
export type ImportRowPlan = z.infer<typeof importRowPlanSchema>;

export const inventoryImportPreviewSchema = z.object({
  format: z.enum(['csv', 'xlsx']),
  rows: z.array(importRowPlanSchema),
  counts: z.object({ create: z.number().int(), duplicate: z.number().int(), invalid: z.number().int() }),
  warnings: z.array(z.string()),
});
export type InventoryImportPreview = z.infer<typeof inventoryImportPreviewSchema>;

export const inventoryImportResultSchema = z.object({
  createdMaterials: z.number().int(),
  createdLots: z.number().int(),
  skippedLines: z.array(z.number().int()),
});
export type InventoryImportResult = z.infer<typeof inventoryImportResultSchema>;
