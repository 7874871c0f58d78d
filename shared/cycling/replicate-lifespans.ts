// A build's cells' lifespans side by side, for the list of builds: which design lasted. A test
// still above 80 % at its last cycle has a lifespan of more than its cycle count (censored), so it
// ranks just above that count; the build ranks by the median of its cells, the usual summary of
// a few replicates that one early failure does not dominate.

import type { LifespanGrade } from './lifespan';

export interface TestLifespan {
  lifespanCycle: number | null;
  cycleCount: number;
  grade: LifespanGrade | null;
  shortCircuitCycle: number | null;
}

export interface ReplicateLifespans {
  /** Each test's lifespan in short, longest-lived first: "> 120" (still above the threshold), "41". */
  labels: string[];
  grades: LifespanGrade[];
  /** The median rank: a lifespan in cycles, or cycles + 0.5 for a test still above 80 %. null without tests. */
  medianRank: number | null;
  shorted: number;
}

/** Where a test ranks: its lifespan, or (still above the threshold) just above its cycle count. */
export function lifespanRank(test: TestLifespan): number | null {
  if (test.lifespanCycle !== null) return test.lifespanCycle;
  return test.grade === null && test.cycleCount === 0 ? null : test.cycleCount + 0.5;
}

export function replicateLifespans(tests: readonly TestLifespan[]): ReplicateLifespans {
  const ranked = tests.map((test) => ({ test, rank: lifespanRank(test) })).sort((a, b) => (b.rank ?? -1) - (a.rank ?? -1));
  const ranks = ranked.map((entry) => entry.rank).filter((rank): rank is number => rank !== null).sort((a, b) => a - b);
  const middle = ranks.length / 2;
  const medianRank = ranks.length === 0 ? null : ranks.length % 2 === 1 ? ranks[Math.floor(middle)]! : (ranks[middle - 1]! + ranks[middle]!) / 2;
  return {
    labels: ranked.map(({ test }) => (test.lifespanCycle !== null ? String(test.lifespanCycle) : `> ${test.cycleCount}`)),
    grades: ranked.map((entry) => entry.test.grade).filter((grade): grade is LifespanGrade => grade !== null),
    medianRank,
    shorted: tests.filter((test) => test.shortCircuitCycle !== null).length,
  };
}
