// The plots and comparisons operations mapped to the services that do them.
import type { compareApi } from '../../../shared/api/compare';
import { getCapacityPlot } from '../compare/capacity-plot';
import { getDesignDifferences } from '../compare/design-differences';
import { getDqdv } from '../compare/dqdv-plot';
import { getOverlay } from '../compare/overlay';
import { getScatter, listCompareQuantities } from '../compare/scatter';
import { getTableOne } from '../compare/table-one';
import { getTimeSeries } from '../compare/time-series';
import { getVoltageCurves } from '../compare/voltage-curves';
import type { AreaHandlers } from './area-handlers';

export const compareHandlers: AreaHandlers<typeof compareApi> = {
  getVoltageCurves: (ctx, input) => getVoltageCurves(ctx, input),
  getCapacityPlot: (ctx, input) => getCapacityPlot(ctx, input),
  getDqdv: (ctx, input) => getDqdv(ctx, input),
  getTimeSeries: (ctx, input) => getTimeSeries(ctx, input),
  getOverlay: (ctx, input) => getOverlay(ctx, input),
  getTableOne: (ctx, input) => getTableOne(ctx, input),
  listCompareQuantities: () => listCompareQuantities(),
  getScatter: (ctx, input) => getScatter(ctx, input),
  getDesignDifferences: (ctx, input) => getDesignDifferences(ctx, input.buildIds),
};
