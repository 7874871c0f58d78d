// One cycling test as its plots need it: the cycle table, lifespan and flags the cycling service
// reads (getCyclingTest), and the capacity basis its build allows.
import type { CapacityBasis } from '../../../shared/schemas/plots';
import type { CyclingTestDetail } from '../../../shared/schemas/cycling';
import type { ServiceContext } from '../context';
import { getCyclingTest } from '../cycling/cycling-tests';
import { plotBasis, type PlotBasis } from './plot-basis';

export interface PlotTest {
  detail: CyclingTestDetail;
  basis: PlotBasis;
}

export function loadPlotTest(ctx: ServiceContext, testId: number, basis: CapacityBasis): PlotTest {
  const detail = getCyclingTest(ctx, testId);
  return { detail, basis: plotBasis(detail.basis, detail.test.cellId !== null, basis) };
}
