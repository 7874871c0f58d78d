// The patent's Table 1 generated from data (DOMAIN.md section 5, [0123]-[0127], [0132]-[0133]):
// per cell whether it shorted (and in which cycle), the standard capacity (the reference cycle's
// discharge), the lifespan cycle and its label, Table 1's grade, the retention at a chosen cycle
// and the first cycle's coulombic efficiency; per build the replicates' mean ± sample SD (n).
import type { LifespanGrade } from '../cycling/lifespan';
import type { TableOneBuild, TableOneRow } from '../schemas/plots';
import { replicateStat } from './replicate-stats';

export interface TableOneCycle {
  cycle: number;
  dischargeMAh: number;
  /** Discharge / charge as a fraction; null without both. */
  coulombicEfficiency: number | null;
}

export interface TableOneTest {
  buildId: number;
  buildName: string;
  cellId: number;
  cellLabel: string;
  testId: number;
  testName: string;
  synthetic: boolean;
  cycles: readonly TableOneCycle[];
  /** The first cycle a short-circuit heuristic flagged; null when none did. */
  shortCircuitCycle: number | null;
  /** The test's lifespan as graded with the notebook's settings (shared/cycling/lifespan.ts). */
  lifespan: { standardCapacityMAh: number | null; lifespanCycle: number | null; label: string; grade: LifespanGrade | null };
}

export function tableOneRow(test: TableOneTest, retentionAtCycle: number): TableOneRow {
  const graded = test.lifespan;
  const standard = graded.standardCapacityMAh;
  const at = test.cycles.find((row) => row.cycle === retentionAtCycle);
  const first = test.cycles.find((row) => row.cycle === 1);
  return {
    buildId: test.buildId,
    buildName: test.buildName,
    cellId: test.cellId,
    cellLabel: test.cellLabel,
    testId: test.testId,
    testName: test.testName,
    synthetic: test.synthetic,
    shortCircuit: test.shortCircuitCycle !== null,
    shortCircuitCycle: test.shortCircuitCycle,
    standardCapacityMAh: standard,
    lifespanCycle: graded.lifespanCycle,
    lifespanLabel: graded.label,
    grade: graded.grade,
    retentionPct: at && standard !== null && standard > 0 ? (at.dischargeMAh / standard) * 100 : null,
    firstCycleCePct: first?.coulombicEfficiency == null ? null : first.coulombicEfficiency * 100,
  };
}

/** One build's replicates summarised; the rows are its cells' (in any order). */
export function tableOneBuild(rows: readonly TableOneRow[]): TableOneBuild {
  const first = rows[0]!;
  const grades = new Set(rows.map((row) => row.grade));
  const grade = grades.size === 1 ? ([...grades][0] as LifespanGrade | null) : null;
  return {
    buildId: first.buildId,
    buildName: first.buildName,
    n: rows.length,
    lifespan: replicateStat(rows.map((row) => row.lifespanCycle)),
    lifespanCensored: rows.filter((row) => row.lifespanCycle === null && row.standardCapacityMAh !== null).length,
    standardCapacityMAh: replicateStat(rows.map((row) => row.standardCapacityMAh)),
    retentionPct: replicateStat(rows.map((row) => row.retentionPct)),
    firstCycleCePct: replicateStat(rows.map((row) => row.firstCycleCePct)),
    shortCircuits: rows.filter((row) => row.shortCircuit).length,
    grade,
    synthetic: rows.some((row) => row.synthetic),
  };
}

/** Rows and per-build summaries, builds in the order their first test appears. */
export function tableOne(tests: readonly TableOneTest[], retentionAtCycle: number): { rows: TableOneRow[]; builds: TableOneBuild[] } {
  const rows = tests.map((test) => tableOneRow(test, retentionAtCycle));
  const byBuild = new Map<number, TableOneRow[]>();
  for (const row of rows) byBuild.set(row.buildId, [...(byBuild.get(row.buildId) ?? []), row]);
  return { rows, builds: [...byBuild.values()].map(tableOneBuild) };
}
