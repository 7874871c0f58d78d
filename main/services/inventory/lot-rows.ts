// The lots table joined with its balance, material and place, and its mapping to the contract.
import { localIsoDate } from '../../../shared/dates';
import { lotWarnings } from '../../../shared/materials/lot-warnings';
import type { Lot } from '../../../shared/schemas/lots';
import type { QuantityUnit } from '../../../shared/units';

export interface LotRow {
  id: number;
  material_id: number;
  material_name: string;
  hygroscopic_warn_days: number | null;
  lot_number: string;
  supplier: string | null;
  made_in_house: number;
  source_batch_id: number | null;
  received_on: string | null;
  opened_on: string | null;
  expires_on: string | null;
  quantity: number;
  unit: QuantityUnit;
  remaining: number;
  used: number;
  low_stock_threshold: number | null;
  location_id: number | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

/**
 * SELECT list and joins shared by every lot query. Remaining = quantity - uses + adjustments,
 * over the movements not undone; correlated subqueries use the lot_movements_by_lot index, so
 * reading one lot costs its own movements, not the whole inventory's.
 */
export const LOT_SELECT = `
  SELECT lots.*, materials.name AS material_name, materials.hygroscopic_warn_days,
    lots.quantity + (SELECT ifnull(sum(CASE kind WHEN 'use' THEN -amount_in_lot_unit ELSE amount_in_lot_unit END), 0)
                     FROM lot_movements WHERE lot_id = lots.id AND archived_at IS NULL) AS remaining,
    (SELECT ifnull(sum(amount_in_lot_unit), 0) FROM lot_movements WHERE lot_id = lots.id AND kind = 'use' AND archived_at IS NULL) AS used
  FROM lots
  JOIN materials ON materials.id = lots.material_id`;

export function toLot(row: LotRow, locationPath: string | null, now: Date): Lot {
  return {
    id: row.id,
    materialId: row.material_id,
    materialName: row.material_name,
    lotNumber: row.lot_number,
    supplier: row.supplier,
    madeInHouse: row.made_in_house === 1,
    sourceBatchId: row.source_batch_id,
    receivedOn: row.received_on,
    openedOn: row.opened_on,
    expiresOn: row.expires_on,
    quantity: row.quantity,
    unit: row.unit,
    remaining: row.remaining,
    used: row.used,
    lowStockThreshold: row.low_stock_threshold,
    locationId: row.location_id,
    locationPath,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
    // Archived lots are out of stock by decision; their state needs no attention.
    warnings:
      row.archived_at !== null
        ? []
        : lotWarnings(
            {
              remaining: row.remaining,
              unit: row.unit,
              lowStockThreshold: row.low_stock_threshold,
              expiresOn: row.expires_on,
              openedOn: row.opened_on,
              hygroscopicWarnDays: row.hygroscopic_warn_days,
            },
            localIsoDate(now),
          ),
  };
}
