// Which cell of a build an import goes to when the user names the build only: the named cell, else
// the first cell without a cycling test, else a new cell (made in the import's own transaction).
import { CellbookError } from '../../../shared/api-error';
import type { ServiceContext } from '../context';

export type ImportTarget = { cellId: number; label: string } | { newCellOfBuildId: number; buildName: string };

export function cellForImport(ctx: ServiceContext, buildName: string, cellLabel: string | null): ImportTarget {
  const db = ctx.notebook.db;
  const build = db.prepare('SELECT id, name FROM builds WHERE name = ? COLLATE NOCASE AND archived_at IS NULL').get(buildName) as { id: number; name: string } | undefined;
  if (!build) throw new CellbookError('not_found', `no build named "${buildName}" (see: cellbook builds)`);
  const cells = db.prepare('SELECT id, label FROM cells WHERE build_id = ? AND archived_at IS NULL ORDER BY id').all(build.id) as Array<{ id: number; label: string }>;
  if (cellLabel !== null) {
    const cell = cells.find((candidate) => candidate.label === cellLabel);
    if (!cell) throw new CellbookError('not_found', `build "${build.name}" has no cell ${cellLabel} (it has ${cells.map((candidate) => candidate.label).join(', ') || 'none'})`);
    return { cellId: cell.id, label: cell.label };
  }
  const tested = new Set((db.prepare('SELECT cell_id FROM cycling_tests WHERE archived_at IS NULL AND cell_id IS NOT NULL').all() as Array<{ cell_id: number }>).map((row) => row.cell_id));
  const free = cells.find((cell) => !tested.has(cell.id));
  return free ? { cellId: free.id, label: free.label } : { newCellOfBuildId: build.id, buildName: build.name };
}

/** A cell that may take a dataset: it exists, and neither it nor its build is archived. */
export function requireCell(ctx: ServiceContext, cellId: number): { label: string; buildName: string } {
  const cell = ctx.notebook.db
    .prepare('SELECT c.label, c.archived_at, b.name AS build_name, b.archived_at AS build_archived_at FROM cells c JOIN builds b ON b.id = c.build_id WHERE c.id = ?')
    .get(cellId) as { label: string; archived_at: string | null; build_name: string; build_archived_at: string | null } | undefined;
  if (!cell) throw new CellbookError('not_found', `cell ${cellId} does not exist`);
  if (cell.archived_at) throw new CellbookError('refused', `cell ${cell.label} of "${cell.build_name}" is archived`);
  if (cell.build_archived_at) throw new CellbookError('refused', `build "${cell.build_name}" is archived (restore it to add cycling data to its cell ${cell.label})`);
  return { label: cell.label, buildName: cell.build_name };
}
