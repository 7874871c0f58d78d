// One cycling test as its plots need it: the cycle table, lifespan and flags the cycling service
// reads (getCyclingTest), and the capacity basis its build allows. Curves of chosen cycles need
// only the cycle numbers, their capacities and the basis (loadPlotCycles): the page asks for three
// plots at once, and the whole detail three times over kept main busy for each.
import { CellbookError } from '../../../shared/api-error';
import type { CapacityBasis } from '../../../shared/schemas/plots';
import type { CyclingTestDetail } from '../../../shared/schemas/cycling';
import type { ServiceContext } from '../context';
import { cellBasis } from '../cycling/cell-basis';
import { getCyclingTest } from '../cycling/cycling-tests';
import { readCycleTables, type ComparedCycle } from './cycle-tables';
import { plotBasis, type PlotBasis } from './plot-basis';

export interface PlotTest {
  detail: CyclingTestDetail;
  basis: PlotBasis;
}

export function loadPlotTest(ctx: ServiceContext, testId: number, basis: CapacityBasis): PlotTest {
  const detail = getCyclingTest(ctx, testId);
  return { detail, basis: plotBasis(detail.basis, detail.test.cellId !== null, basis) };
}

export interface PlotCycles {
  /** The cycle table's rows from cycle 1, ascending (the rows of getCyclingTest's `cycles`). */
  cycles: ComparedCycle[];
  basis: PlotBasis;
}

export function loadPlotCycles(ctx: ServiceContext, testId: number, basis: CapacityBasis): PlotCycles {
  const test = ctx.notebook.db.prepare('SELECT cell_id FROM cycling_tests WHERE id = ?').get(testId) as { cell_id: number | null } | undefined;
  if (!test) throw new CellbookError('not_found', `cycling test ${testId} does not exist`);
  return { cycles: readCycleTables(ctx.notebook.db, [testId]).get(testId)!, basis: plotBasis(cellBasis(ctx, test.cell_id), test.cell_id !== null, basis) };
}
