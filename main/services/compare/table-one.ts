// The patent's Table 1 from the notebook's data (shared/plots/table-one.ts): one row per cell's
// test, and per build the replicates' mean ± sample SD (n).
import type { z } from 'zod';
import { tableOne } from '../../../shared/plots/table-one';
import type { TableOne, tableOneQuerySchema } from '../../../shared/schemas/plots';
import type { ServiceContext } from '../context';
import { getCyclingTest } from '../cycling/cycling-tests';
import { getCyclingSettings } from '../cycling/cycling-settings';
import { selectTests } from './selection';

export function getTableOne(ctx: ServiceContext, query: z.output<typeof tableOneQuerySchema>): TableOne {
  const tests = selectTests(ctx, { buildIds: query.buildIds, testIds: [] }).filter((test) => test.buildId !== 0);
  const { rows, builds } = tableOne(
    tests.map((test) => {
      const detail = getCyclingTest(ctx, test.id);
      return {
        buildId: test.buildId,
        buildName: test.buildName,
        cellId: test.cellId,
        cellLabel: test.cellLabel,
        testId: test.id,
        testName: test.name,
        synthetic: test.synthetic,
        cycles: detail.cycles,
        shortCircuitCycle: test.shortCircuitCycle,
        lifespan: { standardCapacityMAh: detail.lifespan.standardCapacityMAh, lifespanCycle: detail.lifespan.lifespanCycle, label: detail.lifespan.label, grade: detail.lifespan.grade },
      };
    }),
    query.retentionAtCycle,
  );
  return { retentionAtCycle: query.retentionAtCycle, thresholdPct: getCyclingSettings(ctx).lifespan.retention * 100, rows, builds };
}
