// The cycle tables of many tests at once, only the columns a comparison plots, in one query: the
// per-cycle summaries are an ordinary table so that comparisons are SQL (DESIGN.md "Storage").
// Cycle 0 (what was set apart before the first charge) is not a cycle of any plot or of Table 1.
import type { Db } from '../../db/query';

export interface ComparedCycle {
  cycle: number;
  chargeMAh: number;
  dischargeMAh: number;
  coulombicEfficiency: number | null;
}

export function readCycleTables(db: Db, testIds: readonly number[]): Map<number, ComparedCycle[]> {
  const tables = new Map<number, ComparedCycle[]>(testIds.map((id) => [id, []]));
  if (testIds.length === 0) return tables;
  const rows = db
    .prepare(
      `SELECT test_id AS testId, cycle, charge_mah AS chargeMAh, discharge_mah AS dischargeMAh, coulombic_efficiency AS coulombicEfficiency
       FROM cycle_summaries WHERE cycle >= 1 AND test_id IN (SELECT value FROM json_each(?)) ORDER BY test_id, cycle`,
    )
    .all(JSON.stringify(testIds)) as Array<ComparedCycle & { testId: number }>;
  for (const { testId, ...cycle } of rows) tables.get(testId)!.push(cycle);
  return tables;
}
