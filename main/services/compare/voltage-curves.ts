// Voltage vs capacity of chosen cycles of one test, per half-cycle, in mAh, mAh/g or mAh/cm²,
// downsampled to the plot's width (min/max per pixel column) and at full resolution inside a
// zoomed capacity range. The axis unit (µAh, mAh, Ah) is chosen from the chosen cycles' largest
// capacity, so a zoom keeps the unit of the first answer.
import type { z } from 'zod';
import { capacityAxisUnit, maxMagnitude } from '../../../shared/plots/axis-units';
import { chooseCycles } from '../../../shared/plots/cycle-selection';
import { DOWNSAMPLING_METHOD, downsampleInRange, pick } from '../../../shared/plots/downsample';
import { niceTicks, rangeOf } from '../../../shared/plots/ticks';
import type { VoltageCurves, voltageCurvesQuerySchema } from '../../../shared/schemas/plots';
import type { ServiceContext } from '../context';
import { readCyclePoints } from '../cycling/cycle-points-store';
import { halfCyclePoints } from './half-cycles';
import { loadPlotCycles } from './plot-test';

export function getVoltageCurves(ctx: ServiceContext, query: z.output<typeof voltageCurvesQuerySchema>): VoltageCurves {
  const test = loadPlotCycles(ctx, query.testId, query.basis);
  const { cycles, notes } = chooseCycles(query.cycles, test.cycles.map((row) => row.cycle));
  const rows = new Map(test.cycles.map((row) => [row.cycle, row]));
  const axis = capacityAxisUnit(maxMagnitude(cycles.flatMap((cycle) => [rows.get(cycle)!.chargeMAh, rows.get(cycle)!.dischargeMAh])) / test.basis.divisor, test.basis.basis);
  const scale = axis.factor / test.basis.divisor;
  const range = query.xRange === null ? null : { from: query.xRange.from / scale, to: query.xRange.to / scale };
  const curves: VoltageCurves['curves'] = [];
  let lowV = Infinity;
  let highV = -Infinity;
  for (const points of readCyclePoints(ctx.notebook.db, query.testId, cycles)) {
    for (const half of query.halves) {
      const part = halfCyclePoints(points, half);
      if (part.voltageV.length === 0) {
        notes.push(`cycle ${points.cycle} has no ${half}`);
        continue;
      }
      const sampled = downsampleInRange(part.capacityMAh, [part.voltageV], query.widthPx, range);
      const y = pick(part.voltageV, sampled.indices, 1, 5);
      const span = rangeOf(y);
      if (span) [lowV, highV] = [Math.min(lowV, span[0]), Math.max(highV, span[1])];
      curves.push({
        cycle: points.cycle,
        half,
        x: pick(part.capacityMAh, sampled.indices, scale, 6),
        y,
        sampling: { method: DOWNSAMPLING_METHOD, storedPoints: part.voltageV.length, shownPoints: sampled.indices.length, fullResolution: sampled.fullResolution },
      });
    }
  }
  return {
    testId: query.testId,
    basis: test.basis.basis,
    unavailableBases: test.basis.unavailableBases,
    cycles,
    capacityAxis: { title: `Capacity (${axis.unit})`, unit: axis.unit, ticks: null },
    voltageAxis: { title: 'Voltage (V)', unit: 'V', ticks: niceTicks(lowV, highV) },
    curves,
    notes: [...test.basis.notes, ...notes],
  };
}
