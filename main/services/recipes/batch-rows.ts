// Batch rows as stored and their mapping to the contract, with deviations and derived numbers.
import { calculateSolgel } from '../../../shared/chemistry/solgel';
import { scaleSolgel } from '../../../shared/chemistry/solgel-scale';
import type { Batch, BatchIngredient, BatchStep } from '../../../shared/schemas/batches';
import { recipeStepSchema, stepParamsSchema } from '../../../shared/schemas/recipes';
import { deviationPercent } from '../../../shared/chemistry/deviation';
import type { QuantityUnit } from '../../../shared/units';
import { CellbookError } from '../../../shared/api-error';
import type { ServiceContext } from '../context';
import { actualSolgelResult } from './batch-derived';
import { parseRecipeContent } from './recipes';

interface BatchRow {
  id: number;
  code: string;
  recipe_version_id: number;
  scale_factor: number;
  balance_resolution: Batch['balanceResolution'];
  mass_tolerance_pct: number;
  status: Batch['status'];
  started_at: string;
  finished_at: string | null;
  product_lot_id: number | null;
  yield_g: number | null;
  measured_json: string | null;
  abandon_reason: string | null;
  observations: string | null;
  recipe_id: number;
  recipe_name: string;
  version: number;
  content_json: string;
  product_material_name: string;
  product_lot_number: string | null;
}

export interface IngredientRow {
  id: number;
  batch_id: number;
  position: number;
  ingredient_key: string;
  name: string;
  material_name: string | null;
  planned_amount: number | null;
  planned_unit: QuantityUnit;
  actual_amount: number | null;
  actual_unit: QuantityUnit | null;
  lot_id: number | null;
  lot_movement_id: number | null;
  deviation_reason: string | null;
  recorded_at: string | null;
  lot_number: string | null;
  density_g_cm3: number | null;
}

interface StepRow {
  id: number;
  position: number;
  step_json: string;
  started_at: string | null;
  ended_at: string | null;
  actual_json: string | null;
  notes: string | null;
}

export const BATCH_SELECT = `
  SELECT batches.*, recipes.id AS recipe_id, recipes.name AS recipe_name, recipes.product_material_name, recipe_versions.version, recipe_versions.content_json,
    lots.lot_number AS product_lot_number
  FROM batches
  JOIN recipe_versions ON recipe_versions.id = batches.recipe_version_id
  JOIN recipes ON recipes.id = recipe_versions.recipe_id
  LEFT JOIN lots ON lots.id = batches.product_lot_id`;

export function ingredientRows(ctx: ServiceContext, batchId: number): IngredientRow[] {
  return ctx.notebook.db
    .prepare(
      `SELECT batch_ingredients.*, lots.lot_number, materials.density_g_cm3
       FROM batch_ingredients
       LEFT JOIN lots ON lots.id = batch_ingredients.lot_id
       LEFT JOIN materials ON materials.id = lots.material_id
       WHERE batch_id = ? ORDER BY position`,
    )
    .all(batchId) as IngredientRow[];
}

/** (actual - planned) / planned in %, comparing in the planned unit. */
export function deviationPct(row: Pick<IngredientRow, 'planned_amount' | 'planned_unit' | 'actual_amount' | 'actual_unit' | 'density_g_cm3'>): number | null {
  if (row.actual_amount === null || row.actual_unit === null) return null;
  return deviationPercent({ plannedAmount: row.planned_amount, plannedUnit: row.planned_unit, actualAmount: row.actual_amount, actualUnit: row.actual_unit, densityGCm3: row.density_g_cm3 });
}

function toIngredient(row: IngredientRow, tolerancePct: number): BatchIngredient {
  const deviation = deviationPct(row);
  return {
    id: row.id,
    position: row.position,
    key: row.ingredient_key,
    name: row.name,
    materialName: row.material_name,
    plannedAmount: row.planned_amount,
    plannedUnit: row.planned_unit,
    actualAmount: row.actual_amount,
    actualUnit: row.actual_unit,
    lotId: row.lot_id,
    lotNumber: row.lot_number,
    deviationPct: deviation,
    outsideTolerance: deviation !== null && Math.abs(deviation) > tolerancePct,
    deviationReason: row.deviation_reason,
    recordedAt: row.recorded_at,
  };
}

function toStep(row: StepRow): BatchStep {
  return {
    id: row.id,
    position: row.position,
    step: recipeStepSchema.parse(JSON.parse(row.step_json)),
    startedAt: row.started_at,
    endedAt: row.ended_at,
    actual: stepParamsSchema.parse(row.actual_json ? JSON.parse(row.actual_json) : {}),
    notes: row.notes,
  };
}

export function getBatch(ctx: ServiceContext, id: number): Batch {
  const row = ctx.notebook.db.prepare(`${BATCH_SELECT} WHERE batches.id = ?`).get(id) as BatchRow | undefined;
  if (!row) throw new CellbookError('not_found', `batch ${id} does not exist`);
  const content = parseRecipeContent(row.content_json);
  const ingredients = ingredientRows(ctx, id);
  const steps = ctx.notebook.db.prepare('SELECT * FROM batch_steps WHERE batch_id = ? ORDER BY position').all(id) as StepRow[];
  const measured = row.measured_json ? (JSON.parse(row.measured_json) as { dryMassG?: number | null; mediumLossG?: number | null; tgaOxideWtPct?: number | null }) : null;
  const plannedInput = content.kind === 'gel_process' ? scaleSolgel(content.solgel, row.scale_factor) : null;
  return {
    id: row.id,
    code: row.code,
    recipeId: row.recipe_id,
    recipeName: row.recipe_name,
    recipeVersionId: row.recipe_version_id,
    recipeVersion: row.version,
    productMaterialName: row.product_material_name,
    scaleFactor: row.scale_factor,
    balanceResolution: row.balance_resolution,
    massTolerancePct: row.mass_tolerance_pct,
    status: row.status,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    productLotId: row.product_lot_id,
    productLotNumber: row.product_lot_number,
    yieldG: row.yield_g,
    abandonReason: row.abandon_reason,
    observations: row.observations,
    ingredients: ingredients.map((ingredient) => toIngredient(ingredient, row.mass_tolerance_pct)),
    steps: steps.map(toStep),
    planned: plannedInput ? calculateSolgel(plannedInput) : null,
    actual: plannedInput
      ? actualSolgelResult(
          plannedInput,
          ingredients.map((ingredient) => ({ key: ingredient.ingredient_key, amount: ingredient.actual_amount, unit: ingredient.actual_unit })),
          measured,
        )
      : null,
  };
}
