// Which records an .eln export holds: the chosen builds with everything they use (the lots in
// their layers, those lots' materials, the batches that made in-house lots and the lots those
// batches weighed in, each batch's recipe version, the cycling tests of their cells, their press
// plans), or, with no build chosen, every active record of the notebook.
import type { ServiceContext } from '../context';
import { getBuildDetail } from '../builds/builds';
import { listCyclingTests } from '../cycling/cycling-tests';
import { getLot } from '../inventory/lots';
import { getBatch } from '../recipes/batches';

export interface ElnSelection {
  buildIds: number[];
  lotIds: number[];
  materialIds: number[];
  batchIds: number[];
  /** recipe_versions ids. */
  recipeVersionIds: number[];
  testIds: number[];
}

const sorted = (ids: Set<number>) => [...ids].sort((a, b) => a - b);

function activeIds(ctx: ServiceContext, table: 'builds' | 'lots' | 'materials' | 'batches' | 'cycling_tests'): number[] {
  return (ctx.notebook.db.prepare(`SELECT id FROM ${table} WHERE archived_at IS NULL ORDER BY id`).all() as Array<{ id: number }>).map((row) => row.id);
}

/** The records to export; `buildIds` null means the whole notebook. */
export function selectForEln(ctx: ServiceContext, buildIds: readonly number[] | null): ElnSelection {
  const builds = new Set<number>(buildIds ?? activeIds(ctx, 'builds'));
  const lots = new Set<number>(buildIds ? [] : activeIds(ctx, 'lots'));
  const materials = new Set<number>(buildIds ? [] : activeIds(ctx, 'materials'));
  const batches = new Set<number>(buildIds ? [] : activeIds(ctx, 'batches'));
  const tests = new Set<number>(buildIds ? [] : activeIds(ctx, 'cycling_tests'));
  const versions = new Set<number>(buildIds ? [] : (ctx.notebook.db.prepare('SELECT v.id FROM recipe_versions v JOIN recipes r ON r.id = v.recipe_id WHERE r.archived_at IS NULL ORDER BY v.id').all() as Array<{ id: number }>).map((row) => row.id));

  for (const id of builds) {
    const detail = getBuildDetail(ctx, id);
    for (const component of detail.layers.flatMap((layer) => layer.components)) {
      materials.add(component.materialId);
      if (component.lotId !== null) lots.add(component.lotId);
    }
    for (const row of listCyclingTests(ctx, { buildId: id, includeArchived: false, unassignedOnly: false })) tests.add(row.id);
  }
  // Lots lead to batches and batches to more lots (the ones weighed in), until nothing new appears.
  const seenLots = new Set<number>();
  const seenBatches = new Set<number>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const lotId of [...lots].filter((id) => !seenLots.has(id))) {
      seenLots.add(lotId);
      const lot = getLot(ctx, lotId);
      materials.add(lot.materialId);
      if (lot.sourceBatchId !== null) batches.add(lot.sourceBatchId);
      changed = true;
    }
    for (const batchId of [...batches].filter((id) => !seenBatches.has(id))) {
      seenBatches.add(batchId);
      const batch = getBatch(ctx, batchId);
      versions.add(batch.recipeVersionId);
      if (batch.productLotId !== null) lots.add(batch.productLotId);
      for (const ingredient of batch.ingredients) if (ingredient.lotId !== null) lots.add(ingredient.lotId);
      changed = true;
    }
  }
  return { buildIds: sorted(builds), lotIds: sorted(lots), materialIds: sorted(materials), batchIds: sorted(batches), recipeVersionIds: sorted(versions), testIds: sorted(tests) };
}
