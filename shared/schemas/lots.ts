import { z } from 'zod';
import { QUANTITY_UNITS } from '../units';
import { isoDateSchema, optionalText, positiveNumber, recordIdSchema, requiredText } from './fields';

export const quantityUnitSchema = z.enum(QUANTITY_UNITS, { error: `one of: ${QUANTITY_UNITS.join(', ')}` });

/** "Room 101 > Glovebox A > Shelf 2": each level at most 100 characters. */
export const locationPathSchema = z
  .string()
  .trim()
  .max(400, 'at most 400 characters')
  .refine((path) => path.split('>').every((part) => part.trim().length > 0 && part.trim().length <= 100), 'levels separated by ">", none empty, e.g. "Room 101 > Glovebox A > Shelf 2"');

export const lotFieldsSchema = z
  .object({
    lotNumber: requiredText(100, 'enter the lot or batch number on the label'),
    supplier: optionalText(200).default(null),
    madeInHouse: z.boolean().default(false),
    receivedOn: isoDateSchema.nullable().default(null),
    openedOn: isoDateSchema.nullable().default(null),
    expiresOn: isoDateSchema.nullable().default(null),
    lowStockThreshold: z.number().finite().min(0, 'cannot be negative').nullable().default(null),
    locationPath: locationPathSchema.nullable().default(null),
    notes: optionalText(10000).default(null),
  })
  .strict();

export const createLotSchema = lotFieldsSchema
  .extend({
    materialId: recordIdSchema,
    quantity: positiveNumber('of the lot'),
    unit: quantityUnitSchema,
  })
  .strict();
export type CreateLotInput = z.input<typeof createLotSchema>;

/** The quantity and unit a lot arrived with are fixed; corrections are adjustments with a reason. */
export const updateLotSchema = z.object({ id: recordIdSchema, changes: lotFieldsSchema.partial() }).strict();

export const lotWarningKindSchema = z.enum(['expired', 'low_stock', 'open_too_long', 'used_up']);
export const lotWarningSchema = z.object({ kind: lotWarningKindSchema, message: z.string() });
export type LotWarning = z.infer<typeof lotWarningSchema>;

export const lotSchema = z.object({
  id: z.number().int(),
  materialId: z.number().int(),
  materialName: z.string(),
  lotNumber: z.string(),
  supplier: z.string().nullable(),
  madeInHouse: z.boolean(),
  sourceBatchId: z.number().int().nullable(),
  receivedOn: z.string().nullable(),
  openedOn: z.string().nullable(),
  expiresOn: z.string().nullable(),
  quantity: z.number(),
  unit: quantityUnitSchema,
  remaining: z.number(),
  used: z.number(),
  lowStockThreshold: z.number().nullable(),
  locationId: z.number().int().nullable(),
  locationPath: z.string().nullable(),
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  archivedAt: z.string().nullable(),
  warnings: z.array(lotWarningSchema),
});
export type Lot = z.infer<typeof lotSchema>;

export const lotMovementSchema = z.object({
  id: z.number().int(),
  lotId: z.number().int(),
  kind: z.enum(['use', 'adjustment']),
  /** use: amount taken (> 0); adjustment: signed change; both in the lot's unit. */
  amountInLotUnit: z.number(),
  enteredAmount: z.number(),
  enteredUnit: quantityUnitSchema,
  reason: z.string().nullable(),
  usedByTable: z.string().nullable(),
  usedById: z.string().nullable(),
  occurredAt: z.string(),
  createdAt: z.string(),
  archivedAt: z.string().nullable(),
});
export type LotMovement = z.infer<typeof lotMovementSchema>;

export const recordLotUseSchema = z
  .object({
    lotId: recordIdSchema,
    amount: positiveNumber('taken'),
    unit: quantityUnitSchema,
    purpose: optionalText(500).default(null),
  })
  .strict();
export type RecordLotUseInput = z.input<typeof recordLotUseSchema>;

export const recordLotAdjustmentSchema = z
  .object({
    lotId: recordIdSchema,
    /** Signed: +2 g found in a second bottle, -0.4 g spilled. */
    amount: z.number({ error: 'a signed amount' }).finite().refine((value) => value !== 0, 'an adjustment of 0 changes nothing'),
    unit: quantityUnitSchema,
    reason: requiredText(500, 'say why the stock differs from the record (e.g. "reweighed: 23.1 g in bottle")'),
  })
  .strict();
export type RecordLotAdjustmentInput = z.input<typeof recordLotAdjustmentSchema>;

export const lotDetailSchema = z.object({ lot: lotSchema, movements: z.array(lotMovementSchema) });

export const locationSchema = z.object({ id: z.number().int(), parentId: z.number().int().nullable(), name: z.string(), path: z.string(), lotCount: z.number().int() });
export type Location = z.infer<typeof locationSchema>;

export const inventoryWarningSchema = lotWarningSchema.extend({ lotId: z.number().int(), materialId: z.number().int(), materialName: z.string(), lotNumber: z.string() });
export type InventoryWarning = z.infer<typeof inventoryWarningSchema>;
