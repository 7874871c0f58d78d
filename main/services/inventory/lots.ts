// Lots: a bottle, bag or roll of a material, with where it is and how much is left.
import type { z } from 'zod';
import { CellbookError } from '../../../shared/api-error';
import { localIsoDate } from '../../../shared/dates';
import type { createLotSchema, Lot, LotMovement, lotFieldsSchema, updateLotSchema } from '../../../shared/schemas/lots';
import { archiveRecord, insertRecord, restoreRecord, updateRecord } from '../../db/records';
import { queryOne } from '../../db/query';
import { sql, type SqlValue } from '../../db/sql';
import type { ServiceContext } from '../context';
import { ensureLocation, locationPaths } from './locations';
import { LOT_SELECT, toLot, type LotRow } from './lot-rows';
import { getMaterial } from './materials';
import { listLotMovements } from './lot-movements';

type LotFields = z.output<typeof lotFieldsSchema>;

export function getLot(ctx: ServiceContext, id: number): Lot {
  const row = ctx.notebook.db.prepare(`${LOT_SELECT} WHERE lots.id = ?`).get(id) as LotRow | undefined;
  if (!row) throw new CellbookError('not_found', `lot ${id} does not exist`);
  const path = row.location_id === null ? null : (locationPaths(ctx.notebook.db).get(row.location_id) ?? null);
  return toLot(row, path, ctx.writer.now());
}

export function getLotDetail(ctx: ServiceContext, id: number): { lot: Lot; movements: LotMovement[] } {
  return { lot: getLot(ctx, id), movements: listLotMovements(ctx, id) };
}

export function listLotsOfMaterial(ctx: ServiceContext, materialId: number, includeArchived: boolean): Lot[] {
  const paths = locationPaths(ctx.notebook.db);
  const now = ctx.writer.now();
  const rows = ctx.notebook.db
    .prepare(`${LOT_SELECT} WHERE lots.material_id = ? ${includeArchived ? '' : 'AND lots.archived_at IS NULL'} ORDER BY lots.received_on IS NULL, lots.received_on, lots.id`)
    .all(materialId) as LotRow[];
  return rows.map((row) => toLot(row, row.location_id === null ? null : (paths.get(row.location_id) ?? null), now));
}

/** Dates a lab cannot have lived yet, and an opening before the arrival, are typing mistakes. */
function checkDates(ctx: ServiceContext, dates: { receivedOn: string | null; openedOn: string | null }): void {
  const today = localIsoDate(ctx.writer.now());
  const issues: Array<{ field: string; message: string }> = [];
  if (dates.receivedOn !== null && dates.receivedOn > today) issues.push({ field: 'receivedOn', message: `${dates.receivedOn} is in the future (today is ${today})` });
  if (dates.openedOn !== null && dates.openedOn > today) issues.push({ field: 'openedOn', message: `${dates.openedOn} is in the future (today is ${today})` });
  if (dates.receivedOn !== null && dates.openedOn !== null && dates.openedOn < dates.receivedOn) {
    issues.push({ field: 'openedOn', message: `opened (${dates.openedOn}) before it was received (${dates.receivedOn})` });
  }
  if (issues.length > 0) throw new CellbookError('validation', issues.map((issue) => `${issue.field}: ${issue.message}`).join('; '), issues);
}

function assertLotNumberFree(ctx: ServiceContext, materialId: number, lotNumber: string, exceptId: number | null): void {
  const clash = queryOne<{ id: number }>(
    ctx.notebook.db,
    sql`SELECT id FROM lots WHERE material_id = ${materialId} AND lot_number = ${lotNumber} COLLATE NOCASE AND id IS NOT ${exceptId}`,
  );
  if (clash) {
    const material = getMaterial(ctx, materialId);
    throw new CellbookError('conflict', `lot number "${lotNumber}" already exists for ${material.name} (lot ${clash.id})`, [{ field: 'lotNumber', message: `already used for ${material.name}` }]);
  }
}

function lotColumns(fields: Partial<LotFields>, ctx: ServiceContext): Record<string, SqlValue> {
  const columns: Record<string, SqlValue> = {};
  if (fields.lotNumber !== undefined) columns.lot_number = fields.lotNumber;
  if (fields.supplier !== undefined) columns.supplier = fields.supplier;
  if (fields.madeInHouse !== undefined) columns.made_in_house = fields.madeInHouse ? 1 : 0;
  if (fields.receivedOn !== undefined) columns.received_on = fields.receivedOn;
  if (fields.openedOn !== undefined) columns.opened_on = fields.openedOn;
  if (fields.expiresOn !== undefined) columns.expires_on = fields.expiresOn;
  if (fields.lowStockThreshold !== undefined) columns.low_stock_threshold = fields.lowStockThreshold;
  if (fields.notes !== undefined) columns.notes = fields.notes;
  if (fields.locationPath !== undefined) columns.location_id = fields.locationPath === null ? null : ensureLocation(ctx, fields.locationPath);
  return columns;
}

export function createLot(ctx: ServiceContext, input: z.output<typeof createLotSchema>, options: { emit?: boolean; sourceBatchId?: number } = {}): Lot {
  const id = ctx.notebook.db.transaction(() => {
    const material = getMaterial(ctx, input.materialId);
    if (material.archivedAt) throw new CellbookError('refused', `material "${material.name}" is archived; restore it before adding lots`);
    checkDates(ctx, input);
    assertLotNumberFree(ctx, input.materialId, input.lotNumber, null);
    return insertRecord(ctx.writer, 'lots', {
      material_id: input.materialId,
      quantity: input.quantity,
      unit: input.unit,
      source_batch_id: options.sourceBatchId ?? null,
      ...lotColumns(input, ctx),
    });
  })();
  if (options.emit !== false) ctx.emit({ type: 'changed', tables: ['lots'] });
  return getLot(ctx, Number(id));
}

export function updateLot(ctx: ServiceContext, input: z.output<typeof updateLotSchema>): Lot {
  ctx.notebook.db.transaction(() => {
    const current = getLot(ctx, input.id);
    if (current.archivedAt) throw new CellbookError('refused', `lot ${current.lotNumber} is archived; restore it before editing`);
    checkDates(ctx, {
      receivedOn: input.changes.receivedOn !== undefined ? input.changes.receivedOn : current.receivedOn,
      openedOn: input.changes.openedOn !== undefined ? input.changes.openedOn : current.openedOn,
    });
    if (input.changes.lotNumber !== undefined) assertLotNumberFree(ctx, current.materialId, input.changes.lotNumber, input.id);
    updateRecord(ctx.writer, 'lots', input.id, lotColumns(input.changes, ctx));
  })();
  ctx.emit({ type: 'changed', tables: ['lots'] });
  return getLot(ctx, input.id);
}

export function setLotArchived(ctx: ServiceContext, id: number, archived: boolean): Lot {
  getLot(ctx, id);
  if (archived) archiveRecord(ctx.writer, 'lots', id);
  else restoreRecord(ctx.writer, 'lots', id);
  ctx.emit({ type: 'changed', tables: ['lots'] });
  return getLot(ctx, id);
}

/** Every active lot with a warning, worst first: expired, used up, low, open too long. */
export function listInventoryWarnings(ctx: ServiceContext) {
  const order = ['expired', 'used_up', 'low_stock', 'open_too_long'];
  const now = ctx.writer.now();
  const lots = ctx.notebook.db.prepare(`${LOT_SELECT} WHERE lots.archived_at IS NULL AND materials.archived_at IS NULL`).all() as LotRow[];
  return lots
    .flatMap((row) => toLot(row, null, now).warnings.map((warning) => ({ ...warning, lotId: row.id, materialId: row.material_id, materialName: row.material_name, lotNumber: row.lot_number })))
    .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.materialName.localeCompare(b.materialName));
}

/** Active lots of the material with this name, for picking what a batch or build takes from. */
export function listLotsForMaterialName(ctx: ServiceContext, materialName: string): Lot[] {
  const material = ctx.notebook.db.prepare('SELECT id FROM materials WHERE name = ? COLLATE NOCASE AND archived_at IS NULL').get(materialName) as { id: number } | undefined;
  return material ? listLotsOfMaterial(ctx, material.id, false) : [];
}
