// Which tests a comparison is about: the active tests of the chosen builds' cells (builds in the
// order chosen, cells by label), then tests chosen one by one; none chosen = every active build
// that has a test on one of its cells.
import { CellbookError } from '../../../shared/api-error';
import type { CyclingTestRow } from '../../../shared/schemas/cycling';
import type { ComparisonSelection } from '../../../shared/schemas/plots';
import type { ServiceContext } from '../context';
import { listCyclingTests } from '../cycling/cycling-tests';

export interface ComparedTest extends CyclingTestRow {
  cellId: number;
  cellLabel: string;
  buildId: number;
  buildName: string;
}

const byLabel = (a: CyclingTestRow, b: CyclingTestRow) => (a.cellLabel ?? '').localeCompare(b.cellLabel ?? '', undefined, { numeric: true }) || a.id - b.id;

/** Active builds with at least one active test on an active cell, oldest first. */
export function buildsWithTests(ctx: ServiceContext): number[] {
  const rows = ctx.notebook.db
    .prepare(
      `SELECT DISTINCT b.id FROM builds b JOIN cells c ON c.build_id = b.id JOIN cycling_tests t ON t.cell_id = c.id
       WHERE b.archived_at IS NULL AND t.archived_at IS NULL ORDER BY b.id`,
    )
    .all() as Array<{ id: number }>;
  return rows.map((row) => row.id);
}

function requireBuild(ctx: ServiceContext, id: number): void {
  if (!ctx.notebook.db.prepare('SELECT 1 FROM builds WHERE id = ?').get(id)) throw new CellbookError('not_found', `build ${id} does not exist`);
}

export function selectTests(ctx: ServiceContext, selection: ComparisonSelection): ComparedTest[] {
  const buildIds = selection.buildIds.length === 0 && selection.testIds.length === 0 ? buildsWithTests(ctx) : selection.buildIds;
  const chosen: CyclingTestRow[] = [];
  for (const buildId of new Set(buildIds)) {
    requireBuild(ctx, buildId);
    chosen.push(...listCyclingTests(ctx, { buildId, unassignedOnly: false, includeArchived: false }).sort(byLabel));
  }
  if (selection.testIds.length > 0) {
    const all = new Map(listCyclingTests(ctx, { unassignedOnly: false, includeArchived: true }).map((row) => [row.id, row]));
    for (const id of selection.testIds) {
      const row = all.get(id);
      if (!row) throw new CellbookError('not_found', `cycling test ${id} does not exist`);
      if (!chosen.some((known) => known.id === id)) chosen.push(row);
    }
  }
  return chosen.map((row) => ({
    ...row,
    cellId: row.cellId ?? 0,
    cellLabel: row.cellLabel ?? 'not attached',
    buildId: row.buildId ?? 0,
    buildName: row.buildName ?? 'no build',
  }));
}
