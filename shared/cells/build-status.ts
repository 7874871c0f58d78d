import type { Cell } from '../schemas/builds';

const ORDER: ReadonlyArray<Cell['status']> = ['planned', 'in_progress', 'assembled', 'cycling', 'finished'];

/**
 * One status for a build from its cells: "failed" if any cell failed (a short circuit in one
 * replicate is what a researcher must see first), else the least advanced cell's status;
 * "planned" before any cell exists.
 */
export function buildStatus(cells: ReadonlyArray<Pick<Cell, 'status'>>): Cell['status'] {
  if (cells.some((cell) => cell.status === 'failed')) return 'failed';
  let least: Cell['status'] = 'finished';
  for (const cell of cells) if (ORDER.indexOf(cell.status) < ORDER.indexOf(least)) least = cell.status;
  return cells.length === 0 ? 'planned' : least;
}
