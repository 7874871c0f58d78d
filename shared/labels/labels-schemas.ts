// The labels operations' inputs and outputs: labels for chosen records on a chosen stock, and the
// record a typed code or scanned link names.
import { z } from 'zod';
import { LABEL_KINDS } from './cellbook-link';
import { LABEL_SIZE_IDS } from './label-sizes';

export const labelKindSchema = z.enum(LABEL_KINDS);
export const labelSizeIdSchema = z.enum(LABEL_SIZE_IDS);

export const makeLabelsSchema = z
  .object({
    records: z.array(z.object({ kind: labelKindSchema, id: z.number().int().positive() }).strict()).min(1, 'choose at least one record').max(2000, 'at most 2000 labels at once'),
    /** Omitted: the stock saved in the notebook's label setting. */
    size: labelSizeIdSchema.optional(),
    format: z.enum(['html', 'pdf']),
  })
  .strict();

export const labelSettingsSchema = z.object({ size: labelSizeIdSchema });

export const findRecordByCodeSchema = z.object({ text: z.string().trim().min(1, 'type or scan a code').max(500, 'at most 500 characters') }).strict();

export const codeMatchSchema = z.object({
  kind: labelKindSchema,
  id: z.number().int(),
  /** The build a cell belongs to (a cell opens on its build's page); a build's own id for a build. */
  buildId: z.number().int().nullable(),
  code: z.string(),
  name: z.string(),
});
export type CodeMatch = z.infer<typeof codeMatchSchema>;
