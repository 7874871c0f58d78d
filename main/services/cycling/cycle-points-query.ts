// Points of chosen cycles for plots, thinned evenly to a number a chart draws at once (the first
// and last point of each cycle always kept), in the units plots show: h, V, mA, mAh.
import type { z } from 'zod';
import { CellbookError } from '../../../shared/api-error';
import type { CyclePoints, cyclePointsQuerySchema } from '../../../shared/schemas/cycling';
import type { CyclerSeries } from '../../../shared/cycling/types';
import type { ServiceContext } from '../context';
import { cycleRuns } from '../../../shared/cycling/cycles';
import { splitSteps } from '../../../shared/cycling/segments';
import { cycleRunPoints, readCyclePoints, type StoredCyclePoints } from './cycle-points-store';

/** Indices 0..n-1 thinned to at most `max`, evenly, keeping the first and the last. */
export function thinnedIndices(n: number, max: number): number[] {
  if (n <= max) return Array.from({ length: n }, (_, i) => i);
  const step = (n - 1) / (max - 1);
  return Array.from({ length: max }, (_, k) => Math.round(k * step));
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

export function getCyclePoints(ctx: ServiceContext, query: z.output<typeof cyclePointsQuerySchema>): CyclePoints {
  if (!ctx.notebook.db.prepare('SELECT 1 FROM cycling_tests WHERE id = ?').get(query.testId)) throw new CellbookError('not_found', `cycling test ${query.testId} does not exist`);
  const stored = readCyclePoints(ctx.notebook.db, query.testId, query.cycles);
  return {
    testId: query.testId,
    cycles: stored.map((points) => {
      const indices = thinnedIndices(points.timeS.length, query.maxPointsPerCycle);
      return {
        cycle: points.cycle,
        storedPoints: points.timeS.length,
        timeH: indices.map((i) => round(points.timeS[i]! / 3600, 6)),
        voltageV: indices.map((i) => round(points.voltageV[i]!, 5)),
        currentMA: indices.map((i) => round(points.currentA[i]! * 1000, 6)),
        capacityMAh: indices.map((i) => round(points.capacityAh[i]! * 1000, 6)),
        direction: indices.map((i) => points.direction[i]!),
      };
    }),
  };
}

/**
 * The chosen cycles of a series read from a file (no notebook), as the store would keep them: the
 * same Float32 values and counters, so that a command reading the file shows what the test imported
 * from it shows. A cycle in several runs gives one entry per run, in time order.
 */
export function seriesCyclePoints(series: CyclerSeries, cycleOfStep: Int32Array, cycles: readonly number[]): StoredCyclePoints[] {
  const wanted = new Set(cycles);
  return cycleRuns(splitSteps(series), cycleOfStep)
    .filter(([cycle]) => wanted.has(cycle))
    .map(([cycle, from, to]) => cycleRunPoints(series, cycle, from, to));
}
