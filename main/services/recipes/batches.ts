// Batches: what was actually done when following a recipe version. Recording an amount taken
// from a lot takes it off that lot; re-recording replaces the earlier take in one transaction.
// Finishing makes a lot of the product with the yield and the composition from the actuals.
import type { z } from 'zod';
import { CellbookError } from '../../../shared/api-error';
import { missingDeviationReason } from '../../../shared/chemistry/deviation';
import { localIsoDate } from '../../../shared/dates';
import type { abandonBatchSchema, Batch, finishBatchSchema, recordBatchIngredientSchema, recordBatchStepSchema, startBatchSchema } from '../../../shared/schemas/batches';
import { createLotSchema } from '../../../shared/schemas/lots';
import { materialFieldsSchema } from '../../../shared/schemas/materials';
import { archiveRecord, insertRecord, updateRecord } from '../../db/records';
import type { ServiceContext } from '../context';
import { consumeFromLot } from '../inventory/lot-movements';
import { createLot, getLot } from '../inventory/lots';
import { createMaterial } from '../inventory/materials';
import { planIngredients, scaleFactor } from './batch-plan';
import { BATCH_SELECT, getBatch, ingredientRows } from './batch-rows';
import { describeComposition } from './batch-summary';
import { parseRecipeContent } from './recipes';

export { getBatch };

/** 2026-11-27-A, -B, ...: the day's batches in order, as labs label their vials. */
function nextBatchCode(ctx: ServiceContext): string {
  const day = localIsoDate(ctx.writer.now());
  const taken = new Set((ctx.notebook.db.prepare('SELECT code FROM batches WHERE code LIKE ?').all(`${day}-%`) as Array<{ code: string }>).map((row) => row.code));
  for (let index = 0; ; index += 1) {
    let letters = '';
    let n = index;
    do {
      letters = String.fromCharCode(65 + (n % 26)) + letters;
      n = Math.floor(n / 26) - 1;
    } while (n >= 0);
    const code = `${day}-${letters}`;
    if (!taken.has(code)) return code;
  }
}

export function startBatch(ctx: ServiceContext, input: z.output<typeof startBatchSchema>): Batch {
  const id = ctx.notebook.db.transaction(() => {
    const version = ctx.notebook.db
      .prepare('SELECT recipe_versions.content_json, recipes.archived_at, recipes.name FROM recipe_versions JOIN recipes ON recipes.id = recipe_versions.recipe_id WHERE recipe_versions.id = ?')
      .get(input.recipeVersionId) as { content_json: string; archived_at: string | null; name: string } | undefined;
    if (!version) throw new CellbookError('not_found', `recipe version ${input.recipeVersionId} does not exist`);
    if (version.archived_at) throw new CellbookError('refused', `recipe "${version.name}" is archived; restore it to start a batch`);
    const content = parseRecipeContent(version.content_json);
    const factor = scaleFactor(content, input.scale);
    if (typeof factor !== 'number') throw new CellbookError('validation', `scale: ${factor.error}`, [{ field: 'scale', message: factor.error }]);
    const batchId = Number(
      insertRecord(ctx.writer, 'batches', {
        code: nextBatchCode(ctx),
        recipe_version_id: input.recipeVersionId,
        scale_factor: factor,
        balance_resolution: input.balanceResolution,
        mass_tolerance_pct: input.massTolerancePct,
        status: 'in_progress',
        started_at: ctx.writer.now().toISOString(),
      }),
    );
    planIngredients(content, factor, input.balanceResolution).forEach((ingredient, position) =>
      insertRecord(ctx.writer, 'batch_ingredients', {
        batch_id: batchId,
        position,
        ingredient_key: ingredient.key,
        name: ingredient.name,
        material_name: ingredient.materialName,
        planned_amount: ingredient.plannedAmount,
        planned_unit: ingredient.plannedUnit,
      }),
    );
    content.steps.forEach((step, position) => insertRecord(ctx.writer, 'batch_steps', { batch_id: batchId, position, step_json: JSON.stringify(step) }));
    return batchId;
  })();
  ctx.emit({ type: 'changed', tables: ['batches'] });
  return getBatch(ctx, id);
}

export function listBatches(ctx: ServiceContext, recipeId?: number) {
  const rows = ctx.notebook.db
    .prepare(`${BATCH_SELECT} ${recipeId ? 'WHERE recipes.id = ?' : ''} ORDER BY batches.started_at DESC, batches.id DESC`)
    .all(...(recipeId ? [recipeId] : [])) as Array<Record<string, unknown>>;
  return rows.map((row) => ({
    id: row.id as number,
    code: row.code as string,
    recipeId: row.recipe_id as number,
    recipeName: row.recipe_name as string,
    recipeVersion: row.version as number,
    status: row.status as Batch['status'],
    startedAt: row.started_at as string,
    finishedAt: row.finished_at as string | null,
    productLotId: row.product_lot_id as number | null,
    yieldG: row.yield_g as number | null,
  }));
}

function requireOpenBatch(ctx: ServiceContext, batchId: number): Batch {
  const batch = getBatch(ctx, batchId);
  if (batch.status !== 'in_progress') throw new CellbookError('refused', `batch ${batch.code} is ${batch.status.replace('_', ' ')}; its record is closed`);
  return batch;
}

/** Beyond the batch's tolerance, the record must say why before it is recorded. */
function assertDeviationExplained(ctx: ServiceContext, batch: Batch, input: z.output<typeof recordBatchIngredientSchema>): void {
  const planned = ingredientRows(ctx, batch.id).find((candidate) => candidate.id === input.id);
  if (!planned) return;
  const density = input.lotId === null ? planned.density_g_cm3 : (ctx.notebook.db.prepare('SELECT materials.density_g_cm3 AS density FROM lots JOIN materials ON materials.id = lots.material_id WHERE lots.id = ?').get(input.lotId) as { density: number | null } | undefined)?.density;
  const taken = { plannedAmount: planned.planned_amount, plannedUnit: planned.planned_unit, actualAmount: input.actualAmount, actualUnit: input.actualUnit, densityGCm3: density ?? null };
  const problem = missingDeviationReason(taken, batch.massTolerancePct, input.deviationReason);
  if (problem) throw new CellbookError('validation', `Deviation reason: ${problem}`, [{ field: 'deviationReason', message: problem }]);
}

export function recordBatchIngredient(ctx: ServiceContext, input: z.output<typeof recordBatchIngredientSchema>): Batch {
  const row = ctx.notebook.db.prepare('SELECT * FROM batch_ingredients WHERE id = ?').get(input.id) as { batch_id: number; lot_movement_id: number | null; material_name: string | null; name: string } | undefined;
  if (!row) throw new CellbookError('not_found', `batch ingredient ${input.id} does not exist`);
  ctx.notebook.db.transaction(() => {
    const batch = requireOpenBatch(ctx, row.batch_id);
    // Re-recording replaces the earlier take: it is undone (archived), then the new one recorded.
    if (row.lot_movement_id !== null) archiveRecord(ctx.writer, 'lot_movements', row.lot_movement_id);
    let movementId: number | null = null;
    if (input.lotId !== null) {
      const lot = getLot(ctx, input.lotId);
      const named = row.material_name === null ? undefined : ctx.notebook.db.prepare('SELECT id FROM materials WHERE name = ? COLLATE NOCASE AND archived_at IS NULL').get(row.material_name);
      if (named && lot.materialName.toLowerCase() !== (row.material_name ?? '').toLowerCase()) {
        throw new CellbookError('validation', `Lot: lot ${lot.lotNumber} is ${lot.materialName}, but ${row.name} comes from ${row.material_name}`, [{ field: 'lotId', message: `a lot of ${row.material_name}` }]);
      }
      movementId = consumeFromLot(ctx, { lotId: input.lotId, amount: input.actualAmount, unit: input.actualUnit, purpose: `batch ${batch.code}: ${row.name}`, usedBy: { table: 'batches', id: String(batch.id) } });
    }
    // After the lot's own checks (wrong material, not enough left), which say more; one transaction.
    assertDeviationExplained(ctx, batch, input);
    updateRecord(ctx.writer, 'batch_ingredients', input.id, {
      actual_amount: input.actualAmount,
      actual_unit: input.actualUnit,
      lot_id: input.lotId,
      lot_movement_id: movementId,
      deviation_reason: input.deviationReason,
      recorded_at: ctx.writer.now().toISOString(),
    });
  })();
  ctx.emit({ type: 'changed', tables: ['batches', 'lots'] });
  return getBatch(ctx, row.batch_id);
}

export function recordBatchStep(ctx: ServiceContext, input: z.output<typeof recordBatchStepSchema>): Batch {
  const row = ctx.notebook.db.prepare('SELECT batch_id, actual_json FROM batch_steps WHERE id = ?').get(input.id) as { batch_id: number; actual_json: string | null } | undefined;
  if (!row) throw new CellbookError('not_found', `batch step ${input.id} does not exist`);
  ctx.notebook.db.transaction(() => {
    requireOpenBatch(ctx, row.batch_id);
    const changes: Record<string, string | null> = {};
    if (input.startedAt !== undefined) changes.started_at = input.startedAt;
    if (input.endedAt !== undefined) changes.ended_at = input.endedAt;
    if (input.actual !== undefined) changes.actual_json = JSON.stringify({ ...(row.actual_json ? JSON.parse(row.actual_json) : {}), ...input.actual });
    if (input.notes !== undefined) changes.notes = input.notes;
    const started = changes.started_at ?? null;
    const ended = changes.ended_at ?? null;
    if (started && ended && ended < started) throw new CellbookError('validation', 'endedAt: the step cannot end before it started', [{ field: 'endedAt', message: 'before the start' }]);
    updateRecord(ctx.writer, 'batch_steps', input.id, changes);
  })();
  ctx.emit({ type: 'changed', tables: ['batches'] });
  return getBatch(ctx, row.batch_id);
}

export function finishBatch(ctx: ServiceContext, input: z.output<typeof finishBatchSchema>): Batch {
  ctx.notebook.db.transaction(() => {
    const batch = requireOpenBatch(ctx, input.batchId);
    const missing = batch.ingredients.filter((ingredient) => ingredient.actualAmount === null).map((ingredient) => ingredient.name);
    if (missing.length > 0) throw new CellbookError('refused', `record the actual amounts first: ${missing.join(', ')}`);
    const measured = { dryMassG: input.yieldG, mediumLossG: input.mediumLossG, tgaOxideWtPct: input.tgaOxideWtPct };
    updateRecord(ctx.writer, 'batches', batch.id, { measured_json: JSON.stringify(measured) });
    const withActuals = getBatch(ctx, batch.id);
    const recipeKind = (ctx.notebook.db.prepare('SELECT product_kind FROM recipes WHERE id = ?').get(batch.recipeId) as { product_kind: string }).product_kind;
    const existing = ctx.notebook.db.prepare('SELECT id FROM materials WHERE name = ? COLLATE NOCASE AND archived_at IS NULL').get(batch.productMaterialName) as { id: number } | undefined;
    const materialId = existing?.id ?? createMaterial(ctx, materialFieldsSchema.parse({ name: batch.productMaterialName, kind: recipeKind, notes: `Made in-house by recipe "${batch.recipeName}".` }), { emit: false }).id;
    const lot = createLot(
      ctx,
      createLotSchema.parse({
        materialId,
        lotNumber: input.lotNumber ?? `batch ${batch.code}`,
        madeInHouse: true,
        quantity: input.yieldG,
        unit: 'g',
        receivedOn: localIsoDate(ctx.writer.now()),
        expiresOn: input.expiresOn,
        locationPath: input.locationPath,
        notes: `Made by batch ${batch.code} (${batch.recipeName}, version ${batch.recipeVersion}).${withActuals.actual ? ` ${describeComposition(withActuals.actual)}` : ''}`,
      }),
      { emit: false, sourceBatchId: batch.id },
    );
    updateRecord(ctx.writer, 'batches', batch.id, {
      status: 'finished',
      finished_at: ctx.writer.now().toISOString(),
      product_lot_id: lot.id,
      yield_g: input.yieldG,
      observations: input.observations ?? batch.observations,
    });
  })();
  ctx.emit({ type: 'changed', tables: ['batches', 'lots', 'materials'] });
  return getBatch(ctx, input.batchId);
}

export function abandonBatch(ctx: ServiceContext, input: z.output<typeof abandonBatchSchema>): Batch {
  ctx.notebook.db.transaction(() => {
    requireOpenBatch(ctx, input.batchId);
    updateRecord(ctx.writer, 'batches', input.batchId, { status: 'abandoned', finished_at: ctx.writer.now().toISOString(), abandon_reason: input.reason });
  })();
  ctx.emit({ type: 'changed', tables: ['batches'] });
  return getBatch(ctx, input.batchId);
}

export { ingredientRows };
