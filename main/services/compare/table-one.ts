// The patent's Table 1 from the notebook's data (shared/plots/table-one.ts): one row per cell's
// test, and per build the replicates' mean ± sample SD (n).
import type { z } from 'zod';
import { tableOne } from '../../../shared/plots/table-one';
import type { TableOne, tableOneQuerySchema } from '../../../shared/schemas/plots';
import type { ServiceContext } from '../context';
import { getCyclingSettings } from '../cycling/cycling-settings';
import { readCycleTables } from './cycle-tables';
import { selectTests } from './selection';

export function getTableOne(ctx: ServiceContext, query: z.output<typeof tableOneQuerySchema>): TableOne {
  const tests = selectTests(ctx, { buildIds: query.buildIds, testIds: [] }).filter((test) => test.buildId !== 0);
  const tables = readCycleTables(ctx.notebook.db, tests.map((test) => test.id));
  const { rows, builds } = tableOne(
    tests.map((test) => {
      // The list row carries the graded lifespan and the first flag; only the cycle table is read here.
      const cycles = tables.get(test.id)!;
      return {
        buildId: test.buildId,
        buildName: test.buildName,
        cellId: test.cellId,
        cellLabel: test.cellLabel,
        testId: test.id,
        testName: test.name,
        synthetic: test.synthetic,
        cycles,
        shortCircuitCycle: test.shortCircuitCycle,
        lifespan: { standardCapacityMAh: test.standardCapacityMAh, lifespanCycle: test.lifespanCycle, label: test.lifespanLabel, grade: test.grade },
      };
    }),
    query.retentionAtCycle,
  );
  return { retentionAtCycle: query.retentionAtCycle, thresholdPct: getCyclingSettings(ctx).lifespan.retention * 100, rows, builds };
}
