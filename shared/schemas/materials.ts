import { z } from 'zod';
import { casNumberProblem } from '../cas-number';
import { FormulaError, parseFormula } from '../chemistry/formula';
import { MATERIAL_KINDS, STORAGE_CONDITIONS } from '../materials/kinds';
import { QUANTITY_UNITS } from '../units';
import { optionalText, positiveNumber, recordIdSchema, requiredText, tagsSchema } from './fields';

export const materialKindSchema = z.enum(MATERIAL_KINDS, { error: `one of: ${MATERIAL_KINDS.join(', ')}` });
export const storageSchema = z.enum(STORAGE_CONDITIONS, { error: `one of: ${STORAGE_CONDITIONS.join(', ')}` });

/** A formula the parser understands, or empty (composites and foils have none). */
export const formulaSchema = optionalText(200).superRefine((formula, context) => {
  if (formula === null) return;
  try {
    parseFormula(formula);
  } catch (error) {
    context.addIssue({ code: 'custom', message: error instanceof FormulaError ? error.message : String(error) });
  }
});

export const casNumberSchema = optionalText(20).superRefine((cas, context) => {
  const problem = cas === null ? null : casNumberProblem(cas);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});

export const molarMassOverrideSchema = z
  .object({
    valueGMol: positiveNumber('g/mol'),
    reason: requiredText(500, 'say why the mass from the formula does not apply (e.g. "supplier CoA: hydrate")'),
  })
  .strict();

/** Every editable field of a material; optional ones default to empty. */
export const materialFieldsSchema = z
  .object({
    name: requiredText(200, 'enter a name'),
    kind: materialKindSchema,
    formula: formulaSchema.default(null),
    molarMassOverride: molarMassOverrideSchema.nullable().default(null),
    densityGCm3: positiveNumber('g/cm³').nullable().default(null),
    d50Um: positiveNumber('µm').nullable().default(null),
    specificCapacityMAhG: positiveNumber('mAh/g').nullable().default(null),
    coating: optionalText(200).default(null),
    coatingThicknessNm: positiveNumber('nm').nullable().default(null),
    youngsModulusGPa: positiveNumber('GPa').nullable().default(null),
    casNumber: casNumberSchema.default(null),
    supplier: optionalText(200).default(null),
    storage: storageSchema.nullable().default(null),
    hygroscopicWarnDays: z.number().int('whole days').positive('at least 1 day').max(3650, 'at most 3650 days').nullable().default(null),
    hazardNotes: optionalText(2000).default(null),
    notes: optionalText(10000).default(null),
    tags: tagsSchema.default([]),
  })
  .strict();
export type MaterialFields = z.input<typeof materialFieldsSchema>;

export const updateMaterialSchema = z.object({ id: recordIdSchema, changes: materialFieldsSchema.partial() }).strict();

export const materialSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: materialKindSchema,
  formula: z.string().nullable(),
  molarMassGMol: z.number().nullable(),
  /** Where the molar mass comes from: the formula, a user value with a reason, or nowhere. */
  molarMassSource: z.enum(['formula', 'override']).nullable(),
  molarMassOverrideReason: z.string().nullable(),
  densityGCm3: z.number().nullable(),
  d50Um: z.number().nullable(),
  specificCapacityMAhG: z.number().nullable(),
  coating: z.string().nullable(),
  coatingThicknessNm: z.number().nullable(),
  youngsModulusGPa: z.number().nullable(),
  casNumber: z.string().nullable(),
  supplier: z.string().nullable(),
  storage: storageSchema.nullable(),
  hygroscopicWarnDays: z.number().int().nullable(),
  hazardNotes: z.string().nullable(),
  notes: z.string().nullable(),
  tags: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  archivedAt: z.string().nullable(),
});
export type Material = z.infer<typeof materialSchema>;

export const stockByUnitSchema = z.object({ unit: z.enum(QUANTITY_UNITS), remaining: z.number(), lots: z.number().int() });

export const materialListItemSchema = materialSchema.pick({
  id: true,
  name: true,
  kind: true,
  formula: true,
  molarMassGMol: true,
  supplier: true,
  storage: true,
  archivedAt: true,
}).extend({
  lotCount: z.number().int(),
  /** Remaining stock of the active lots, summed per unit (lots in g and in pieces do not add). */
  stock: z.array(stockByUnitSchema),
  locations: z.array(z.string()),
  warningCount: z.number().int(),
});
export type MaterialListItem = z.infer<typeof materialListItemSchema>;

export const materialListQuerySchema = z
  .object({
    status: z.enum(['active', 'archived', 'all']).default('active'),
    kind: materialKindSchema.optional(),
    locationId: recordIdSchema.optional(),
  })
  .strict();
