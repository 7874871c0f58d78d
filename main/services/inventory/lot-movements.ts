// Taking material from a lot, and correcting a lot's stock with a reason. The remaining amount
// is never typed in: it is the lot's quantity minus uses plus adjustments (LOT_SELECT in lot-rows.ts).
import type { z } from 'zod';
import { CellbookError } from '../../../shared/api-error';
import type { LotMovement, recordLotAdjustmentSchema, recordLotUseSchema } from '../../../shared/schemas/lots';
import { convertQuantity, type QuantityUnit } from '../../../shared/units';
import { formatQuantity } from '../../../shared/format/quantity';
import { archiveRecord, insertRecord } from '../../db/records';
import type { ServiceContext } from '../context';
import { getLot } from './lots';
import { getMaterial } from './materials';

/** Relative slack for floating-point sums: taking "all 25 g" of a 25 g lot must not fail. */
const ROUNDING_SLACK = 1e-9;

interface MovementRow {
  id: number;
  lot_id: number;
  kind: 'use' | 'adjustment';
  amount_in_lot_unit: number;
  entered_amount: number;
  entered_unit: QuantityUnit;
  reason: string | null;
  used_by_table: string | null;
  used_by_id: string | null;
  occurred_at: string;
  created_at: string;
  archived_at: string | null;
}

export function listLotMovements(ctx: ServiceContext, lotId: number): LotMovement[] {
  const rows = ctx.notebook.db.prepare('SELECT * FROM lot_movements WHERE lot_id = ? ORDER BY occurred_at DESC, id DESC').all(lotId) as MovementRow[];
  return rows.map((row) => ({
    id: row.id,
    lotId: row.lot_id,
    kind: row.kind,
    amountInLotUnit: row.amount_in_lot_unit,
    enteredAmount: row.entered_amount,
    enteredUnit: row.entered_unit,
    reason: row.reason,
    usedByTable: row.used_by_table,
    usedById: row.used_by_id,
    occurredAt: row.occurred_at,
    createdAt: row.created_at,
    archivedAt: row.archived_at,
  }));
}

/** The entered amount in the lot's unit, or a sentence saying why it cannot be converted. */
function inLotUnit(ctx: ServiceContext, lotId: number, amount: number, unit: QuantityUnit) {
  const lot = getLot(ctx, lotId);
  if (lot.archivedAt) throw new CellbookError('refused', `lot ${lot.lotNumber} of ${lot.materialName} is archived; restore it first`);
  const material = getMaterial(ctx, lot.materialId);
  const converted = convertQuantity(amount, unit, lot.unit, material.densityGCm3);
  if (!converted.ok) {
    throw new CellbookError('validation', `unit: lot ${lot.lotNumber} is counted in ${lot.unit}; ${converted.reason}`, [{ field: 'unit', message: converted.reason }]);
  }
  return { lot, amountInLotUnit: converted.value };
}

export interface LotUse {
  lotId: number;
  amount: number;
  unit: QuantityUnit;
  purpose: string | null;
  /** The record that used it (a batch, a build), once those exist. */
  usedBy?: { table: string; id: string };
}

/**
 * Records that `amount` was taken from a lot; refused, with the numbers, if it is not there.
 * Returns the new movement's id.
 */
export function consumeFromLot(ctx: ServiceContext, use: LotUse): number {
  const movementId = ctx.notebook.db.transaction(() => {
    const { lot, amountInLotUnit } = inLotUnit(ctx, use.lotId, use.amount, use.unit);
    if (amountInLotUnit > lot.remaining * (1 + ROUNDING_SLACK) + ROUNDING_SLACK) {
      const needed = formatQuantity(amountInLotUnit, lot.unit);
      throw new CellbookError(
        'conflict',
        `lot ${lot.lotNumber} of ${lot.materialName} has ${formatQuantity(lot.remaining, lot.unit)} left; this use needs ${needed}. If the bottle holds more than recorded, record an adjustment with a reason first.`,
        [{ field: 'amount', message: `only ${formatQuantity(lot.remaining, lot.unit)} left` }],
      );
    }
    return insertRecord(ctx.writer, 'lot_movements', {
      lot_id: lot.id,
      kind: 'use',
      amount_in_lot_unit: amountInLotUnit,
      entered_amount: use.amount,
      entered_unit: use.unit,
      reason: use.purpose,
      used_by_table: use.usedBy?.table ?? null,
      used_by_id: use.usedBy?.id ?? null,
      occurred_at: ctx.writer.now().toISOString(),
    });
  })();
  ctx.emit({ type: 'changed', tables: ['lots', 'lot_movements'] });
  return Number(movementId);
}

export function recordLotUse(ctx: ServiceContext, input: z.output<typeof recordLotUseSchema>): LotMovement[] {
  consumeFromLot(ctx, { lotId: input.lotId, amount: input.amount, unit: input.unit, purpose: input.purpose });
  return listLotMovements(ctx, input.lotId);
}

export function recordLotAdjustment(ctx: ServiceContext, input: z.output<typeof recordLotAdjustmentSchema>): LotMovement[] {
  ctx.notebook.db.transaction(() => {
    const { lot, amountInLotUnit } = inLotUnit(ctx, input.lotId, Math.abs(input.amount), input.unit);
    const signed = Math.sign(input.amount) * amountInLotUnit;
    if (lot.remaining + signed < -ROUNDING_SLACK) {
      throw new CellbookError(
        'conflict',
        `lot ${lot.lotNumber} has ${formatQuantity(lot.remaining, lot.unit)} left; an adjustment of ${formatQuantity(signed, lot.unit)} would leave ${formatQuantity(lot.remaining + signed, lot.unit)}`,
        [{ field: 'amount', message: 'would leave less than nothing' }],
      );
    }
    insertRecord(ctx.writer, 'lot_movements', {
      lot_id: lot.id,
      kind: 'adjustment',
      amount_in_lot_unit: signed,
      entered_amount: input.amount,
      entered_unit: input.unit,
      reason: input.reason,
      occurred_at: ctx.writer.now().toISOString(),
    });
  })();
  ctx.emit({ type: 'changed', tables: ['lots', 'lot_movements'] });
  return listLotMovements(ctx, input.lotId);
}

/** Undoes a recorded use or adjustment (archived, so the record of the mistake stays). */
export function archiveLotMovement(ctx: ServiceContext, movementId: number): LotMovement[] {
  const row = ctx.notebook.db.prepare('SELECT lot_id FROM lot_movements WHERE id = ?').get(movementId) as { lot_id: number } | undefined;
  if (!row) throw new CellbookError('not_found', `lot movement ${movementId} does not exist`);
  ctx.notebook.db.transaction(() => {
    archiveRecord(ctx.writer, 'lot_movements', movementId);
    // Undoing an adjustment can leave less than was since used: refuse that.
    const lot = getLot(ctx, row.lot_id);
    if (lot.remaining < -ROUNDING_SLACK) {
      throw new CellbookError('conflict', `undoing this would leave ${formatQuantity(lot.remaining, lot.unit)} in lot ${lot.lotNumber}; undo the later uses first`);
    }
  })();
  ctx.emit({ type: 'changed', tables: ['lots', 'lot_movements'] });
  return listLotMovements(ctx, row.lot_id);
}
