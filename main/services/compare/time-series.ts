// Voltage and current vs time for a whole test, with where each cycle starts: the view of a
// rest-only or idle file, which has no charge or discharge to plot against capacity. Both series
// are downsampled together (min/max per pixel column of each), every point inside a zoomed range.
// The points are read once per test and kept for the zooms that follow (time-series-points.ts).
import type { z } from 'zod';
import { currentAxisUnit } from '../../../shared/plots/axis-units';
import { DOWNSAMPLING_METHOD, downsampleInRange, pick } from '../../../shared/plots/downsample';
import { niceTicks, rangeOf } from '../../../shared/plots/ticks';
import type { TimeSeries, timeSeriesQuerySchema } from '../../../shared/schemas/plots';
import { CellbookError } from '../../../shared/api-error';
import type { ServiceContext } from '../context';
import { timePoints } from './time-series-points';

export function getTimeSeries(ctx: ServiceContext, query: z.output<typeof timeSeriesQuerySchema>): TimeSeries {
  const test = ctx.notebook.db.prepare('SELECT 1 FROM cycling_tests WHERE id = ?').get(query.testId);
  if (!test) throw new CellbookError('not_found', `cycling test ${query.testId} does not exist`);
  const points = timePoints(ctx.notebook.db, query.testId);
  const count = points.timeH.length;
  const currentUnit = currentAxisUnit(points.maxCurrentA * 1000);
  const sampled = downsampleInRange(points.timeH, [points.voltageV, points.currentA], query.widthPx, query.xRange, points.ascending);
  const voltageV = pick(points.voltageV, sampled.indices, 1, 5);
  const current = pick(points.currentA, sampled.indices, 1000 * currentUnit.factor, 6);
  const notes: string[] = [];
  if (count === 0) notes.push('the test has no points');
  else if (count === 1) notes.push('the test has one point');
  const restOnly = count > 0 && !points.moving;
  if (restOnly) notes.push('no charge and no discharge in this test: voltage and current over time are all there is to plot');
  const totalH = count > 0 ? points.timeH[count - 1]! : 0;
  const vSpan = rangeOf(voltageV);
  const iSpan = rangeOf(current);
  return {
    testId: query.testId,
    timeAxis: { title: 'Time (h)', unit: 'h', ticks: niceTicks(0, totalH) },
    voltageAxis: { title: 'Voltage (V)', unit: 'V', ticks: vSpan ? niceTicks(vSpan[0], vSpan[1]) : null },
    currentAxis: { title: `Current (${currentUnit.unit})`, unit: currentUnit.unit, ticks: iSpan ? niceTicks(iSpan[0], iSpan[1]) : null },
    timeH: pick(points.timeH, sampled.indices, 1, 6),
    voltageV,
    current,
    sampling: { method: DOWNSAMPLING_METHOD, storedPoints: count, shownPoints: sampled.indices.length, fullResolution: sampled.fullResolution },
    cycleStarts: points.cycleStarts,
    restOnly,
    notes,
  };
}
