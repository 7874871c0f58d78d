import { z } from 'zod';
import { materialKindSchema } from './materials';
import { optionalText, recordIdSchema, requiredText } from './fields';
import { solgelInputSchema } from './solgel';

export const STEP_TYPES = ['weigh', 'dissolve', 'mix', 'gel', 'cure', 'dry', 'mill', 'sieve', 'store'] as const;
export const STEP_TYPE_LABELS: Record<(typeof STEP_TYPES)[number], string> = {
  weigh: 'Weigh / measure',
  dissolve: 'Dissolve',
  mix: 'Mix',
  gel: 'Gel',
  cure: 'Cure / age',
  dry: 'Dry',
  mill: 'Mill / grind',
  sieve: 'Sieve',
  store: 'Store',
};

const optionalPositive = (unit: string) => z.number().finite().positive(`must be above 0 ${unit}`).nullable().optional();

/** A step's set points; which matter depends on its type (a dry step has an oven and a temperature). */
export const stepParamsSchema = z
  .object({
    temperatureC: z.number().finite().min(-100, 'at least -100 °C').max(1500, 'at most 1500 °C').nullable().optional(),
    durationMin: optionalPositive('min'),
    oven: z.enum(['convection', 'vacuum']).nullable().optional(),
    atmosphere: optionalText(100).optional(),
    speedRpm: optionalPositive('rpm'),
    meshUm: optionalPositive('µm'),
  })
  .strict();

export const recipeStepSchema = z
  .object({
    type: z.enum(STEP_TYPES),
    title: requiredText(200, 'say what the step does'),
    params: stepParamsSchema.default({}),
    notes: optionalText(2000).default(null),
  })
  .strict();
export type RecipeStep = z.output<typeof recipeStepSchema>;

/** An ingredient as a chemist gives it. */
export const ingredientAmountSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('mass'), g: z.number().positive('must be above 0 g') }),
  z.object({ kind: z.literal('volume'), mL: z.number().positive('must be above 0 mL') }),
  z.object({ kind: z.literal('moles'), mol: z.number().positive('must be above 0 mol') }),
  z.object({ kind: z.literal('molarity'), molPerL: z.number().positive('must be above 0 mol/L'), volumeMl: z.number().positive('must be above 0 mL') }),
  z.object({ kind: z.literal('mol_pct'), pct: z.number().gt(0).lt(100, 'must be below 100 mol%'), of: requiredText(100, 'of which mixture') }),
  z.object({ kind: z.literal('wt_pct'), pct: z.number().gt(0).lt(100, 'must be below 100 wt%'), of: requiredText(100, 'of which mixture') }),
]);

export const recipeIngredientSchema = z
  .object({
    key: z.string().regex(/^[a-z][a-z0-9_]*$/, 'a short key: lower-case letters, digits and _'),
    name: requiredText(200, 'name the ingredient'),
    /** The inventory material its lots are taken from. */
    materialName: optionalText(200).default(null),
    amount: ingredientAmountSchema,
  })
  .strict();

export const recipeContentSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('gel_process'),
      solgel: solgelInputSchema,
      /** Inventory materials the gel's substances are taken from, by ingredient key. */
      materials: z.object({ salt: z.string(), medium: z.string(), precursor: z.string(), acid: z.string() }).strict(),
      steps: z.array(recipeStepSchema).min(1, 'a recipe needs at least one step'),
    })
    .strict(),
  z
    .object({
      kind: z.literal('generic'),
      ingredients: z.array(recipeIngredientSchema).min(1, 'a recipe needs at least one ingredient'),
      steps: z.array(recipeStepSchema).min(1, 'a recipe needs at least one step'),
    })
    .strict(),
]);
export type RecipeContent = z.output<typeof recipeContentSchema>;

export const createRecipeSchema = z
  .object({
    name: requiredText(200, 'name the recipe'),
    productKind: materialKindSchema,
    productMaterialName: requiredText(200, 'name the material a batch makes'),
    description: optionalText(5000).default(null),
    content: recipeContentSchema,
  })
  .strict();

export const saveRecipeVersionSchema = z
  .object({ recipeId: recordIdSchema, content: recipeContentSchema, changeNote: requiredText(500, 'say what changed') })
  .strict();

export const recipeVersionSchema = z.object({
  id: z.number().int(),
  version: z.number().int(),
  content: recipeContentSchema,
  changeNote: z.string().nullable(),
  createdAt: z.string(),
  batchCount: z.number().int(),
});

export const recipeSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  productKind: materialKindSchema,
  productMaterialName: z.string(),
  description: z.string().nullable(),
  isTemplate: z.boolean(),
  archivedAt: z.string().nullable(),
  createdAt: z.string(),
  versions: z.array(recipeVersionSchema),
});
export type Recipe = z.infer<typeof recipeSchema>;

export const recipeListItemSchema = recipeSchema.omit({ versions: true }).extend({ latestVersion: z.number().int(), batchCount: z.number().int() });
