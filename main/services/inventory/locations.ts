// Nested storage places: room > glovebox > shelf. A lot names its place by path; missing levels
// are created on the way, so "Room 101 > Glovebox B" just works the first time it is typed.
import type { Location } from '../../../shared/schemas/lots';
import { insertRecord } from '../../db/records';
import type { Db } from '../../db/query';
import type { ServiceContext } from '../context';

export const LOCATION_SEPARATOR = ' > ';

interface LocationRow {
  id: number;
  parent_id: number | null;
  name: string;
}

/** Every location's full path, by id. */
export function locationPaths(db: Db): Map<number, string> {
  const rows = db.prepare('SELECT id, parent_id, name FROM locations').all() as LocationRow[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const paths = new Map<number, string>();
  const pathOf = (row: LocationRow, depth = 0): string => {
    const known = paths.get(row.id);
    if (known) return known;
    const parent = row.parent_id === null || depth > 32 ? undefined : byId.get(row.parent_id);
    const path = parent ? `${pathOf(parent, depth + 1)}${LOCATION_SEPARATOR}${row.name}` : row.name;
    paths.set(row.id, path);
    return path;
  };
  rows.forEach((row) => pathOf(row));
  return paths;
}

/** The ids of a location and everything inside it. */
export function locationSubtree(db: Db, rootId: number): Set<number> {
  const rows = db.prepare('SELECT id, parent_id FROM locations').all() as LocationRow[];
  const inside = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const row of rows) {
      if (row.parent_id !== null && inside.has(row.parent_id) && !inside.has(row.id)) {
        inside.add(row.id);
        grew = true;
      }
    }
  }
  return inside;
}

export function splitLocationPath(path: string): string[] {
  return path.split('>').map((part) => part.trim()).filter((part) => part.length > 0);
}

/** Finds or creates each level of `path`; returns the innermost location's id. */
export function ensureLocation(ctx: ServiceContext, path: string): number {
  return ctx.notebook.db.transaction(() => {
    let parentId: number | null = null;
    for (const name of splitLocationPath(path)) {
      const existing = ctx.notebook.db
        .prepare('SELECT id FROM locations WHERE ifnull(parent_id, 0) = ifnull(?, 0) AND name = ? COLLATE NOCASE')
        .get(parentId, name) as { id: number } | undefined;
      parentId = existing ? existing.id : Number(insertRecord(ctx.writer, 'locations', { parent_id: parentId, name }));
    }
    if (parentId === null) throw new Error('a location path needs at least one level');
    return parentId;
  })();
}

export function listLocations(ctx: ServiceContext): Location[] {
  const { db } = ctx.notebook;
  const paths = locationPaths(db);
  const counts = new Map(
    (db.prepare('SELECT location_id, count(*) AS n FROM lots WHERE archived_at IS NULL AND location_id IS NOT NULL GROUP BY location_id').all() as Array<{ location_id: number; n: number }>).map(
      (row) => [row.location_id, row.n],
    ),
  );
  const rows = db.prepare('SELECT id, parent_id, name FROM locations WHERE archived_at IS NULL').all() as LocationRow[];
  return rows
    .map((row) => ({ id: row.id, parentId: row.parent_id, name: row.name, path: paths.get(row.id) ?? row.name, lotCount: counts.get(row.id) ?? 0 }))
    .sort((a, b) => a.path.localeCompare(b.path));
}
