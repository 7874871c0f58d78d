// The materials list with what a researcher scans for: how many lots, how much is left (per
// unit), where it is, and how many lots need attention. Aggregated in one pass over the lots.
import type { z } from 'zod';
import type { MaterialListItem, materialListQuerySchema } from '../../../shared/schemas/materials';
import type { QuantityUnit } from '../../../shared/units';
import { queryAll } from '../../db/query';
import { sql, SqlFragment, sqlJoin } from '../../db/sql';
import type { ServiceContext } from '../context';
import { locationPaths, locationSubtree } from './locations';
import { LOT_SELECT, toLot, type LotRow } from './lot-rows';

type ListRow = Pick<MaterialListItem, 'id' | 'name' | 'kind' | 'formula' | 'supplier' | 'storage'> & {
  molar_mass_g_mol: number | null;
  archived_at: string | null;
};

export function listMaterialSummaries(ctx: ServiceContext, query: z.output<typeof materialListQuerySchema>): MaterialListItem[] {
  const { db } = ctx.notebook;
  const conditions: SqlFragment[] = [];
  if (query.status === 'active') conditions.push(sql`archived_at IS NULL`);
  if (query.status === 'archived') conditions.push(sql`archived_at IS NOT NULL`);
  if (query.kind) conditions.push(sql`kind = ${query.kind}`);
  const where = conditions.length ? sql`WHERE ${sqlJoin(conditions, ' AND ')}` : new SqlFragment('', []);
  const materials = queryAll<ListRow>(db, sql`SELECT id, name, kind, formula, molar_mass_g_mol, supplier, storage, archived_at FROM materials ${where} ORDER BY name COLLATE NOCASE`);

  const paths = locationPaths(db);
  const inLocation = query.locationId ? locationSubtree(db, query.locationId) : null;
  const now = ctx.writer.now();
  const lotsByMaterial = new Map<number, LotRow[]>();
  for (const lot of db.prepare(`${LOT_SELECT} WHERE lots.archived_at IS NULL`).all() as LotRow[]) {
    const list = lotsByMaterial.get(lot.material_id) ?? [];
    list.push(lot);
    lotsByMaterial.set(lot.material_id, list);
  }

  const items: MaterialListItem[] = [];
  for (const material of materials) {
    const lots = lotsByMaterial.get(material.id) ?? [];
    if (inLocation && !lots.some((lot) => lot.location_id !== null && inLocation.has(lot.location_id))) continue;
    const stock = new Map<QuantityUnit, { remaining: number; lots: number }>();
    const places = new Set<string>();
    let warningCount = 0;
    for (const row of lots) {
      const entry = stock.get(row.unit) ?? { remaining: 0, lots: 0 };
      entry.remaining += row.remaining;
      entry.lots += 1;
      stock.set(row.unit, entry);
      if (row.location_id !== null) places.add(paths.get(row.location_id) ?? '');
      warningCount += toLot(row, null, now).warnings.length;
    }
    items.push({
      id: material.id,
      name: material.name,
      kind: material.kind,
      formula: material.formula,
      molarMassGMol: material.molar_mass_g_mol,
      supplier: material.supplier,
      storage: material.storage,
      archivedAt: material.archived_at,
      lotCount: lots.length,
      stock: [...stock.entries()].map(([unit, entry]) => ({ unit, ...entry })),
      locations: [...places].sort(),
      warningCount,
    });
  }
  return items;
}
