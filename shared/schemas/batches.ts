import { z } from 'zod';
import { BALANCE_RESOLUTIONS } from '../chemistry/weigh-list';
import { isoDateSchema, optionalText, positiveNumber, recordIdSchema, requiredText } from './fields';
import { locationPathSchema, quantityUnitSchema } from './lots';
import { recipeStepSchema, stepParamsSchema } from './recipes';
import { solgelResultSchema } from './solgel';

export const balanceResolutionSchema = z.enum(Object.keys(BALANCE_RESOLUTIONS) as ['0.1mg', '1mg', '0.01g']);

export const batchScaleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('factor'), factor: positiveNumber('x') }),
  z.object({ kind: z.literal('oxide_g'), g: positiveNumber('g of oxide') }),
  z.object({ kind: z.literal('composite_g'), g: positiveNumber('g of composite') }),
]);

export const startBatchSchema = z
  .object({
    recipeVersionId: recordIdSchema,
    scale: batchScaleSchema.default({ kind: 'factor', factor: 1 }),
    balanceResolution: balanceResolutionSchema.default('0.01g'),
    massTolerancePct: z.number().positive('must be above 0 %').max(50, 'at most 50 %').default(2),
  })
  .strict();

export const batchIngredientSchema = z.object({
  id: z.number().int(),
  position: z.number().int(),
  key: z.string(),
  name: z.string(),
  materialName: z.string().nullable(),
  /** Null when the recipe gives no amount to weigh (a mol% or wt% of a mixture). */
  plannedAmount: z.number().nullable(),
  plannedUnit: quantityUnitSchema,
  actualAmount: z.number().nullable(),
  actualUnit: quantityUnitSchema.nullable(),
  lotId: z.number().int().nullable(),
  lotNumber: z.string().nullable(),
  /** (actual - planned) / planned in %, when the two units convert; null before it is recorded. */
  deviationPct: z.number().nullable(),
  /** True when the deviation is beyond the batch's tolerance (2 % for masses by default). */
  outsideTolerance: z.boolean(),
  deviationReason: z.string().nullable(),
  recordedAt: z.string().nullable(),
});
export type BatchIngredient = z.infer<typeof batchIngredientSchema>;

export const batchStepSchema = z.object({
  id: z.number().int(),
  position: z.number().int(),
  step: recipeStepSchema,
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  actual: stepParamsSchema,
  notes: z.string().nullable(),
});
export type BatchStep = z.infer<typeof batchStepSchema>;

export const batchStatusSchema = z.enum(['in_progress', 'finished', 'abandoned']);

export const batchSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  recipeId: z.number().int(),
  recipeName: z.string(),
  recipeVersionId: z.number().int(),
  recipeVersion: z.number().int(),
  productMaterialName: z.string(),
  scaleFactor: z.number(),
  balanceResolution: balanceResolutionSchema,
  massTolerancePct: z.number(),
  status: batchStatusSchema,
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  productLotId: z.number().int().nullable(),
  productLotNumber: z.string().nullable(),
  yieldG: z.number().nullable(),
  abandonReason: z.string().nullable(),
  observations: z.string().nullable(),
  ingredients: z.array(batchIngredientSchema),
  steps: z.array(batchStepSchema),
  /** The gel calculator on the planned amounts, and on the actual ones once all are recorded. */
  planned: solgelResultSchema.nullable(),
  actual: solgelResultSchema.nullable(),
});
export type Batch = z.infer<typeof batchSchema>;

export const batchListItemSchema = batchSchema.pick({ id: true, code: true, recipeId: true, recipeName: true, recipeVersion: true, status: true, startedAt: true, finishedAt: true, productLotId: true, yieldG: true });

export const recordBatchIngredientSchema = z
  .object({
    id: recordIdSchema,
    // The unit is the next field, so the message names none ("Actual amount must be above 0").
    actualAmount: z.number({ error: 'a number' }).finite('a number').positive('must be above 0'),
    actualUnit: quantityUnitSchema,
    /** The lot it was taken from; its stock goes down by the actual amount. */
    lotId: recordIdSchema.nullable().default(null),
    deviationReason: optionalText(500).default(null),
  })
  .strict();

export const recordBatchStepSchema = z
  .object({
    id: recordIdSchema,
    startedAt: z.string().datetime({ offset: true, message: 'a date and time' }).nullable().optional(),
    endedAt: z.string().datetime({ offset: true, message: 'a date and time' }).nullable().optional(),
    actual: stepParamsSchema.optional(),
    notes: optionalText(2000).optional(),
  })
  .strict();

export const finishBatchSchema = z
  .object({
    batchId: recordIdSchema,
    /** The dry product weighed at the end. */
    yieldG: positiveNumber('g'),
    lotNumber: optionalText(100).default(null),
    locationPath: locationPathSchema.nullable().default(null),
    expiresOn: isoDateSchema.nullable().default(null),
    mediumLossG: positiveNumber('g').nullable().default(null),
    tgaOxideWtPct: z.number().gt(0).lte(100).nullable().default(null),
    observations: optionalText(5000).default(null),
  })
  .strict();

export const abandonBatchSchema = z.object({ batchId: recordIdSchema, reason: requiredText(500, 'say why the batch was abandoned') }).strict();
