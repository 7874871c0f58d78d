// A build named on the command line: by its name (any case) or its id; an active build wins over
// an archived one of the same name. Unknown names get a sentence that says how to list builds.
import { CellbookError } from '../../../shared/api-error';
import type { ServiceContext } from '../context';

export function findBuild(ctx: ServiceContext, text: string): number {
  const wanted = text.trim();
  const row = ctx.notebook.db.prepare('SELECT id FROM builds WHERE name = ? COLLATE NOCASE OR CAST(id AS TEXT) = ? ORDER BY archived_at IS NOT NULL, id LIMIT 1').get(wanted, wanted) as { id: number } | undefined;
  if (!row) throw new CellbookError('not_found', `there is no build named "${wanted}" in ${ctx.notebook.path} (see: cellbook builds)`);
  return row.id;
}
