// dQ/dV of chosen cycles and half-cycles of one test (shared/plots/dqdv.ts: voltage binning, then
// smoothing), per cell or per gram / cm², with the method sentence and each curve's peaks.
import type { z } from 'zod';
import { describeDqdvMethod, dqdvOfHalfCycle } from '../../../shared/plots/dqdv';
import { chooseCycles } from '../../../shared/plots/cycle-selection';
import { niceTicks, rangeOf } from '../../../shared/plots/ticks';
import type { Dqdv, dqdvQuerySchema } from '../../../shared/schemas/plots';
import type { ServiceContext } from '../context';
import { readCyclePoints } from '../cycling/cycle-points-store';
import { halfCyclePoints } from './half-cycles';
import { loadPlotCycles } from './plot-test';

const round = (value: number) => Number(value.toPrecision(7));

export function dqdvUnit(basis: Dqdv['basis']): string {
  return basis === 'per_gram' ? 'mAh/(g·V)' : basis === 'per_cm2' ? 'mAh/(cm²·V)' : 'mAh/V';
}

export function getDqdv(ctx: ServiceContext, query: z.output<typeof dqdvQuerySchema>): Dqdv {
  const { cycles: rows, basis } = loadPlotCycles(ctx, query.testId, query.basis);
  const { cycles, notes } = chooseCycles(query.cycles, rows.map((row) => row.cycle));
  const curves: Dqdv['curves'] = [];
  for (const points of readCyclePoints(ctx.notebook.db, query.testId, cycles)) {
    for (const half of query.halves) {
      const part = halfCyclePoints(points, half);
      const capacity = part.capacityMAh.map((mAh) => mAh / basis.divisor);
      const curve = dqdvOfHalfCycle(part.voltageV, capacity, half, query.settings, `cycle ${points.cycle}’s ${half}`);
      if (curve.note) notes.push(curve.note);
      curves.push({
        cycle: points.cycle,
        half,
        voltageV: curve.voltageV,
        dqdv: curve.dqdv.map(round),
        peaks: curve.peaks.map((peak) => ({ voltageV: Number(peak.voltageV.toFixed(4)), height: round(peak.height) })),
        note: curve.note,
      });
    }
  }
  const unit = dqdvUnit(basis.basis);
  const voltageSpan = rangeOf(curves.flatMap((curve) => curve.voltageV));
  const dqdvSpan = rangeOf(curves.flatMap((curve) => curve.dqdv));
  return {
    testId: query.testId,
    basis: basis.basis,
    unavailableBases: basis.unavailableBases,
    method: describeDqdvMethod(query.settings),
    settings: query.settings,
    voltageAxis: { title: 'Voltage (V)', unit: 'V', ticks: voltageSpan ? niceTicks(voltageSpan[0], voltageSpan[1]) : null },
    dqdvAxis: { title: `dQ/dV (${unit})`, unit, ticks: dqdvSpan ? niceTicks(dqdvSpan[0], dqdvSpan[1]) : null },
    cycles,
    curves,
    notes: [...basis.notes, ...notes],
  };
}
