// Voltage and current vs time for a whole test, with where each cycle starts: the view of a
// rest-only or idle file, which has no charge or discharge to plot against capacity. Both series
// are downsampled together (min/max per pixel column of each), every point inside a zoomed range.
import type { z } from 'zod';
import { currentAxisUnit } from '../../../shared/plots/axis-units';
import { DOWNSAMPLING_METHOD, downsampleInRange, pick } from '../../../shared/plots/downsample';
import { niceTicks, rangeOf } from '../../../shared/plots/ticks';
import type { TimeSeries, timeSeriesQuerySchema } from '../../../shared/schemas/plots';
import type { ServiceContext } from '../context';
import { readStoredSeries } from '../cycling/cycle-points-store';
import { getCyclingTest } from '../cycling/cycling-tests';

export function getTimeSeries(ctx: ServiceContext, query: z.output<typeof timeSeriesQuerySchema>): TimeSeries {
  const detail = getCyclingTest(ctx, query.testId);
  const { series, cycleOfPoint } = readStoredSeries(ctx.notebook.db, query.testId);
  const count = series.timeS.length;
  const t0 = count > 0 ? series.timeS[0]! : 0;
  const timeH = new Float64Array(count);
  let maxCurrentA = 0;
  let moving = false;
  for (let i = 0; i < count; i += 1) {
    timeH[i] = (series.timeS[i]! - t0) / 3600;
    const current = Math.abs(series.currentA[i]!);
    if (current > maxCurrentA) maxCurrentA = current;
    if (series.stateCode && series.stateCode[i] !== 0) moving = true;
  }
  const currentUnit = currentAxisUnit(maxCurrentA * 1000);
  const range = query.xRange === null ? null : { from: query.xRange.from, to: query.xRange.to };
  const sampled = downsampleInRange(timeH, [series.voltageV, series.currentA], query.widthPx, range);
  const cycleStarts: TimeSeries['cycleStarts'] = [];
  for (let i = 0; i < count; i += 1) if (i === 0 || cycleOfPoint[i] !== cycleOfPoint[i - 1]) cycleStarts.push({ cycle: cycleOfPoint[i]!, timeH: Number(timeH[i]!.toFixed(6)) });
  const voltageV = pick(series.voltageV, sampled.indices, 1, 5);
  const current = pick(series.currentA, sampled.indices, 1000 * currentUnit.factor, 6);
  const notes: string[] = [];
  if (count === 0) notes.push('the test has no points');
  else if (count === 1) notes.push('the test has one point');
  const restOnly = count > 0 && !moving && detail.cycles.every((row) => row.chargeMAh === 0 && row.dischargeMAh === 0);
  if (restOnly) notes.push('no charge and no discharge in this test: voltage and current over time are all there is to plot');
  const totalH = count > 0 ? timeH[count - 1]! : 0;
  const vSpan = rangeOf(voltageV);
  const iSpan = rangeOf(current);
  return {
    testId: query.testId,
    timeAxis: { title: 'Time (h)', unit: 'h', ticks: niceTicks(0, totalH) },
    voltageAxis: { title: 'Voltage (V)', unit: 'V', ticks: vSpan ? niceTicks(vSpan[0], vSpan[1]) : null },
    currentAxis: { title: `Current (${currentUnit.unit})`, unit: currentUnit.unit, ticks: iSpan ? niceTicks(iSpan[0], iSpan[1]) : null },
    timeH: pick(timeH, sampled.indices, 1, 6),
    voltageV,
    current,
    sampling: { method: DOWNSAMPLING_METHOD, storedPoints: count, shownPoints: sampled.indices.length, fullResolution: sampled.fullResolution },
    cycleStarts,
    restOnly,
    notes,
  };
}
